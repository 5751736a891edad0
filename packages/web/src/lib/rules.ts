// Rule metadata from the packs, for the rules browser and for finding descriptions.
import type { RuleDefinition, RulePack, LegalSource, Message } from '@liveguard/core';
import type { Lang } from '../i18n.js';

export interface RuleRow { def: RuleDefinition; pack: RulePack }

export function ruleRows(packs: readonly RulePack[]): RuleRow[] {
  const seen = new Set<string>();
  const out: RuleRow[] = [];
  for (const pack of packs) for (const def of pack.rules) {
    if (seen.has(def.meta.id)) continue;
    seen.add(def.meta.id);
    out.push({ def, pack });
  }
  return out;
}

export function ruleIndex(packs: readonly RulePack[]): Map<string, RuleRow> {
  return new Map(ruleRows(packs).map((r) => [r.def.meta.id, r]));
}

export function sourcesOf(packs: readonly RulePack[], extra: readonly LegalSource[] = []): Map<string, LegalSource> {
  const m = new Map<string, LegalSource>();
  for (const p of packs) for (const s of p.sources ?? []) m.set(s.id, s);
  for (const s of extra) m.set(s.id, s);
  return m;
}

export const pick = (m: { 'zh-CN': string; en: string } | string | undefined, lang: Lang): string =>
  m === undefined ? '' : typeof m === 'string' ? m : (lang === 'en' ? m.en : m['zh-CN']) || m['zh-CN'];

export interface RuleExample { text: string; category?: string; note?: string; runnable: boolean }
export interface RuleExamples { invalid: RuleExample[]; valid: RuleExample[] }

function toExample(x: unknown): RuleExample | undefined {
  if (typeof x === 'string') return { text: x, runnable: true };
  if (!x || typeof x !== 'object') return undefined;
  const o = x as Record<string, unknown>;
  const note = typeof o.note === 'string' ? o.note : undefined;
  const category = typeof o.category === 'string' ? o.category : undefined;
  if (typeof o.text === 'string') return { text: o.text, category, note, runnable: true };
  if (typeof o.code === 'string') return { text: o.code, category, note, runnable: true };
  if (o.listing && typeof o.listing === 'object') return { text: JSON.stringify(o.listing), category, note, runnable: false };
  if (Array.isArray(o.events)) return { text: o.events.map((e) => (e as { type?: string }).type).join(' → '), category, note, runnable: false };
  return undefined;
}

/**
 * Examples a rule documents: rules-cn's `examples: { violating, compliant }` (strings or `{ text, category, listing,
 * events, note }`), or RuleTester-style `{ valid, invalid }`.
 */
export function ruleExamples(def: RuleDefinition): RuleExamples {
  const anyDef = def as unknown as Record<string, unknown>;
  const docs = def.meta.docs as unknown as Record<string, unknown>;
  const src = (anyDef.examples ?? docs.examples ?? anyDef.tests) as Record<string, unknown[] | undefined> | undefined;
  const list = (a: unknown[] | undefined) => (a ?? []).map(toExample).filter((x): x is RuleExample => !!x);
  return { invalid: list(src?.violating ?? src?.invalid ?? src?.bad), valid: list(src?.compliant ?? src?.valid ?? src?.good) };
}

/** The rule's docs page text, when the pack provides one (`guide: { requirement, fix }`). */
export function ruleGuide(def: RuleDefinition): { requirement?: Message; fix?: Message } {
  const g = (def as unknown as { guide?: { requirement?: Message; fix?: Message } }).guide;
  return g && typeof g === 'object' ? g : {};
}
