// The national text rules, one folder each (rules/<source>/<name>/). Generated order: by id.
import type { CnRuleDefinition } from '../util/define.js';
import adLawAbsoluteTerms from './ad-law/absolute-terms/index.js';
import adLawAdDenialWithPurchaseLink from './ad-law/ad-denial-with-purchase-link/index.js';
import adLawAlcoholAdRestrictions from './ad-law/alcohol-ad-restrictions/index.js';
import adLawDataAndCitations from './ad-law/data-and-citations/index.js';
import adLawDrugDeviceClaims from './ad-law/drug-device-claims/index.js';
import adLawEndorserMustHaveUsed from './ad-law/endorser-must-have-used/index.js';
import adLawEndorserRestrictions from './ad-law/endorser-restrictions/index.js';
import adLawGiftDisclosure from './ad-law/gift-disclosure/index.js';
import adLawHealthFoodClaims from './ad-law/health-food-claims/index.js';
import adLawInvestmentAndEducationGuarantees from './ad-law/investment-and-education-guarantees/index.js';
import adLawMinorsTargetedAds from './ad-law/minors-targeted-ads/index.js';
import adLawNoChildSpokespersonOrWanghongKids from './ad-law/no-child-spokesperson-or-wanghong-kids/index.js';
import adLawNoDisparagement from './ad-law/no-disparagement/index.js';
import adLawNoMedicalClaimsForNonMedicalGoods from './ad-law/no-medical-claims-for-non-medical-goods/index.js';
import adLawPatentClaims from './ad-law/patent-claims/index.js';
import adLawPreReviewRequired from './ad-law/pre-review-required/index.js';
import adLawStateSymbolsAndOrgans from './ad-law/state-symbols-and-organs/index.js';
import adLawTobaccoRxBreastmilkBans from './ad-law/tobacco-rx-breastmilk-bans/index.js';
import aiLabel2025NoLabelRemoval from './ai-label-2025/no-label-removal/index.js';
import anchorConduct2022ProfessionalQualification from './anchor-conduct-2022/professional-qualification/index.js';
import auclFalsePublicity from './aucl/false-publicity/index.js';
import bjGuideLowestPriceClaims from './bj-guide/lowest-price-claims/index.js';
import bjGuideProhibitedGoods from './bj-guide/prohibited-goods/index.js';
import consumerLawNoReasonReturns from './consumer-law/no-reason-returns/index.js';
import consumerRegElderlyHealthInducement from './consumer-reg/elderly-health-inducement/index.js';
import consumerRegVagueSellerIdentity from './consumer-reg/vague-seller-identity/index.js';
import liveEcomNoAiFabricatedClaims from './live-ecom/no-ai-fabricated-claims/index.js';
import liveMarketing2021LicensedGoods from './live-marketing-2021/licensed-goods/index.js';
import liveMarketing2021NoTrafficDataFraud from './live-marketing-2021/no-traffic-data-fraud/index.js';
import liveMarketing2021StreamerAge from './live-marketing-2021/streamer-age/index.js';
import liveMarketing2021VerifySupplier from './live-marketing-2021/verify-supplier/index.js';
import minorsNoTippingOrInducement from './minors/no-tipping-or-inducement/index.js';
import platformNoPrivateTransactionDiversion from './platform/no-private-transaction-diversion/index.js';
import priceFraud2022CompletePriceMarking from './price-fraud-2022/complete-price-marking/index.js';
import priceFraud2022HonourPriceCommitments from './price-fraud-2022/honour-price-commitments/index.js';
import priceFraud2022LowDisplayHighSettle from './price-fraud-2022/low-display-high-settle/index.js';
import priceFraud2022NoUnverifiableBaseline from './price-fraud-2022/no-unverifiable-baseline/index.js';
import promo2020ConditionsAndDeadlinesProminent from './promo-2020/conditions-and-deadlines-prominent/index.js';
import promo2020PrizeDrawRules from './promo-2020/prize-draw-rules/index.js';
import shGuideNoBaselessInfantExclusive from './sh-guide/no-baseless-infant-exclusive/index.js';
import unfairCompOnline2024NoCashForGoodReviews from './unfair-comp-online-2024/no-cash-for-good-reviews/index.js';
import zjGuideNoDisasterPanicVulgarMarketing from './zj-guide/no-disaster-panic-vulgar-marketing/index.js';
import zjGuideNoFakeExpertPersonaEvent from './zj-guide/no-fake-expert-persona-event/index.js';
import zjGuideNoFakeTestingOrAppraisal from './zj-guide/no-fake-testing-or-appraisal/index.js';
import zjGuideScarcityUrgencyPhrases from './zj-guide/scarcity-urgency-phrases/index.js';

export const nationalRules: CnRuleDefinition[] = [
  adLawAbsoluteTerms,
  adLawAdDenialWithPurchaseLink,
  adLawAlcoholAdRestrictions,
  adLawDataAndCitations,
  adLawDrugDeviceClaims,
  adLawEndorserMustHaveUsed,
  adLawEndorserRestrictions,
  adLawGiftDisclosure,
  adLawHealthFoodClaims,
  adLawInvestmentAndEducationGuarantees,
  adLawMinorsTargetedAds,
  adLawNoChildSpokespersonOrWanghongKids,
  adLawNoDisparagement,
  adLawNoMedicalClaimsForNonMedicalGoods,
  adLawPatentClaims,
  adLawPreReviewRequired,
  adLawStateSymbolsAndOrgans,
  adLawTobaccoRxBreastmilkBans,
  aiLabel2025NoLabelRemoval,
  anchorConduct2022ProfessionalQualification,
  auclFalsePublicity,
  bjGuideLowestPriceClaims,
  bjGuideProhibitedGoods,
  consumerLawNoReasonReturns,
  consumerRegElderlyHealthInducement,
  consumerRegVagueSellerIdentity,
  liveEcomNoAiFabricatedClaims,
  liveMarketing2021LicensedGoods,
  liveMarketing2021NoTrafficDataFraud,
  liveMarketing2021StreamerAge,
  liveMarketing2021VerifySupplier,
  minorsNoTippingOrInducement,
  platformNoPrivateTransactionDiversion,
  priceFraud2022CompletePriceMarking,
  priceFraud2022HonourPriceCommitments,
  priceFraud2022LowDisplayHighSettle,
  priceFraud2022NoUnverifiableBaseline,
  promo2020ConditionsAndDeadlinesProminent,
  promo2020PrizeDrawRules,
  shGuideNoBaselessInfantExclusive,
  unfairCompOnline2024NoCashForGoodReviews,
  zjGuideNoDisasterPanicVulgarMarketing,
  zjGuideNoFakeExpertPersonaEvent,
  zjGuideNoFakeTestingOrAppraisal,
  zjGuideScarcityUrgencyPhrases,
];
