// Word-segmented Chinese (客官 小本生意 这边 需要 帮 您 …, as dialogue corpora and some transcribers store it) and text spaced
// out to dodge word lists (加 微 信 领 优 惠): the normaliser already matches terms across the spaces, but the rules' context
// patterns read the text itself, where a space splits every phrase (返 您 5 元 is not 返您5元). The engine gives such a unit
// its text with the spaces between Chinese characters removed, and keeps the map back to the text as given, so every
// finding still points at the exact original span.
//
// Only text that is mostly spaced is condensed: in ordinary listings a space separates clauses (网红同款 韩版 连衣裙, 不含激素
// 快速祛痘), and joining those would put a negation or a cue into the wrong clause.

/** A condensed text and, per UTF-16 unit of it (and one past its end), the position in the text as given. */
export interface Condensed {
  text: string;
  pos: Int32Array;
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
// CJK and full-width punctuation (，。！？：「」…), which a spaced-out text puts between words too
const isCjkPunct = (c: number) => (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || c === 0x2026;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
/** Share of Han–Han neighbours split by a space from which a text counts as spaced (word-segmented text: ~0.5). */
const SPACED_SHARE = 0.35;

/** The text with the spaces between Chinese characters (and between them and digits) removed when at least
 *  SPACED_SHARE of its Han–Han neighbours are split by spaces (and two or more are); null otherwise. */
export function condenseSpacedCjk(text: string): Condensed | null {
  // perf: most text has no space at all
  if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0 && text.indexOf('\t') < 0 && text.indexOf('\u00a0') < 0) return null;
  const n = text.length;
  let split = 0, joined = 0;
  for (let i = 0; i + 1 < n; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) continue;
    const d = text.charCodeAt(i + 1);
    if (isHan(d)) { joined++; continue; }
    if (!isSpace(d)) continue;
    let j = i + 1;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (j < n && isHan(text.charCodeAt(j))) split++;
  }
  if (split < 2 || split / (split + joined) < SPACED_SHARE) return null;
  const pos = new Int32Array(n + 1);
  let out = '', k = 0, last = 0;
  for (let i = 0; i < n; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let j = i;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    const l = i > 0 ? text.charCodeAt(i - 1) : -1, r = j < n ? text.charCodeAt(j) : -1;
    const cjkL = isHan(l) || isCjkPunct(l), cjkR = isHan(r) || isCjkPunct(r);
    if ((cjkL && (cjkR || isDigit(r))) || (isDigit(l) && cjkR)) {
      out += text.slice(last, i);
      for (let q = last; q < i; q++) pos[k++] = q;
      last = j;
    }
    i = j - 1;
  }
  out += text.slice(last);
  for (let q = last; q < n; q++) pos[k++] = q;
  pos[k] = n;
  return { text: out, pos: pos.subarray(0, k + 1) };
}
