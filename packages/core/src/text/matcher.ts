// Multi-pattern matcher: every lexicon term of every active rule compiled into ONE Aho–Corasick
// automaton stored as a double-array trie (interleaved base/check in one Int32Array) with failure
// links, built once. scan() is a charCodeAt loop over integer tables that allocates nothing per
// character. Semantics (shared with referenceScan, the naive executable specification):
//
// - Text and terms are compared after normalizeTerm(); SOFT_SEPARATOR (·) is removed from terms and
//   skipped in the text, so "al·l" matches all.
// - Repeated characters: when the current character equals the previously consumed one and the
//   current (non-root) state has no goto transition on it, it is skipped (fffuck, allll, asssert).
//   Terms are never collapsed: 拼多多 in the lexicon does not make 拼多少 match 拼多.
//   A hit is extended over immediate repeats of its first and last characters (allll, fFuck → the whole run).
// - English whole words: a term whose first (last) character is an ASCII letter is reported only when
//   the unit before (after) the hit is not an ASCII letter — digits, _, ·, spaces and CJK are boundaries.
//   On by default; PatternInput.wholeWord === false turns it off for that term (substring matching).
// - Every occurrence is reported, overlapping ones too, in normalised coordinates, in order of end.
import { normalizeTerm, SOFT_SEPARATOR } from './normalize.js';
import * as K from './scan-kernel.js';

export interface PatternInput {
  /** The term as written in the lexicon; it is normalised with the same folds as the text. */
  term: string;
  /** Payload index reported with each hit. */
  id: number;
  /** For terms starting/ending with an ASCII letter: require a non-letter boundary (English whole word). Default true. */
  wholeWord?: boolean;
}

export type HitCallback = (id: number, normStart: number, normEnd: number) => void;

export interface Matcher {
  readonly size: number;
  /** Reports every occurrence of every pattern (overlapping ones too) in normalised text. */
  scan(text: string, onHit: HitCallback): void;
}

const SOFT = SOFT_SEPARATOR.charCodeAt(0);
const SOFT_CLASS = 0xffff;
const LEAD = 1, TRAIL = 2;

const isAsciiLetter = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
/** A character a word can continue with: Han, an ASCII letter or a digit. */
const isWordUnit = (c: number) => isHan(c) || isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * Start of a hit over repeats of its first unit. The automaton skips a repeated unit (最最好 is 最好) and a hit covers
 * the whole run — except a run of exactly two Han characters right after another word character, where the first
 * one most likely closes the previous word: 中国国旗 is 中国 + 国旗, not 国国旗 (and 这是最最好的 reports 最好).
 * `start` is the first consumed unit of the term, `second` its second consumed unit (-1 for a one-unit term).
 */
function spanStart(text: string, start: number, second: number): number {
  const c0 = text.charCodeAt(start);
  let runStart = start;
  while (runStart > 0 && text.charCodeAt(runStart - 1) === c0) runStart--;
  if (second < 0 || !isHan(c0) || runStart === 0 || !isWordUnit(text.charCodeAt(runStart - 1))) return runStart;
  let last = start; // the last unit of the run before the term's second unit
  for (let q = start + 1; q < second; q++) if (text.charCodeAt(q) === c0) last = q;
  return last - runStart === 1 ? last : runStart;
}
/** End of a hit over repeats of its last unit (at `i`): the whole run, except one Han repeat followed by a word
 *  character (最好好吃 is 最好 + 好吃). */
function spanEnd(text: string, i: number): number {
  const c = text.charCodeAt(i), n = text.length;
  let end = i + 1;
  while (end < n && text.charCodeAt(end) === c) end++;
  return end - i === 2 && isHan(c) && end < n && isWordUnit(text.charCodeAt(end)) ? i + 1 : end;
}

interface Prepared { t: string; id: number; flags: number }

/** Normalises the lexicon term the way the text is normalised; '' for a term that folds to nothing. */
export function matchKey(term: string): string {
  return normalizeTerm(term).split(SOFT_SEPARATOR).join('');
}

function prepare(patterns: readonly PatternInput[]): Prepared[] {
  const out: Prepared[] = [];
  for (const p of patterns) {
    const t = matchKey(p.term);
    if (t.length === 0) continue;
    let flags = 0;
    if (p.wholeWord !== false) {
      if (isAsciiLetter(t.charCodeAt(0))) flags |= LEAD;
      if (isAsciiLetter(t.charCodeAt(t.length - 1))) flags |= TRAIL;
    }
    out.push({ t, id: p.id, flags });
  }
  return out;
}

export interface CompileOptions {
  /** The skip loop: 'auto' (default) picks the branch-free one for lexicons with thousands of distinct term starts;
   *  the other values force one (tests and benchmarks run both). */
  skipLoop?: 'auto' | 'sparse' | 'dense';
  /** The scan loop: 'auto' (default) runs the WebAssembly kernel (scan-kernel.ts) on texts of WASM_MIN_CHARS and more
   *  and the JavaScript loop on shorter ones (the kernel's fixed cost — copying the text in — outweighs its speed
   *  there); 'wasm' and 'js' force one (tests run all). Without WebAssembly, always the JavaScript loop. */
  kernel?: 'auto' | 'wasm' | 'js';
}

/** Text length (UTF-16 units) from which 'auto' uses the WebAssembly kernel: measured on slices of the benchmark corpus,
 *  the kernel is at par with the JavaScript loop at 16 units and 1.07–1.26× faster at 64 (10k / 1k terms). */
export const WASM_MIN_CHARS = 32;
/** Longest text the kernel takes (4 Mi units): its memory holds 18 bytes a unit (text, positions, events) and never shrinks,
 *  so a longer single text is scanned by the JavaScript loop rather than growing every matcher that sees it past ~75 MB. */
export const WASM_MAX_CHARS = 1 << 22;

export function compileMatcher(patterns: readonly PatternInput[], options: CompileOptions = {}): Matcher {
  const ps = prepare(patterns);
  const size = ps.length;
  if (size === 0) return { size: 0, scan() {} };

  // Alphabet: code units by descending frequency → small, dense class numbers for common characters.
  const count = new Int32Array(0x10000);
  let maxLen = 0, sumLen = 0;
  for (const p of ps) {
    const t = p.t;
    for (let i = 0; i < t.length; i++) count[t.charCodeAt(i)]++;
    if (t.length > maxLen) maxLen = t.length;
    sumLen += t.length;
  }
  const used: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (count[c] !== 0) used.push(c);
  used.sort((a, b) => count[b] - count[a] || a - b);
  const A = used.length;
  const cmap = new Uint16Array(0x10000);
  for (let k = 0; k < A; k++) cmap[used[k]] = k + 1;
  cmap[SOFT] = SOFT_CLASS;

  // Patterns sorted by text: every trie node is a contiguous range of `order`, and the patterns that end
  // at a node are the first ones of its range (a prefix sorts first) — they become its outputs as is.
  const keys = ps.map((p) => p.t);
  const order = Int32Array.from(keys.map((_, i) => i).sort((x, y) => (keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : x - y)));

  const b = new DoubleArrayBuilder(sumLen + A + 64, A);
  // BFS over states; failure links are final for every shallower state when a state is expanded.
  const maxStates = sumLen + 1;
  const qState = new Int32Array(maxStates), qLo = new Int32Array(maxStates), qHi = new Int32Array(maxStates), qDepth = new Int32Array(maxStates);
  qHi[0] = size;
  let qEnd = 1;
  const labels: number[] = [], groupLo: number[] = [], groupHi: number[] = [];
  for (let q = 0; q < qEnd; q++) {
    const s = qState[q], lo = qLo[q], hi = qHi[q], d = qDepth[q];
    let k = lo;
    while (k < hi && keys[order[k]].length === d) k++;
    b.setOutputs(s, lo, k);
    if (k === hi) continue;
    labels.length = 0; groupLo.length = 0; groupHi.length = 0;
    while (k < hi) {
      const c = keys[order[k]].charCodeAt(d);
      const g = k;
      while (k < hi && keys[order[k]].charCodeAt(d) === c) k++;
      labels.push(cmap[c]); groupLo.push(g); groupHi.push(k);
    }
    const base = b.place(labels);
    b.base[s] = base;
    for (let j = 0; j < labels.length; j++) {
      const t = base + labels[j];
      b.setCheck(t, s);
      let f = 0; // failure: the longest proper suffix that is a trie node
      if (s !== 0) {
        for (let r = b.fail[s]; ; r = b.fail[r]) {
          const u = b.goto(r, labels[j]);
          if (u >= 0) { f = u; break; }
          if (r === 0) break;
        }
      }
      b.fail[t] = f;
      qState[qEnd] = t; qLo[qEnd] = groupLo[j]; qHi[qEnd] = groupHi[j]; qDepth[qEnd] = d + 1; qEnd++;
    }
  }

  // Outputs: the state's own patterns order[outLo[s] .. outHi[s]), then dictionary-suffix links.
  const cells = b.size;
  const outLo = b.outLo.slice(0, cells), outHi = b.outHi.slice(0, cells);
  const dict = new Int32Array(cells).fill(-1);
  const hasOut = new Uint8Array(cells);
  for (let q = 1; q < qEnd; q++) { // BFS order: a state's failure target is final before it
    const s = qState[q], f = b.fail[s];
    dict[s] = f !== 0 && outHi[f] > outLo[f] ? f : dict[f];
    if (outHi[s] > outLo[s] || dict[s] >= 0) hasOut[s] = 1;
  }
  const outPat = order;
  const patLen = new Int32Array(size), patId = new Int32Array(size), patFlags = new Uint8Array(size);
  ps.forEach((p, i) => { patLen[i] = p.t.length; patId[i] = p.id; patFlags[i] = p.flags; });

  const fail = b.fail.slice(0, cells);
  const depth = new Int32Array(cells);
  for (let q = 1; q < qEnd; q++) depth[qState[q]] = qDepth[q];
  const da = b.finish();
  // One 8-byte record per cell: [word, check]. word = base << 3 | SHALLOW (depth ≤ 1) | DEEP (the failure
  // link is not the root: a miss needs the slow path) | OUT (the state has outputs), so one cache line gives the transition
  // test of the child and everything the loop needs about the state it enters.
  const cellsAll = da.length >> 1;
  const rec = new Int32Array(cellsAll * 2);
  const failAll = new Int32Array(cellsAll);
  for (let s = 0; s < cellsAll; s++) {
    const used = s < cells && b.check[s] !== -1;
    rec[s << 1] = used ? (da[s << 1] << 3) | (depth[s] <= 1 ? SHALLOW : 0) | (fail[s] !== 0 ? DEEP : 0) | (hasOut[s] !== 0 ? OUT : 0) : 0;
    rec[(s << 1) | 1] = da[(s << 1) | 1];
    if (used) failAll[s] = fail[s];
  }
  // The root as a full transition table [state, word] per class: a miss at any state whose failure link
  // is the root costs one lookup in this small, hot table.
  const rootNext = new Int32Array((A + 1) * 2);
  for (let c = 0; c <= A; c++) {
    const t = c === 0 ? -1 : b.goto(0, c);
    const u = t > 0 ? t : 0;
    rootNext[c << 1] = u; rootNext[(c << 1) | 1] = rec[u << 1];
  }
  let ringSize = 1;
  while (ringSize <= maxLen) ringSize <<= 1;
  // Start filter: a hashed bitset of every term's first two code units. While the automaton is at depth
  // ≤ 1 (its state is goto(root, previous character)), a character whose bigram with the previous one
  // starts no term cannot lead anywhere but goto(root, character) — so the scan skips it with one hash and
  // one bit test, without touching the trie. A term of one character disables the filter for its
  // character (singles), so its occurrences are still reported.
  const startBits = new Int32Array(1 << (START_BITS - 5));
  const innerBits = new Int32Array(1 << (START_BITS - 5));
  const pairBits = new Int32Array(1 << (PAIR_BITS - 5)); // terms of exactly two units (few: 8 KiB, cache-resident)
  const triBits = new Int32Array(1 << (START_BITS - 5)); // first three units of longer terms
  const exact3Bits = new Int32Array(1 << (START_BITS - 5)); // terms of exactly three units
  const quadBits = new Int32Array(1 << (START_BITS - 5)); // first four units of terms of four and more
  const singles = new Uint8Array(0x10000);
  let startPairs = 0;
  for (const p of ps) {
    const t = p.t;
    if (t.length === 1) singles[t.charCodeAt(0)] = 1;
    else {
      const u = bigramMix(t.charCodeAt(0), t.charCodeAt(1));
      const h = u >>> (32 - START_BITS);
      if (((startBits[h >>> 5] >>> (h & 31)) & 1) === 0) startPairs++;
      startBits[h >>> 5] |= 1 << (h & 31);
      if (t.length === 2) { const h2 = u >>> (32 - PAIR_BITS); pairBits[h2 >>> 5] |= 1 << (h2 & 31); }
      else {
        const t3 = triMix(u, t.charCodeAt(2)), h3 = t3 >>> (32 - START_BITS);
        triBits[h3 >>> 5] |= 1 << (h3 & 31);
        if (t.length === 3) exact3Bits[h3 >>> 5] |= 1 << (h3 & 31);
        else { const h4 = quadHash(t3, t.charCodeAt(3)); quadBits[h4 >>> 5] |= 1 << (h4 & 31); }
        // The automaton skips a unit that repeats the one before it, and a soft separator, so the term may go on after
        // (t0, t1, t1 …) or (t0, t1, ·): the dense skip loop looks past such a run (see scanJs), so those trigrams enter
        // the trigram filter; a term that really continues with t1 (t0 t1 t1 …) always stops the loop there.
        for (const rep of [t.charCodeAt(1), SOFT]) { const hr = triMix(u, rep) >>> (32 - START_BITS); triBits[hr >>> 5] |= 1 << (hr & 31); }
        if (t.charCodeAt(2) === t.charCodeAt(1)) exact3Bits[h3 >>> 5] |= 1 << (h3 & 31);
      }
    }
    for (let k = 1; k < t.length; k++) { const h = startHash(t.charCodeAt(k - 1), t.charCodeAt(k)); innerBits[h >>> 5] |= 1 << (h & 31); }
  }
  singles[SOFT] = 1; // a soft separator is skipped by the automaton, never by the filter
  // Many distinct term starts (thousands): a text position starts a term's bigram often (20–30 % at 10k terms), a
  // branch on that mispredicts constantly, and the branch-free test of the dense skip loop is faster.
  const dense = options.skipLoop === 'dense' || (options.skipLoop !== 'sparse' && startPairs >= DENSE_START_PAIRS);
  const kernel = options.kernel ?? 'auto';
  const minWasm = kernel === 'js' ? Infinity : kernel === 'wasm' ? 1 : WASM_MIN_CHARS;
  return new CompiledMatcher(size, cmap, rec, rootNext, failAll, outLo, outHi, dict, outPat, patLen, patId, patFlags, ringSize, qEnd, startBits, pairBits, triBits, exact3Bits, quadBits, innerBits, singles, dense, minWasm);
}

const DEEP = 1, OUT = 2, SHALLOW = 4;
/** Longest output list the kernel resolves itself (CompiledMatcher.outputLists); longer ones go to report. */
const MAX_KERNEL_OUTPUTS = 8;
const START_BITS = 20; // 2^20-bit (128 KiB) start filter: < 1 % false positives at 10k terms
const PAIR_BITS = 16; // 2^16-bit (8 KiB) filter of the two-unit terms
const DENSE_START_PAIRS = 4096; // distinct start bigrams from which scan uses the branch-free skip loop
/** 32-bit mix of a bigram of UTF-16 code units; its top START_BITS bits index the start and inner filters, its top
 *  PAIR_BITS bits the pair filter (kept in sync with the inlined copies in scan). */
const bigramMix = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1);
const startHash = (a: number, b: number) => bigramMix(a, b) >>> (32 - START_BITS);
/** Hash of a trigram from its first two units' mix (kept in sync with the inlined copies in scan). */
const triMix = (u: number, c: number) => Math.imul(u ^ c, 0x85ebca6b);
/** Hash of a four-unit prefix from its first three units' mix (kept in sync with the inlined copies in scan). */
const quadHash = (t3: number, c: number) => Math.imul(t3 ^ c, 0x9e3779b1) >>> (32 - START_BITS);

class CompiledMatcher implements Matcher {
  private readonly ring: Int32Array; // text positions of the last consumed characters
  private readonly mask: number;
  constructor(
    readonly size: number,
    private readonly cmap: Uint16Array,
    private readonly rec: Int32Array,
    private readonly rootNext: Int32Array,
    private readonly fail: Int32Array,
    private readonly outLo: Int32Array,
    private readonly outHi: Int32Array,
    private readonly dict: Int32Array,
    private readonly outPat: Int32Array,
    private readonly patLen: Int32Array,
    private readonly patId: Int32Array,
    private readonly patFlags: Uint8Array,
    ringSize: number,
    readonly states: number,
    private readonly startBits: Int32Array,
    private readonly pairBits: Int32Array,
    private readonly triBits: Int32Array,
    private readonly exact3Bits: Int32Array,
    private readonly quadBits: Int32Array,
    private readonly innerBits: Int32Array,
    private readonly singles: Uint8Array,
    private readonly dense: boolean,
    private readonly minWasm: number,
  ) {
    this.ring = new Int32Array(ringSize);
    this.mask = ringSize - 1;
  }

  get cells(): number { return this.rec.length >> 1; }
  /** The WebAssembly kernel's state, made on the first long scan; null where WebAssembly is unavailable. */
  private wasm: WasmScanner | null | undefined;

  scan(text: string, onHit: HitCallback): void {
    const n = text.length;
    if (n >= this.minWasm && n <= WASM_MAX_CHARS) {
      if (this.wasm === undefined) {
        const mod = K.kernelModule();
        this.wasm = mod && new WasmScanner(mod, this.cmap, this.singles, [this.startBits, this.innerBits, this.triBits, this.exact3Bits, this.quadBits, this.pairBits], this.rec, this.rootNext, this.fail, this.outputLists(), this.patternInfo());
      }
      if (this.wasm) {
        const w = this.wasm;
        const events = w.run(text, this.dense);
        const m = w.mem32, e0 = w.evPtr >> 2, posBase = w.posPtr >> 2;
        for (let e = e0, end = e0 + 3 * events; e < end; e += 3) {
          const a = m[e];
          if (a >= 0) onHit(a, m[e + 1], m[e + 2]); // a hit resolved by the kernel
          else this.report(-1 - a, m[e + 1], m[e + 2], text, onHit, m, posBase, -1);
        }
        return;
      }
    }
    this.scanJs(text, onHit);
  }

  /** The outputs the kernel resolves itself, in one array: per state s, at [s], the index in the same array of its
   *  output list — [count, pattern index …] in report's order, its own outputs then its dictionary links' — or -1 when
   *  the state has no outputs, more than MAX_KERNEL_OUTPUTS, or one whose pattern has an English-word boundary test. */
  private outputLists(): Int32Array {
    const { outLo, outHi, dict, outPat, patFlags } = this;
    const states = this.fail.length;
    const lists: number[] = [];
    const head = new Int32Array(states).fill(-1);
    const list: number[] = [];
    for (let s = 0; s < outLo.length; s++) {
      list.length = 0;
      let ok = true;
      for (let o = outHi[s] > outLo[s] ? s : dict[s]; o >= 0 && ok; o = dict[o]) {
        for (let k = outLo[o]; k < outHi[o]; k++) { const p = outPat[k]; if (patFlags[p] !== 0 || list.length === MAX_KERNEL_OUTPUTS) ok = false; else list.push(p); }
      }
      if (ok && list.length) { head[s] = states + lists.length; lists.push(list.length, ...list); }
    }
    const all = new Int32Array(states + lists.length);
    all.set(head); all.set(lists, states);
    return all;
  }
  /** [id, length] per pattern index, for the kernel. */
  private patternInfo(): Int32Array {
    const info = new Int32Array(this.patId.length * 2);
    for (let p = 0; p < this.patId.length; p++) { info[2 * p] = this.patId[p]; info[2 * p + 1] = this.patLen[p]; }
    return info;
  }

  /** The scan loop in JavaScript (the kernel in scan-kernel.ts is its copy in WebAssembly). */
  scanJs(text: string, onHit: HitCallback): void {
    const cmap = this.cmap, rec = this.rec, rootNext = this.rootNext, fail = this.fail, ring = this.ring, mask = this.mask;
    const startBits = this.startBits, pairBits = this.pairBits, triBits = this.triBits, exact3Bits = this.exact3Bits, quadBits = this.quadBits, innerBits = this.innerBits, singles = this.singles;
    const n = text.length;
    // s: state, w: its record word, last: class and prev: code unit of the last consumed character.
    let s = 0, w = rec[0] | 0, last = 0, prev = 0, cnt = 0, i = 0;
    // Loops without calls inside (a call makes TurboFan re-check the tables' maps and reload their backing
    // stores on every character); integer literals instead of module constants (TurboFan reloads and
    // hole-checks those). Two phases:
    // - skip: the state is goto(root, prev) (depth ≤ 1). A character c whose bigram (prev, c) starts no term
    //   (startBits) leads to goto(root, c) and reports nothing (c is no one-character term: singles), so
    //   it costs one hash and one bit test. The state is materialised when the phase ends.
    // - walk: goto transitions of the double array; a miss whose bigram (prev, c) occurs in no term
    //   (innerBits) cannot land deeper than goto(root, c) — back to the skip phase without failure links.
    for (;;) {
      { // ---- skip phase
        const from = i;
        let p = prev;
        const lim = n - 1;
        if (this.dense) {
          // Branch-free test, one branch per character taken only at a candidate: break when c is a one-unit term
          // (singles, which include the soft separator), (p, c) a two-unit term (pairBits), (p, c, d) the start of a
          // longer term (triBits), or d repeats c or is a soft separator (rare in text; the automaton skips such a d).
          if (i < lim) {
            let c = text.charCodeAt(i);
            for (; i < lim; i++) {
              const d = text.charCodeAt(i + 1);
              const u = Math.imul((p << 16) | c, 0x9e3779b1); // bigramMix, inlined
              const t3 = Math.imul(u ^ d, 0x85ebca6b); // triMix, inlined
              const h2 = u >>> 16, h3 = t3 >>> 12; // pair and trigram hashes
              const sure = singles[c] | ((pairBits[h2 >>> 5] >>> (h2 & 31)) & 1);
              if ((sure | ((triBits[h3 >>> 5] >>> (h3 & 31)) & 1)) !== 0) {
                // a trigram (p, c, d) that starts a term: it matters only if it is the whole term or (p, c, d, f) starts
                // one (f repeating d or a soft separator: the automaton may skip it, so walk)
                if (sure !== 0 || i + 2 >= n || ((exact3Bits[h3 >>> 5] >>> (h3 & 31)) & 1) !== 0) break;
                const f = text.charCodeAt(i + 2);
                if (d === c || d === 0xb7) {
                  // d repeats c (or is a soft separator): in state goto(goto(root, p), c) — or goto(root, c) — the automaton
                  // skips the run of c, so (p, c, g) with g the unit after the run decides, unless a term may start
                  // with (c, c) (then the state after c could be cc) or a soft separator is involved (spans).
                  const hc = Math.imul((c << 16) | c, 0x9e3779b1) >>> 12; // a term may start with (c, c)
                  if (d === 0xb7 || ((startBits[hc >>> 5] >>> (hc & 31)) & 1) !== 0) break;
                  let j = i + 2;
                  while (j < n && text.charCodeAt(j) === c) j++;
                  if (j >= n) { i = n; break; } // nothing after the run: no term can end there
                  const g = text.charCodeAt(j), hg = Math.imul(u ^ g, 0x85ebca6b) >>> 12;
                  if (g === 0xb7 || ((triBits[hg >>> 5] >>> (hg & 31)) & 1) !== 0) break;
                  p = c; c = g; i = j - 1; // the next turn tests (c, g, …) at j
                  continue;
                }
                if (f === d || f === 0xb7) break;
                const h4 = Math.imul(t3 ^ f, 0x9e3779b1) >>> 12; // quadHash, inlined
                if (((quadBits[h4 >>> 5] >>> (h4 & 31)) & 1) !== 0) break;
              }
              p = c; c = d;
            }
          }
        } else {
          for (; i < lim; i++) {
            const c = text.charCodeAt(i);
            const u = Math.imul((p << 16) | c, 0x9e3779b1); // bigramMix, inlined
            const h = u >>> 12;
            if (((startBits[h >>> 5] >>> (h & 31)) & 1) !== 0 || singles[c] !== 0) {
              // (p, c) may start a term. It matters only if one starts here, at p: a two-unit term (p, c) or a
              // longer one whose first three units are (p, c, d). Otherwise goto(root, p) → (p c) → its failure
              // 'c' behaves exactly like goto(root, c) — unless d repeats c (skipped in state p c) or is a soft
              // separator, or c is a one-unit term.
              const h2 = u >>> 16;
              if (singles[c] !== 0 || ((pairBits[h2 >>> 5] >>> (h2 & 31)) & 1) !== 0) break;
              const d = text.charCodeAt(i + 1);
              if (d === c || d === 0xb7) break;
              const t3 = Math.imul(u ^ d, 0x85ebca6b), h3 = t3 >>> 12; // triMix, inlined
              if (((triBits[h3 >>> 5] >>> (h3 & 31)) & 1) !== 0) {
                // as in the dense loop: the whole term (p, c, d), or a four-unit start (p, c, d, f)
                if (i + 2 >= n || ((exact3Bits[h3 >>> 5] >>> (h3 & 31)) & 1) !== 0) break;
                const f = text.charCodeAt(i + 2);
                if (f === d || f === 0xb7) break;
                const h4 = Math.imul(t3 ^ f, 0x9e3779b1) >>> 12; // quadHash, inlined
                if (((quadBits[h4 >>> 5] >>> (h4 & 31)) & 1) !== 0) break;
              }
            }
            p = c;
          }
        }
        if (i === lim) { // the last unit: it ends nothing unless it is a one-unit term or (p, c) starts a term
          const c = text.charCodeAt(i);
          const h = Math.imul((p << 16) | c, 0x9e3779b1) >>> 12;
          if (((startBits[h >>> 5] >>> (h & 31)) & 1) === 0 && singles[c] === 0) { p = c; i = n; }
        }
        if (i >= n) return;
        if (i !== from) {
          const cls = cmap[p], r = cls << 1;
          s = rootNext[r]; w = rootNext[r | 1]; last = cls; prev = p;
          ring[cnt & mask] = i - 1; cnt++;
        }
      }
      // ---- walk phase: each turn consumes text[i] (or skips it) and leaves i at the next character
      let mode = 0; // 1 = back to the skip phase (out = 1: report the state's outputs, then walk on)
      for (;;) {
        let out = 0;
        for (; i < n; i++) {
          const c = text.charCodeAt(i);
          const cls = cmap[c];
          if (cls === 0xffff) continue; // SOFT_CLASS: skipped
          const t = (w >> 3) + cls;
          if (rec[(t << 1) | 1] === s) { // goto hit (class 0 never hits: cell base + 0 is no child of s)
            s = t; w = rec[t << 1]; last = cls; prev = c;
            ring[cnt & mask] = i; cnt++;
            if ((w & 2) !== 0) { out = 1; i++; break; } // OUT
            continue;
          }
          if (s !== 0 && cls === last) continue; // a repeated character with no transition: skipped
          // goto(root, c) at once when DEEP = 0 (the failure link is the root), c is in no term, or the bigram
          // (prev, c) occurs in no term (no state deeper than 1 can end in it)
          let toRoot = (w & 1) === 0 || cls === 0;
          if (!toRoot) { const h = Math.imul((prev << 16) | c, 0x9e3779b1) >>> 12; toRoot = ((innerBits[h >>> 5] >>> (h & 31)) & 1) === 0; }
          if (toRoot) {
            const r = cls << 1;
            s = rootNext[r]; w = rootNext[r | 1]; last = cls; prev = c;
            ring[cnt & mask] = i; cnt++; i++;
            if ((w & 2) !== 0) out = 1; else mode = 1;
            break;
          }
          // follow the failure links
          let f = fail[s];
          for (;;) {
            const fw = rec[f << 1];
            const u = (fw >> 3) + cls;
            if (rec[(u << 1) | 1] === f) { s = u; break; }
            if ((fw & 1) === 0) { s = rootNext[cls << 1]; break; }
            f = fail[f];
          }
          w = rec[s << 1]; last = cls; prev = c;
          ring[cnt & mask] = i; cnt++;
          if ((w & 2) !== 0) { out = 1; i++; break; }
          if ((w & 4) !== 0) { mode = 1; i++; break; } // SHALLOW: s = goto(root, c)
        }
        if (out !== 0) { this.report(s, i - 1, cnt, text, onHit, ring, 0, mask); continue; }
        if (mode !== 0 || i >= n) break;
      }
      if (i >= n) return;
    }
  }

  /** Reports the outputs of state s entered at text[i] after cnt consumed characters, whose text positions are
   *  ring[base + (k & mask)] for the k-th (a ring buffer in the JavaScript loop, the kernel's full array there). */
  private report(s: number, i: number, cnt: number, text: string, onHit: HitCallback, ring: Int32Array, base: number, mask: number): void {
    const { outLo, outHi, dict, outPat, patLen, patId, patFlags } = this;
    const n = text.length;
    // spans over repeated units (spanStart, spanEnd); the common case, no repeat, inline
    const end = i + 1 < n && text.charCodeAt(i + 1) === text.charCodeAt(i) ? spanEnd(text, i) : i + 1;
    const trailOk = end >= n || !isAsciiLetter(text.charCodeAt(end));
    for (let o = outHi[s] > outLo[s] ? s : dict[s]; o >= 0; o = dict[o]) {
      for (let k = outLo[o], ke = outHi[o]; k < ke; k++) {
        const p = outPat[k];
        const len = patLen[p];
        const s0 = ring[base + ((cnt - len) & mask)], s1 = len > 1 ? ring[base + ((cnt - len + 1) & mask)] : -1;
        const start = (s0 === 0 || text.charCodeAt(s0 - 1) !== text.charCodeAt(s0)) && (s1 < 0 || s1 === s0 + 1) ? s0 : spanStart(text, s0, s1);
        const fl = patFlags[p];
        if ((fl & TRAIL) !== 0 && !trailOk) continue;
        if ((fl & LEAD) !== 0 && start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) continue;
        onHit(patId[p], start, end);
      }
    }
  }
}

/** The kernel's memory: the matcher's tables copied in once, then per scan the text, positions and events. */
class WasmScanner {
  private readonly memory: WebAssembly.Memory;
  private readonly kernel: (text: number, n: number, pos: number, ev: number, rec: number, root: number, fail: number, dense: number, outs: number, info: number) => number;
  private readonly recPtr: number;
  private readonly rootPtr: number;
  private readonly failPtr: number;
  private readonly textPtr: number;
  private capacity = 0; // text length the memory holds
  posPtr = 0;
  evPtr = 0;
  mem32!: Int32Array;
  private mem16!: Uint16Array;
  private bytes: { write(s: string, offset: number, encoding: 'utf16le'): number } | null = null;
  private readonly outsPtr: number;
  private readonly infoPtr: number;
  constructor(mod: WebAssembly.Module, cmap: Uint16Array, singles: Uint8Array, bitSets: Int32Array[], rec: Int32Array, root: Int32Array, fail: Int32Array, outs: Int32Array, info: Int32Array) {
    this.recPtr = K.VARIABLE;
    this.rootPtr = this.recPtr + rec.byteLength;
    this.failPtr = this.rootPtr + root.byteLength;
    this.outsPtr = this.failPtr + fail.byteLength;
    this.infoPtr = this.outsPtr + outs.byteLength;
    this.textPtr = (this.infoPtr + info.byteLength + 15) & ~15;
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(this.textPtr / 65536) + 1 });
    this.views();
    const buf = this.memory.buffer;
    new Uint16Array(buf, K.CMAP, 0x10000).set(cmap);
    new Uint8Array(buf, K.SINGLES, 0x10000).set(singles);
    new Uint8Array(buf, K.SINGLES, 0x10000)[K.SENTINEL] = 1;
    const tables: [number, Int32Array][] = [[K.START, bitSets[0]], [K.INNER, bitSets[1]], [K.TRI, bitSets[2]], [K.EXACT3, bitSets[3]], [K.QUAD, bitSets[4]],
      [K.PAIR, bitSets[5]], [this.recPtr, rec], [this.rootPtr, root], [this.failPtr, fail], [this.outsPtr, outs], [this.infoPtr, info]];
    for (const [at, table] of tables) new Int32Array(buf, at, table.length).set(table);
    const instance = new WebAssembly.Instance(mod, { env: { mem: this.memory } });
    this.kernel = instance.exports.scan as WasmScanner['kernel'];
  }
  private views(): void {
    const buf = this.memory.buffer;
    this.mem32 = new Int32Array(buf);
    this.mem16 = new Uint16Array(buf);
    const B = (globalThis as { Buffer?: { from(b: ArrayBuffer): WasmScanner['bytes'] } }).Buffer;
    this.bytes = B ? B.from(buf) : null;
  }
  /** Runs the kernel over text (length ≥ 1); returns the number of events. */
  run(text: string, dense: boolean): number {
    const n = text.length;
    if (n > this.capacity) {
      // (doubling, but never past the longest text the kernel takes, so the memory stays within its bound)
      const cap = Math.max(n, Math.min(WASM_MAX_CHARS, Math.max(this.capacity * 2, 4096)));
      // text (2 bytes a unit), positions (4), events (12 per consumed unit at most)
      const textBytes = (2 * (cap + 2) + 15) & ~15; // the text and two sentinel units
      const need = this.textPtr + textBytes + 4 * (cap + 4) + 12 * (cap + 4);
      const have = this.memory.buffer.byteLength;
      if (need > have) { this.memory.grow(Math.ceil((need - have) / 65536)); this.views(); }
      this.capacity = cap;
      this.posPtr = this.textPtr + textBytes;
      this.evPtr = this.posPtr + 4 * (cap + 4);
    }
    if (this.bytes) this.bytes.write(text, this.textPtr, 'utf16le');
    else { const m = this.mem16, t = this.textPtr >> 1; for (let k = 0; k < n; k++) m[t + k] = text.charCodeAt(k); }
    const end = (this.textPtr >> 1) + n;
    this.mem16[end] = K.SENTINEL; this.mem16[end + 1] = K.SENTINEL;
    return this.kernel(this.textPtr, n, this.posPtr, this.evPtr, this.recPtr, this.rootPtr, this.failPtr, dense ? 1 : 0, this.outsPtr, this.infoPtr);
  }
}

/** Double-array cells with a next-free-cell finder (union–find with path compression). */
class DoubleArrayBuilder {
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  outLo: Int32Array;
  outHi: Int32Array;
  private next: Int32Array; // next[x] = candidate free cell ≥ x
  size = 1; // highest used cell + 1
  private searchStart = 0;
  constructor(cap: number, private readonly alphabet: number) {
    this.base = new Int32Array(cap);
    this.check = new Int32Array(cap).fill(-1);
    this.fail = new Int32Array(cap);
    this.outLo = new Int32Array(cap);
    this.outHi = new Int32Array(cap);
    this.next = new Int32Array(cap + 1);
    for (let i = 0; i <= cap; i++) this.next[i] = i;
    this.check[0] = -2; // root cell is used (by no parent)
    this.next[0] = 1;
  }
  private grow(min: number): void {
    let cap = this.base.length;
    while (cap <= min) cap *= 2;
    const b = new Int32Array(cap); b.set(this.base); this.base = b;
    const c = new Int32Array(cap).fill(-1); c.set(this.check); this.check = c;
    const f = new Int32Array(cap); f.set(this.fail); this.fail = f;
    const ol = new Int32Array(cap); ol.set(this.outLo); this.outLo = ol;
    const oh = new Int32Array(cap); oh.set(this.outHi); this.outHi = oh;
    const old = this.next.length;
    const nx = new Int32Array(cap + 1); nx.set(this.next);
    for (let i = old; i <= cap; i++) nx[i] = i;
    this.next = nx;
  }
  private findFree(x: number): number {
    if (x >= this.next.length - 1) this.grow(x + 1);
    let r = x;
    while (this.next[r] !== r) { r = this.next[r]; if (r >= this.next.length - 1) { this.grow(r + 1); } }
    while (this.next[x] !== r) { const y = this.next[x]; this.next[x] = r; x = y; } // path compression
    return r;
  }
  /** A base ≥ 0 such that base + l is free for every label l. */
  place(labels: number[]): number {
    let l0 = labels[0];
    if (labels.length === 1) return this.findFree(l0) - l0; // most nodes: fill any hole
    for (let j = 1; j < labels.length; j++) if (labels[j] < l0) l0 = labels[j];
    // Several children: first fit from searchStart; regions where many tries fail are crowded, so later
    // multi-child nodes start after them (darts' heuristic) while single children keep filling the holes.
    const first = this.findFree(Math.max(l0, this.searchStart + l0));
    for (let f = first, tries = 0; ; f = this.findFree(f + 1), tries++) {
      const base = f - l0;
      let ok = true;
      for (let j = 0; j < labels.length; j++) {
        const t = base + labels[j];
        if (t >= this.check.length) this.grow(t + 1);
        if (this.check[t] !== -1) { ok = false; break; }
      }
      if (ok) {
        if (tries > 16) this.searchStart = Math.max(this.searchStart, first - l0 + ((f - first) >> 1));
        return base;
      }
    }
  }
  setOutputs(s: number, lo: number, hi: number): void { this.outLo[s] = lo; this.outHi[s] = hi; }
  setCheck(t: number, parent: number): void {
    if (t >= this.check.length) this.grow(t + 1);
    this.check[t] = parent;
    this.next[t] = t + 1;
    if (t + 1 > this.size) this.size = t + 1;
  }
  goto(s: number, label: number): number {
    const t = this.base[s] + label;
    return t < this.check.length && this.check[t] === s && t !== 0 ? t : -1;
  }
  /** Interleaved [base, check] pairs, padded so that base + any class stays in bounds. */
  /** Interleaved [base, check] pairs, padded so that base + any class stays in bounds. */
  finish(): Int32Array {
    let maxBase = 0;
    for (let s = 0; s < this.size; s++) if (this.check[s] !== -1 && this.base[s] > maxBase) maxBase = this.base[s];
    const cells = Math.max(this.size, maxBase + this.alphabet + 1);
    const da = new Int32Array(cells * 2);
    for (let s = 0; s < cells; s++) {
      da[s << 1] = s < this.size ? this.base[s] : 0;
      da[(s << 1) | 1] = s < this.size ? this.check[s] : -1;
    }
    return da;
  }
}

/**
 * Naive executable specification of scan(): the automaton state as a string (the longest suffix of the
 * consumed characters that is a prefix of some term), with the same skipping, extension and boundary
 * rules. Quadratic; for tests only.
 */
export function referenceScan(patterns: readonly PatternInput[], text: string, onHit: HitCallback): void {
  const ps = prepare(patterns);
  const prefixes = new Set<string>();
  for (const p of ps) for (let i = 0; i <= p.t.length; i++) prefixes.add(p.t.slice(0, i));
  let S = '';
  let last = '';
  const pos: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === SOFT_SEPARATOR) continue;
    if (prefixes.has(S + c)) S += c;
    else if (S !== '' && c === last) continue;
    else { let x = S + c; while (x !== '' && !prefixes.has(x)) x = x.slice(1); S = x; }
    last = c;
    pos.push(i);
    const end = spanEnd(text, i);
    for (const p of ps) {
      if (!S.endsWith(p.t)) continue;
      const start = spanStart(text, pos[pos.length - p.t.length], p.t.length > 1 ? pos[pos.length - p.t.length + 1] : -1);
      if ((p.flags & TRAIL) && end < text.length && isAsciiLetter(text.charCodeAt(end))) continue;
      if ((p.flags & LEAD) && start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) continue;
      onHit(p.id, start, end);
    }
  }
}
