#!/usr/bin/env node
// Generates the normaliser's and the pinyin helper's data tables from opencc-js, pinyin-pro and the
// Unicode data of the running Node (NFKC, general categories, scripts):
//   packages/core/src/text/fold-table.generated.ts    character folds + character classes
//   packages/core/src/text/pinyin-table.generated.ts  default toneless pinyin of each Han character
//
// Why generate instead of importing at runtime: the kernel also runs in the browser, where opencc-js
// (phrase dictionaries, ~1 MB) and pinyin-pro (~300 kB) would dominate the bundle, and per-character
// String.prototype.normalize calls are slow in the hot loop and vary with the engine's Unicode version.
// The generated tables are small, decoded once into typed arrays, and identical on every runtime.
//
// Run: node scripts/gen-text-tables.mjs   (commit the generated files)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { pinyin } from 'pinyin-pro';

const outDir = fileURLToPath(new URL('../packages/core/src/text/', import.meta.url));

// ---- classes -------------------------------------------------------------------------------------
// Must match the K_* constants in normalize.ts.
const K_LETTER = 0, K_DIGIT = 1, K_CJK = 2, K_SPACE = 3, K_PUNCT = 4, K_IGNORE = 5;

const reIgnore = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Variation_Selector}\u3164\uffa0\u115f\u1160]$/u; // zero-width, marks, controls, fillers
const reSpace = /^\p{White_Space}$/u;
const rePunct = /^[\p{P}\p{S}]$/u;
const reCjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3005-\u3007\u3021-\u3029\u3038-\u303b\u30fc]$/u;
const reDigit = /^\p{N}$/u;

function baseClass(ch) {
  if (reSpace.test(ch)) return K_SPACE; // before Cc: \t \n \r are controls and spaces
  if (reIgnore.test(ch)) return K_IGNORE;
  if (rePunct.test(ch)) return K_PUNCT;
  if (reCjk.test(ch)) return K_CJK;
  if (reDigit.test(ch)) return K_DIGIT;
  return K_LETTER; // other letters, spacing marks, unassigned, private use: kept as word characters
}

// ---- traditional → simplified (character level) ----------------------------------------------------
const parse = (s) => new Map(s.split('|').map((e) => { const [k, ...v] = e.split(' '); return [k, v]; }));
const ts = parse(TSCharacters);
const st = parse(STCharacters);
const simplified = new Set([...st.keys()]);
for (const v of ts.values()) for (const x of v) simplified.add(x);
const variantRev = new Map();
for (const m of [parse(TWVariantsRev), parse(HKVariantsRev)]) {
  for (const [k, v] of m) if (!simplified.has(k) && !variantRev.has(k)) variantRev.set(k, v[0]);
}
function t2s(ch) {
  const v = variantRev.get(ch) ?? ch; // regional variant → OpenCC standard traditional
  const s = ts.get(v);
  if (!s) return v;
  return s.includes(v) ? v : s[0]; // a character that is also its own simplified form stays
}

// ---- Chinese digits (not 十百千万: positional) ----------------------------------------------------
const DIGITS = { '〇': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
  '壹': '1', '贰': '2', '叁': '3', '肆': '4', '伍': '5', '陆': '6', '柒': '7', '捌': '8', '玖': '9' };

// ---- look-alikes written on purpose to dodge word lists ---------------------------------------------
// 蕞 (【全年蕞便宜】), and the old forms 㝡 and 冣, for 最: rare characters of their own (蕞尔 "tiny") whose fold costs nothing
const EVASIONS = { '蕞': '最', '㝡': '最', '冣': '最' };

// ---- the per-character fold -------------------------------------------------------------------------
function foldOnce(ch) {
  let s = ch.normalize('NFKC').toLowerCase().normalize('NFKC');
  let out = '';
  let gap = false;
  for (const c of s) {
    const k = baseClass(c);
    if (k === K_SPACE || k === K_PUNCT || k === K_IGNORE) { gap = out !== ''; continue; } // ⒦ → (k) → k, ⒈ → 1. → 1
    const base = c.normalize('NFD'); // Latin with diacritics → the ASCII letter (é → e, pinyin ā → a)
    const simp = /^[a-z]\p{Mn}+$/u.test(base) ? base[0] : t2s(c);
    const d = DIGITS[simp] ?? EVASIONS[simp] ?? simp;
    // ¼ → 1⁄4 → 1·4: the soft separator the normaliser puts between two word characters
    if (gap && /[a-z0-9]$/.test(out) && /^[a-z0-9]/.test(d)) out += '\u00b7';
    gap = false;
    out += d;
  }
  return out; // '' = the character is a separator / ignorable of its own class
}
function fold(ch) {
  let prev = ch, cur = foldOnce(ch);
  for (let n = 0; n < 5 && cur !== prev && cur !== ''; n++) {
    prev = cur;
    cur = [...cur].map((c) => foldOnce(c) || c).join('');
  }
  return cur;
}

const pairs = [];
const runs = []; // [start, class, start, class, …]
let lastClass = -1;
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) { // lone surrogates: decoded at runtime, never looked up
    if (lastClass !== K_LETTER) { runs.push(cp, K_LETTER); lastClass = K_LETTER; }
    continue;
  }
  const ch = String.fromCodePoint(cp);
  const f = fold(ch);
  let k;
  if (f === '') k = baseClass(ch) === K_LETTER || baseClass(ch) === K_DIGIT || baseClass(ch) === K_CJK ? K_IGNORE : baseClass(ch);
  else k = reCjk.test(ch) ? K_CJK : baseClass(String.fromCodePoint(f.codePointAt(0)));
  if (f !== '' && f !== ch) pairs.push(ch + f);
  if (k !== lastClass) { runs.push(cp, k); lastClass = k; }
}

const foldFile = `// GENERATED by scripts/gen-text-tables.mjs from opencc-js ${pkgVersion('opencc-js')} (TSCharacters, TW/HK variants)
// and Unicode ${process.versions.unicode} (Node ${process.version}). Do not edit by hand.
/* eslint-disable */
/** '|'-separated entries: the first code point folds to the rest (NFKC, lower case, traditional→simplified, Chinese digits, look-alikes of 最). */
export const FOLD_PAIRS = ${JSON.stringify(pairs.join('|'))};
/** Character class runs over all code points: [start, class, start, class, …]; a run lasts until the next start. */
export const CLASS_RUNS: readonly number[] = ${JSON.stringify(runs)};
`;
writeFileSync(outDir + 'fold-table.generated.ts', foldFile);

// ---- pinyin ------------------------------------------------------------------------------------------
const PY_START = 0x3400, PY_END = 0x9fff;
const syllables = [''];
const sylIndex = new Map([['', 0]]);
let codes = '';
for (let cp = PY_START; cp <= PY_END; cp++) {
  const ch = String.fromCodePoint(cp);
  let py = '';
  if (/\p{Script=Han}/u.test(ch)) {
    const r = pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? '';
    py = /^[a-zü]+$/.test(r) ? r.replace('ü', 'v') : '';
  }
  if (!sylIndex.has(py)) { sylIndex.set(py, syllables.length); syllables.push(py); }
  codes += String.fromCharCode(0x100 + sylIndex.get(py));
}
const pyFile = `// GENERATED by scripts/gen-text-tables.mjs from pinyin-pro ${pkgVersion('pinyin-pro')}. Do not edit by hand.
/* eslint-disable */
/** Toneless syllables; index 0 = no reading. */
export const PINYIN_SYLLABLES: readonly string[] = ${JSON.stringify(syllables)};
/** First code point covered by PINYIN_CODES. */
export const PINYIN_START = ${PY_START};
/** For each code point from PINYIN_START, charCode - 0x100 is its default reading's index in PINYIN_SYLLABLES. */
export const PINYIN_CODES = ${JSON.stringify(codes)};
`;
writeFileSync(outDir + 'pinyin-table.generated.ts', pyFile);
console.log(`fold pairs: ${pairs.length}, class runs: ${runs.length / 2}, syllables: ${syllables.length}`);

function pkgVersion(name) {
  try { return JSON.parse(require_(name)).version; } catch { return ''; }
}
function require_(name) {
  return readFileSync(fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url)), 'utf8');
}
import { readFileSync } from 'node:fs';
