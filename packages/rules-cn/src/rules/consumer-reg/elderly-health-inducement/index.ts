import { lexiconRule } from '../../../util/lexicon-rule.js';
import { categoryOf, FOOD_LIKE, foldedView, nearby } from '../../../util/text.js';
import { ASSURANCE, describedNotClaimed, DISEASE_PATTERNS, DISEASES, EFFECT_PATTERNS, EFFICACY_ASSERTIONS, SIDE_EFFECT_CLAIMS, TREATMENT } from '../../../util/claims.js';

// Elderly audience cues: how hosts address older viewers (叔叔阿姨, 爹妈们, 老人家, 老姐妹) or name them.
const AUDIENCE = /干爹|干妈|叔叔|阿姨|大爷|大妈|大叔|大婶|爷爷|奶奶|姥姥|姥爷|外公|外婆|老年朋友|老年人|老人|中老年|爸妈|爹妈|父母|咱爸|咱妈|长辈|退休|老哥老姐|老姐妹|老伙计|老兄弟|老两口|老爷子|老太太|老同志|银发|夕阳红|上了年纪|岁数大|[五六七八]十岁以上|[5-8]0岁以上|老慢病/;
// Kinship address used to win older viewers' trust (喊“爸妈”、认干亲): a lure when it comes with a call to act.
const KINSHIP = ['爹妈们', '爸妈们', '干爹干妈', '干爹', '干妈', '认干亲', '当亲爹妈', '当亲妈', '亲爹亲妈'];
// Diseases and effects of old age: a claim to cure them is aimed at the elderly even without a form of address.
const AGE_CUES = /高血压|冠心病|中风|卒中|脑梗|心梗|脑血栓|后遗症|老年痴呆|阿尔茨海默|帕金森|骨质疏松|三高|血糖高|血压高|老寒腿|前列腺|白内障|更年期|延缓衰老|抗衰老|延年益寿|长命百岁|返老还童/;
// The kinship vocative with a call to act (爸爸妈妈，下方小黄车直接拼手速！).
const KINSHIP_CALL = /(?:爸爸妈妈|爹妈|爸妈|干爹干妈|干爹|干妈)们?[，,!！、\s][^。！？!?]{0,20}(?:小黄车|下单|拍|抢|手速|关注|回家|评论区|链接|买)/;
// (literals: found by the shared automaton as terms, not by a regex of hundreds of alternatives run over every sentence)
const EFFICACY = [...TREATMENT, ...DISEASES, ...ASSURANCE, ...EFFICACY_ASSERTIONS, ...SIDE_EFFECT_CLAIMS, '调理', '养生', '长寿'];

export default lexiconRule({
  id: 'consumer-reg/elderly-health-inducement',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'consumer-reg-2024', article: '第十五条', evidence: 'S' },
    { source: 'sh-guide-2022', evidence: 'N' },
  ],
  category: 'elderly',
  description: {
    'zh-CN': '不得虚构或夸大商品的治疗、保健、养生功效，诱导老年人等购买不符合其需要的商品；警惕免费领礼品、义诊、养生讲座等引流话术',
    en: 'No fabricated or exaggerated therapeutic, health or wellness effects to induce the elderly to buy; watch free-gift, free check-up and wellness-lecture lures',
  },
  message: { 'zh-CN': '面向老年人的夸大保健/治疗宣传或诱导话术：“{{term}}”', en: 'Exaggerated health claim or lure aimed at the elderly: "{{term}}"' },
  terms: [...KINSHIP, ...EFFICACY, '免费领鸡蛋', '免费领', '一元领', '1元领', '免费体检', '免费量血压', '免费测血糖', '免费理疗', '免费按摩', '免费旅游', '免费领取', '免费送', '义诊', '养生讲座', '健康讲座', '神医', '神药', '老专家', '以房养老', '投资养老', '养老项目'],
  patterns: [/(?:你们|您)就是我(?:的)?(?:父母|爸妈|亲人|亲爹亲妈|亲爸亲妈)/, ...EFFECT_PATTERNS, ...DISEASE_PATTERNS, KINSHIP_CALL],
  // an elderly audience cue in the sentence, or (for food and health food) a disease or effect of old age
  accept: (unit, start, end, ctx) => {
    const cat = categoryOf(ctx, unit);
    if (describedNotClaimed(unit, start, end, cat)) return false;
    if (nearby(unit, { start, end }, AUDIENCE)) return true;
    return (cat === undefined || FOOD_LIKE.has(cat)) && !!nearby(unit, { start, end }, AGE_CUES);
  },
  // (accept's necessary condition on the whole utterance: most lines address no elderly viewer and name no disease of old age)
  gate: (unit, ctx) => {
    const v = foldedView(unit);
    if (AUDIENCE.test(v)) return true;
    const cat = categoryOf(ctx, unit);
    return (cat === undefined || FOOD_LIKE.has(cat)) && AGE_CUES.test(v);
  },
  // one inducement finding per sentence (the claims themselves are the special-goods rules' findings)
  oncePerSentence: true,
  suggestion: { message: { 'zh-CN': '删除功效夸大和引流话术；提示“有基础病请遵医嘱，不要停药”', en: 'Remove exaggerated effects and lures; advise "follow your doctor, do not stop medication"' } },
  examples: {
    violating: [
      '叔叔阿姨，从今天起你们就是我的父母了，下单吧',
      '叔叔阿姨们，这个一盒吃下去，老慢病都能调理好',
      '今天到场的每位阿姨免费领十个鸡蛋，然后给大家讲讲血栓',
      '老人身体不好的，吃了这个血压都稳了',
      '老姐妹们，这个膏药贴三天腿脚就不疼了',
      '咱爸咱妈记忆力下降的，赶紧给他们安排上',
      '所有干爹干妈们，点关注回家，评论区等你们',
      { text: '家里老人家睡不好的，喝这个一觉自然醒', category: 'food' },
      { text: '这款鹿骨粉专治老寒腿，喝一个月就能下地', category: 'food' },
      '爸妈们，一号链接赶紧拍，手慢就没了',
      { text: '这款蜂胶让老年人越活越年轻', category: 'health-food' },
    ],
    compliant: ['这些精心设计的围猎，往往从免费领鸡蛋开始，用健康讲座进行洗脑', '提倡为老年人义诊', '卖松花粉的说它能活血化瘀，就这样哄着老年人买', 
      { text: '冠心病的发病与多种因素相关，并非单纯靠吃玉米就能预防', category: 'food' }, '该药品适用于治疗高血压，可与其他降压药合用',
      '叔叔阿姨们，这是普通食品，有基础病请遵医嘱，别停药',
      '这款老花镜适合爸妈看手机',
      '表面上是邀请老年人免费旅游，实际上他们盯上了老人的养老钱',
      '近两年，保健品领域的直播带货兴起，老年人成为被“收割”的重要对象',
      '不少老年人在直播间被推销员忽悠，买回一堆所谓能治高血压的保健品',
      '叔叔阿姨们，有基础病的请遵医嘱，别听信任何能治病的说法',
      '这款防滑拖鞋适合家里老人穿',
      { text: '本品用于高血压的治疗，请按药品说明书或者在药师指导下购买和使用', category: 'drug-otc' },
      '给爸妈买一台按摩椅，过年回家也有面子',
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《消费者权益保护法实施条例》第十五条（据二手资料）禁止以虚构或夸大商品的治疗、保健、养生功效等方式诱导老年人等消费者购买不符合其需要的商品；上海市合规指引（据新闻）点名“神医”“神药”式健康讲座和以房养老等集资广告。本规则要求同一句中既有面向老年人的称呼，又有疗效/保健宣传或引流诱饵。',
      en: 'The consumer-protection implementing regulation, art 15 (secondary source), bans inducing the elderly with fabricated or exaggerated therapeutic or wellness effects; the Shanghai guide (news) names "miracle doctor/drug" talks and house-for-pension schemes. The rule fires when an elderly audience cue and an efficacy claim or lure share a sentence.',
    },
    fix: { 'zh-CN': '删除疗效、养生功效和免费领礼品等诱导话术，如实介绍商品，提示遵医嘱。', en: 'Remove efficacy and lure wording; describe the product truthfully and advise following medical advice.' },
  },
});
