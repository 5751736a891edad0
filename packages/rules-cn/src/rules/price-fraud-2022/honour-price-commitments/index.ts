import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'price-fraud-2022/honour-price-commitments',
  severity: 'info',
  type: 'evidence',
  binds: ['merchant', 'streamer'],
  basis: [
    { source: 'price-fraud-2022', article: '第十九条第（五）项', evidence: 'T' },
    { source: 'sh-guide-2022', evidence: 'N' },
  ],
  category: 'pricing',
  description: { 'zh-CN': '价格承诺（保价、买贵退差、假一赔N等）必须兑现；记录承诺以便事后核对', en: 'Price commitments (price protection, refund the difference, N-fold compensation) must be honoured; recorded for later checks' },
  message: { 'zh-CN': '价格承诺已记录，须兑现：“{{term}}”', en: 'Price commitment recorded; it must be honoured: "{{term}}"' },
  terms: ['买贵退差', '降价退差', '价格锁定', '拍下锁价', '假一赔十', '假一罚十', '假一赔三', '假一罚四', '假一赔四', '保价'],
  patterns: [/保价\s*[0-9一二三四五六七八九十]+\s*天/],
  examples: {
    violating: ['保价三十天，降价退差', '假一罚四，放心拍'],
    compliant: ['价格以下单页面为准', '今天这个价格很划算'],
  },
  guide: {
    requirement: {
      'zh-CN': '《明码标价和禁止价格欺诈规定》第十九条第（五）项禁止不履行或者不完全履行价格承诺；上海指引（据新闻）提示主播不得单方承诺超出法定条件的退款。本规则把说出的承诺记为“需要证据”（info），以便与后续价格和售后数据核对。',
      en: 'Price Fraud Provisions art 19(5) (price commitments must be kept); Shanghai guide (news). Spoken commitments are recorded (info) for later checks.',
    },
    fix: { 'zh-CN': '确保承诺可兑现并写入活动规则。', en: 'Make sure the commitment can be kept and is in the published rules.' },
  },
});
