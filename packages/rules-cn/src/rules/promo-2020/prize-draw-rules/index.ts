import { lexiconRule } from '../../../util/lexicon-rule.js';

const DISCLOSED = /中奖率|概率|名额|[0-9一二三四五六七八九十百]+\s*(?:个|份|名|台|件)|开奖时间|分钟后开奖|[0-9一二三四五六七八九十]+点开奖|参与条件|说明|规则/;
const VALUE = /价值\s*([0-9.]+)\s*(万)?\s*(?:元|块)?/;

export default lexiconRule({
  id: 'promo-2020/prize-draw-rules',
  severity: 'warning',
  binds: ['operator', 'merchant'],
  basis: [
    { source: 'promo-2020', article: '第十三条', evidence: 'S' },
    { source: 'promo-2020', article: '第十七条', evidence: 'S' },
    { source: 'aucl', evidence: 'T' },
  ],
  category: 'promotion',
  description: { 'zh-CN': '有奖销售前应公布奖项种类、参与条件、开奖时间和方式、奖品数量或中奖概率等；抽奖式最高奖不得超过五万元', en: 'Before a prize draw, publish prizes, conditions, draw time and method, quantity or odds; the top prize may not exceed 50,000 yuan' },
  message: { 'zh-CN': '抽奖未公布规则（数量/概率/时间/条件）：“{{term}}”', en: 'Prize draw without published rules (quantity, odds, time, conditions): "{{term}}"' },
  terms: ['福袋', '抽奖', '抽一台', '抽一个', '抽免单', '抽大奖', '幸运儿'],
  // the statute's own term (抽奖式的有奖销售, AUCL art 11): the law discussed, not a draw offered
  exempt: ['抽奖式的有奖销售', '抽奖式有奖销售'],
  // (a live stream's draws as a topic — 直播抽奖的槽点, 直播抽奖活动 — are talked about, not offered)
  accept: (unit, start, end) => !DISCLOSED.test(unit.text) && !(/直播$/.test(unit.text.slice(Math.max(0, start - 2), start)) && /^(?:的|活动|行为|环节|乱象|现象|中)/.test(unit.text.slice(end, end + 2))),
  messages: { overCap: { 'zh-CN': '抽奖奖品价值{{value}}元，超过五万元上限', en: 'Prize value {{value}} yuan exceeds the 50,000-yuan cap' } },
  onUnit(ctx, unit) {
    if (!/抽|福袋|奖/.test(unit.text)) return;
    const m = VALUE.exec(unit.text);
    if (!m) return;
    const value = Number(m[1]) * (m[2] ? 10000 : 1);
    if (value > 50000) ctx.report({ messageId: 'overCap', data: { value }, unit, start: m.index, end: m.index + m[0].length, severity: 'error' });
  },
  examples: {
    violating: ['福袋里有台苹果手机，关注就能抽', '今晚抽奖送一辆价值12万元的车'],
    compliant: [ '抽奖式的有奖销售，最高奖的金额不得超过五万元','直播抽奖活动越来越常见，消费者应理性参与', '本轮福袋：耳机1个，参与条件：关注+评论口令，10分钟后开奖，中奖率见福袋说明', '今天不抽奖，直接降价'],
  },
  guide: {
    requirement: {
      'zh-CN': '《规范促销行为暂行规定》第十三条（二手资料）：有奖销售前应明确公布奖项种类、参与条件和方式、开奖时间和方式、奖金金额或奖品价格、名称、种类、数量或中奖概率、兑奖时间条件方式、推销商品、组织者及联系方式等；第十七条（二手资料）：抽奖式有奖销售最高奖金额不得超过五万元。《反不正当竞争法》亦规制有奖销售。',
      en: 'Promotion provisions art 13 (publish the draw rules) and art 17 (top prize ≤ 50,000 yuan), both from secondary sources; the AUCL also regulates prize sales.',
    },
    fix: { 'zh-CN': '公布奖品、数量或概率、参与条件、开奖时间；奖品价值不超过五万元。', en: 'Publish prizes, quantity or odds, conditions and draw time; keep the top prize within 50,000 yuan.' },
  },
});
