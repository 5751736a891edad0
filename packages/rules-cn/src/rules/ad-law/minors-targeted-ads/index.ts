import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'ad-law/minors-targeted-ads',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第四十条第二款', evidence: 'T' },
    { source: 'ad-law', article: '第三十九条', evidence: 'T' },
    { source: 'internet-ad-2023', article: '第十二条', evidence: 'T' },
  ],
  category: 'minors',
  description: { 'zh-CN': '针对不满十四周岁未成年人的商品广告不得劝诱其要求家长购买，不得诱导其模仿不安全行为', en: 'Ads for products for under-14s may not urge children to ask their parents to buy or invite unsafe imitation' },
  message: { 'zh-CN': '劝诱未成年人要求家长购买：“{{term}}”', en: 'Urging children to get their parents to buy: "{{term}}"' },
  terms: ['让妈妈给你买', '让爸爸给你买', '叫爸爸妈妈下单', '找爸爸妈妈买', '拿妈妈手机', '拿爸爸手机', '偷偷下单', '不买会被笑话', '同学们都有', '同学都在用', '班里的热门款', '班里同学都有', '用着有面子', '戴着有面子', '穿着有面子', '跟着我学这个动作'],
  patterns: [/(?:小朋友|小孩|孩子们|同学们?|宝贝们)[^。！!]{0,10}(?:叫|让|找|拿|求)(?:爸爸|妈妈|爸妈|家长|爷爷|奶奶)/, /(?:快去|赶紧|马上)(?:叫|让|找|拿|求)(?:爸爸|妈妈|爸妈|家长)/],
  examples: {
    violating: ['这款是班里的热门款，孩子背着有面子', '小朋友们，快去拿妈妈手机把这个玩具拍下来', '同学们开学都用这个文具，不买会被笑话哦'],
    compliant: ['家长朋友可以看看这款适龄玩具，3岁以下请勿使用', '第四十条 在针对未成年人的大众传播媒介上不得发布医疗、药品、保健食品广告'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第四十条第二款：针对不满十四周岁的未成年人的商品或者服务的广告不得含有劝诱其要求家长购买广告商品或者服务、可能引发其模仿不安全行为的内容；第三十九条：不得在中小学校、幼儿园内开展广告活动。《互联网广告管理办法》第十二条：不得在针对未成年人的网站、网页、互联网应用程序、公众号等互联网媒介上发布医疗、药品、保健食品、特殊医学用途配方食品、医疗器械、化妆品、酒类、美容广告。',
      en: 'Advertising Law art 40 para 2 (no urging children to ask parents; no unsafe imitation), art 39 (no ads in schools); Internet Advertising Measures art 12 (no health, cosmetics, alcohol ads on minors-targeted media).',
    },
    fix: { 'zh-CN': '面向家长介绍商品，删除对儿童的劝诱。', en: 'Address parents, not children.' },
  },
});
