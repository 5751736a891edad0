import { lexiconRule } from '../../../util/lexicon-rule.js';
import { findPrices } from '../../../live/numbers.js';

// A price shown in the title (the card's most prominent place) below the price the detail page charges: price-fraud
// provisions art 20(1). A conditional price is no such display: after a coupon, a threshold, a deposit, a member's or a
// multi-piece price (券后59, 满2件59, 定金59), a unit price (59元/盒, 每盒59) or a "from" price (59元起).
const CONDITION_BEFORE = /(?:券后|用券|领券|满[^，。！？,.!?]{0,6}|第\s*[二2两]\s*件|[0-9二两三四五]\s*件|定金|订金|预付|会员|plus|vip|拼团|团购|前\s*[0-9一二三四五六七八九十百]+\s*(?:名|位|件|单)|叠加|每|单|均|折合)\s*(?:价|仅需|仅|只要|到手)?\s*[:：]?\s*[¥￥]?\s*$/i;
const UNIT_AFTER = /^\s*(?:起|\/|每|元?\s*\/|一\s*[件盒瓶支袋斤个份]|[件盒瓶支袋斤个份]起)/;

/** The lowest unconditional price the title shows, or undefined. */
function titlePrice(title: string): { value: number; text: string } | undefined {
  let best: { value: number; text: string } | undefined;
  for (const a of findPrices(title)) {
    if (a.kind !== 'amount' || a.approx || a.value <= 0) continue;
    if (CONDITION_BEFORE.test(title.slice(Math.max(0, a.start - 10), a.start))) continue;
    if (UNIT_AFTER.test(title.slice(a.end, a.end + 4))) continue;
    if (!best || a.value < best.value) best = { value: a.value, text: a.text };
  }
  return best;
}

export default lexiconRule({
  id: 'price-fraud-2022/low-display-high-settle',
  severity: 'error',
  binds: ['merchant', 'platform'],
  basis: [
    { source: 'price-fraud-2022', article: '第十九条第（二）项', evidence: 'T' },
    { source: 'price-fraud-2022', article: '第二十条第一款第（一）项', evidence: 'T' },
    { source: 'zj-guide-2024', evidence: 'N' },
  ],
  category: 'pricing',
  description: {
    'zh-CN': '不得以低价诱骗消费者、以高价结算：标题等显著位置标示的价格不得低于详情页价格，主播不得让消费者不看页面价格、以口头报价为准',
    en: 'No luring with a low price and settling at a higher one: the price in the title or another prominent place may not be lower than the detail-page price, and the host may not tell buyers to ignore the page price and go by the spoken one',
  },
  message: { 'zh-CN': '让消费者不看页面标价、以口头报价为准：“{{term}}”（低标高结）', en: 'Buyers told to ignore the page price and go by the spoken one: "{{term}}" (low display, high settlement)' },
  terms: ['以我说的为准', '以我说的价格为准', '以主播说的为准', '以主播说的价格为准', '以我报的价格为准', '以我们说的为准', '以直播间说的为准', '按我说的价格拍'],
  patterns: [
    // the price the page or link shows disowned (链接里显示的价格不准, 页面价格是错的, 别看小黄车上的价格)
    /(?:链接|页面|详情页|小黄车|购物车|商品卡|下单页|后台|系统)(?:里|上|中)?(?:显示|标)?的?价格?(?:不准|不对|有误|是错的|错了|不算数?|不作数|不用管|别管|不用看|别看)/,
    /(?:别看|不要看|不用看|别管|不用管|不要管)(?:链接|页面|详情页|小黄车|购物车|商品卡|下单页)(?:里|上|中)?(?:显示)?的?价/,
  ],
  messages: {
    titleBelow: {
      'zh-CN': '标题标示的价格“{{shown}}”低于商品页价格 {{price}} 元（显著位置标价低于详情页价格）',
      en: 'The title shows "{{shown}}", below the listing\'s price of {{price}} yuan (a prominent price below the detail-page price)',
    },
  },
  onListing(ctx, product, event) {
    if (typeof product.price !== 'number' || !Number.isFinite(product.price) || !product.title) return;
    const shown = titlePrice(product.title);
    // (rounding off fractions is a trade custom, art 21(3): a gap under one yuan is not reported)
    if (shown && product.price - shown.value >= 1) {
      ctx.report({ messageId: 'titleBelow', data: { shown: shown.text, price: product.price }, event });
    }
  },
  examples: {
    violating: [
      '链接里显示的价格不准，以我说的为准',
      '大家别看小黄车上的价，拍下来我给你们改',
      { listing: { title: '【到手价59】纯棉短袖T恤', price: 79 } },
      { listing: { title: '直播专享 仅需¥99 修护面霜50ml', price: 159, category: 'cosmetics' } },
    ],
    compliant: [
      '价格以下单页面显示为准，主播口误的以页面为准',
      '链接里的价格已经改好了，大家直接拍',
      { listing: { title: '【到手价59】纯棉短袖T恤', price: 59 } },
      { listing: { title: '券后59 纯棉短袖T恤', price: 79 } },
      { listing: { title: '纯棉短袖T恤 29元/件 两件装', price: 58 } },
      { listing: { title: '修护面霜50ml 99元起', price: 129, category: 'cosmetics' } },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《明码标价和禁止价格欺诈规定》第十九条第（二）项：经营者不得以低价诱骗消费者或者其他经营者，以高价进行结算；第二十条第一款第（一）项：网络交易经营者不得在首页或者其他显著位置标示的商品或者服务价格低于在详情页面标示的价格。浙江省指引把这种做法称为“低标高结”。本规则检查商品标题中的无条件价格（券后价、满减价、定金、会员价、单件折合价和“起”价除外）是否低于商品价格，以及主播让消费者不看页面价格、以口头报价为准的说法。直播中口头或贴片报价与实际成交价的比对需要订单数据，属于直播监测。',
      en: 'Price-fraud provisions art 19(2): no luring consumers with a low price and settling at a higher one; art 20 para 1 item (1): online traders may not show, on the home page or another prominent place, a price lower than the detail page\'s. The Zhejiang guide calls this 低标高结. The rule checks unconditional prices in a listing title (coupon, threshold, deposit, member, per-unit and "from" prices excepted) against the listing price, and a host\'s telling buyers to ignore the page price and go by the spoken one. Comparing spoken or overlaid prices with settled orders needs order data and is the live monitor\'s.',
    },
    fix: {
      'zh-CN': '标题中的价格与商品页价格保持一致，或写明条件（券后、满减、会员）；口头报价与页面价格不一致时以页面价格为准并及时更正。',
      en: 'Keep the title price equal to the listing price, or state its condition (after coupon, threshold, member); when a spoken price differs from the page, the page price holds: correct it.',
    },
  },
});
