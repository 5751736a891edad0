import { lexiconRule } from '../../../util/lexicon-rule.js';
import { TESTIMONY } from '../../../util/testimony.js';

const NO_ENDORSER = new Set(['health-food', 'drug-otc', 'drug-rx', 'medical-device', 'special-medical-food']);

export default lexiconRule({
  id: 'ad-law/endorser-restrictions',
  severity: 'error',
  binds: ['operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第三十八条第二款', evidence: 'T' },
    { source: 'ad-law', article: '第三十八条第三款', evidence: 'T' },
    { source: 'ad-law', article: '第十六条第一款第（四）项', evidence: 'T' },
    { source: 'ad-law', article: '第十八条第一款第（五）项', evidence: 'T' },
  ],
  category: 'endorser',
  description: { 'zh-CN': '医疗、药品、医疗器械、保健食品广告不得利用广告代言人作推荐、证明（含主播亲身证言）', en: 'Medical, drug, device and health-food ads may not use endorsers (incl. the anchor\'s own testimony)' },
  message: { 'zh-CN': '医疗/保健类商品不得以代言人身份作证明：“{{term}}”', en: 'No endorser testimony for medical or health products: "{{term}}"' },
  terms: ['我推荐这款保健品', '作为明星推荐', '我代言的', '全家都在吃'],
  patterns: [TESTIMONY],
  severityFor: (cat) => (cat && NO_ENDORSER.has(cat) ? 'error' : 'skip'),
  examples: {
    violating: [{ text: '我全家都在吃这个鱼油', category: 'health-food' }, { text: '这个理疗仪我自己用了三年', category: 'medical-device' }],
    compliant: [{ text: '以下为批准的广告内容：本品具有增强免疫力的保健功能', category: 'health-food' }, { text: '这个面霜我自己用了三年了', category: 'cosmetics' }],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十六条第一款第（四）项、第十八条第一款第（五）项：医疗、药品、医疗器械、保健食品广告不得利用广告代言人作推荐、证明；第三十八条第二款：不得利用不满十周岁的未成年人作为代言人；第三十八条第三款：因虚假广告代言被处罚未满三年的不得作代言人。本规则只在类别为药品、医疗器械、保健食品、特医食品时报告主播亲身证言；代言人年龄和处罚记录需账户数据。',
      en: 'Advertising Law arts 16(1)(4) and 18(1)(5) (no endorsers for medical, drug, device, health-food ads), art 38 paras 2–3 (age and sanctioned endorsers). Fires on the anchor\'s own testimony for those categories only.',
    },
    fix: { 'zh-CN': '只宣读经审查批准的广告内容，不作亲身证明。', en: 'Read only the approved ad content; no personal testimony.' },
  },
});
