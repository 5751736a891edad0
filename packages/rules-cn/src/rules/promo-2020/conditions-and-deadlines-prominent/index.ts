import { lexiconRule } from '../../../util/lexicon-rule.js';

const DEADLINE = /[0-9一二三四五六七八九十两]+\s*(?:点|时|:|：|月|日|号|分钟|小时)|今晚|今天24|今日|当日|当天|仅限今天|截至|截止|到[^，。]{0,6}(?:结束|为止)|下播前|本场结束/;
const CONDITION = /券|满[0-9一二三四五六七八九十百]|两件|[0-9一二三四五六七八九十两]+件|会员|叠加|前[0-9一二三四五六七八九十百]+|拍[0-9一二三四五六七八九十两]+|起购|凑单|第二件|条件|规则|详情页|以链接|以页面/;

export default lexiconRule({
  id: 'promo-2020/conditions-and-deadlines-prominent',
  severity: 'warning',
  binds: ['merchant', 'operator', 'streamer'],
  basis: [
    { source: 'promo-2020', article: '第二十条', evidence: 'S' },
    { source: 'price-fraud-2022', article: '第六条', evidence: 'T' },
    { source: 'price-fraud-2022', article: '第十九条第（六）项', evidence: 'T' },
    { source: 'bj-guide-2024', evidence: 'N' },
  ],
  category: 'pricing',
  description: { 'zh-CN': '附条件或限时的价格促销，应显著标明条件和期限（到手价须说明用券、满减、件数等条件；限时须说明截止时间）', en: 'Conditional or time-limited price promotions must state the conditions and deadline prominently' },
  message: { 'zh-CN': '促销未说明条件或期限：“{{term}}”', en: 'Promotion without its conditions or deadline: "{{term}}"' },
  terms: [
    { term: '限时优惠', data: { need: 'deadline' } }, { term: '限时特价', data: { need: 'deadline' } }, { term: '限时折扣', data: { need: 'deadline' } }, { term: '限时秒杀', data: { need: 'deadline' } },
    { term: '到手价', data: { need: 'condition' } }, { term: '券后价', data: { need: 'condition' } }, { term: '到手只要', data: { need: 'condition' } },
  ],
  accept: (unit, start, end) => {
    const t = unit.text;
    const term = t.slice(start, end);
    const scope = t.slice(0, start) + t.slice(end);
    return /限时/.test(term) ? !DEADLINE.test(scope) : !CONDITION.test(scope);
  },
  suggestion: { message: { 'zh-CN': '说明条件和期限，如“叠加店铺券30元、两件起购，到手单件69，活动到今晚24点”', en: 'State conditions and deadline, e.g. "with the 30-yuan shop coupon, 2 pieces minimum, 69 each, until 24:00 tonight"' } },
  examples: {
    violating: ['到手只要69', '限时优惠，赶紧拍', '券后价59'],
    compliant: ['限时折扣，全场满299减50，仅限今日', '叠加店铺券30元、两件起购，到手单件69，活动到今晚24点', '限时优惠到今晚12点', '“限时特价”等宣传要理性对待'],
  },
  guide: {
    requirement: {
      'zh-CN': '《规范促销行为暂行规定》第二十条（据二手资料）：附条件的价格促销应显著标明条件，限时减价、折价应显著标明期限。《明码标价和禁止价格欺诈规定》第六条要求标示附加条件；第十九条第（六）项禁止隐瞒不利条件。',
      en: 'Promotion provisions art 20 (secondary source): conditions and time limits shown prominently; Price Fraud Provisions art 6 (conditions) and art 19(6) (no hidden adverse conditions).',
    },
    fix: { 'zh-CN': '在同一句话或屏幕上说明条件和截止时间。', en: 'State the conditions and end time alongside the price.' },
  },
});
