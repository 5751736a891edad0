import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'live-ecom/no-ai-fabricated-claims',
  type: 'evidence',
  severity: 'warning',
  binds: ['operator', 'streamer', 'agency'],
  basis: [
    { source: 'live-ecom-supervision', article: '第三十四条第二款', evidence: 'T' },
    { source: 'live-ecom-supervision', article: '第十七条', evidence: 'T' },
    { source: 'zj-guide-2024', evidence: 'N' },
    { source: 'ad-law', article: '第二十八条', evidence: 'T' },
  ],
  category: 'false-publicity',
  description: { 'zh-CN': '不得利用AI等技术编造、传播虚假或误导性商业信息或冒充他人（名人、央视主持人、院士、专家背书）；权威/名人背书说法需授权证据', en: 'No AI or other technology to fabricate misleading information or impersonate others; authority or celebrity endorsements need authorisation' },
  message: { 'zh-CN': '权威/名人背书需授权证据（疑似AI合成或冒用）：“{{term}}”', en: 'Authority or celebrity endorsement needs authorisation (possible AI fabrication or impersonation): "{{term}}"' },
  terms: ['央视主持人', '央视推荐', '央视都在', '院士亲自', '院士推荐', '院士研发', '明星同款推荐', '明星都在用', '专家推荐', '名医推荐', '国医大师', '权威专家'],
  unless: /AI生成形象|非真实人物|虚拟形象|仅作产品说明/,
  examples: {
    violating: ['央视主持人都在推荐的这款鱼油', 'XX院士亲自讲解，这个配方他研究了三十年'],
    compliant: ['一条AI仿冒视频中，商家称是某医院主任，他是我国营养领域的权威专家', '画面中讲解员为AI生成形象，非真实人物，仅作产品说明', '这款鱼油每粒含DHA 200毫克'],
  },
  guide: {
    requirement: {
      'zh-CN': '《直播电商监督管理办法》第三十四条第二款：直播间运营者、直播营销人员不得利用人工智能等技术手段编造、传播虚假或者引人误解的商业信息，或者冒充他人进行推广；第十七条规定平台的防范义务。浙江省指引（据新闻）点名深度合成名人声音、口型、形象引流并暗示代言。',
      en: '2026 live e-commerce measures art 34 para 2 (no AI fabrication or impersonation) and art 17 (platform duty); Zhejiang guide (news) on deep-synthesised celebrity endorsements.',
    },
    fix: { 'zh-CN': '删除无授权的名人、专家背书；AI形象须标注。', en: 'Remove unauthorised endorsements; label AI personas.' },
  },
});
