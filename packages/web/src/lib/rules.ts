// Rule metadata from the packs, for the rules browser and for finding descriptions.
import type { RuleDefinition, RulePack, LegalSource } from '@liveguard/core';
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

export interface RuleExamples { invalid: string[]; valid: string[] }

/**
 * Examples a rule documents. The rule contract has no examples field yet; read the shapes the packs may use:
 * `meta.docs.examples`, `examples`, or RuleTester-style `tests` with `{ valid, invalid }` of strings or `{ text|code }`.
 */
export function ruleExamples(def: RuleDefinition): RuleExamples {
  const anyDef = def as unknown as Record<string, unknown>;
  const docs = def.meta.docs as unknown as Record<string, unknown>;
  const src = (docs.examples ?? anyDef.examples ?? anyDef.tests ?? (def.meta as unknown as Record<string, unknown>).examples) as
    | { valid?: unknown[]; invalid?: unknown[]; good?: unknown[]; bad?: unknown[] }
    | undefined;
  const texts = (a: unknown[] | undefined) =>
    (a ?? [])
      .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? ((x as Record<string, unknown>).text ?? (x as Record<string, unknown>).code) : undefined))
      .filter((x): x is string => typeof x === 'string');
  return { invalid: texts(src?.invalid ?? src?.bad), valid: texts(src?.valid ?? src?.good) };
}
