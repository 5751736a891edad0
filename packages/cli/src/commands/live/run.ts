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
    // sequence numbers as the engine would assign them, kept on the events so reports can join findings to lines
    let seq = 0;
    for (const e of s.events) {
      const ev = e.seq === undefined ? ({ ...e, seq: ++seq } as LiveEvent) : ((seq = Math.max(seq, e.seq)), e);
      run.push(ev);
      events.push(ev);
    }
    run.end();
    findings.push(...run.findings);
  }
  return { source: file.source, findings: findings.sort(byTime), events };
}
