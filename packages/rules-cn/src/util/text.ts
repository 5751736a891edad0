// Context helpers shared by the national rules: what a lexicon hit means in its sentence.
// Everything here works on the unit's ORIGINAL text positions (hits carry original ranges), over a
// "folded view": the original text with each character replaced by its normalised form (traditional →
// simplified, full width → half width, lower case) where that is one character, so context patterns
// are written once in simplified Chinese and still see punctuation (which the normalised text drops).
import type { LexiconHit, RuleContext, TextUnit } from '@liveguard/core';
import { compileMatcher, normalizeTerm, type Matcher } from '@liveguard/core';
import { requiredLiterals } from './regex-literals.js';

// perf: cached on the unit itself (a WeakMap entry per utterance costs more in GC than the fold)
const VIEW = Symbol('foldedView');
type ViewedUnit = TextUnit & { [VIEW]?: string };
/** Chinese digit characters stay as written in the folded view (the normaliser turns 一 into 1). */
const KEEP = new Set([...'〇零一二三四五六七八九十百千万幺两壹贰叁肆伍陆柒捌玖拾兩萬'].map((c) => c.charCodeAt(0)));

export function foldedView(unit: TextUnit): string {
  let v = (unit as ViewedUnit)[VIEW];
  if (v !== undefined) return v;
  // perf: most characters fold to themselves; only the changed ones are spliced in, and an unchanged
  // text is returned as is (no allocation)
  const src = unit.text;
  const n = unit.norm;
  const nt = n.text, len = nt.length;
  let parts: string[] | null = null;
  let last = 0;
  for (let i = 0; i < len; i++) {
    const s = n.start[i];
    if (n.end[i] - s !== 1) continue;
    const c = nt.charCodeAt(i);
    if (c === src.charCodeAt(s)) continue;
    // only one-to-one folds; expansions keep the original character
    if ((i > 0 && n.start[i - 1] === s) || (i + 1 < len && n.start[i + 1] === s)) continue;
    if (c === 0xb7) continue;
    const o = src.charCodeAt(s);
    if (KEEP.has(o)) {
      // traditional digit characters fold to their simplified form (兩 → 两, 萬 → 万), still as characters
      const t = o === 0x5169 ? '两' : o === 0x842c ? '万' : undefined;
      if (t) { (parts ??= []).push(src.slice(last, s), t); last = s + 1; }
      continue;
    }
    (parts ??= []).push(src.slice(last, s), nt[i]);
    last = s + 1;
  }
  if (parts) { parts.push(src.slice(last)); v = parts.join(''); } else v = src;
  (unit as ViewedUnit)[VIEW] = v;
  return v;
}

// perf: a table per code unit, not a RegExp test on a one-character string per step
const ENDS = new Uint8Array(0x10000); // 1 = ends a clause, 2 = ends a sentence (sentence ends end clauses too)
for (const c of '，。！？；,.!?;\n\r…~～') ENDS[c.charCodeAt(0)] |= 1;
for (const c of '。！？!?\n\r') ENDS[c.charCodeAt(0)] |= 3;
const isClauseEnd = (text: string, i: number) => (ENDS[text.charCodeAt(i)] & 1) !== 0;

// Paired marks: punctuation inside a title or a quotation (《…大礼包!!!》) ends the quoted words, not the sentence around
// them, so a scan that meets the closing mark from outside jumps to its opening mark (and the other way round).
const OPENER_OF = new Uint16Array(0x10000);
const CLOSER_OF = new Uint16Array(0x10000);
for (const [o, c] of [['《', '》'], ['“', '”'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')'], ['【', '】']]) {
  OPENER_OF[c.charCodeAt(0)] = o.charCodeAt(0);
  CLOSER_OF[o.charCodeAt(0)] = c.charCodeAt(0);
}
/** [start, end) of the clause (between commas/full stops) around a range; a title or quotation counts as one word. */
export function clauseAround(text: string, start: number, end: number, sentence = false): [number, number] {
  const bit = sentence ? 2 : 1;
  let s = start;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (OPENER_OF[c] !== 0) {
      const j = text.lastIndexOf(String.fromCharCode(OPENER_OF[c]), s - 2);
      if (j >= 0) { s = j; continue; }
    }
    if ((ENDS[c] & bit) !== 0) break;
    s--;
  }
  let e = end;
  const n = text.length;
  while (e < n) {
    const c = text.charCodeAt(e);
    if (CLOSER_OF[c] !== 0) {
      const j = text.indexOf(String.fromCharCode(CLOSER_OF[c]), e + 1);
      if (j >= 0) { e = j + 1; continue; }
    }
    if ((ENDS[c] & bit) !== 0) break;
    e++;
  }
  return [s, e];
}

export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return clauseAround(text, start, end, true);
}

/** The answer that makes a question rhetorical: "…？喝它就行！", "…？选它就对了". */
// (a product FAQ's answer: 可以吗？A：可以的 / 答：有效果的)
const ANSWERED = /^\s*(?:(?:[Aa]|答)\s*[:：]\s*)?(?:可以的?|能的?|有效果?的?|是的|当然(?:可以|能)|肯定(?:可以|能))(?![^，。！？,.!?]{0,2}(?:不|没))|^\s*[^。！？!?]{0,8}(?:[吃喝用涂抹选找买拍认]它|[吃喝用涂抹]这个|就行|就好|就对了|就能|就可以|认准|交给)/;
const SUITABILITY = /^(?:患者|病人|人群|的人|人)?(?:也)?(?:可以|能|能不能|可不可以)(?:用|吃|喝|使用|食用|服用|穿|戴)吗/;
/** A yes/no question's 吗 later in the same clause. */
const QUESTION_AFTER = /^[^，。！？,.!?]{0,20}吗|^[^，。！？,.!?]{0,20}(?:是多少|有多少)[呢呀啊]?(?=\s*$|[，。！？,.!?])/;
/** Is the hit in a question (its sentence ends in ? or ？, or 吗 follows in the clause) that is not answered at once?
 *  A question is not a claim (营养牛奶粉能“降三高”?), a rhetorical one answered at once is (卵巢功能减弱？喝它就行！). */
// (a short teaser clause: 秘密是什么, 凭什么, 怎么做到的 — not a question of its own such as 谁在乎 or 有哪些)
const WH_WORD = /^\s*[^，,]{0,6}(?:是什么|为什么|为何|是谁|在哪里?|是多少|怎么做到的?|靠什么|凭什么)\s*$/;
const YES_NO = /吗|呢|是否|能不能|可不可以|有没有|会不会|是不是|要不要/;
// …or a rhetorical question that affirms it (一个月掉10斤肉，这还不直观吗？; 效果这么好，难道不值得试试吗)
const RHETORICAL = /^\s*[^，,]{0,6}(?:还不|难道|岂不|不就|何尝不)[^，,]{0,10}$/;
export function inUnansweredQuestion(v: string, start: number, end: number): boolean {
  // (the sentence ends at its ? or ？ — perf: no slice unless it does)
  const se = sentenceAround(v, start, end)[1];
  const q = se < v.length ? v.charCodeAt(se) : 0;
  // (a question mark answered at once settles it either way, 吗 or not: 可以改善便秘吗？A：可以的) — except a question whether
  // a group of patients may use the goods (鼻炎患者可以用吗？可以的), which is about suitability, not an effect on the disease
  if (q === 0x3f || q === 0xff1f) {
    // a statement, then a question of its own in a later clause (让90%的用户回购3次，秘密是什么？): the hit is asserted
    const tail = v.slice(end, se), comma = Math.max(tail.lastIndexOf('，'), tail.lastIndexOf(','));
    if (comma >= 0 && (WH_WORD.test(tail.slice(comma + 1)) || RHETORICAL.test(tail.slice(comma + 1))) && !YES_NO.test(tail.slice(0, comma))) return false;
    return !ANSWERED.test(v.slice(se + 1)) || SUITABILITY.test(tail);
  }
  // a question without its mark (血脂高能吃灵芝孢子粉吗…): 吗 later in the clause
  return QUESTION_AFTER.test(v.slice(end, Math.min(se, end + 24)));
}

/** Negators that deny the claim that follows in the same clause (不能治病, 不是药, 并不具有治疗作用). */
const NEGATORS = [
  '不能', '不可', '不会', '不是', '并非', '并不', '不得', '不可以', '无法', '没有', '禁止', '严禁', '切勿', '请勿', '勿',
  '不具有', '不具备', '不宣称', '不涉及', '不代替', '不能代替', '不可替代', '不能替代', '替代不了', '代替不了', '非药品', '不属于',
  '并无', '毫无', '未能', '尚未', '不存在', '不要', '别再', '别信', '别听信', '别相信', '不要信', '不要相信', '千万别', '不承诺', '不保证', '不打包票', '谨防', '警惕', '小心', '拒绝', '反对',
  '避免', '以免', '防止', '杜绝',
  // an effect not reached (起不到治疗作用, 达不到…效果), a purpose denied (不以治疗疾病为目的), a word not to use
  '起不到', '达不到', '不以', '不使用', '禁用', '禁使用', '避免使用',
  // no way to (没法直接杀死病菌), not suited to (不适合：百日咳、哮喘…), a thing to avoid (切忌参加…会销)
  '没法', '没办法', '不适合', '不适宜', '切忌',
  // what a script guide tells the host to leave out (不提消炎、止痒; 能说体验，不说治疗)
  '不提', '不说', '别说', '不讲', '别提',
  // (而非具有明确的医学治疗效果)
  '而非',
];
const NEGATOR_RE = new RegExp(NEGATORS.join('|'));
const NOT_COMPARABLE = /^[^，。！？,.!?]{0,12}?(?:所?能|可以?)(?:比|相比|媲美|比拟|相提并论)的?|^[^，。！？,.!?]{0,12}?比得(?:上|了)的?/;
/** Negators that are also the verbs of a prevention claim when an ability precedes them. */
const PREVENTION = new Set(['避免', '防止', '杜绝', '以免']);
const PREVENTION_CLAIM = /(?:可以|能够|能|可|帮助|帮你|有效|就能|还能|彻底)$/;
/** Is the hit [start,end) denied by a negator earlier in its clause (within `window` characters)? */
/** 就/再也/从此 before a negator make it "no longer": 吃了就不会掉发, 再也不失眠 — an effect claim, not a denial. */
const NO_LONGER = /(?:就|再也|便|从此|以后|再)$/;
const USER_SUBJECT = /(?:使用者|用户|佩戴者|食用者|饮用者|服用者|用了(?:它|的人)?|戴了|戴上|吃了|喝了)(?:都|就|也|再也|从此)?$/;
const TAKEN_BEFORE = /(?:服用|吃了|喝了|用了|坚持(?:吃|喝|服|用))/;
/** A clause that opens on an ability (…，能被官方认证…): sticky, tested at the clause start without a slice. */
const CAN_AT = /能|可以|可|会/y;
const UNIVERSAL_DENIAL_HEAD = /(?:没有|并无|没)(?:什么|任何|哪一?[种款个样])[^，。！？,.!?]{0,16}[，,]\s*$/;
const UNIVERSAL_DENIAL = /(?:没有|并无|没)(?:什么|任何|哪一?[种款个样])[^，。！？,.!?]{0,16}(?:能|可以|可|会)/;
export function isNegated(unit: TextUnit, start: number, window = 12, end = -1): boolean {
  const v = foldedView(unit);
  const [cs] = clauseAround(v, start, start);
  const from = Math.max(cs, start - window);
  const before = v.slice(from, start);
  // a bare negator right before the claim: 不抽奖, 没治好, 非药用 — but 不失眠了 (了 after it) and 就不掉发 say "no longer"
  // an effect denied: 无修复效果, 无治疗作用 (无 alone is no negator: 无副作用 is a claim)
  if (start > cs && v[start - 1] === '无' && end >= 0 && /^的?(?:效果|作用|功效|功能|疗效)/.test(v.slice(end, end + 3))) return true;
  // …and "without" right before it: 未经过临床验证, 未通过检测 (only right before: 未经加工的蜂蜜能降血糖 still claims)
  if (start - cs >= 2 && /(?:未经过?|没经过|未通过|没通过)$/.test(v.slice(Math.max(cs, start - 3), start))) return true;
  if (start > cs && /[不没未非别勿]/.test(v[start - 1])) {
    if (end >= 0 && v.charCodeAt(end) === 0x4e86) return false; // 了
    return !NO_LONGER.test(v.slice(Math.max(cs, start - 3), start - 1));
  }
  // "there is no X that can …" denies whatever follows in its clause, however far (没有什么化妆品能短期内让白发变黑)
  if (start - cs > window && UNIVERSAL_DENIAL.test(v.slice(cs, start))) return true;
  // …and across the comma that ends its subject (没有任何一种保健品，能被官方认证有降血压的功效)
  if (cs > 0 && cs < start && (CAN_AT.lastIndex = cs, CAN_AT.test(v)) && UNIVERSAL_DENIAL_HEAD.test(v.slice(Math.max(0, cs - 24), cs))) return true;
  if (!NEGATOR_RE.test(before)) return false; // perf: one scan for the common case of no negator
  // "not something X can match" (不是市面上的勾兑蜜能比的): 不是 denies the comparison, not the hit
  if (/不是|并非/.test(before) && NOT_COMPARABLE.test(v.slice(end >= 0 ? end : start, clauseAround(v, start, start)[1]))) return false;
  return NEGATORS.some((n) => {
    const k = before.lastIndexOf(n);
    if (k < 0) return false;
    // 不得了 (an exclamation) and 不得不 (must) deny nothing
    if (n === '不得' && /[了不]/.test(before[k + 2] ?? '')) return false;
    // an A-not-A question offers, it does not deny (要不要窃听器, 有没有高仿, 是不是正品)
    if ((n[0] === '不' || n[0] === '没') && k > 0 && before[k - 1] === before[k + 1]) return false;
    if ((n === '不会' || n === '没有') && NO_LONGER.test(v.slice(Math.max(cs, from + k - 2), from + k))) return false;
    // a change of state, not a denial: 报告显示没有了癌肿块 (the tumour is gone); 没有了解 is "did not understand"
    if ((n === '没有' || n === '没') && before[k + n.length] === '了' && before[k + n.length + 1] !== '解') return false;
    // never falling ill after taking it (坚持服用…，一辈子不会得血栓): a prevention claim, not a denial
    if ((n === '不会' || n === '不再') && /^(?:得|患|犯)/.test(before.slice(k + n.length)) && TAKEN_BEFORE.test(v.slice(sentenceAround(v, start, start)[0], from + k))) return false;
    // …and the goods' user as its subject (使用者不会近视, 戴上它的孩子不再近视): what the goods prevent, not a denial
    if ((n === '不会' || n === '不再') && USER_SUBJECT.test(v.slice(Math.max(cs, from + k - 6), from + k))) return false;
    // 防止/避免 heading another item of a list (防止老化、增强新陈代谢、恢复器官机能) denies nothing after the list mark
    if (PREVENTION.has(n) && before.indexOf('、', k + n.length) >= 0) return false;
    // 避免/防止 with an ability in front is a prevention claim, not a denial (可以避免感染, 能防止复发)
    return !(PREVENTION.has(n) && PREVENTION_CLAIM.test(v.slice(Math.max(cs, start - window - 4), Math.max(cs, start - window) + k)));
  });
}

/** Is the range inside quotation marks or a title (《》)? */
export function isQuoted(unit: TextUnit, start: number, end: number): boolean {
  const v = foldedView(unit);
  const pairs: [string, string][] = [['“', '”'], ['「', '」'], ['《', '》'], ['『', '』'], ['"', '"'], ['‘', '’'], ["'", "'"], ['【', '】']];
  // (a text that closes every quote with ” and never opens with “ — ”仅剩X件”、”倒计时X小时” — quotes with ” on both sides)
  const plain = v.indexOf('“') < 0 && v.indexOf('”') >= 0;
  for (const [o, c] of plain ? [...pairs, ['”', '”'] as [string, string]] : pairs) {
    const a = v.lastIndexOf(o, start - 1);
    if (a < 0) continue;
    if (o === c) {
      // same mark opens and closes: inside when an odd number of marks precede
      let k = 0;
      for (let i = v.indexOf(o); i >= 0 && i < start; i = v.indexOf(o, i + 1)) k++;
      if (k % 2 === 1 && v.indexOf(c, end) >= 0) return true;
      continue;
    }
    const closedBefore = v.indexOf(c, a + 1);
    if (closedBefore >= 0 && closedBefore < start) continue;
    if (v.indexOf(c, end) >= 0) return true;
  }
  return false;
}

// Talk ABOUT claims, not claims: regulation text, enforcement news, consumer warnings, commentary.
const META_CUES = [
  '广告法', '法律', '法规', '规定', '条例', '(?:管理|实施|暂行|试行|监督|处罚|认定|办理|本|该|此)办法|办法》|办法（试行）', '第[一二三四五六七八九十百]+条', '违法', '违规', '违反', '执法', '监管(?:部门|机构|局|总局|人员|要求|规定|力度|措施|不力|缺失|漏洞|执法|政策|处罚|范围|之外|机制|体系|制度)', '(?:加强|强化|严格|依法|纳入|接受|逃避|缺乏|失去)监管', '(?:对|加强)[^，。！？,.!?]{1,16}的监管', '市场监管', '处罚', '罚款', '罚单',
  '查处', '立案', '判决', '法院', '起诉', '诉讼', '投诉', '维权', '记者', '报道', '据了解', '提醒', '警惕', '谨防', '消费者协会', '消协',
  '不法商家', '不法分子', '犯罪分子', '骗子', '诱骗', '被主播', '推销', '销售人员', '工商部门', '有消费者', '消费者反映', '消费者发现', '是指',
  // regulation and bulletin text describing an ad (该广告含有…, 保健食品广告涉及疾病预防)
  '该广告', '广告涉及', '广告含有',
  // enforcement words (制售假表) and an ad's words reported (广告上写着考研保过)
  '制售', '获悉', '实为(?!了)', '(?:看到|发现|收到)[^，。！？,.!?]{0,6}商家', '(?:广告|海报|传单|宣传单|页面|网页|招牌)(?:上|中|里)(?:写着|写的|称|宣称|声称|标着|标注着?)', '广告中含有', '广告内容', '一些商家', '有些商家', '部分商家', '许多商家', '很多商家', '商家(?:一般|通常|往往|大多|大都|普遍|经常|常常|总是)?都?会', '商家通过', '主播通过', '话术', '噱头', '宣称', '声称', '号称', '自称', '所谓', '标称(?:是|为)',
  '虚假宣传', '夸大宣传', '误导', '写明', '(?:广告|宣传)单页', '(?:一些|有些|部分|有的)广告', '广告中的?(?:使用|出现|涉及|含有|宣传|宣称)?', '以新闻形式', '述及', '系争', '等[^，。！？,.!?]{0,12}(?:词句|用语|字样|词语|词汇|话语|表述|宣传语|误区|说法|谣言|传言|提示|标签|字眼|名义|形象|关键词|敏感词|语言|说辞|措辞|文案)', '吹牛', '(?:添加|加)商家', '却发现', '透露', '诱导消费者', '欺骗', '诈骗', '骗局', '套路', '陷阱', '乱象', '律师', '表示', '(?<!研究(?:已经|早已|均|都|也|已)?)指出', '(?<!中医|古人|医学|本草|传统医学|受试者|试用者|使用者|用户|顾客|消费者|宝妈|客户|被)认为', '明确(?:规定|要求|指出|表示|禁止|告知)', '应当', '不得(?![了不])',
  '禁止', '严禁', '禁使用', '明令', '(?:严厉|严格|依法|重拳|坚决|持续|集中|全面)打击', '打击[^，。！？,.!?]{0,16}(?:行为|违法|犯罪|乱象)', '不允许', '不被允许', '采取措施',
  // a licence requirement stated (祛斑美白属特殊化妆品，必须持有“国妆特字”批文)
  '(?:必须|须|需|需要|应)(?:持有|取得|具备|办理)',
  // enforcement and news narrative
  '据悉', '据报道', '据介绍', '据初步统计', '要求(?:添加|加|私下|扫码|转账|消费者|买家|顾客|受害人|被害人|学员|用户|会员|家长|粉丝)', '均属', '属于私人行为', '称自己', '(?:商家|卖家|主播|店家|客服|对方|骗子)(?:声?称|自称)', '打着[^，。！？,.!?]{0,8}(?:名号|旗号|幌子|招牌)', '伪装成', '(?:她|他)(?:发现|表示|回忆)', '查询发现', '核查发现', '检索发现', '经查询', '广告语中', '宣传语中', '(?:宣传|广告)(?:和|或|、)(?:广告|宣传)语?中', '广告宣传语', '的宣传语', '(?:播放|播出|投放)了?[^，。！？,.!?]{0,24}广告', '(?:这种|这样的|此类|这类)[^，。！？,.!?]{0,12}(?:行为|做法|现象|手段|伎俩|交易)', '经查', '经调查', '调查发现', '记者调查', '当事人', '涉案', '约谈', '责令', '整改', '没收', '罚没', '判处', '公安', '警方', '民警', '法官', '审理',
  '举报', '指南(?!针)', '指引', '倡议', '消费提示', '风险提示', '专家提醒', '诱导(?:消费者|老人|老年人|用户|买家|粉丝|观众|未成年人|孩子|购买|下单|消费|打赏|充值)', '请谨慎', '值得注意', '(?<!供)不应(?!求)', '业者(?:更|常|多|会|以|利用|宣称|标榜|为|则)', '(?<!推拿|按摩|经典|传统|独特|专业|针灸|正骨|烹饪|手工|雕刻|绘画|拍摄|治疗|调理|理疗|康复|矫正|养生|保健|美容|非遗|中医|古法)手法', '裁罚', '标榜', '引导(?:用户|买家|粉丝|消费者|观众|老人|网友)', '(?:其中|对外|广告中|页面上?|网页上?|视频中)宣传', '宣传(?:其|该)', '团伙', '是不对的', '是错误的', '等内容', '就说', '夸大', '报导', '女主播', '男主播', '该主播', '(?:依据|根据)(?![^，。！？,.!?]{0,16}(?:原理|理论|学说|古方|配方|需求|需要|喜好|习惯|体质|肤质|发质|体型|身高|体重|特征|特点|特性|研发|研制|设计|定制|打造|开发|调配|配制|教材|考点|进度|学情|年龄|年级|水平|推送))', '定义', '政策(?!扶持|支持|保障|兜底|背书|提供|红利)', '平台规则', '新规', '治理', '整治', '专项', '曝光', '(?<!【)案例(?!分享)', '典型', '通报', '被罚', '涉嫌', '受害', '老年人成为',
  // narration: someone else said or did it (X称：…, 对方暗示…, 网友说…, 这种现象…)
  '(?<![之堪美著着并统简俗别昵爱雅尊])称[，,:：]', '介绍[，,:：]', '告知', '说自己', '对方', '暗示', '网友', '(?<!返疼|好转|排病|排毒|瞑眩)现象(?![^，。！？,.!?]{0,3}(?:消失|减轻|好转|改善|缓解|没了|不见|没有了))', '问题包括', '可能出现', '擅自', '未经审查', '收割', '假借', '被称[为作](?![“"「]?[^”"」，。]{0,6}(?:王|之冠|之王|奇果|圣品|神品|黄金|之宝|圣果|仙草|神药|珍品|极品|佳品|长寿果|美容果|果后|之母|清道夫))', '讲述', '的概率', '坑老', '骗老人', '(?<!防)失联', '口沫横飞|唾沫横飞|口若悬河|滔滔不绝', '(?:在|从)(?:微信|朋友圈|微博|抖音|快手|小红书)(?:上|中|里)?看到了?', '(?:不少人|很多人|许多人|有人|人们|大家)(?:都)?(?:把它|将其)?称(?:之|其|它)?为', '会发现', '视为',
  // more reporting verbs and fraud narration (杨某介绍说, 我国公布的保健功能, 通过虚构事实销售, 打着“…”旗号的机构)
  // incidents told as a trend (卖假货的事情频繁发生, 屡禁不止), categories of banned things named (管制器具, 违禁品), a buying guide
  // (选购…时, 谨慎选购), someone else's view or words (在他们眼里, 用张雪的话来说)
  '(?:频繁|屡次|接连|时有)发生', '屡见不鲜', '屡禁不止', '管制器具', '违禁品', '违禁物品', '禁售商品', '谨慎(?:选购|购买|使用)', '选购[^，。！？,.!?]{0,12}时[，,]', '(?:选择|挑选)[^，。！？,.!?]{0,12}时(?:[，,]|应|要|需|一定|务必)',
  // an ad retold (那广告上可说得头头是道…说…)
  '广告(?:上|里)[^，。！？,.!?]{0,8}(?:说|称|讲|写|宣传)',
  '在(?:他们|她们|他|她)(?:眼里|看来|心中|心里)', '用[^，。！？,.!?]{1,8}的话(?:来)?说',
  '介绍说', '解释说', '据称', '据说', '据传(?!统)', '[」”』]\\s*(?:说|称|表示)', '(?:高息|高利|高额回报|高回报|高收益|暴利)的?诱惑', '营销者', '营销人员', '潜规则', '表面上[^。！？!?]{0,40}实际上', '盯上了?[^，。！？,.!?]{0,6}(?:钱|老人|老年人)', '使消费者无法|让消费者无法|这使得消费者', '^\\s*(?:例如|比如|譬如)[:：]', '^\\s*答案是[:：]', '[（(](?:例如|比如|譬如|如(?![有需遇何果此下图实期意约同若愿今是数]))', '据[^，。！？,.!?]{1,10}(?:发布|报道|消息)', '(?:被|给)(?:打上|贴上)[^。！？!?]{0,40}标签', '涉诉', '灰色产业', '无法验证真实性|无从核实', '站外引流', '天方夜谭', '这些看似', '通常所说的', '(?:不要|别|切勿|千万别|不可)(?:相信|轻信)[^，。！？,.!?]{0,20}(?:说法|宣传|广告|谣言|传言)', '(?:不能|不得|禁止|严禁)(?:随便|随意|私自|擅自)?(?:买卖|收购|出售|交易)', '(?:主播|商家|卖家|业者|店家)[^，。！？,.!?]{0,16}(?:都|总|通常|往往)会强调', '的意思是[:：]', '广告词', '开罚', '(?<![我再要])强调[，,:：]', '呼吁', '(?:将|把)(?:用户|买家|粉丝|消费者|观众)引流', '暗语', '天花乱坠', '据说', '禁令', '得知', '提防', '(?:并)?不现实', '(?:只能|仅能|只是|仅是|只起|仅起)(?:到)?(?:一定的?)?辅助[^。！？!?]{0,30}(?:不能|无法|不可)[^。！？!?]{0,4}(?:替代|代替|取代)', '(?:一定的?|可能|潜在|辅助)[^。！？!?]{0,30}(?:但|不过|然而|同时)[^。！？!?]{0,16}(?:不能|无法|不可|不应|并非|更不能)[^。！？!?]{0,8}(?:替代|代替|取代|当药|逆转|清除|治愈|根治)', '不正当竞争', '(?:营销|宣传|广告)(?:观点|口号)', '属于(?:虚假|违法|违规|商业|医疗|药品|保健食品)?广告', '受访(?:专家|者|人士|医生)', '却(?:说|称|宣称|号称|说成)', '明明[^，。！？,.!?]{0,12}却', '广告(?:说|称|上说|里说)', '比较试验', '编织出', '^\\s*(?:如|例如|比如)(?![有果需遇何此下图实期意约同若愿今是数])[^。！？!?]{2,}、[^。！？!?]*等[。．.]?\\s*$', '禁用词', '误区', '冠以', '行话|黑话', '指的是', '黑市', '被伪装成', '(?:不能|不得|不可)(?:明确|直接)?(?:宣传|宣称)', '被(?:宣传|宣称|吹嘘|描述|包装|说)(?:为|成)', '实际上(?:并非|并不|却)', '听信', '(?:她|他|他们|她们)听说', '延误[^，。！？,.!?]{0,8}(?:治疗|病情|就医|诊治|检查)', '(?:为|作为|当)诱饵', '这些[^，。！？,.!?]{0,10}(?:宣传|广告|说法|话术)', '^\\s*(?:近日|日前)[，,]', '说是(?:可以|能)|(?:^|[，,])\\s*说是', '(?:网页|页面|详情页|商品页)介绍', '(?:收到|接到)[^，。！？,.!?]{0,8}求助', '(?:会|将|就会|都会|容易)被(?:系统)?(?:判定|认定|视为|判为|认为)', '等[^，。！？,.!?]{0,6}(?:效果|功效|作用)[，,]\\s*或(?!者)', '(?:词|词语|词汇|用语|字样|表述|说法|字眼|词意)[^，。！？,.!?]{0,6}(?:如|例如|比如|包括|诸如)[^。！？!?]{1,12}[;；、][^。！？!?]{1,12}[;；、]', '早发现[，,、\\s]*早(?:预防|诊断|治疗)', '充斥', '党中央', '印发', '规划纲要', '具有重要意义', '单纯依赖', '(?:缺乏|尚无|没有|缺少)[^，。！？,.!?]{0,6}(?:可靠的|充分的|足够的)?(?:临床|科学)(?:研究|证据|依据|数据)', '药典', '(?:被|均被|都被)检出', '(?:测试|检测|抽检|抽查|检验)(?:后|中)?发现', '^\\s*宣传(?!单|册|页|片|语|海报)', '(?:卖家|商家|主播|对方|客服|店家)以[^，。！？,.!?]{1,20}为由', '这些(?:代购|微商|商家|卖家|主播|网店|店铺|不法)', '攫取|牟取|谋取暴利|巨额利润|非法(?:获利|牟利|所得)', '(?:官网|官方网站|网页|页面|快照|截图|订单信息|记录)(?:中|上)?(?:资料)?显示', '(?:需要?|须|应)(?:核查|核实|查验|具备|取得|持有)[^，。！？,.!?]{0,12}(?:准字|批准文号|注册证|备案|许可|资质)', '(?:无法|不能|未能|没能)(?:为其?[^，。！？,.!?]{0,16})?提供[^，。！？,.!?]{0,4}(?:科学|充分|足够)?的?(?:证据|依据)', '风险(?:很|较|极|非常)?(?:高|大)(?![^，。！？,.!?]{0,4}回报)', '吸引(?:更多的?)?(?:用户|粉丝|顾客|消费者|买家)', '上面写着|上面写的', '看到一?(?:则|条)[^，。！？,.!?]{0,16}(?:信息|广告|消息|帖子)', '信誓旦旦', '某(?:微商|商家|卖家|店铺|网店|店家|直播间)', '(?:这些|一些|有些|部分|许多|很多|不少)(?:网红|主播|博主|达人|卖家|店家|带货主播)(?:通常|一般|往往|大多|经常|常常|总是)?(?:都)?会', '(?:通常|一般|往往)只能[^，。！？,.!?]{0,12}[,，][^。！？!?]{0,12}(?:无法|不能|难以)', '炒作', '误以为', '(?:让|使|令)(?:你|人|消费者|用户|观众|大家)(?:误)?以为', '误认为', '(?:医生|专家|研究人员|研究者|学者|科学家)们?发现', '(?:没有|缺乏|尚无|并无|没)[^，。！？,.!?]{0,8}(?:证据|研究)(?:表明|证明|显示|支持)', '证据有限|证据不足|尚无定论|有待(?:进一步)?(?:研究|验证|证实)', '(?:评论|回应|回复)说', '辩称', '坚称', '某(?:电商|购物|直播|网购)?平台(?:在|上)', '营造出?[^，。！？,.!?]{0,10}(?:氛围|场景|紧迫感|稀缺感|假象|气氛)', '消费者(?:在|从|通过)[^，。！？,.!?]{0,16}(?:购买|买|下单)了', '看似[^。！？!?]{0,20}实则', '(?:发布|投放|刊登|张贴|印发)了?[^，。！？,.!?]{0,8}广告', '卖[^，。！？,.!?]{1,6}的(?:人)?(?:说|称|讲|宣称)', '哄(?:着|骗)?(?:老年人|老人|消费者|大爷|大妈|顾客)', '司空见惯', '屡见不鲜', '屡禁不止', '层出不穷', '时有发生', '千万(?:别|不要)(?:买|信|相信|上当|购买|下单|轻信)', '我国(?:公布|规定|批准|允许)的|国家(?:公布|规定)的', '虚构事实', '(?:不良|负面)示范', '(?:关于|有关)[^，。！？,.!?]{0,16}的(?:说法|传言|谣言|误区)', '打着[^，。！？,.!?]{0,16}(?:旗号|幌子|概念|名义)',
  // regulation wording (处方药只准在专业性医药报刊…, 大众传播媒介), a practice's risks told (私下交易存在多重风险), a buyer's story
  // of what a seller did (居然说…)
  // (written as whole literals where they can be: the prefilter gates on them, and 结果, 下次, 买了 open on most lines)
  // selling points analysed (以…为卖点, 卖点在于) and a laboratory's findings (面膜中检出表皮生长因子): an analysis or a test
  // report, not the seller's copy
  '(?:为|作为)(?:主要)?卖点', '卖点(?:在于|包括)', '检出(?!率)',
  '只准(?:在|于|许|予)', '大众传播媒介', '存在[^，。！？,.!?]{0,16}风险', '居然说|竟然说|居然要|竟然要|居然让|竟然让|居然叫|竟然叫',
  // a buyer's own review, in the first person (我买的…, 我收到货…, 卖家说/回复, 差评): an opinion, not the seller's ad — not the
  // host relaying buyers (姐妹们收到货都说…, which stays the seller's testimony)
  '我买了|我买的|俺买了|俺买的|入了两件|入了一件|入了几件|我收到货|我下单了|我入手了|我之前买|我上次买|我昨天买|我前几天买', '(?:卖家|店家)[^，。！？,.!?]{0,6}(?:说|回复)', '差评', '懒得换|懒得退',
  // rumours and consumer warnings (有的谣言喜欢制造养生神话; 要擦亮眼睛，不要贪图小便宜) and policy voice (提倡为老年人义诊)
  '谣言', '谣传', '伪科学', '养生神话', '擦亮眼睛', '贪图(?:小)?便宜', '(?:^|国家|社会|政府)(?:提倡|鼓励)',
  // a claim denied for a whole class (并非所有含DHA的产品都能显著提升智力)
  '(?:并非|并不是|不是)所有[^，。！？,.!?]{0,12}都',
  '下次还会来|下次还来|下次还会买|下次还买|以后还会来|以后还会买|下次再也不|以后再也不|下次还会光顾',
  // a forum post (楼主…) and statute text granting a right (专利权人有权…)
  '楼主', '有权(?!威|益)',
  // a rule's list of what it covers (包括但不限于：好评返现卡); a sales tactic described (弹幕工具自动回复“库存紧张”制造稀缺感)
  '包括但不限于', '制造[^，。！？,.!?]{0,4}(?:稀缺|紧迫|焦虑|饥饿|抢购|从众)感',
  // conduct described: using something to advertise (使用已经终止的专利做广告), a seller's later act told (主播又私下添加…)
  // a test, a fraud or a complaint reported (检测全虚标, 买神药被骗仅1人报警, 女生打假防癌护肤品)
  '虚标', '打假', '报警(?![器灯声])',
  // a trick told (…的招数), a host spoken of in the third person (一个主播的直播间), a viewer's own story (我在…直播间看到)
  // an industry term of reports (黑五类产品), a rule's list of what may not appear (口播/字幕中出现微信号)
  '人民群众', '(?:引导|提醒|号召|倡导|动员)(?:公众|市民|群众|居民|广大)', '黑五类', '标注[^，。！？,.!?]{0,12}字样', '(?:口播|字幕|画面|标题|简介|评论区|直播间)[^，。！？,.!?]{0,4}(?:中|里|内)?出现',
  '招数', '(?:一个|一位|某个|某位)主播', '(?:一款|一种)名为', '(?:他|她|它)们?(?:宣传|宣称|声称)', '商家[^，。！？,.!?]{0,6}(?:宣传|鼓吹|吹嘘)', '[，,；;]\\s*(?:并|还|又|均|都)?(?:宣传|鼓吹|吹嘘)(?!单|册|页|片|语|海报|栏|部)',
  '按照[^，。！？,.!?]{0,10}(?:广告|药品|食品)管理', '我在[^，。！？,.!?]{0,10}直播间里?(?:看到|看见|买|下单|抢)',
  '(?:用|利用|使用|以)[^，。！？,.!?]{1,30}(?:做|作|进行)广告', '(?:主播|商家|卖家|店家)(?:又|还|便|随后)(?:私下)?(?:添加|加了)',
  // a crime told (非法销售给国内的微商牟利), a belief passed on as hearsay (很多人道听途说，以为…), a newspaper's finding
  // (《南华早报》发现中国电商上有店家销售…)
  '非法(?:销售|出售|经营|贩卖|售卖|收购|运输)', '牟利', '道听途说', '》(?:调查)?(?:发现|报道|指出)',
  // a scheme told (精心设计的围猎…用健康讲座进行洗脑…掏空老年人的钱包), a pitch retold to someone (针灸师傅告诉她，…), an ad's slogan
  // discussed (“…”的广告语直达的并不是…)
  // a practice found to exist (有电商存在虚构原价行为, 存在价格欺诈问题) — not denied (不存在磨手的情况 is the seller's claim)
  '(?<![不没无])存在[^，。！？,.!?]{0,12}(?:行为|现象|问题)',
  // a regulator's remit stated (市场监督管理部门对国徽的制作和销售实施监督管理) and an act called unlawful (购买象牙是非法的)
  '(?:实施|负责|依法|进行)[^，。！？,.!?]{0,10}监督管理', '(?:是|属于|属|都是|均为|系)(?:违法|非法)(?:的|行为)(?![吗么?？])',
  // a consumer advisory (用户应坚持在平台内完成交易)
  '(?:用户|消费者|买家|市民|公众|网友)(?:应当?|务必|要)(?:坚持|注意|警惕|提高警惕|谨慎|擦亮)',
  '洗脑', '围猎', '掏空[^，。！？,.!?]{0,8}(?:钱包|积蓄|养老钱|家底)', '告诉(?:她|他)们?[,，:：]', '广告语',
];
// regulation text: numbered items "（一）…；" and articles "第十二条 …"
// (regulation numbering is anchored at the sentence start; it has no literal, so it is tested on its own below)
// (and the options of a quiz: A、平台承诺100%本息保障就无风险 — a statement put up to be judged, not made)
// (the folded view is lower case: a、 as well as A、)
const META_NUMBERED = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[A-Da-dＡ-Ｄ][、．.](?![0-9]))/;
const META_REST = META_CUES.join('|')
  // a named or counted person as the subject of a report: 张女士购买…后, 一位退休大爷看得心动
  // (not an address: 张阿姨、李阿姨，明天下午两点老地方 calls the listeners by name)
  + '|(?<![一二三四五六七八九十两几、])[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤](?:女士|先生|大爷|大妈|阿姨|老人|老太|老汉)(?![们、])(?![，,!！]\\s*(?:您|你|明天|今天|今晚|下午|上午|晚上|别忘|快来|记得))|一位[^，。！？,.!?]{0,6}(?:大爷|大妈|老人|女士|先生|市民|网友|消费者|顾客|患者)'
  // a named person's words reported: 李月芳老人说…, 王建国先生表示…
  + '|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤][\\u4e00-\\u9fa5]{1,2}(?:女士|先生|老人|大爷|大妈|阿姨|老太|老汉)(?:说|称|表示|告诉|回忆|介绍)'
  // a nicknamed person's payment told (小美分三次通过微信转账支付…, 小胡直接通过转账的方式…) and a buyer's own account of being
  // taken in (他说能治好…，我就相信了)
  + '|小(?![程店编主])[\\u4e00-\\u9fa5](?:分[0-9一二三四五六七八九十两几]+次|先后|多次|直接|又|还)?通过|我就(?:相)?信了|我(?:就|才)?上当了'
  // third-person reporting: 不少卖家都会…, 不少慢病人群…, 孙某加了… (not 很多用户/患者/老人: "很多用户吃了都说好"
  // is the seller's testimony)
  + '|(?:不少|很多|许多|太多|一些|部分|有些|有的|某些|大批|大量)[^，。！？,.!?]{0,4}(?:卖家|商家|主播|商户|店铺|店家|餐厅|餐馆|饭店|消费者|网友|买家|人群|老年人|直播间|业者|电商平台|电商|网店)'
  // someone else's experience reported (很多人…时才发现, 有网友投诉); "很多人吃了之后发现血压降了" stays a claim
  + '|(?:很多|不少|许多|有些|一些|有的|越来越多的?)人[^，。！？,.!?]{0,16}(?:时发现|才发现|收到|遇到|投诉|吐槽|质疑|把目光|上当|被骗)'
  // a buying guide's narrative (很多人在直播里买祛斑产品时，最容易被…打动)
  + '|(?:很多|不少|许多|有些|一些|有的)人[^，。！？,.!?]{0,12}(?:买|购买|选购|挑选|下单)[^，。！？,.!?]{0,12}时'
  // reported speech: in the salesperson's mouth, 被吹成… (not 嘴里/口中 alone: 放入口中含化 is a product claim;
  // not 忽悠/包装成/打着: 绝不忽悠, 包装成礼盒, 打着灯笼都找不到 are sellers' words)
  + '|推销员|推销人员|销售员|业务员|(?:主播|商家|卖家)(?:的)?(?:嘴里|口中)|被吹成|被吹捧|吹嘘|鼓吹|被包装成'
  // (某某 alone is a placeholder name in a listing, not a narrated person: 某某中筒袜)
  + '|[\\u4e00-\\u9fa5](?<!某)某(?![宝音东书猫些种个款类处部段时天次信])';
const META_RE = new RegExp(META_REST);
// perf: META_RE is one long alternation that irregexp tries at every position of a sentence. Each of its top-level
// alternatives has literals one of which every match of it contains (derived from the pattern, as term rules gate their
// patterns); one automaton pass over the utterance finds them, and a sentence is tested only against the alternatives whose
// literals lie inside it — none at all for most sentences. null when some alternative has no literal: then every sentence
// is tested with META_RE.
// (built at the first use, not on import: ~15 ms that `liveguard rules` and the server's start need not pay)
let META_LITERALS: string[] | null | undefined;
let metaMatcher: Matcher | null = null;
/** Per literal id, the alternatives it opens; per alternative, its pattern. */
let metaOpens: number[][] = [];
let metaAlts: RegExp[] = [];
let metaStamp = new Int32Array(0), metaStampNow = 0;
/** Top-level alternatives of a pattern source (outside groups and character classes). */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(src.slice(last, i)); last = i + 1; }
  }
  out.push(src.slice(last));
  return out;
}
/** A character the normaliser drops (%, punctuation): never part of a literal looked for in normalised text. */
export const droppedByNormaliser = (ch: string): boolean => normalizeTerm(ch).length === 0;
function metaPrefilter(): Matcher | null {
  if (META_LITERALS === undefined) {
    const usable = (l: string) => normalizeTerm(l).length > 0;
    const alts = topLevelAlternatives(META_REST);
    const ids = new Map<string, number>();
    const opens: number[][] = [];
    let ok = true;
    alts.forEach((src, k) => {
      const lits = requiredLiterals(new RegExp(src), usable, droppedByNormaliser);
      if (!lits) { ok = false; return; }
      for (const l of lits) {
        let id = ids.get(l);
        if (id === undefined) { ids.set(l, (id = opens.length)); opens.push([]); }
        if (!opens[id].includes(k)) opens[id].push(k);
      }
    });
    META_LITERALS = ok ? [...ids.keys()] : null;
    metaMatcher = META_LITERALS ? compileMatcher(META_LITERALS.map((term, id) => ({ term, id, wholeWord: false }))) : null;
    metaOpens = opens;
    metaAlts = alts.map((src) => new RegExp(src));
    metaStamp = new Int32Array(alts.length);
  }
  return metaMatcher;
}
const META_HITS = Symbol('metaLiteralHits');
type MetaHitsUnit = TextUnit & { [META_HITS]?: number[] };
/** Original [start, end, literal id] triples of the META literals in the unit, in scan order. */
function metaLiteralHits(unit: TextUnit, m: Matcher): number[] {
  let h = (unit as MetaHitsUnit)[META_HITS];
  if (h) return h;
  const out: number[] = [];
  const n = unit.norm;
  m.scan(n.text, (id, ns, ne) => { out.push(n.start[ns], n.end[ne - 1], id); });
  return ((unit as MetaHitsUnit)[META_HITS] = out);
}
/** The prefilter's literals (null: none derived, every sentence is tested); exported for the soundness test. */
export function metaPrefilterLiterals(): readonly string[] | null {
  metaPrefilter();
  return META_LITERALS!;
}
/** Exported for the soundness test: the plain test of one sentence, without the prefilter. */
export function metaDiscourseSlow(sentence: string): boolean {
  return META_NUMBERED.test(sentence) || META_RE.test(sentence);
}
/** Does the sentence read as regulation text, reporting or a warning about a practice (not as a claim)? */
const META = Symbol('metaBySentence');
type MetaCachedUnit = TextUnit & { [META]?: Map<number, boolean> };
export function isMetaDiscourse(unit: TextUnit, start: number, end: number): boolean {
  const v = foldedView(unit);
  const [s, e] = sentenceAround(v, start, end);
  // perf: one test per sentence, whichever rule and hit asks
  const cache = ((unit as MetaCachedUnit)[META] ??= new Map());
  // (keyed by both ends: a sentence that runs over a quotation starts where the quotation's own sentence does)
  const key = s * 0x100000 + e;
  let r = cache.get(key);
  if (r === undefined) {
    const sentence = v.slice(s, e);
    r = META_NUMBERED.test(sentence);
    if (!r) {
      const m = metaPrefilter();
      if (!m) r = META_RE.test(sentence);
      else {
        // the alternatives opened by a literal inside the sentence, each tested once
        const h = metaLiteralHits(unit, m);
        const stamp = ++metaStampNow;
        for (let i = 0; i < h.length && !r; i += 3) {
          if (h[i] < s || h[i + 1] > e) continue;
          const alts = metaOpens[h[i + 2]];
          for (let j = 0; j < alts.length && !r; j++) {
            const k = alts[j];
            if (metaStamp[k] === stamp) continue;
            metaStamp[k] = stamp;
            r = metaAlts[k].test(sentence);
          }
        }
      }
    }
    cache.set(key, r);
  }
  return r;
}

const UNIT_META = Symbol('unitMeta');
type UnitMetaUnit = TextUnit & { [UNIT_META]?: boolean };
/** Is the whole unit one sentence of regulation text, reporting or a warning? Then every hit in it is not a claim
 *  (isMetaDiscourse holds for the sentence around any hit), and a rule can skip the unit before it looks for hits (perf: half
 *  the lines of news and penalty decisions are such sentences, and each rule used to find, filter and test their hits first).
 *  Exact: only a unit with no sentence end before its last sentence's end (and at most three end marks after it) qualifies,
 *  and each sentence range a hit can have there — [0, e] for e from the first end to the text end — is tested. */
export function unitIsMeta(unit: TextUnit): boolean {
  let r = (unit as UnitMetaUnit)[UNIT_META];
  if (r !== undefined) return r;
  r = false;
  const v = foldedView(unit);
  const [, e0] = sentenceAround(v, 0, 0);
  let single = v.length - e0 <= 3;
  for (let i = 0; single && i < e0; i++) if ((ENDS[v.charCodeAt(i)] & 2) !== 0) single = false;
  for (let i = e0; single && i < v.length; i++) if ((ENDS[v.charCodeAt(i)] & 2) === 0 && v.charCodeAt(i) !== 0x20) single = false;
  if (single && e0 > 0) {
    r = true;
    for (let e = e0; r && e <= v.length; e++) r = isMetaDiscourse(unit, 0, e);
  }
  (unit as UnitMetaUnit)[UNIT_META] = r;
  return r;
}

/** Conditional advice makes a disease word in its clause a warning, not a claim (有病请遵医嘱, 高血压患者请在医生指导下食用). */
// (not 去医院/身体不适: "吃了再也不用去医院", "身体不适的吃这个就好" are claims)
// (and a contraindication: …心血管疾病患者应完全避免饮酒; a visit to the doctor as the next step: 首先要到医院去看看…让医生为您
// 设计治疗方案)
export const CONDITIONAL_ADVICE = /(?:需要|需|应当?|应该|要|建议|请)(?:及时|尽快|尽早)?(?:接受|寻求|进行)[^，。！？,.!?]{0,8}(?:诊断|诊治|治疗)|(?:首先|先|要|应该?|得|需要?)(?:定期|及时|尽早|按时)?(?:去|到)医院|(?:让|请|由)医生(?:为你|为您|帮你|帮您|给你|给您)?(?:设计|制定|开具?|诊断|决定)|(?:患者|人群|孕妇|儿童)[^，。！？,.!?]{0,2}(?:应|要|需|须)?当?(?:完全)?(?:避免|禁止|忌|禁)(?:饮|食|用|服)|(?:咨询|询问|请教|问问)[^，。！？,.!?]{0,4}(?:医生|医师|药师)|寻求[^，。！？,.!?]{0,8}治疗|遵(?:循)?医嘱|应谨慎|要谨慎|需谨慎|应当谨慎|请就医|及时就医|在医生指导下|(?:须|需|需要|应|应当|必须)(?:先)?经(?:过)?[^，。！？,.!?]{0,4}(?:医生|医师|药师)(?:评估|诊断|同意|确认|指导)|医师指导下|药师指导下|在(?:医生|医师|药师)的指导下|(?:建议|应|应当|应该|请|及时|尽早|及早|尽快)[^，。！？,.!?]{0,4}(?:去|到)(?:正规|专业|附近的?|大)?(?:医院|医疗机构)(?:就诊|接受)?(?:检查|就诊|治疗|就医|诊治)|如有不适|慎拍|慎购|勿拍|请勿购买|(?:者|人士|人群|患者|孕妇|儿童)(?:应|须|需|要)?(?:慎用|慎食|慎服|忌用|忌食|忌服|禁用|禁食|禁服)|患者慎用|患者慎食|患者禁用|患者不宜|人群慎用|人群不宜|不适宜人群|不适用人群|建议[^，。！？,.!?]{0,4}就医|优先就医|不建议(?:使用|用|自行|随意|盲目|长期)|(?:的人|者|人群|患者|人士|体质)[^，。！？,.!?]{0,3}(?:就|最好|应|应该)?(?:不要|不宜|别|切勿|勿)(?:过多|过量|多|大量|长期|经常)?(?:饮用|食用|服用|吃|喝|用)(?![^，。！？,.!?]{0,4}药)|(?:体质|人群|患者|者|宝宝|孩子|儿童|孕妇)[^，。！？,.!?]{0,4}(?:不建议|不宜|不推荐)(?:使用|食用|服用|饮用|用|吃|喝)/;
export function isConditionalAdvice(unit: TextUnit, start: number, end: number): boolean {
  const v = foldedView(unit);
  const [s, e] = clauseAround(v, start, end);
  return CONDITIONAL_ADVICE.test(v.slice(s, e));
}

const CLAIM = Symbol('notAClaim');
type ClaimCachedUnit = TextUnit & { [CLAIM]?: Map<number, boolean> };
/** A claim that is denied, quoted as a term, sits in regulation/news text or in conditional advice is not a claim.
 *  perf: several rules ask about the same hit (治疗 is a medical, an elderly and a drug claim): cached on the unit. */
export function isNotAClaim(unit: TextUnit, start: number, end: number): boolean {
  const key = start * 0x10000 + end;
  const cache = ((unit as ClaimCachedUnit)[CLAIM] ??= new Map());
  let r = cache.get(key);
  if (r === undefined) {
    r = isNegated(unit, start, 12, end) || isMetaDiscourse(unit, start, end) || (isQuoted(unit, start, end) && quotedAsTerm(unit, start, end))
      || isConditionalAdvice(unit, start, end) || isRaisedRisk(unit, start, end);
    cache.set(key, r);
  }
  return r;
}

/** A risk raised is no claim to treat (含有增加心脏病及中风的风险的成分): the hit between 增加/导致… and …风险 in its clause.
 *  (降低…风险 stays a claim.) */
const RISK_BEFORE = /(?:增加|提高|增大|加大|引发|诱发|导致|带来)[^，。！？,.!?]{0,14}$/;
const RISK_AFTER = /^[^，。！？,.!?]{0,14}?的?风险/;
/** The risk's rise told after it (心梗风险暴增6倍). */
const RISK_ROSE = /^[^，。！？,.!?]{0,10}?的?风险(?:暴增|激增|大增|增加|升高|上升|翻倍|提高)/;
function isRaisedRisk(unit: TextUnit, start: number, end: number): boolean {
  const v = foldedView(unit);
  const [s, e] = clauseAround(v, start, end);
  return (RISK_AFTER.test(v.slice(end, e)) && RISK_BEFORE.test(v.slice(s, start))) || RISK_ROSE.test(v.slice(end, e));
}

/** A quoted short phrase is a term being discussed (警惕“全网最低价”), unless the quote is a whole utterance. */
function quotedAsTerm(unit: TextUnit, start: number, end: number): boolean {
  const v = foldedView(unit);
  const a = Math.max(v.lastIndexOf('“', start - 1), v.lastIndexOf('「', start - 1), v.lastIndexOf('《', start - 1), v.lastIndexOf('"', start - 1),
    v.lastIndexOf('‘', start - 1), v.lastIndexOf('『', start - 1),
    // (” opening a quote too, in a text that never uses “)
    v.indexOf('“') < 0 ? v.lastIndexOf('”', start - 1) : -1);
  if (a < 0) return false;
  // a title the seller claims through others (被誉为‘最佳越野夹克’, 堪称“行业第一”): the claim itself, not a term discussed
  // (号称 is not among them: it is a narration cue of its own, see META_CUES)
  if (HONOUR_BEFORE.test(v.slice(Math.max(0, a - 16), a))) return false;
  // a disease in scare quotes that the clause then says the goods act on (在“三高”方面有双向调节作用, 对“失眠”特别有效): the quotes
  // mark the word, the claim is made outside them
  const close = v.slice(end, end + 2).search(/[”」』"’]/);
  if (close >= 0 && QUOTED_THEN_CLAIMED.test(v.slice(end + close + 1, end + close + 20))) return false;
  // quotes are the whole unit: quoted utterances are still utterances (“预防慢性疾病”“美容养颜”, a list of an ad's lines) —
  // not when words or signs stand outside them ("最低价" → "超低价"、"特惠价": terms set against each other)
  return !(a === 0 && /[”」》"]\s*$/.test(v) && !/[^\s、，,；;。.！!？?…]/.test(v.replace(QUOTED_SEGMENTS, '')));
}
// (the title's words may come between: 荣获中国罐装饮料市场‘七连冠’)
const HONOUR_BEFORE = /(?:被誉为|誉为|堪称|素有|人称|荣膺|荣获|获评|被评为|评为)[^，。！？,.!?“”‘’「」『』"']{0,12}$/;
const QUOTED_THEN_CLAIMED = /^(?:等)?(?:方面|上)?(?:都|也|均)?(?:有|具有)[^，。！？,.!?]{0,6}(?:调节|改善|辅助|治疗|缓解|预防|调理|显着|神奇|明显)?(?:作用|功效|效果|疗效|帮助)|^(?:都|也|均|特别|非常|很)?有效/;
const QUOTED_SEGMENTS = /“[^“”]*”|「[^「」]*」|《[^《》]*》|"[^"]*"|‘[^‘’]*’|『[^『』]*』/g;

let segmenter: Intl.Segmenter | undefined | null;
// perf: Intl.Segmenter is slow (tens of µs a call). Only the clause around a hit is segmented (punctuation
// always ends a word), once: the boundaries of the last few clauses are kept (a rule looks at several hits
// of one utterance, then the next rule does too).
const BOUNDS_CACHE: { text: string; from: number; to: number; b: number[] }[] = [];
/** Per position of the clause around `at`: 1 = a word starts here, 2 = a word ends here (3 = both);
 *  `from` is the clause start (index 0 of the array); null without a segmenter. */
function boundaries(text: string, at: number): { from: number; b: number[] } | null {
  if (segmenter === undefined) {
    try { segmenter = new Intl.Segmenter('zh', { granularity: 'word' }); } catch { segmenter = null; }
  }
  if (!segmenter) return null;
  for (let i = 0; i < BOUNDS_CACHE.length; i++) {
    const c = BOUNDS_CACHE[i];
    if (c.from <= at && at <= c.to && c.text === text) return c;
  }
  const n = text.length;
  // the clause containing `at` (a position at a clause end belongs to the clause before it)
  let from = Math.min(at, n);
  while (from > 0 && !isClauseEnd(text, from - 1)) from--;
  let to = at;
  while (to < n && !isClauseEnd(text, to)) to++;
  const b: number[] = new Array(to - from + 2).fill(0); // perf: a small array, not a typed one (costly to allocate)
  b[0] |= 1; b[to - from] |= 2;
  if (to > from) for (const seg of segmenter.segment(text.slice(from, to))) { b[seg.index] |= 1; b[seg.index + seg.segment.length] |= 2; }
  // after the clause end, a word starts
  if (to < n) b[to - from + 1] |= 1;
  const entry = { text, from, to, b };
  if (BOUNDS_CACHE.length >= 8) BOUNDS_CACHE.shift();
  BOUNDS_CACHE.push(entry);
  return entry;
}
/** Word boundaries from Intl.Segmenter (大麻烦 is not 大麻); true when no segmenter is available. */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const r = boundaries(text, start);
  if (!r) return true;
  const b = r.b, from = r.from;
  // a hit running past its clause ends at a punctuation mark, which ends a word
  let atEnd: boolean;
  if (end - from < b.length) atEnd = b[end - from] !== 0;
  else { const r2 = boundaries(text, end); atEnd = !r2 || r2.b[end - r2.from] !== 0; }
  return b[start - from] !== 0 && atEnd;
}
/** Only the start of the hit must be a word boundary (极致 in 积极致力 fails; 极致的 passes). */
export function startsWord(text: string, start: number, _end?: number): boolean {
  // perf: after anything but a CJK character (start, punctuation, digits, Latin) a word starts: no segmenter
  const p = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (p < 0x3400 || p > 0x9fff) return true;
  if (start >= text.length) return true;
  const r = boundaries(text, start);
  if (!r) return true;
  return (r.b[start - r.from] & 1) !== 0;
}

/** Does a word end at `end` (before anything but a CJK character, always)? */
export function endsWord(text: string, end: number): boolean {
  const c = end < text.length ? text.charCodeAt(end) : 0;
  if (c < 0x3400 || c > 0x9fff) return true;
  const r = boundaries(text, end);
  if (!r) return true;
  return end - r.from < r.b.length && r.b[end - r.from] !== 0;
}

const compiled = new WeakMap<RegExp, RegExp>();
/** The same pattern without the g/y flags, compiled once per pattern (perf: not once per hit). */
function nonGlobal(re: RegExp): RegExp {
  if (!re.global && !re.sticky) return re;
  let r = compiled.get(re);
  if (!r) compiled.set(re, (r = new RegExp(re.source, re.flags.replace(/[gy]/g, ''))));
  return r;
}

/** Finds the first match of `re` in the folded view within the hit's sentence (or clause). */
export function nearby(unit: TextUnit, hit: { start: number; end: number }, re: RegExp, scope: 'clause' | 'sentence' | 'unit' = 'sentence'): RegExpExecArray | null {
  const v = foldedView(unit);
  const [s, e] = scope === 'unit' ? [0, v.length] : scope === 'clause' ? clauseAround(v, hit.start, hit.end) : sentenceAround(v, hit.start, hit.end);
  const r = nonGlobal(re);
  const m = r.exec(v.slice(s, e));
  if (m) m.index += s;
  return m;
}

/** Drops hits that lie inside a longer hit of the same rule (one finding per claim). */
export function outermost(hits: LexiconHit[]): LexiconHit[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && (o.end - o.start) > (h.end - h.start)))
    .filter((h, i, a) => a.findIndex((o) => o.start === h.start && o.end === h.end) === i);
}

/** The product category in force for a unit: the listing's own, then the pinned product's, then the settings'. */
export function categoryOf(ctx: RuleContext<any>, unit?: TextUnit): string | undefined {
  const e = unit?.event as { type?: string; product?: { category?: string } } | undefined;
  if (e && (e.type === 'listing' || e.type === 'product.pin') && e.product?.category) return e.product.category;
  return ctx.session.category ?? ctx.settings.category ?? undefined;
}

export const FOOD_LIKE = new Set(['food', 'health-food', 'infant-formula', 'special-medical-food', 'alcohol']);
export const COSMETICS = new Set(['cosmetics', 'special-cosmetics']);
export const MEDICAL = new Set(['drug-otc', 'drug-rx', 'medical-device']);
