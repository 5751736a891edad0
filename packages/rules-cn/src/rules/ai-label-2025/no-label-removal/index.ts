import { lexiconRule } from '../../../util/lexicon-rule.js';

const ACT = '(?:裁掉|剪掉|去掉|删掉|遮住|挡住|抹掉|P掉|p掉|关掉|去除|拿掉|盖住|隐藏)';
const LABEL = '(?:AI|ai|水印|标识|标签|角标|数字人标|合成标)';

export default lexiconRule({
  id: 'ai-label-2025/no-label-removal',
  severity: 'error',
  binds: ['platform', 'operator', 'streamer', 'agency', 'merchant'],
  basis: [
    { source: 'ai-label-2025', evidence: 'N' },
    { source: 'deep-synthesis-2023', article: '第十八条', evidence: 'M' },
  ],
  category: 'ai-label',
  description: { 'zh-CN': '不得恶意删除、篡改、伪造、隐匿AI生成合成内容标识，不得把AI内容冒充为真人实拍', en: 'No removing, altering, forging or hiding AI-content labels, or passing AI content off as real footage' },
  message: { 'zh-CN': '删除或隐匿AI标识：“{{term}}”', en: 'Removing or hiding an AI label: "{{term}}"' },
  terms: ['冒充真人实拍', '说是真人实拍'],
  patterns: [new RegExp(`${ACT}[^，。！？]{0,8}${LABEL}|${LABEL}[^，。！？]{0,8}${ACT}`)],
  claimsOnly: false,
  accept: (unit, start) => !/不得|禁止|严禁|不要|别/.test(unit.text.slice(Math.max(0, start - 6), start)),
  examples: {
    violating: ['把右上角AI那个水印裁掉再发', '剪辑的时候把数字人标签去掉'],
    compliant: ['剪辑时保留右上角的AI标识', '不得恶意删除、篡改AI标识'],
  },
  guide: {
    requirement: {
      'zh-CN': '《人工智能生成合成内容标识办法》（据新闻）：任何组织和个人不得恶意删除、篡改、伪造、隐匿生成合成内容标识；《互联网信息服务深度合成管理规定》（第十八条，条号未核实）亦禁止删除、篡改、隐匿标识。',
      en: 'AI content labelling measures (news): no malicious deletion, alteration, forgery or hiding of labels; deep-synthesis provisions (art 18, unverified).',
    },
    fix: { 'zh-CN': '保留AI标识和元数据。', en: 'Keep the AI label and metadata.' },
  },
});
