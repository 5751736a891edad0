// Live-session (cross-event, temporal) rules: they read the session state (overlays, pinned product, prices,
// stock, hosts) and report as soon as a violation is certain. Regional variants live in ../regional.
import type { RuleDefinition } from '@liveguard/core';
import { aiPersonContinuousLabel, explicitLabelAv } from './ai-label.js';
import { adIdentifiability, disguisedHealthKnowledge, whoSellsWhoseGoods } from './disclosure.js';
import { drugDeviceNoticeVisible, healthFoodDisclaimerVisible } from './notices.js';
import { noPrePromotionMarkup, noUnverifiableBaseline, referencePrice7Day } from './pricing.js';
import { giftDisclosure, prizeDrawRules } from './promotions.js';
import { streamerAge } from './people.js';
import { fakeReviewsAndShillComments } from './comments.js';

export const liveRules: RuleDefinition[] = [
  aiPersonContinuousLabel, explicitLabelAv, whoSellsWhoseGoods, healthFoodDisclaimerVisible, drugDeviceNoticeVisible,
  adIdentifiability, disguisedHealthKnowledge, referencePrice7Day, noPrePromotionMarkup, noUnverifiableBaseline,
  giftDisclosure, prizeDrawRules, streamerAge, fakeReviewsAndShillComments,
] as RuleDefinition[];

export * from './numbers.js';
export { parsePriceClaims } from './pricing.js';
