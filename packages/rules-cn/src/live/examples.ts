// Building blocks of the live rules' examples: small recorded sessions (event lists) that run through
// `runExample` as tests, in scripts/check-rules.mjs and on the rules' docs pages (docs/rules/<id>.md, one JSON
// per line). Times are China Standard Time, on a session that starts 2026-03-10 20:00 (+08:00).
import type { LiveEvent, Message, Product, RuleDefinition } from '@liveguard/core';
import type { ExampleInput, RuleExamples } from '../util/define.js';
import { DOCS_BASE } from '../util/define.js';

export interface RuleGuide { requirement: Message; fix: Message }
export type Documented<R> = R & { examples: RuleExamples; guide: RuleGuide };

/** Attaches the docs-page data (examples, what the law requires and how to fix a finding) to a rule; the rule itself is unchanged. */
export function documented<R extends RuleDefinition<any>>(rule: R, examples: RuleExamples, guide: RuleGuide): Documented<R> {
  // the same docs address as the national rules (their pages are generated at docs/rules/<id>.md)
  if (rule.meta.docs && !rule.meta.docs.url) rule.meta.docs.url = DOCS_BASE + rule.meta.id;
  return Object.assign(rule, { examples, guide });
}

const CST = 8 * 3_600_000;
const BASE = Date.parse('2026-03-10T20:00:00+08:00');
const iso = (ms: number) => new Date(ms + CST).toISOString().slice(0, 19) + '+08:00';

/** `sec` seconds into the session. */
export const at = (sec: number): string => iso(BASE + sec * 1000);
/** `days` days before the session (price history). */
export const daysBefore = (days: number): string => iso(BASE - days * 86_400_000);

/** One example: a short description (zh-CN) and the session's events. */
export const session = (note: string, ...events: LiveEvent[]): ExampleInput => ({ note, events });

type HostSpec = { id: string; name: string; kind: 'human' | 'ai' };
/** The session start; `region` (GB/T 2260) is the room operator's, for regional rules. */
export const start = (hosts: HostSpec[] = [{ id: 'h1', name: '小王', kind: 'human' }], region?: string): LiveEvent =>
  ({ type: 'session.start', ts: at(0), room: { id: 'r1', ...(region ? { operator: { name: '某某传媒有限公司', region } } : {}) }, hosts }) as LiveEvent;
export const aiStart = (name = '小美', region?: string): LiveEvent => start([{ id: 'ai1', name, kind: 'ai' }], region);
/** A city in a province-level jurisdiction (330000 → 330100), for regional examples. */
export const cityIn = (jurisdiction: string): string => (/^\d{2}0000$/.test(jurisdiction) ? jurisdiction.slice(0, 2) + '0100' : jurisdiction);
export const say = (sec: number, text: string, speaker = 'h1'): LiveEvent => ({ type: 'speech', ts: at(sec), speaker, text }) as LiveEvent;
export const show = (sec: number, id: string, kind: string, text?: string, bbox?: [number, number, number, number]): LiveEvent =>
  ({ type: 'overlay.show', ts: at(sec), id, kind, ...(text !== undefined ? { text } : {}), ...(bbox ? { bbox } : {}) }) as LiveEvent;
export const hide = (sec: number, id: string): LiveEvent => ({ type: 'overlay.hide', ts: at(sec), id }) as LiveEvent;
export const pin = (sec: number, product: Product): LiveEvent => ({ type: 'product.pin', ts: at(sec), product }) as LiveEvent;
/** A sale (live or imported history): `ts` from `at` or `daysBefore`. */
export const order = (ts: string, price: number, qty = 1, productId = 'p1'): LiveEvent =>
  ({ type: 'order', ts, productId, qty, price }) as LiveEvent;

export const SELLER = { name: '杭州好物日用品有限公司', shop: '好物官方旗舰店' };
export const product = (o: Partial<Product> = {}): Product => ({ id: 'p1', title: '修护面霜', category: 'cosmetics', seller: SELLER, price: 99, ...o });
