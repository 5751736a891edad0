// Live-session (cross-event, temporal) rules: they read the session state (overlays, pinned product, prices,
// stock, hosts) and report as soon as a violation is certain. Regional variants live in ../regional.
// Where the national pack has a text-level rule for a catalog entry (the phrase alone, "needs evidence"), the live
// rule has its own id and checks only what needs session data: see README.md in this folder.
import type { RuleDefinition } from '@liveguard/core';
import { aiPersonContinuousLabel, explicitLabelAv } from './ai-label.js';
import { adIdentifiability, disguisedHealthKnowledge, whoSellsWhoseGoods } from './disclosure.js';
import { drugDeviceNoticeVisible, healthFoodDisclaimerVisible } from './notices.js';
import { baselineWithoutRecord, noPrePromotionMarkup, referencePrice7Day } from './pricing.js';
import { giftValueVsPrice, prizeDrawDisclosure } from './promotions.js';
import { fakeReviewsAndShillComments } from './comments.js';

export const liveRules: RuleDefinition[] = [
  aiPersonContinuousLabel, explicitLabelAv, whoSellsWhoseGoods, healthFoodDisclaimerVisible, drugDeviceNoticeVisible,
  adIdentifiability, disguisedHealthKnowledge, referencePrice7Day, noPrePromotionMarkup, baselineWithoutRecord,
  giftValueVsPrice, prizeDrawDisclosure, fakeReviewsAndShillComments,
] as RuleDefinition[];

export * from './numbers.js';
export { parsePriceClaims } from './pricing.js';
