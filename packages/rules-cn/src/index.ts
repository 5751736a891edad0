// Placeholder until the national pack lands: the shapes other packages import.
import type { RuleDefinition, RulePack, LegalSource } from '@liveguard/core';
import { liveRules } from './live/index.js';
import { regionalPacks } from './regional/index.js';

export const legalSources: LegalSource[] = [];
export const nationalPack: RulePack = { id: 'cn-national', name: { 'zh-CN': '全国规则', en: 'National rules' }, rules: [], sources: legalSources };
export const livePack: RulePack = { id: 'cn-live', name: { 'zh-CN': '直播实时规则', en: 'Live-session rules' }, rules: liveRules, sources: legalSources };
export { regionalPacks };
/** Every built-in pack: national text rules, live rules and regional packs (regional rules apply by region). */
export const allPacks: RulePack[] = [nationalPack, livePack, ...regionalPacks];
/** The `recommended` preset: every built-in rule with its default severity. */
export const recommended: RuleDefinition[] = allPacks.flatMap((p) => p.rules);
