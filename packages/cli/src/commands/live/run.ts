// Runs recorded sessions through one engine: price history first, then every event in order.
import { Engine, toEpochMs, type Finding, type LintSettings, type LiveEvent, type PricePoint, type RulePack } from '@liveguard/core';
import { allPacks } from '@liveguard/rules-cn';
import type { LoadedFile } from './load.js';

export function liveEngine(settings: LintSettings, packs: RulePack[] = allPacks): Engine {
  return new Engine({ packs, settings });
}

export interface ReplayResult { source: string; findings: Finding[]; events: LiveEvent[] }

export function byTime(a: Finding, b: Finding): number {
  return (toEpochMs(a.ts) || 0) - (toEpochMs(b.ts) || 0) || (a.eventSeq ?? 0) - (b.eventSeq ?? 0) || a.column - b.column
    || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function replayFile(engine: Engine, file: LoadedFile, extraPrices: [string, PricePoint][] = []): ReplayResult {
  const findings: Finding[] = [];
  const events: LiveEvent[] = [];
  const multi = file.sessions.length > 1;
  for (const s of file.sessions) {
    const run = engine.createSession({ id: multi ? s.id : file.source, source: file.source });
    for (const [id, p] of [...extraPrices, ...file.prices]) run.state.addPrice(id, p);
    for (const e of s.events) run.push(e);
    run.end();
    findings.push(...run.findings);
    events.push(...s.events);
  }
  return { source: file.source, findings: findings.sort(byTime), events };
}
