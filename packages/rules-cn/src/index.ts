// @liveguard/rules-cn: the legal source registry and the Chinese rule packs.
import type { RuleDefinition, RulePack, LegalSource } from '@liveguard/core';
import { liveRules } from './live/index.js';
import { regionalPacks } from './regional/index.js';
import { legalSources as registry, sourcesById } from './sources.js';
import { nationalRules } from './rules/index.js';

export const legalSources: LegalSource[] = registry;
export { sourcesById };
export const nationalPack: RulePack = { id: 'cn-national', name: { 'zh-CN': '全国规则', en: 'National rules' }, rules: nationalRules, sources: legalSources };
export const livePack: RulePack = { id: 'cn-live', name: { 'zh-CN': '直播实时规则', en: 'Live-session rules' }, rules: liveRules, sources: legalSources };
export { regionalPacks };
/** Every built-in pack: national text rules, live rules and regional packs (regional rules apply by region). */
export const allPacks: RulePack[] = [nationalPack, livePack, ...regionalPacks];
/** The `recommended` preset: every built-in rule with its default severity. */
export const recommended: RuleDefinition[] = allPacks.flatMap((p) => p.rules);
/** Every built-in rule by id. */
export const rulesById: ReadonlyMap<string, RuleDefinition> = new Map(recommended.map((r) => [r.meta.id, r]));

export { defineCnRule, example } from './util/define.js';
export type { CnRuleDefinition, Example, ExampleInput, RuleExamples } from './util/define.js';
export { validatePack, examplesFromDocs, exampleLine } from './validate.js';
export type { PackProblem, ValidateOptions } from './validate.js';
export { loadCustomPack, CustomPackError } from './custom-pack.js';
export type { CustomPackSpec, CustomRuleSpec } from './custom-pack.js';
export { runExample } from './util/examples.js';
export { lexiconRule } from './util/lexicon-rule.js';
export type { LexiconRuleSpec } from './util/lexicon-rule.js';
