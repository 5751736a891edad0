import { lexiconRule } from '../../../util/lexicon-rule.js';
import { ASSURANCE, DISEASES, EFFECT_PATTERNS, TREATMENT } from '../../../util/claims.js';

const AUDIENCE = /叔叔|阿姨|大爷|大妈|爷爷|奶奶|老年朋友|老年人|老人|中老年|爸妈|父母|退休|老哥老姐|老慢病/;
const EFFICACY = new RegExp([...TREATMENT, ...DISEASES, ...ASSURANCE, '调理', '养生', '延年益寿', '长寿'].join('|'));

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
  terms: ['免费领鸡蛋', '免费领', '一元领', '1元领', '免费体检', '义诊', '养生讲座', '健康讲座', '神医', '神药', '老专家', '以房养老', '投资养老', '养老项目'],
  patterns: [...EFFECT_PATTERNS, new RegExp(EFFICACY.source)],
  requires: AUDIENCE,
  suggestion: { message: { 'zh-CN': '删除功效夸大和引流话术；提示“有基础病请遵医嘱，不要停药”', en: 'Remove exaggerated effects and lures; advise "follow your doctor, do not stop medication"' } },
  examples: {
    violating: [
      '叔叔阿姨们，这个一盒吃下去，老慢病都能调理好',
      '今天到场的每位阿姨免费领十个鸡蛋，然后给大家讲讲血栓',
      '老人身体不好的，吃了这个血压都稳了',
    ],
    compliant: [
      '叔叔阿姨们，这是普通食品，有基础病请遵医嘱，别停药',
      '这款老花镜适合爸妈看手机',
      '近两年，保健品领域的直播带货兴起，老年人成为被“收割”的重要对象',
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
