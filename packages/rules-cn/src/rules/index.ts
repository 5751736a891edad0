// The national text rules, one folder each (rules/<source>/<name>/).
import type { CnRuleDefinition } from '../util/define.js';
import absoluteTerms from './ad-law/absolute-terms/index.js';
import privateDiversion from './platform/no-private-transaction-diversion/index.js';
import cashForReviews from './unfair-comp-online-2024/no-cash-for-good-reviews/index.js';

export const nationalRules: CnRuleDefinition[] = [
  absoluteTerms,
  privateDiversion,
  cashForReviews,
];
