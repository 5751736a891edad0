import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'zj-guide/no-fake-testing-or-appraisal',
  severity: 'warning',
  binds: ['streamer', 'operator'],
  basis: [{ source: 'aucl', article: '第八条', evidence: 'T' }, { source: 'zj-guide-2024', evidence: 'N' }], // national law first: applies nationwide
  category: 'false-publicity',
  description: { 'zh-CN': '不得鉴定检测造假：现场“火烧”“打火机烧”等自制测试或无证书编号的“检测报告/国检证书”不能证明品质', en: 'No faked tests or appraisals: on-air burning or lighter tests and unnumbered certificates prove nothing' },
  message: { 'zh-CN': '检测/鉴定说法需证书佐证：“{{term}}”', en: 'Test or appraisal claim needs a certificate: "{{term}}"' },
  terms: ['现场鉴定', '火烧一下', '打火机烧', '拿火烧', '烧不坏', '烧不变色', '滴水测试', '检测报告显示', '国检证书', '收藏级', '鉴定过了', '专家鉴定', '权威鉴定', '天然翡翠'],
  unless: /证书编号|NGTC|官网查询|可查询|可以查|编号[:：]?\s*[A-Z0-9]{4,}/i,
  examples: {
    violating: ['我现场给大家火烧一下，不变色就是天然翡翠', '检测报告显示纯度很高，收藏级的'],
    compliant: ['附NGTC证书编号XXXX，可官网查询', '这是普通装饰品，不做收藏用途'],
  },
  guide: {
    requirement: {
      'zh-CN': '浙江省指引（据新闻）把“鉴定检测造假”列为欺骗误导消费者的情形；虚构检测结果属《反不正当竞争法》（2019年）第八条的虚假宣传。涉及收藏升值的承诺另见 ad-law/investment-and-education-guarantees。',
      en: 'Zhejiang guide (news): faked appraisals and tests; AUCL 2019 art 8. Appreciation promises are checked by ad-law/investment-and-education-guarantees.',
    },
    fix: { 'zh-CN': '出示可查询的检测证书编号，删除自制测试的结论。', en: 'Show a verifiable certificate number; drop conclusions from on-air tests.' },
  },
});
