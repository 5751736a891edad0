// Spoken Chinese numbers as ASR writes them: 三百九十九, 九块九, 一百二十九元, 两百九, 一万二, 八百多, 四位数, 三折,
// 七五折, 半价, and plain digits (399, ¥99, 9.9元). Prices in live streams are said, not typed, so every price rule
// parses through here.

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

const CN_CHARS = '零〇一幺二两俩三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿億点點';
const isCn = (c: string) => CN_CHARS.includes(c);

/**
 * Parses a Chinese numeral (三百九十九 → 399, 一万二 → 12000, 两百九 → 290, 十五 → 15, 一二九 → 129, 九点九 → 9.9)
 * or an ASCII number. Returns NaN when the string is not a number.
 */
export function parseChineseNumber(s: string): number {
  s = s.trim().replace(/,/g, '');
  if (!s) return NaN;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const point = s.search(/[点點.]/);
  if (point >= 0) {
    const int = point === 0 ? 0 : parseChineseNumber(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (!frac || !/^[零〇一二两三四五六七八九\d]+$/.test(frac)) return NaN;
    const digits = [...frac].map((c) => (/\d/.test(c) ? c : String(DIGIT[c]))).join('');
    return int + Number(`0.${digits}`);
  }
  // digit strings read one by one: 一二九 → 129 (no unit characters at all)
  if ([...s].every((c) => c in DIGIT || /\d/.test(c)) && s.length > 1) {
    return Number([...s].map((c) => (/\d/.test(c) ? c : String(DIGIT[c]))).join(''));
  }
  let total = 0, section = 0, digit = -1, lastUnit = 0, lastBig = 0, zero = false;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c in DIGIT || /\d/.test(c)) {
      // ASCII digits mixed in (3百) count as one digit each; runs such as 12万 are one number
      if (/\d/.test(c)) {
        let j = i;
        while (j + 1 < chars.length && /\d/.test(chars[j + 1])) j++;
        digit = Number(chars.slice(i, j + 1).join(''));
        i = j;
      } else digit = DIGIT[c];
      if (digit === 0) zero = true;
      continue;
    }
    if (c in SMALL_UNIT) {
      const u = SMALL_UNIT[c];
      section += (digit < 0 ? (u === 10 ? 1 : NaN) : digit) * u;
      digit = -1; lastUnit = u; zero = false;
      continue;
    }
    if (c in BIG_UNIT) {
      const u = BIG_UNIT[c];
      if (digit >= 0) section += digit;
      if (section === 0 && total === 0) section = NaN;
      total = (total + section) * u;
      section = 0; digit = -1; lastUnit = 0; lastBig = u; zero = false;
      continue;
    }
    return NaN;
  }
  if (digit >= 0) {
    // colloquial tail: 两百九 = 290, 一万二 = 12000, 三千五 = 3500 (a bare digit after a unit is the next place)
    if (zero) section += digit;
    else if (lastUnit >= 100) section += digit * (lastUnit / 10);
    else if (lastUnit === 0 && lastBig > 0) section += digit * (lastBig / 10);
    else section += digit;
  }
  return total + section;
}

export type AmountKind = 'amount' | 'discount' | 'magnitude';

export interface SpokenAmount {
  kind: AmountKind;
  /** Yuan for amounts and magnitudes (lower bound), a fraction for discounts (三折 → 0.3). */
  value: number;
  /** Upper bound when the figure is a range (四位数 → 9999, 八百多 → 899). */
  max?: number;
  /** 八百多, 一千出头, 四位数: the speaker gave an approximation. */
  approx?: boolean;
  /** Whether a currency word or sign (元, 块, ¥) was attached. */
  hasUnit: boolean;
  start: number;
  end: number;
  text: string;
}

const NUM = `(?:\\d+(?:\\.\\d+)?|[${CN_CHARS}\\d]+)`;
// 九块九 / 三块五毛 / 九十九块钱 / 399元 / ¥99 / 99.9 / 八百多 / 两千出头 / 四位数 / 三折 / 七五折 / 7.5折 / 半价
const AMOUNT_RE = new RegExp(
  [
    `(?<digits>[三四五六七八九两二一3-9])位数`,
    `(?<fold>${NUM})折`,
    `(?<half>半价)`,
    `(?<yen>[¥￥])\\s*(?<yenNum>\\d+(?:\\.\\d+)?)`,
    `(?<num>${NUM})(?<more>多|来|出头)?(?<unit>块钱|块|元|圆|毛钱|毛|角)?(?<tail>[一二两三四五六七八九](?![十百千万亿位折件个单份瓶盒支袋]))?(?<tailUnit>毛|角)?`,
  ].join('|'),
  'g',
);

/** Every spoken amount, discount and magnitude in a text, in order. */
const ANY_NUMERAL = /[0-9零〇一幺二两俩三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿億半¥￥]/;

export function findAmounts(text: string): SpokenAmount[] {
  const out: SpokenAmount[] = [];
  if (!ANY_NUMERAL.test(text)) return out;
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(text); m; m = AMOUNT_RE.exec(text)) {
    const g = m.groups!;
    const start = m.index, end = m.index + m[0].length;
    const base = { start, end, text: m[0] };
    if (g.digits) {
      const d = parseChineseNumber(g.digits);
      out.push({ kind: 'magnitude', value: 10 ** (d - 1), max: 10 ** d - 1, approx: true, hasUnit: true, ...base });
      continue;
    }
    if (g.fold) {
      const f = parseFold(g.fold);
      if (Number.isFinite(f)) out.push({ kind: 'discount', value: f, hasUnit: false, ...base });
      continue;
    }
    if (g.half) { out.push({ kind: 'discount', value: 0.5, hasUnit: false, ...base }); continue; }
    if (g.yen) { out.push({ kind: 'amount', value: Number(g.yenNum), hasUnit: true, ...base }); continue; }
    if (g.num) {
      // a numeral glued to a following digit run is not ours: 第一 is not filtered here, callers check context
      let value = parseChineseNumber(g.num);
      if (!Number.isFinite(value)) continue;
      const unit = g.unit;
      if (unit === '毛' || unit === '毛钱' || unit === '角') value = value / 10;
      let tailUsed = false;
      if (g.tail && unit === '块') {
        const t = parseChineseNumber(g.tail);
        if (Number.isFinite(t)) { value += t / 10; tailUsed = true; }
      }
      const approx = !!g.more;
      let max: number | undefined;
      if (approx) max = value + placeOf(value) - 1;
      const realEnd = tailUsed ? end : start + g.num.length + (g.more?.length ?? 0) + (unit?.length ?? 0);
      out.push({
        kind: 'amount', value: round2(value), ...(max !== undefined ? { max } : {}), ...(approx ? { approx } : {}),
        hasUnit: !!unit, start, end: realEnd, text: text.slice(start, realEnd),
      });
      if (!tailUsed && realEnd < end) AMOUNT_RE.lastIndex = realEnd;
    }
  }
  return out;
}

/** 三折 → 0.3, 七五折 → 0.75, 7.5折 → 0.75, 八八折 → 0.88, 九折 → 0.9. */
export function parseFold(s: string): number {
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return n < 10 ? n / 10 : n / 100;
  }
  const chars = [...s];
  if (chars.every((c) => c in DIGIT) && chars.length <= 2) {
    return chars.length === 1 ? DIGIT[chars[0]] / 10 : (DIGIT[chars[0]] * 10 + DIGIT[chars[1]]) / 100;
  }
  const n = parseChineseNumber(s);
  return Number.isFinite(n) ? (n < 10 ? n / 10 : n / 100) : NaN;
}

function round2(n: number): number { return Math.round(n * 100) / 100; }

/** The place of the last non-zero digit: 800 → 100, 2500 → 100, 12 → 1. */
function placeOf(n: number): number {
  let p = 1;
  while (n >= p * 10 && Number.isInteger(n / (p * 10))) p *= 10;
  return p;
}

/** Words that mark a spoken figure as a price (not a count, an ordinal or a link number). */
export const PRICE_CUE = /(价|卖|只要|到手|要|付|拍|花|才|仅|秒杀|券后|优惠|便宜|贵|元|块|钱|¥|￥)$/;

/** The figures in a text that are prices: those with a currency unit, or right after a price word. */
export function findPrices(text: string): SpokenAmount[] {
  return findAmounts(text).filter((a) => {
    if (a.kind !== 'amount') return true;
    const before = text.slice(Math.max(0, a.start - 4), a.start);
    if (/[第号]$/.test(before) || /^[号个件单份瓶盒支袋人名分秒天次位条斤克]/.test(text.slice(a.end, a.end + 1))) return false;
    return a.hasUnit || PRICE_CUE.test(before.replace(/[\s，,:：]+$/, '')) || /(价|卖|只要|到手|原价|划线)/.test(before);
  });
}

export { isCn as isChineseNumeralChar };
