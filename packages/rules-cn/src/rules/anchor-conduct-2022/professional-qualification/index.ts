import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'anchor-conduct-2022/professional-qualification',
  severity: 'error',
  binds: ['streamer', 'platform'],
  basis: [{ source: 'anchor-conduct-2022', evidence: 'N' }],
  category: 'qualification',
  description: { 'zh-CN': '医疗卫生、财经金融、法律、教育等需要较高专业水平的内容，主播须具备相应执业资质并向平台备案', en: 'Medical, financial, legal and educational advice requires the anchor to hold and file the corresponding qualification' },
  message: { 'zh-CN': '专业建议（诊断/投资/法律）需主播具备并备案相应资质：“{{term}}”', en: 'Professional advice (diagnosis, investment, legal) needs a filed qualification: "{{term}}"' },
  terms: ['跟我买基金', '跟我买股票', '跟着我买', '稳赢的官司', '这官司稳赢'],
  patterns: [
    /你(?:这种|这个|的)(?:情况|症状|病)[^，。]{0,3}(?:就是|属于|是)[^，。]{1,10}[，,]?[^。]{0,10}(?:吃|用)(?:我们|这个)/,
    /(?:这只|这个|这支)(?:基金|股票)[^，。]{0,6}(?:必涨|肯定涨|会涨|要涨|翻倍)/,
  ],
  examples: {
    violating: ['你这种情况就是甲状腺结节，吃我们这个就行', '这只基金下个月必涨，跟我买'],
    compliant: ['具体病情请咨询医生，我们只介绍产品', '基金有风险，投资需谨慎'],
  },
  guide: {
    requirement: {
      'zh-CN': '《网络主播行为规范》（据新闻）：对需要较高专业水平（如医疗卫生、财经金融、法律、教育）的直播内容，主播应取得相应执业资质，并向直播平台进行执业资质报备，平台应对主播进行资质审核及备案。文本只能识别“给出专业建议”的说法；资质备案需账户数据核对。',
      en: 'Anchor code of conduct (news): anchors giving medical, financial, legal or educational content need the qualification and must file it with the platform. The text rule finds the advice; the filing is checked against account data.',
    },
    fix: { 'zh-CN': '不作诊断和投资建议，请观众咨询专业人士。', en: 'Do not diagnose or give investment advice; refer viewers to professionals.' },
  },
});
