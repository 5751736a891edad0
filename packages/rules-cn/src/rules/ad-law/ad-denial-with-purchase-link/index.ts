import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'ad-law/ad-denial-with-purchase-link',
  severity: 'warning',
  binds: ['operator', 'streamer', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第十四条', evidence: 'T' },
    { source: 'internet-ad-2023', article: '第九条', evidence: 'T' },
  ],
  category: 'ad-identifiability',
  description: { 'zh-CN': '带购物链接的分享、测评属于广告，应显著标明“广告”，不得声称“不是广告”（文本部分，覆盖目录第4条；“广告”标识的屏幕检查见实时监控规则 ad-law/ad-identifiability）', en: 'Sharing or reviews with a purchase link are ads and must be marked "广告"; do not claim "this is not an ad" (text part of catalog entry 4; on-screen marking is the live rule ad-law/ad-identifiability)' },
  message: { 'zh-CN': '带购买链接却声称非广告：“{{term}}”', en: 'Claims not to be an ad while offering a purchase link: "{{term}}"' },
  terms: ['不是广告', '纯分享', '没收钱', '不是打广告', '自用分享', '真实测评', '纯测评', '不恰饭', '非广告'],
  requires: /链接|小黄车|下单|拍|购物车|橱窗|购买/,
  claimsOnly: false,
  accept: (unit, start) => !/不得|禁止|规定/.test(unit.text.slice(0, start)),
  examples: {
    violating: ['我纯分享，不是广告啊，小黄车一号链接', '今天就是给大家做个真实测评，链接在下面'],
    compliant: ['本段为商业推广，链接在下方', '大众传播媒介不得以新闻报道形式变相发布广告。'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十四条：广告应当具有可识别性，能够使消费者辨明其为广告。《互联网广告管理办法》第九条：以知识介绍、体验分享、消费测评等形式推销商品并附加购物链接等购买方式的，广告发布者应当显著标明“广告”。',
      en: 'Advertising Law art 14 (ads must be identifiable); Internet Advertising Measures art 9 (knowledge, experience or review content with a purchase link must be marked "广告").',
    },
    fix: { 'zh-CN': '说明“本段为商业推广”并显示“广告”标识。', en: 'Say it is a paid promotion and show the "广告" marker.' },
  },
});
