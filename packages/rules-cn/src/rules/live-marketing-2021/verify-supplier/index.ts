import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'live-marketing-2021/verify-supplier',
  type: 'evidence',
  severity: 'warning',
  binds: ['operator', 'agency'],
  basis: [
    { source: 'live-marketing-2021', article: '第二十二条', evidence: 'M' },
    { source: 'bj-guide-2024', evidence: 'N' },
    { source: 'live-ecom-supervision', article: '第二十七条', evidence: 'T' },
  ],
  category: 'seller-identity',
  description: { 'zh-CN': '直播间运营者应核验供货商身份、资质和商品授权；口播的“授权”“独家”“一手渠道”须有授权文件佐证（文本部分）', en: 'Room operators verify suppliers, licences and authorisations; spoken "authorised / exclusive / first-hand channel" claims need documents on file (text part)' },
  message: { 'zh-CN': '授权/渠道说法需有授权文件佐证：“{{term}}”', en: 'Authorisation or channel claim needs documents on file: "{{term}}"' },
  terms: ['品牌方授权', '官方授权', '厂家授权', '独家授权', '独家首发', '一手渠道', '一手货源', '正品授权', '总代理', '官方渠道拿的', '内部渠道'],
  unless: /授权书[^。]{0,12}(?:公示|详情页|可查|展示)|详情页[^。]{0,8}授权/,
  examples: {
    violating: ['品牌方授权我们独家首发', '这个牌子是大牌，我们拿的是一手渠道'],
    compliant: ['品牌授权书已经在商品详情页第五张图公示', '这款是店铺自有品牌'],
  },
  guide: {
    requirement: {
      'zh-CN': '《网络直播营销管理办法（试行）》（条号第二十二条待核）要求直播间运营者核验供货商身份、地址、联系方式、行政许可、信用情况并留存；《直播电商监督管理办法》第二十七条要求核验实际经营者信息、许可和强制性认证，审核选品和营销用语并保存记录三年。本规则把口播的授权、渠道说法标为“需要证据”。',
      en: 'Live-marketing measures (art 22, number unverified) and the 2026 live e-commerce measures art 27: verify the actual seller, licences and certification, review product selection and wording, keep records. Spoken authorisation and channel claims are flagged as needing evidence.',
    },
    fix: { 'zh-CN': '公示授权书，或删除无法证实的渠道说法。', en: 'Show the authorisation or drop the claim.' },
  },
});
