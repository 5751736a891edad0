// One contract suite for the matcher: the compiled automaton against the naive reference (referenceScan),
// on fixtures with the expected hits written out, and on random lexicons and texts (fast-check).
import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, referenceScan, WASM_MAX_CHARS, type PatternInput } from '../../src/text/matcher.js';
import { normalizeForMatching } from '../../src/text/normalize.js';

// The property tests run synchronously for seconds each; between tests, let the event loop take the test runner's own
// messages (a file of only synchronous tests otherwise holds them for its whole minute: "Timeout calling onTaskUpdate").
afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

type Hit = [id: number, start: number, end: number];
type Impl = (patterns: readonly PatternInput[], text: string) => Hit[];

const sortHits = (h: Hit[]) => h.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0] - b[0]);
// both skip loops of the automaton — the branchy one (chosen for small lexicons) and the branch-free one (large) —
// in both scan kernels: the JavaScript loop and its WebAssembly copy (forced here on texts of any length)
const automatonWith = (skipLoop: 'sparse' | 'dense', kernel: 'js' | 'wasm'): Impl => (patterns, text) => {
  const hits: Hit[] = [];
  compileMatcher(patterns, { skipLoop, kernel }).scan(text, (id, s, e) => hits.push([id, s, e]));
  return sortHits(hits);
};
const automaton = automatonWith('sparse', 'js');
const automatonDense = automatonWith('dense', 'js');
const wasmSparse = automatonWith('sparse', 'wasm');
const wasmDense = automatonWith('dense', 'wasm');
const reference: Impl = (patterns, text) => {
  const hits: Hit[] = [];
  referenceScan(patterns, text, (id, s, e) => hits.push([id, s, e]));
  return sortHits(hits);
};

const terms = (...t: string[]): PatternInput[] => t.map((term, id) => ({ term, id }));
/** Hits as original-text strings, after normalising the input like the engine does. */
function found(impl: Impl, patterns: PatternInput[], input: string): string[] {
  const n = normalizeForMatching(input);
  return impl(patterns, n.text).map(([id, s, e]) => {
    const a = n.start[s], b = n.end[e - 1];
    return `${patterns[id].term}@${input.slice(a, b)}`;
  });
}

interface Case { name: string; terms: string[]; input: string; expect: string[]; wholeWord?: boolean }
const cases: Case[] = [
  { name: 'overlapping hits', terms: ['中国', '国人', '中国人', '我是中国人', '是中国人'], input: '我是中国人', expect: ['中国@中国', '中国人@中国人', '我是中国人@我是中国人', '是中国人@是中国人', '国人@国人'] },
  { name: 'failure link', terms: ['ABCE', 'BCD'], input: 'ABCDE', expect: ['BCD@BCD'], wholeWord: false },
  { name: 'CDE / CDEK', terms: ['ABCDEFG', 'BCDEF', 'BCDEG', 'CDEK', 'CDE'], input: 'AAAAAABCDEKDE', expect: ['CDE@CDE', 'CDEK@CDEK'], wholeWord: false },
  { name: 'he / her substrings when wholeWord is off', terms: ['he', 'her', 'xshr'], input: 'xsher', expect: ['he@he', 'her@her'], wholeWord: false },
  { name: 'terms are never collapsed', terms: ['拼多多', '多少'], input: '拼多少，多少多', expect: ['多少@多少', '多少@多少'] },
  { name: 'repeated characters', terms: ['fuck', 'all', 'assert', 'as'], input: 'fffuck asssert allll', expect: ['fuck@fffuck', 'assert@asssert', 'all@allll'] },
  { name: 'repeat run at both ends', terms: ['all'], input: 'aallll', expect: ['all@aallll'] },
  // a run of two Han characters after another word character: the first closes the previous word (中国 + 国旗)
  { name: 'doubled Han unit after a word: the first closes that word', terms: ['国旗', '国家级'], input: '印着中国国旗的中国国家级产品', expect: ['国旗@国旗', '国家级@国家级'] },
  { name: 'doubled Han unit at the start: emphasis', terms: ['最好'], input: '最最好的', expect: ['最好@最最好'] },
  // matching ignores punctuation (最*好 is 最好), so a double after punctuation counts as after a word too
  { name: 'doubled Han unit after a word or punctuation: the term alone', terms: ['最好'], input: '这是最最好，最最好', expect: ['最好@最好', '最好@最好'] },
  { name: 'tripled Han unit: emphasis, whatever precedes it', terms: ['最好'], input: '这是最最最好的', expect: ['最好@最最最好'] },
  { name: 'doubled last Han unit before a word: that word begins', terms: ['最好'], input: '最好好吃 最好好', expect: ['最好@最好', '最好@最好好'] },
  { name: 'styled letters and repeats', terms: ['fuck'], input: 'ⒻⒻⒻfⓤuⓤ⒰cⓒ⒦', expect: ['fuck@ⒻⒻⒻfⓤuⓤ⒰cⓒ⒦'] },
  { name: 'English whole word', terms: ['av', 'sex', 'cp', 'national congress'], input: 'have HAVE haveavtest Middlesex cpm International Congress', expect: [] },
  { name: 'English word next to CJK, digits, _ and spaces', terms: ['av'], input: '看av片 1av2 _av_ av', expect: ['av@av', 'av@av', 'av@av', 'av@av'] },
  { name: 'digits are not word-bounded', terms: ['69'], input: '695', expect: ['69@69'] },
  { name: 'skip words', terms: ['all', '中国', '国人'], input: 'al[]l 我是【中]国【人', expect: ['all@al[]l', '中国@中]国', '国人@国【人'] },
  { name: 'two English words stay two words', terms: ['ash', 'sha'], input: 'his is sha ash', expect: ['sha@sha', 'ash@ash'] },
  { name: 'zgasssert hits neither zgasser nor assert', terms: ['zgasser', 'assert', 'as'], input: 'zgasssert', expect: [] },
  { name: 'word inside a URL', terms: ['ToolGood'], input: 'http://ToolGood.com', expect: ['ToolGood@ToolGood'] },
  { name: 'separators between CJK', terms: ['最好', '全网最低价', '加微信', '毛主席', '傻冒'], input: '最*好 全 网 最 低 价 加 微 信 毛---主---席 傻@冒', expect: ['最好@最*好', '全网最低价@全 网 最 低 价', '加微信@加 微 信', '毛主席@毛---主---席', '傻冒@傻@冒'] },
  { name: 'traditional and Chinese digits', terms: ['叁亿', '下三滥', '考虑事情', '总是'], input: '叁億 下3滥 考慮事情總是', expect: ['叁亿@叁億', '下三滥@下3滥', '考虑事情@考慮事情', '总是@總是'] },
  { name: 'phone number in 幺 digits', terms: ['13812345678'], input: '加我幺三八-一二三四-五六七八', expect: ['13812345678@幺三八-一二三四-五六七八'] },
  { name: 'same term under two ids', terms: ['最好', '最好'], input: '最好', expect: ['最好@最好', '最好@最好'] },
  // Repeats are detected per UTF-16 unit, so a repeated astral character is not skipped (documented limit).
  { name: 'surrogate pairs', terms: ['𠀀好'], input: '𠀀𠀀好', expect: ['𠀀好@𠀀好'] },
];

describe.each([['automaton', automaton], ['automaton (dense skip loop)', automatonDense], ['automaton, WebAssembly kernel', wasmSparse],
  ['automaton, WebAssembly kernel (dense skip loop)', wasmDense], ['reference', reference]] as const)('%s', (_name, impl) => {
  test.each(cases)('$name', (c) => {
    const ps = c.terms.map((term, id) => ({ term, id, wholeWord: c.wholeWord }));
    expect(found(impl, ps, c.input).sort()).toEqual([...c.expect].sort());
  });
  test('empty lexicon finds nothing', () => {
    expect(impl([], 'anything')).toEqual([]);
    expect(impl(terms('', '***'), 'anything ***')).toEqual([]);
  });
});

describe.each([['sparse', 'js', automaton], ['dense', 'js', automatonDense], ['sparse', 'wasm', wasmSparse], ['dense', 'wasm', wasmDense]] as const)('automaton (%s skip loop, %s kernel) ≡ reference on random input', (_mode, kernel, automaton) => {
  const alphabet = ['a', 'b', 'c', 'x', ' ', '·', '拼', '多', '少', '1', '𠀀'];
  const str = (max: number) => fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((a) => a.join(''));
  const lexicon = fc.array(fc.record({ term: str(5), wholeWord: fc.option(fc.boolean(), { nil: undefined }) }), { minLength: 1, maxLength: 12 })
    .map((a) => a.map((p, id) => ({ ...p, id })));
  test('same hits (normalised text)', () => {
    fc.assert(fc.property(lexicon, str(40), (ps, raw) => {
      const text = normalizeForMatching(raw).text;
      expect(automaton(ps, text)).toEqual(reference(ps, text));
    }), { numRuns: 3000 });
  });
  test('same hits (raw text, any code units)', () => {
    fc.assert(fc.property(lexicon, fc.string({ unit: fc.constantFrom('a', 'b', 'aa', '·', '多', ' ', 'x') , maxLength: 30 }), (ps, text) => {
      expect(automaton(ps, text)).toEqual(reference(ps, text));
    }), { numRuns: 2000 });
  });
  test('same hits (lone surrogates and one-byte strings: the kernel copies code units as they are)', () => {
    fc.assert(fc.property(lexicon, fc.string({ unit: fc.constantFrom('a', '\ud800', '\udc00', 'é', '多', ' ', '\u00b7'), maxLength: 30 }), (ps, text) => {
      expect(automaton(ps, text)).toEqual(reference(ps, text));
    }), { numRuns: 1000 });
  });
  test('long texts: the hot loop leaves and re-enters on outputs, failure links and repeats', () => {
    // Thousands of characters per text, so the scanner breaks out of and resumes its inner loop many
    // times (outputs, non-root failure links, repeated characters, soft separators, unknown characters).
    const chars = ['a', 'b', 'c', 'x', ' ', '·', '拼', '多', '少', '1', '，'];
    fc.assert(fc.property(lexicon, fc.array(fc.constantFrom(...chars), { minLength: 2000, maxLength: 6000 }), (ps, a) => {
      const text = a.join('');
      expect(automaton(ps, text)).toEqual(reference(ps, text));
    }), { numRuns: 40 });
  });
  test('texts made of the terms with units repeated and soft separators put in (the skip loops look past repeats)', () => {
    // Every piece is a term or the start of one with each unit written one to three times, sometimes followed by a soft
    // separator, then a filler: the runs the automaton skips inside a term, runs right after a term's first two units,
    // and terms that begin inside such a run.
    const piece = (ps: { term: string }[]) => fc.tuple(fc.nat(ps.length - 1), fc.nat(5), fc.array(fc.nat(5), { minLength: 5, maxLength: 5 }), fc.constantFrom('', '', 'x', ' ', '多', 'aa'))
      .map(([k, cut, reps, filler]) => [...ps[k].term].slice(0, cut === 0 ? 5 : cut + 1).map((u, j) => u.repeat(1 + (reps[j] % 3)) + (reps[j] === 5 ? '·' : '')).join('') + filler);
    fc.assert(fc.property(lexicon.chain((ps) => fc.tuple(fc.constant(ps), fc.array(piece(ps), { maxLength: 8 }))), ([ps, pieces]) => {
      const text = pieces.join('');
      expect(automaton(ps, text)).toEqual(reference(ps, text));
    }), { numRuns: 1200 });
  });
  test('large lexicon: hits are occurrences of their terms', () => {
    const words = Array.from({ length: 3000 }, (_, i) => ({ term: String.fromCharCode(0x4e00 + ((i * 7919) % 2000), 0x4e00 + ((i * 104729) % 2000), 0x4e00 + (i % 97)), id: i }));
    const m = compileMatcher(words, { skipLoop: _mode, kernel });
    let text = '';
    for (let i = 0; i < 4000; i++) text += String.fromCharCode(0x4e00 + ((i * 31337) % 2000));
    text += words[5].term + words[2999].term;
    const a: Hit[] = [];
    m.scan(text, (id, s, e) => a.push([id, s, e]));
    expect(sortHits(a)).toEqual(reference(words, text));
    expect(a.some(([id]) => id === 2999)).toBe(true);
  });
});

test('the kernel resolves states with several outputs itself, and leaves long lists and crowded events to report', () => {
  // nested suffixes: 8 outputs (resolved in the kernel), 9 and more (report); one term under five ids: more outputs
  // than consumed units at the first occurrence (the kernel keeps its records within a record a consumed unit)
  const nested = (w: string) => [...w].map((_, k) => w.slice(k));
  const words = [...nested('甲乙丙丁戊己庚辛'), ...nested('子丑寅卯辰巳午未申酉'), '好吃', '好吃', '好吃', '好吃', '好吃', '吃'].map((term, id) => ({ term, id }));
  const text = '好吃' + '甲乙丙丁戊己庚辛，子丑寅卯辰巳午未申酉；好吃吃好好吃'.repeat(20) + '子丑寅卯辰巳午未申酉';
  for (const skipLoop of ['sparse', 'dense'] as const) {
    const want = reference(words, text);
    expect(want.length).toBe(6 + 20 * (8 + 10 + 12) + 10);
    expect(automatonWith(skipLoop, 'wasm')(words, text)).toEqual(want);
    expect(automatonWith(skipLoop, 'js')(words, text)).toEqual(want);
  }
});

test('a text longer than the kernel takes is scanned by the JavaScript loop, with the same hits', () => {
  const words = terms('最好', '全网最低价', '加微信');
  const unit = '这款最好，全网最低价，加微信。';
  const text = unit.repeat(Math.ceil((WASM_MAX_CHARS + 1) / unit.length));
  expect(text.length).toBeGreaterThan(WASM_MAX_CHARS);
  const count = (kernel: 'js' | 'auto') => { let k = 0; compileMatcher(words, { kernel }).scan(text, () => { k++; }); return k; };
  const reps = text.length / unit.length;
  expect(count('auto')).toBe(3 * reps);
  expect(count('js')).toBe(3 * reps);
  // the kernel was never set up for it (its memory would have grown past 75 MB); a text of kernel size sets it up
  const m = compileMatcher(words);
  m.scan(text, () => {});
  expect((m as unknown as { wasm?: unknown }).wasm).toBeUndefined();
  m.scan(unit.repeat(10), () => {});
  expect((m as unknown as { wasm?: unknown }).wasm).toBeDefined();
});
