import { lexiconRule } from '../../../util/lexicon-rule.js';
import { TESTIMONY } from '../../../util/testimony.js';

export default lexiconRule({
  id: 'ad-law/endorser-must-have-used',
  type: 'evidence',
  severity: 'warning',
  binds: ['streamer'],
  basis: [
    { source: 'ad-law', article: '第三十八条第一款', evidence: 'T' },
    { source: 'internet-ad-2023', article: '第十九条', evidence: 'T' },
    { source: 'consumer-reg-2024', article: '第十四条', evidence: 'N' },
    { source: 'ad-law', article: '第六十一条', evidence: 'T' },
  ],
  category: 'endorser',
  description: { 'zh-CN': '以自己名义推荐商品的主播是广告代言人，须依据事实，不得为未使用过的商品作推荐、证明', en: 'An anchor vouching in their own name is an endorser and must have actually used the product' },
  message: { 'zh-CN': '亲身使用的证明需有使用记录佐证：“{{term}}”', en: 'First-person usage testimony needs evidence of use: "{{term}}"' },
  terms: [],
  patterns: [TESTIMONY],
  severityFor: (cat) => (cat && ['health-food', 'drug-otc', 'drug-rx', 'medical-device', 'special-medical-food'].includes(cat) ? 'skip' : undefined),
  examples: {
    violating: [{ text: '这只洗面奶可以提亮我的肤色', category: 'cosmetics' }, { text: '洗完脸我一般还会敷上这款面膜', category: 'cosmetics' }, '我妈用了三个月，说手不疼了', '没想到真的解决了我的脱发问题', '这个面霜我自己用了三年了', '我家孩子从小就喝这个奶粉'],
    compliant: ['夏天少不了这款小风扇', '客服终于解决了我的问题', '这个问题我们已经解决了，明天发货', '我们一般会在下午三点开播', '这款我还没用过，给大家念一下官方资料', '广告代言人不得为其未使用过的商品作推荐、证明'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第三十八条第一款：广告代言人在广告中对商品、服务作推荐、证明，应当依据事实，并不得为其未使用过的商品或者未接受过的服务作推荐、证明。《互联网广告管理办法》第十九条：直播营销人员以自己的名义或者形象对商品、服务作推荐、证明的，依法承担广告代言人的责任。罚则见第六十一条。本规则为“需要证据”类。医疗、药品、器械、保健食品中的亲身证言见 ad-law/endorser-restrictions。',
      en: 'Advertising Law art 38 para 1 (endorsers must have used the product), Internet Advertising Measures art 19 (anchors recommending in their own name are endorsers), penalty art 61. A "needs evidence" rule; testimony for medical and health products is ad-law/endorser-restrictions.',
    },
    fix: { 'zh-CN': '只陈述真实使用经历并保留证据，否则改为介绍官方资料。', en: 'State only real, documented use, or read the official information instead.' },
  },
});
