// Normaliser with an offset map back to the original input.
// (First version: NFKC per code point, lower case, separators between CJK dropped.
//  The matcher work replaces the internals; the exported API is the contract.)

/** Normalised text plus, for each normalised UTF-16 unit i, the original range [start[i], end[i]). */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
const isSep = (ch: string) => /[\s\p{P}\p{S}\u200b-\u200f\u2060\ufeff]/u.test(ch);

export function normalizeForMatching(input: string): NormalizedText {
  const out: string[] = [];
  const st: number[] = [];
  const en: number[] = [];
  let i = 0;
  while (i < input.length) {
    const cp = input.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    if (isSep(ch)) { i += w; continue; }
    const n = ch.normalize('NFKC').toLowerCase();
    for (let k = 0; k < n.length; k++) { out.push(n[k]); st.push(i); en.push(i + w); }
    i += w;
  }
  return { original: input, text: out.join(''), start: Int32Array.from(st), end: Int32Array.from(en) };
}

/** The same folds applied to a lexicon term, so terms and text meet in one form. */
export function normalizeTerm(term: string): string {
  return normalizeForMatching(term).text;
}

/** Maps a normalised range [s, e) back to the original input. */
export function toOriginalRange(n: NormalizedText, s: number, e: number): [number, number] {
  if (e <= s) { const p = s < n.start.length ? n.start[s] : n.original.length; return [p, p]; }
  return [n.start[s], n.end[e - 1]];
}
export { isCjk };
