import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'ad-law/no-child-spokesperson-or-wanghong-kids',
  severity: 'error',
  binds: ['operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第三十八条第二款', evidence: 'T' },
    { source: 'zj-guide-2024', evidence: 'N' },
    { source: 'ad-law', article: '第三十三条', evidence: 'T' },
  ],
  category: 'minors',
  description: { 'zh-CN': '不得利用不满十周岁的未成年人作为广告代言人，不得利用“网红儿童”营销牟利', en: 'No endorsers under ten; no profiting from child influencers' },
  message: { 'zh-CN': '不满十周岁的儿童作推荐：“{{term}}”', en: 'A child under ten endorsing: "{{term}}"' },
  terms: ['网红儿童', '童星代言', '小朋友代言'],
  // goods for children that are popular online (网红儿童玩具) are not child influencers
  exempt: ['网红儿童玩具', '网红儿童产品', '网红儿童食品', '网红儿童零食', '网红儿童用品'],
  patterns: [/(?:我家|我的|我们家)?(?:闺女|女儿|儿子|孩子|宝宝|娃|小朋友)[（(]?\s*(?:[0-9]|[一二三四五六七八九])\s*岁[)）]?[^。！!]{0,12}(?:推荐|代言|给大家(?:介绍|推荐|试用)|天天用)/],
  examples: {
    violating: ['我家闺女（8岁）给大家推荐她天天用的牙膏', '今天请来网红儿童给大家带货'],
    compliant: ['家长们在看直播时随手下单网红儿童玩具已是常事', '不得利用不满十周岁的未成年人作为广告代言人', '我家闺女今年12岁了，这款书包是给大孩子的'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第三十八条第二款：不得利用不满十周岁的未成年人作为广告代言人；第三十三条：使用他人名义或形象须事先取得书面同意，使用无民事行为能力人、限制民事行为能力人的名义或形象须事先取得其监护人的书面同意。浙江省指引（据新闻）：不得利用“网红儿童”营销牟利。',
      en: 'Advertising Law art 38 para 2 (no endorsers under ten) and art 33 (written guardian consent); Zhejiang guide (news): no child influencers for profit.',
    },
    fix: { 'zh-CN': '由成年主播介绍商品。', en: 'Have an adult present the product.' },
  },
});
