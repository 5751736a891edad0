import { Engine, type Finding, type LiveEvent, type PricePoint } from '@liveguard/core';
import { liveRules } from '../../src/live/index.js';
import { regionalPacks } from '../../src/regional/index.js';
import { legalSources } from '../../src/sources.js';

export const T0 = Date.parse('2026-03-10T12:00:00Z');
export const at = (sec: number) => T0 + sec * 1000;

let engine: Engine | undefined;
export function liveEngine(): Engine {
  return (engine ??= new Engine({ packs: [{ id: 'live', name: { 'zh-CN': '直播', en: 'live' }, rules: liveRules, sources: legalSources }, ...regionalPacks] }));
}

export function start(extra: Record<string, unknown> = {}): LiveEvent {
  return {
    type: 'session.start', ts: T0, room: { id: 'r1', operator: { name: '某某传媒有限公司', region: '440100' } },
    hosts: [{ id: 'h1', name: '小王', kind: 'human', age: 28 }], ...extra,
  } as LiveEvent;
}

export function run(events: LiveEvent[], opts: { prices?: [string, PricePoint][]; ticks?: number[] } = {}): Finding[] {
  const s = liveEngine().createSession({ id: 't', source: 't.jsonl' });
  for (const [id, p] of opts.prices ?? []) s.state.addPrice(id, p);
  for (const e of events) s.push(e);
  s.end();
  return [...s.findings];
}

export const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);
export const product = (o: Record<string, unknown> = {}) => ({
  id: 'p1', title: '修护面霜', category: 'cosmetics', seller: { name: '杭州好物日用品有限公司', shop: '好物官方旗舰店' }, price: 99, ...o,
});
