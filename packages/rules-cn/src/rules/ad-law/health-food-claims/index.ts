import { normalizeTerm } from '@liveguard/core';
import { lexiconRule } from '../../../util/lexicon-rule.js';
import { ASSURANCE, EFFICACY_ASSERTIONS, HEALTH_FOOD_DISCLAIMERS, HEALTH_FOOD_DISCLAIMER_TEXT } from '../../../util/claims.js';
import { categoryOf, foldedView, nearby } from '../../../util/text.js';

// Efficacy assertions beyond the approved function wording (效果显著, 变化看得见, 延缓衰老): reported for a
// health food only (for ordinary food they are ad-law/no-medical-claims-for-non-medical-goods findings).
// compared in normalised form: the folded view folds 著 to 着 (显著 → 显着) like the normaliser does
// Comparatives of safety and effect (更安全, 更持久): claims of a health food's, but everyday words with no category (A比B更安全) —
// unless the sentence sets the goods against another product (相比鱼油，藻油更纯净、更安全)
const SET_AGAINST = /相比|相较|比起|较之|对比/;
const COMPARATIVES = ['更安全', '很安全', '安全放心', '起效更快', '效果更强', '更持久'];
const HEALTH_FOOD_ONLY = new Set([...EFFICACY_ASSERTIONS, ...COMPARATIVES].map(normalizeTerm));
const COMPARATIVE_SET = new Set(COMPARATIVES.map(normalizeTerm));
import { productText } from '../../../util/listing.js';

export default lexiconRule({
  id: 'ad-law/health-food-claims',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第十八条', evidence: 'T' },
    { source: 'food-safety-law', article: '第七十八条', evidence: 'T' },
    { source: 'food-safety-law', article: '第七十九条', evidence: 'T' },
    { source: 'health-ad-review-2020', evidence: 'N' },
  ],
  category: 'health-food-claim',
  description: {
    'zh-CN': '保健食品广告不得含有功效、安全性的断言或保证，不得声称保障健康所必需，不得与药品或其他保健食品比较；须标明“保健食品不是药物，不能代替药物治疗疾病”',
    en: 'Health-food ads may not guarantee efficacy or safety, claim to be necessary for health, or compare with drugs; they must state "health food is not medicine and cannot replace medicine in treating disease"',
  },
  message: { 'zh-CN': '保健食品禁止的宣传：“{{term}}”', en: 'Forbidden health-food claim: "{{term}}"' },
  terms: [...ASSURANCE, ...COMPARATIVES, '绝对安全', '保障健康', '健康必需', '必备保健品', '比药效果好', '代替药物', '替代药物', ...EFFICACY_ASSERTIONS],
  accept: (unit, start, end, ctx) => {
    const term = normalizeTerm(foldedView(unit).slice(start, end));
    if (!HEALTH_FOOD_ONLY.has(term)) return true;
    const cat = categoryOf(ctx, unit);
    return cat === 'health-food' || (cat === undefined && COMPARATIVE_SET.has(term) && nearby(unit, { start, end }, SET_AGAINST) !== null);
  },
  patterns: [/(?:中老年|老年|每个|所有)[^，。！？,.!?]{0,3}人人都?(?:该|要|需要|必须)吃/,
    // no-effect refund in other words (数值没有明显变化，我们提供全额售后)
    /(?:没有|无)(?:明显)?(?:变化|效果|改善)[^。！？!?]{0,10}(?:全额|无条件)?(?:退款|退钱|售后|包退)/],
  severityFor: (cat) => (cat === 'health-food' ? 'error' : cat === undefined ? 'warning' : cat === 'drug-otc' || cat === 'drug-rx' || cat === 'medical-device' ? 'skip' : 'warning'),
  suggestion: { message: { 'zh-CN': '删除功效/安全保证；加注“' + HEALTH_FOOD_DISCLAIMER_TEXT + '”，只宣传批准的保健功能', en: 'Remove efficacy and safety guarantees; add the mandatory disclaimer and claim only the approved function' } },
  messages: {
    missingDisclaimer: {
      'zh-CN': '保健食品商品信息缺少“' + HEALTH_FOOD_DISCLAIMER_TEXT + '”（或“本品不能代替药物”）的声明',
      en: 'Health-food listing lacks the disclaimer "health food is not medicine and cannot replace medicine in treating disease"',
    },
    addDisclaimer: { 'zh-CN': '在详情中加注“' + HEALTH_FOOD_DISCLAIMER_TEXT + '”', en: 'Add the disclaimer to the description' },
  },
  onListing(ctx, product, event) {
    if (product.category !== 'health-food') return;
    const text = productText(product);
    if (HEALTH_FOOD_DISCLAIMERS.some((re) => re.test(text))) return;
    ctx.report({ messageId: 'missingDisclaimer', event, suggestions: [{ messageId: 'addDisclaimer' }] });
  },
  examples: {
    violating: [
      { text: '吃了这个降压药都可以停了', category: 'health-food' },
      { text: '无效全额退款，没有任何副作用', category: 'health-food' },
      { text: '中老年人人人都该吃', category: 'health-food' },
      '相比鱼油，藻油更纯净、更安全，更适合儿童',
      { text: '起效更快更安全、效果更强更持久', category: 'health-food' },
      { text: '每天两粒，坚持一个月，变化看得见', category: 'health-food' },
      { text: '這款膠囊抗氧化、延緩衰老，效果顯著', category: 'health-food' },
      { text: '吃三个月指标没有明显变化，我们提供全额售后', category: 'health-food' },
      { listing: { title: '某牌鱼油软胶囊', category: 'health-food', description: '辅助降血脂', approvalNo: '国食健注G20200001' } },
    ],
    compliant: [
      { text: '保健食品不是药物，不能代替药物治疗疾病', category: 'health-food' },
      { text: '本品适宜人群：免疫力低下者；不适宜人群：少年儿童', category: 'health-food' },
      { text: '这款扫地机清洁效果显著，边角都能扫到', category: 'other' },
      '“广受好评的手工皂”比“最好的手工皂”更安全，也更让人信服',
      { text: '有网友反映，吃了某款胶囊后“效果显著”的说法并不可信', category: 'health-food' },
      { listing: { title: '某牌鱼油软胶囊', category: 'health-food', description: '保健食品不是药物，不能代替药物治疗疾病。', approvalNo: '国食健注G20200001' } },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十八条：保健食品广告不得含有表示功效、安全性的断言或者保证，不得涉及疾病预防、治疗功能，不得声称或者暗示为保障健康所必需，不得与药品、其他保健食品比较，不得利用代言人作推荐、证明，并应显著标明“本品不能代替药物”。《食品安全法》第七十八条、第七十九条要求标签和广告声明“本品不能代替药物”；2020年广告审查办法（据新闻）要求“保健食品不是药物，不能代替药物治疗疾病”。两种声明都接受。',
      en: 'Advertising Law art 18 bans efficacy and safety guarantees, disease claims, "necessary for health" claims, comparisons and endorsers in health-food ads; Food Safety Law arts 78–79 require "this product cannot replace medicine"; the 2020 review measures (per news) require "health food is not medicine and cannot replace medicine in treating disease". Either disclaimer is accepted.',
    },
    fix: { 'zh-CN': '删除保证性用语，只讲批准的功能、适宜和不适宜人群，并显著展示“保健食品不是药物，不能代替药物治疗疾病”。', en: 'Remove guarantees, state only the approved function and target groups, and show the disclaimer prominently.' },
  },
});
