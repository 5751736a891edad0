import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'ad-law/gift-disclosure',
  severity: 'warning',
  type: 'evidence',
  binds: ['streamer', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第八条第二款', evidence: 'T' },
    { source: 'price-fraud-2022', article: '第十八条', evidence: 'T' },
    { source: 'promo-2020', evidence: 'N' },
  ],
  category: 'pricing',
  description: { 'zh-CN': '附带赠送的，应当明示赠品的品种和数量；标示赠品价值的，应为同一经营场所当前售价', en: 'Gifts must be disclosed by kind and quantity; a stated gift value must be the current price at the same venue' },
  message: { 'zh-CN': '赠品说明不清或价值需核实：“{{term}}”', en: 'Gift undisclosed or its value needs evidence: "{{term}}"' },
  terms: ['神秘大礼', '神秘礼物', '神秘赠品', '惊喜礼包', '神秘福利', '大礼包'],
  patterns: [/(?:送|赠|加赠|附赠)[^，。！？,.!?]{0,4}价值\s*[0-9一二三四五六七八九十百千万]+\s*(?:元|块)/],
  // a stated value can only be checked against the gift's shop price: recorded as info (needs evidence)
  hitSeverity: (term) => (/价值/.test(term) ? 'info' : undefined),
  suggestion: { message: { 'zh-CN': '写明赠品名称、数量；标示价值时以本店当前售价为准（如“赠小样15ml一支，店铺在售价29元”）', en: 'State the gift\'s name and quantity; a stated value must be its current shop price' } },
  examples: {
    violating: ['拍一单送价值599元的眼霜', '前一百名还有神秘大礼'],
    compliant: ['下单赠同品牌小样15ml一支，店铺在售价29元', '买两件包邮'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第八条第二款：广告中表明推销的商品附带赠送的，应当明示所附带赠送商品或者服务的品种、规格、数量、期限和方式。《明码标价和禁止价格欺诈规定》第十八条：赠品标示价格或价值的，应当标示赠品在同一经营场所当前销售价格。本规则为“需要证据”类：标示的赠品价值须与店铺售价核对。',
      en: 'Advertising Law art 8 para 2 (disclose gift kind, quantity, terms); Price Fraud Provisions art 18 (a stated gift value must be the current price at the same venue). A "needs evidence" rule.',
    },
    fix: { 'zh-CN': '写明赠品和数量，价值按店铺在售价标注。', en: 'Name the gift and quantity; value it at the current shop price.' },
  },
});
