// Homophone folding for lexicons marked phonetic (薇信 / 威信 → 微信; ASR writes homophones by accident).
// Kept out of the hot path: only rules with phonetic lexicons call it, on text that is already normalised.
//
// pinyinKey maps every UTF-16 unit of a normalised string to exactly one unit, so positions in the key are
// positions in the normalised text: a Han character becomes its default toneless syllable, encoded as one
// private-use character (U+E000 + syllable index); anything else is kept. A phonetic lexicon compiles
// pinyinKey(term) with compileMatcher and scans pinyinKey(normalised.text); hits need no offset mapping.
// Readings are per character (the most common one, from pinyin-pro, see scripts/gen-text-tables.mjs), so
// a polyphonic character has one fixed key — deterministic, and identical for terms and text.
import { PINYIN_CODES, PINYIN_START, PINYIN_SYLLABLES } from './pinyin-table.generated.js';

const KEY_BASE = 0xe000;
const DIGIT_READINGS = ['ling', 'yi', 'er', 'san', 'si', 'wu', 'liu', 'qi', 'ba', 'jiu'];
let DIGIT_KEYS: number[] | undefined;

function syllableOf(c: number): number {
  const k = c - PINYIN_START;
  return k >= 0 && k < PINYIN_CODES.length ? PINYIN_CODES.charCodeAt(k) - 0x100 : 0;
}

/** One key unit per input unit: Han → its syllable's code; ASCII digits (folded from 一二三…) → their reading. */
export function pinyinKey(normalized: string): string {
  DIGIT_KEYS ??= DIGIT_READINGS.map((s) => KEY_BASE + PINYIN_SYLLABLES.indexOf(s));
  let out = '';
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) { out += String.fromCharCode(DIGIT_KEYS[c - 0x30]); continue; }
    const s = syllableOf(c);
    out += s > 0 ? String.fromCharCode(KEY_BASE + s) : normalized[i];
  }
  return out;
}

/** Readable toneless syllables of a normalised string (non-Han units are kept as they are), for messages and debugging. */
export function pinyinOf(normalized: string): string[] {
  const key = pinyinKey(normalized);
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    out.push(c >= KEY_BASE && c < KEY_BASE + PINYIN_SYLLABLES.length ? PINYIN_SYLLABLES[c - KEY_BASE] : key[i]);
  }
  return out;
}

// ---- homophones among common characters ----------------------------------------------------------------
// The 3,755 characters of GB 2312 level 1 (the common ones, in pinyin order), grouped by default syllable, decoded once
// from their byte range. Without a GB 2312 decoder (a runtime with no legacy encodings) there are none: phonetic
// lexicons then match exactly.
let COMMON_BY_SYLLABLE: Map<number, string[]> | undefined;
function commonBySyllable(): Map<number, string[]> {
  if (COMMON_BY_SYLLABLE) return COMMON_BY_SYLLABLE;
  const m = new Map<number, string[]>();
  try {
    const bytes: number[] = [];
    for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) if (!(hi === 0xd7 && lo > 0xf9)) bytes.push(hi, lo);
    const chars = new TextDecoder('gb2312', { fatal: true }).decode(new Uint8Array(bytes));
    for (const ch of chars) {
      const s = syllableOf(ch.charCodeAt(0));
      if (!s) continue;
      const a = m.get(s);
      if (a) a.push(ch); else m.set(s, [ch]);
    }
  } catch { /* no GB 2312 decoder */ }
  return (COMMON_BY_SYLLABLE = m);
}

/** Common characters (GB 2312 level 1) read with the same default toneless syllable as `ch`, `ch` itself excluded. */
export function commonHomophones(ch: string): string[] {
  const s = syllableOf(ch.charCodeAt(0));
  if (!s) return [];
  return (commonBySyllable().get(s) ?? []).filter((c) => c !== ch);
}
