// Replays every recorded session under fixtures/sessions/<name>/ and compares the live and regional findings
// with <name>/expected.json. Adding a case is adding a folder (scripts/gen-sessions.mjs writes them).
// UPDATE_SNAPSHOTS=1 rewrites the snapshots.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Engine, parsePriceCsv, toEpochMs, type Finding, type LiveEvent, type PricePoint, type RulePack } from '@liveguard/core';
import { liveRules } from '../../src/live/index.js';
import { regionalPacks } from '../../src/regional/index.js';
import { legalSources } from '../../src/sources.js';
import { allPacks } from '../../src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const DIR = path.join(ROOT, 'fixtures/sessions');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const livePacks: RulePack[] = [{ id: 'cn-live', name: { 'zh-CN': '直播', en: 'live' }, rules: liveRules, sources: legalSources }, ...regionalPacks];
const liveEngine = new Engine({ packs: livePacks });
const fullEngine = new Engine({ packs: allPacks });

function replay(engine: Engine, name: string): Finding[] {
  const rel = `fixtures/sessions/${name}/session.jsonl`;
  const lines = fs.readFileSync(path.join(ROOT, rel), 'utf8').split('\n');
  const run = engine.createSession({ id: rel, source: rel });
  const csv = path.join(DIR, name, 'prices.csv');
  if (fs.existsSync(csv)) for (const r of parsePriceCsv(fs.readFileSync(csv, 'utf8')).rows) run.state.addPrice(r.productId, r.point);
  const events: LiveEvent[] = lines.filter((l) => l.trim()).map((l) => JSON.parse(l));
  const end = events.findIndex((e) => e.type === 'session.end');
  // orders recorded after the stream are the price after the stream: history, not session events
  for (const e of events.slice(end + 1)) if (e.type === 'order') run.state.addPrice(e.productId, { ts: toEpochMs(e.ts), price: e.price, qty: e.qty, channel: e.channel ?? 'order' } as PricePoint);
  for (const e of events.slice(0, end + 1)) run.push(e);
  run.end();
  return [...run.findings].sort((a, b) => (a.eventSeq ?? 0) - (b.eventSeq ?? 0) || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}

const compact = (f: Finding) => ({
  id: f.id, ruleId: f.ruleId, severity: f.severity, ts: f.ts, eventSeq: f.eventSeq, line: f.line, column: f.column, text: f.text, message: f.message,
});

const names = fs.readdirSync(DIR).filter((n) => fs.existsSync(path.join(DIR, n, 'session.jsonl'))).sort();

describe('recorded sessions', () => {
  it('has at least 10 sessions, 4 of them honest', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => n.startsWith('honest-')).length).toBeGreaterThanOrEqual(4);
  });
  for (const name of names) {
    it(`${name} matches expected.json`, () => {
      const actual = replay(liveEngine, name).map(compact);
      const file = path.join(DIR, name, 'expected.json');
      if (UPDATE || !fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (name.startsWith('honest-')) expect(actual.filter((f) => f.severity !== 'info')).toEqual([]);
      else expect(actual.length).toBeGreaterThan(0);
    });
  }
  // Honest sessions under every built-in pack, national text rules included (precision across packs).
  for (const name of names.filter((n) => n.startsWith('honest-'))) {
    it(`${name} is clean under every built-in pack`, () => {
      const fs2 = replay(fullEngine, name).filter((f) => f.severity !== 'info');
      expect(fs2.map((f) => `${f.ruleId} «${f.text}» ${f.message}`)).toEqual([]);
    });
  }
});
