import { lexiconRule } from '../../../util/lexicon-rule.js';
import { ASSURANCE, EFFECT_PATTERNS, SIDE_EFFECT_CLAIMS, SYMPTOMS_RELIEVED } from '../../../util/claims.js';
import { categoryOf, foldedView, sentenceAround } from '../../../util/text.js';

const MEDICAL = new Set(['drug-otc', 'drug-rx', 'medical-device']);
/** A medical or medical-aesthetic service named in the sentence (手术, 疗程, 植发, 热玛吉, 门诊…): art 16 covers medical ads too,
 *  so for goods of another category the rule runs on such sentences only. */
const MEDICAL_SERVICE = /手术|术后|疗程|整形|医美|微整|植发|种植牙|种牙|正畸|激光|光子|雷射|热玛吉|超声刀|超声炮|水光针|玻尿酸|肉毒|吸脂|溶脂|隆胸|丰胸|双眼皮|隆鼻|医院|诊所|门诊|主诊|诊疗|注射|线雕|埋线|金线|提拉/;
/** A drug's indication as its approved label states it (用于缓解感冒引起的鼻塞等症状, 可以缓解症状): what the product is for,
 *  not an assertion about how well it works. */
// (the shared pattern's match, whole; 告别…症状 is no label's wording)
const INDICATION = new RegExp(`^(?!告别)(?:${SYMPTOMS_RELIEVED.source})$`);
/** A label's statement of use right before the hit (用于…, 适用于…, 功能主治：…). */
const LABEL_USE_BEFORE = /(?:用于|主治|适应症)[:：]?[^，。！？,.!?]{0,2}$/;
/** What turns an indication into an assertion: a promise, an absolute, a speed or a time frame (三天缓解症状, 马上缓解症状). */
const ASSERTED = /保证|包(?:好|治|你|您|管)|一定|肯定|绝对|百分之?百|100%|彻底|根治|立刻|立即|马上|立马|当天|即刻|秒(?:见效|缓解|止)|[0-9一二三四五六七八九十两几半]+\s*个?(?:天|日|周|月|分钟|小时|疗程)[^，。！？,.!?]{0,6}(?:舒缓|缓解|缓和|改善|减轻|消除)/;

export default lexiconRule({
  id: 'ad-law/drug-device-claims',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第十六条', evidence: 'T' },
    { source: 'ad-law', article: '第四十六条', evidence: 'T' },
  ],
  category: 'medical-claim',
  description: {
    'zh-CN': '药品、医疗器械广告不得含有功效、安全性的断言或保证，不得说明治愈率或有效率，不得与其他药品、器械比较',
    en: 'Drug and device ads may not assert or guarantee efficacy or safety, state cure or efficacy rates, or compare with other drugs or devices',
  },
  message: { 'zh-CN': '药品/医疗器械功效或安全性保证：“{{term}}”', en: 'Efficacy or safety guarantee for a drug or device: "{{term}}"' },
  // (a wonder drug or shot — 神药, 神针 — asserts its efficacy)
  terms: [...ASSURANCE, '根治', '药到病除', '治一个好一个', '治一例好一例', '包治百病', '治大病', '断根', '除根', '不复发', '永不复发', '治愈率', '有效率', '比西药好', '比进口药好', '神药', '神针', '特效药',
    // a safety guarantee (art 16(1)): 没副作用, 无不良反应
    ...SIDE_EFFECT_CLAIMS],
  patterns: [...EFFECT_PATTERNS,
    // safety and efficacy asserted together (art 16(1)(1): 安全有效, 安全又有效; not the noun 安全有效性 of a review, nor the
    // purpose of a precaution: 使用时应注意…以确保安全有效)
    /(?<!(?:以|才能|为了|从而|以便)(?:确保|保证|保障|达到)?)安全(?:又|且|而|、)?(?:有效|高效)(?!性)/, /(?:治愈率|有效率|治疗率|预防率)[^，。！？,.!?]{0,4}[0-9]+(?:\.[0-9]+)?%/,
    // compared with another drug's efficacy or safety (超越司美格鲁肽, 比布洛芬更快, 伤胃较轻): art 16(1)(3)
    /(?:超越|超过|优于|胜过|好过|强过|完胜|碾压|吊打|秒杀)[^，。！？,.!?]{0,2}[\u4e00-\u9fa5A-Za-z]{2,10}?(?:肽|素|片|胶囊|颗粒|注射液|注射剂|针剂|药|贴|膏)/,
    /比[^，。！？,.!?]{1,10}(?:肽|素|片|胶囊|颗粒|注射液|针剂|药|贴|膏)[^，。！？,.!?]{0,3}(?:更|还|都)(?:好|强|快|有效|管用|安全|温和)/,
    /(?:伤胃|副作用|刺激性?|不良反应|依赖性)[^，。！？,.!?]{0,2}(?:较轻|更轻|更小|较小|更少|较少|更低|较低)/,
    // a treatment's effect asserted (art 16(1)(1)): done in one go (一次手术就能消除…皱纹), lasting for years or for life (效果可长期
    // 持续八到十二年, 植发终身不掉) or at once (瞬间焕活肌肤)
    /(?:一次|一针|一个疗程|[0-9一二三四五六七八九十两]+次)(?:手术|治疗|注射|操作|护理)?(?:就能|就可以|即可|便能|就会)(?:彻底)?(?:消除|去除|去掉|祛除|解决|告别|恢复|改善|提升|年轻)/,
    /效果(?:可|能|能够)?(?:长期|长久)?(?:持续|维持|保持|保留)(?:长达)?\s*(?:[0-9]+|[一二三四五六七八九十两]+)(?:\s*(?:到|至|-|~|～)\s*(?:[0-9]+|[一二三四五六七八九十两]+))?\s*年|效果(?:永久|终身)|终身不(?:掉|脱落|复发|反弹)/,
    /(?:瞬间|立刻|立即|当场|即刻)(?:焕活|焕新|改善|提升|紧致|年轻|变白|美白|消失|见效|变美|变小|变瘦)/],
  // (神药 inside 精神药品: a class of drugs)
  exempt: ['精神药品', '精神药物'],
  // (goods of another category: a warning, on sentences that name a medical service only — see accept)
  severityFor: (cat) => (cat && MEDICAL.has(cat) ? 'error' : cat === undefined || cat === 'other' ? 'warning' : 'skip'),
  accept(unit, start, end, ctx) {
    // art 16 bans assertions and guarantees of efficacy, not the indication itself: a drug (or an unnamed product) that
    // "relieves symptoms" with nothing promised about it states what it is for. A device's relief claims stay reported.
    const cat = categoryOf(ctx, unit);
    if (cat === 'medical-device') return true;
    const v = foldedView(unit);
    if (cat === 'other' && !MEDICAL_SERVICE.test(v.slice(...sentenceAround(v, start, end)))) return false;
    // (or any relief a label introduces as the use: 也用于缓解中度疼痛如关节痛)
    if (!INDICATION.test(v.slice(start, end)) && !LABEL_USE_BEFORE.test(v.slice(Math.max(0, start - 8), start))) return true;
    const [s, e] = sentenceAround(v, start, end);
    return ASSERTED.test(v.slice(s, e));
  },
  suggestion: { message: { 'zh-CN': '删除疗效和安全性保证，仅使用经审查批准的广告内容，并标明“请按药品说明书或者在药师指导下购买和使用”等忠告语', en: 'Remove efficacy and safety guarantees; use only the approved ad content with the mandatory advisory notice' } },
  examples: {
    violating: [{ text: '百草能治千种病', category: 'drug-otc' }, { text: '早晚喝一口，疾病全没有', category: 'drug-otc' }, { text: '这个膏药治一个好一个', category: 'medical-device' }, { text: '一次手术就能去除眼袋，效果可维持十年', category: 'other' }, { text: '热玛吉做完瞬间紧致', category: 'other' }, { text: '植发终身不掉，毛囊成活率高', category: 'other' }, { text: '在皮下组织达到理想热剂量，便自动毁灭目标脂肪组织', category: 'medical-device' }, { text: '10星期后减少1.5cm', category: 'medical-device' }, { text: '此为正常的返疼现象，继续贴敷，疼痛逐渐消失', category: 'medical-device' }, { text: '护眼仪，重返5.0视力', category: 'medical-device' }, { text: '盆底肌修复仪，安全有效', category: 'medical-device' }, { text: '康复仪坚持用，2周显效', category: 'medical-device' }, 
      { text: '这个理疗仪治愈率95%', category: 'medical-device' },
      { text: '高效退黄，没副作用，安全可靠', category: 'medical-device' },
      { text: '贴三天颈椎病就好了', category: 'medical-device' },
      { text: '花小钱治大病', category: 'drug-otc' },
      { text: '用了一段时间，血压、血脂都正常了', category: 'drug-otc' },
      { text: '尿酸偏高，做了三个多月艾灸，尿酸反而降低了', category: 'medical-device' },
      { text: '2到7天解决腰膝酸软，4到10天解决肾阳虚', category: 'drug-otc' },
      { text: '坚持用，不转阴退款', category: 'medical-device' },
      { text: '你看指南针也在动，这个磁场能改善血液循环', category: 'medical-device' },
      { text: '这个药吃下去，保证马上缓解症状', category: 'drug-otc' },
      { text: '躺瘦神针，效果超越司美格鲁肽', category: 'drug-otc' }, { text: '日本国民级消炎止痛药，伤胃较轻', category: 'drug-otc' },
      { text: '这款膏药贴上十分钟就能缓解症状', category: 'drug-otc' },
    ],
    compliant: [{ text: '电脑重装系统以后，毛病都没了', category: 'other' }, { text: '这款保温杯保温效果可持续十年', category: 'other' }, { text: '术后效果因人而异，请遵医嘱复诊', category: 'other' }, { text: '经审评，器械的安全有效性符合要求方可注册', category: 'medical-device' }, { text: '使用时应注意个人差异和潜在风险，以确保安全有效地获得治疗效果', category: 'medical-device' }, '讲座讲得天花乱坠，说能清理血管垃圾', { text: '服药3天症状无缓解，应去医院就诊', category: 'drug-otc' }, { text: '与其他解热镇痛药同用，可增加胃肠道不良反应', category: 'drug-otc' },
      { text: '本品用于缓解普通感冒及流行性感冒引起的发热、头痛、鼻塞等症状', category: 'drug-otc' },
      { text: '用于普通感冒引起的发热，也用于缓解轻至中度疼痛如头痛、牙痛', category: 'drug-otc' },
      { text: '综合感冒药可以缓解症状，但不能杀死病毒', category: 'drug-otc' },
      { text: '请按药品说明书或者在药师指导下购买和使用', category: 'drug-otc' },
      { text: '请仔细阅读产品说明书或者在医务人员的指导下购买和使用', category: 'medical-device' },
      { text: '这款血压计操作简单，老人也会用', category: 'medical-device' },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十六条：医疗、药品、医疗器械广告不得含有表示功效、安全性的断言或者保证，不得说明治愈率或者有效率，不得与其他药品、医疗器械的功效和安全性比较，不得利用代言人作推荐、证明；非处方药广告须标明“请按药品说明书或者在药师指导下购买和使用”，个人使用的医疗器械广告须标明“请仔细阅读产品说明书或者在医务人员的指导下购买和使用”。第四十六条：此类广告须事先审查。药品按说明书写明的适应症（“用于缓解……症状”“可以缓解症状”）本身不是断言，不报告；附带保证、“马上”“三天”等时效的才报告。医疗器械的缓解类表述仍然报告。',
      en: 'Advertising Law art 16 bans efficacy or safety assertions and guarantees, cure or efficacy rates, comparisons and endorsers in medical, drug and device ads, and requires the advisory notices; art 46 requires prior review. A drug\'s indication as its label states it (用于缓解……症状) is not an assertion and is not reported unless a promise or a time frame comes with it; a device\'s relief claims still are.',
    },
    fix: { 'zh-CN': '只讲审查批准的广告内容，删除疗效承诺和治愈率，展示忠告语。', en: 'Use only the approved ad content; remove efficacy promises and rates; show the advisory notice.' },
  },
});
