import { lexiconRule } from '../../../util/lexicon-rule.js';
import { categoryOf, foldedView, nearby } from '../../../util/text.js';

/** Every day: drinking urged as a habit (每天喝一点儿). */
const DAILY = '每天|天天|每日|每晚|日日|顿顿';
/** Hits about drinking that need 酒 in the sentence (喝茶 is not drinking alcohol). */
const DRINKING_HIT = new RegExp(`^(?:喝|饮|${DAILY})`);
/** A sip told (我抿了一口): a drinking action only when 酒 or a hangover is in the sentence (我喝了一口水 is not). */
const SIP_TOLD = /了(?:一|一小|一大|两|几|小)口$/;

export default lexiconRule({
  id: 'ad-law/alcohol-ad-restrictions',
  severity: 'warning',
  binds: ['streamer', 'operator'],
  basis: [{ source: 'ad-law', article: '第二十三条', evidence: 'T' }],
  category: 'alcohol',
  description: {
    'zh-CN': '酒类广告不得诱导、怂恿饮酒或宣传无节制饮酒，不得出现饮酒动作，不得表现驾驶，不得明示或暗示饮酒有消除紧张焦虑、增加体力等功效',
    en: 'Alcohol ads may not encourage drinking, show drinking or driving, or claim that alcohol relieves stress or boosts strength',
  },
  message: { 'zh-CN': '酒类广告诱导饮酒或宣称功效：“{{term}}”', en: 'Alcohol ad encouraging drinking or claiming an effect: "{{term}}"' },
  terms: [
    '干了', '干一杯', '先干为敬', '一口闷', '喝了解乏', '解乏', '喝了有劲', '浑身有劲', '增加体力', '解压', '压力全没了', '越喝越精神', '消除疲劳', '提神', '助眠', '喝了睡得香',
    '消除紧张', '缓解焦虑', '喝完开车', '不醉不归', '多喝点', '喝个痛快',
    '来一杯', '喝一杯', '碰杯', '碰一杯', '整两口', '来两口', '干杯', '一醉方休', '千杯不醉', '喝不醉', '借酒消愁', '一醉解千愁', '解忧', '减压', '放松身心', '恢复体力', '补充体力', '增强体力',
    '精力充沛', '强身健体', '喝出健康', '越喝越年轻', '开车', '驾车', '酒驾',
    // the liquor called healthy (酱香型酒是健康酒)
    '健康酒', '健康的酒', '健康白酒',
    '走一个', '满上', '干了这杯', '一口干', '喝起来', '喝到位', '酒后驾驶', '喝完还能开车', '抗疲劳', '缓解疲劳',
    // worries drunk away and charm gained (一杯下肚，烦恼全消; 瞬间提升社交魅力; 喝了就能提神醒脑): art 23(4)'s 消除紧张和焦虑
    '烦恼全消', '忘掉烦恼', '忘却烦恼', '一解千愁', '提神醒脑', '社交魅力',
  ],
  // the drink-driving slogan itself (开车不喝酒，酒后不开车; terms are folded, so 開車不喝酒 is covered)
  exempt: ['开车不喝酒', '酒后不开车', '喝酒不开车', '饮酒不开车', '开车不饮酒', '酒后不驾车', '酒后别开车', '喝酒别开车'],
  // a drinking action on camera (art 23(2)), said by the host: 我先干一杯, 今天我来品尝一款啤酒, 我喝一口
  patterns: [/(?:我|咱|咱们|大家|一起)(?:先|来|现在|今天|就)?(?:来)?(?:品尝|品鉴|尝尝|尝一口|试喝|喝一口|喝上一口|抿一口|干一杯|喝一杯)/,
    // …and told as done (我抿了一口, 我轻轻喝了一口): needs 酒 or a hangover in the sentence (see accept)
    /(?:我|咱|咱们|大家)(?:又|再|先|就|也)?(?:轻轻|浅浅|慢慢|小小|忍不住)?(?:地)?(?:抿|呷|啜|喝|尝|品)了(?:一|一小|一大|两|几|小)口/,
    // a night's drinking without its harm (没有宿醉, 第二天醒来神清气爽; not 不上头 alone, a taster's criterion as often as a pitch): drinking implied harmless (art 23(4))
    /(?:没有|没|不会|不|无)宿醉|第二天[^。！？!?]{0,10}(?:神清气爽|头脑(?:依旧|依然|很|还是)?清醒|不头疼|不头痛|不口干)/,
    // health effects of drinking (art 23(4)): 喝了能活血, 每天喝点养生
    /(?:喝|饮)[^，。！？,.!?]{0,4}(?:养生|养胃|活血|通络|助眠|暖身|驱寒|美容养颜|延年益寿|长寿|软化血管|降血压|降血脂)/,
    // the liquor itself said to be healthy (黄酒不伤脾胃、健康养生; 女性经常饮用能起到美容养颜的作用)
    /酒(?![店楼吧席精窝])[^。！？!?]{0,24}(?:养生|养胃|护胃|不伤(?:脾)?胃|活血|通络|驱寒|美容养颜|养颜|延年益寿|软化血管|降血压|降血脂|对人体有益|有益健康|有益于健康|对身体有益|有益身体|不伤肝|护肝|保健功效|保健作用|抗癌|防癌|防治)/,
    // a disease kept away by the daily glass (每天一杯红酒，远离心脏病)
    /酒(?![店楼吧席精窝])[^，。！？,.!?]{0,4}[，,]?\s*远离[^，。！？,.!?]{0,6}(?:病|癌|疾)/,
    // drink-driving made safe (连交警都检测不出来的啤酒; art 23(3))
    /(?:交警|酒驾|酒测|酒精测试|酒精检测|测酒仪|吹气)[^，。！？,.!?]{0,8}(?:检测不出|测不出|查不出|吹不出|发现不了|检查不出)/,
    // (tonic words within the clause only: 枸杞酒，就算有滋补作用，也不能说… is a concession)
    /酒(?![店楼吧席精窝])[^，。！？,.!?；;]{0,24}(?:调养|滋补|补肾|壮阳|强身)/,
    // drinking as a daily habit urged (art 23(1)): 每天喝一点儿, 天天来两口
    new RegExp(`(?:${DAILY})(?:都)?(?:喝|饮|来|整)(?:上)?(?:一点儿?|点儿?|一杯|一口|两口|几口|一小杯|一两|二两|一小口)`),
    // drinking said to keep one healthy (适量喝酒本来就有保健作用, 喝保健酒喝的就是健康)
    /(?:喝|饮)[^，。！？,.!?]{0,8}(?:有(?:一定的)?保健(?:作用|功效)|就是健康|喝出健康|有益(?:于)?健康|对身体好)/,
    // a long life from the drink (喝了…白酒，大家至少活到九十九)
    /(?:喝|饮)[^。！？!?]{0,12}(?:能|都能|至少|保证|准能)活到/],
  requires: /酒|喝|杯|饮/,
  // alcohol is a food under the Food Safety Law: a food listing or session talking about 酒 is in scope too, and so is a
  // health liquor (保健酒, a health food): its ad is still an alcohol ad
  severityFor: (cat) => (cat === undefined || cat === 'alcohol' || cat === 'food' || cat === 'health-food' ? undefined : 'skip'),
  // (for a food, only the host's own drinking action next to 酒 counts: the other terms are too often about food)
  // a drinking effect (喝…活血) is about alcohol only when 酒 is in the sentence (喝茶 is not)
  accept: (unit, start, end, ctx) => {
    const hit = foldedView(unit).slice(start, end);
    if (DRINKING_HIT.test(hit) && nearby(unit, { start, end }, /酒/) === null) return false;
    if (SIP_TOLD.test(hit) && nearby(unit, { start, end }, /酒|宿醉|醉/) === null) return false;
    // drink-driving opposed (不制止酒驾, 严禁酒驾) is no depiction of it
    if (/^(?:酒驾|酒后驾驶|开车|驾车)$/.test(hit) && /(?:制止|禁止|严禁|杜绝|拒绝|反对|打击|查处|远离|不要|切勿|别)$/.test(foldedView(unit).slice(Math.max(0, start - 4), start))) return false;
    // a food listing that names liquor in the sentence (白酒, 啤酒, 这酒) is an alcohol ad: every term counts there
    const cat = categoryOf(ctx, unit);
    return (cat !== 'food' && cat !== 'health-food') || nearby(unit, { start, end }, /酒(?![店楼吧席精窝酿])|[一两几]杯下肚|宿醉/) !== null;
  },
  suggestion: { message: { 'zh-CN': '只展示酒品本身，提示“未成年人请勿饮酒，理性饮酒”', en: 'Show the product only and add "no drinking for minors; drink responsibly"' } },
  examples: {
    violating: [{ text: '我抿了一口这款米酒，清甜里带着回甘', category: 'food' }, { text: '喝完那晚，第二天醒来头脑依旧清醒，没有宿醉的疲惫感', category: 'food' }, { text: '一杯下肚，烦恼全消', category: 'alcohol' }, { text: '连交警都检测不出来的啤酒', category: 'food' }, { text: '每天一杯红酒，远离心脏病', category: 'food' }, { text: '此酒具有抗癌效果', category: 'food' }, { text: '酱香型酒是健康酒', category: 'food' }, { text: '这酒里的两种酸对人体有益', category: 'alcohol' }, '适量喝酒本来就有保健作用', { text: '喝了这白酒，大家至少活到九十九', category: 'food' }, { text: '这款黄酒每天喝一点儿，身子暖和', category: 'food' },
      { text: '人参鹿茸保健酒，抗疲劳，送长辈', category: 'health-food' }, { text: '草本药酒温补调养，送长辈', category: 'health-food' }, { text: '这酒喝了解乏，第二天照样精神', category: 'food' }, { text: '春日游，碰杯正当时', category: 'alcohol' }, { text: '家人们我先干一杯，这酒喝完浑身有劲', category: 'alcohol' }, { text: '下班来两口酒，压力全没了', category: 'alcohol' }, '这酒越喝越精神', { text: '这酒每天喝点能活血通络', category: 'alcohol' }, { text: '今天我来品尝一款新的精酿啤酒', category: 'food' }, { text: '黄酒低度微醺，不伤脾胃，健康养生', category: 'alcohol' }, { text: '这款黄酒是女性养颜的佳品，经常饮用能促进美容养颜', category: 'food' }],
    compliant: [{ text: '我喝了一小口水，继续介绍下一款', category: 'food' }, '醉驾和宿醉驾驶都很危险，第二天也别开车', { text: '开车不喝酒，酒后不开车', category: 'alcohol' }, { text: '主播和朋友喝完酒，不光不制止酒驾，还上了他的摩托车', category: 'food' }, { text: '健康生活，理性饮酒', category: 'alcohol' }, '过量饮酒有害健康，未成年人禁止饮酒', { text: '酒店早餐很丰富，住一晚正好解乏', category: 'food' }, '每天喝一点温水，对身体好', { text: '这款蜂蜜每天喝一杯，温水冲开', category: 'food' },
      { text: '鱼油软胶囊，每日一粒，缓解体力疲劳', category: 'health-food' }, { text: '宣传内容中大量出现酒驾的不良示范', category: 'food' }, { text: '未成年人请勿饮酒，理性饮酒', category: 'alcohol' }, { text: '这款酒是53度酱香型，500毫升', category: 'alcohol' }, { text: '这款茶喝了解乏', category: 'food' }, { text: '我先尝一口这个酸奶，很醇厚', category: 'food' }, '喝茶属于日常饮品，能暖身', { text: '酒店提供养生早餐和温泉', category: 'food' }, { text: '这款黄酒是绍兴产的，12度，理性饮酒', category: 'alcohol' }],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第二十三条：酒类广告不得含有诱导、怂恿饮酒或者宣传无节制饮酒；出现饮酒的动作；表现驾驶车、船、飞机等活动；明示或者暗示饮酒有消除紧张和焦虑、增加体力等功效。',
      en: 'Advertising Law art 23: no encouraging or excessive drinking, no drinking actions, no driving, no claims of stress relief or added strength.',
    },
    fix: { 'zh-CN': '删除劝酒和功效表述，加注理性饮酒提示。', en: 'Remove the encouragement or effect claim; add a responsible-drinking notice.' },
  },
});
