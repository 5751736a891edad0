#!/usr/bin/env node
// Matcher benchmark: Liveguard's compiled automaton against the npm Aho–Corasick peers and a plain
// charCodeAt loop, in ONE process, on the same patterns and the same (pre-normalised) text.
//
//   npx tsc -b packages/core && node bench/matcher.bench.mjs [--quick] [--mb 4.2] [--no-lint]
//
// Scenarios: 1k / 10k / 100k Chinese patterns over ≥ 4 MB of synthetic Chinese script text
// (bench/lib/corpus.mjs, provenance in fixtures/README.md). For each implementation: cold build time
// (first build of that lexicon in this process), best-of-N scan throughput, hits, retained heap.
// Then normalise + match on the raw text, and — when the built core exports lintText and rules-cn
// exports recommended — full lint throughput. Writes bench/results/latest.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { makeText, makeLexicon } from './lib/corpus.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const mbArg = args.indexOf('--mb');
const TEXT_CHARS = Math.round((mbArg >= 0 ? Number(args[mbArg + 1]) : quick ? 0.5 : 4.2) * 1_000_000);
const SIZES = quick ? [1000, 10000] : [1000, 10000, 100000];
const MIN_MS = quick ? 150 : 500; // per measurement: repeat scans until this much time has passed (≥ 2 runs)

const { compileMatcher, matchKey } = await import(root + 'packages/core/dist/text/matcher.js');
const { normalizeForMatching } = await import(root + 'packages/core/dist/text/normalize.js');
const MintMod = require('mint-filter');
const Mint = MintMod.Mint ?? MintMod.default ?? MintMod;
const AhoCorasickJs = require('ahocorasick');
const { AhoCorasick: MonyoneFast } = await import('@monyone/aho-corasick/fast');

// ---- corpus ------------------------------------------------------------------------------------------
let t0 = performance.now();
const raw = makeText(TEXT_CHARS);
const norm = normalizeForMatching(raw).text; // every implementation scans the same normalised text
const genMs = performance.now() - t0;
console.log(`corpus: ${raw.length.toLocaleString()} raw chars, ${norm.length.toLocaleString()} normalised (generated in ${genMs.toFixed(0)} ms)`);

// ---- implementations -----------------------------------------------------------------------------------
const impls = [
  {
    name: 'liveguard',
    build: (terms) => compileMatcher(terms.map((term, id) => ({ term, id }))),
    scan: (m, text) => { let h = 0; m.scan(text, () => { h++; }); return h; },
  },
  {
    name: 'mint-filter',
    build: (terms) => new Mint(terms),
    scan: (m, text) => m.filter(text, { replace: false }).words.length,
  },
  {
    name: 'ahocorasick',
    build: (terms) => new AhoCorasickJs(terms),
    scan: (m, text) => { let h = 0; for (const r of m.search(text)) h += r[1].length; return h; },
  },
  {
    name: '@monyone/aho-corasick', // the package's fastest variant (double array, '/fast')
    build: (terms) => new MonyoneFast(terms),
    scan: (m, text) => m.matchInText(text).length,
  },
];

function charCodeLoop(text) {
  let x = 0;
  for (let i = 0; i < text.length; i++) x = (x + text.charCodeAt(i)) | 0;
  return x;
}

/** Best throughput of repeated runs (chars/s) after one warm-up on a slice. */
function measure(fn, text, warmText) {
  fn(warmText);
  let best = Infinity, runs = 0, result;
  const startAll = performance.now();
  while (runs < 2 || performance.now() - startAll < MIN_MS) {
    const s = performance.now();
    result = fn(text);
    const d = performance.now() - s;
    if (d < best) best = d;
    runs++;
    if (runs >= 10) break;
  }
  return { charsPerSec: text.length / (best / 1000), ms: best, result, runs };
}

const scenarios = [];
const warm = norm.slice(0, 200_000);
const loop = measure(charCodeLoop, norm, warm);
scenarios.push({ name: 'scan', impl: 'charCodeAt-loop', patterns: 0, chars: norm.length, charsPerSec: Math.round(loop.charsPerSec), buildMs: 0 });

for (const size of SIZES) {
  const terms = makeLexicon(size, raw, size);
  // Peers get the terms already folded like the text (一 → 1, 億 → 亿), so all see the same matches.
  const keys = [...new Set(terms.map(matchKey))];
  console.log(`\n== ${size.toLocaleString()} patterns ==`);
  for (const impl of impls) {
    gc();
    const mem = () => { const u = process.memoryUsage(); return u.heapUsed + u.arrayBuffers; }; // typed arrays live off-heap
    const heap0 = mem();
    const b0 = performance.now();
    let m = impl.build(impl.name === 'liveguard' ? terms : keys);
    const buildMs = performance.now() - b0;
    gc();
    const heapMB = (mem() - heap0) / 2 ** 20;
    const r = measure((t) => impl.scan(m, t), norm, warm);
    scenarios.push({ name: `scan-${size}`, impl: impl.name, patterns: size, chars: norm.length,
      charsPerSec: Math.round(r.charsPerSec), buildMs: +buildMs.toFixed(1), hits: r.result, heapMB: +heapMB.toFixed(1) });
    console.log(`  ${impl.name.padEnd(22)} build ${buildMs.toFixed(0).padStart(6)} ms   scan ${(r.charsPerSec / 1e6).toFixed(1).padStart(7)} M chars/s   hits ${String(r.result).padStart(9)}   heap ${heapMB.toFixed(1)} MB`);
    m = null;
  }
  // normalise + match on the raw text (what the engine does per document)
  const m = compileMatcher(terms.map((term, id) => ({ term, id })));
  const nm = measure((t) => { let h = 0; m.scan(normalizeForMatching(t).text, () => { h++; }); return h; }, raw, raw.slice(0, 200_000));
  scenarios.push({ name: `normalize+scan-${size}`, impl: 'liveguard', patterns: size, chars: raw.length,
    charsPerSec: Math.round(nm.charsPerSec), buildMs: 0, hits: nm.result });
  console.log(`  ${'liveguard normalise+scan'.padEnd(22)}              ${(nm.charsPerSec / 1e6).toFixed(1).padStart(7)} M chars/s (raw text)`);
}

// ---- normaliser alone ------------------------------------------------------------------------------------
const nr = measure((t) => normalizeForMatching(t).text.length, raw, raw.slice(0, 200_000));
scenarios.push({ name: 'normalize', impl: 'liveguard', patterns: 0, chars: raw.length, charsPerSec: Math.round(nr.charsPerSec), buildMs: 0 });

// ---- FULL LINT (lintText with the recommended rules) -------------------------------------------------------
// Runs when the built core exports lintText and rules-cn exports recommended; skipped otherwise.
if (!args.includes('--no-lint')) {
  try {
    const core = await import(root + 'packages/core/dist/index.js');
    const rulesCn = await import(root + 'packages/rules-cn/dist/index.js');
    if (typeof core.lintText === 'function' && Array.isArray(rulesCn.recommended)) {
      const script = raw.slice(0, Math.min(raw.length, 5_000_000));
      const b0 = performance.now();
      core.lintText('预热', { rules: rulesCn.recommended });
      const firstMs = performance.now() - b0;
      const r = measure((t) => core.lintText(t, { rules: rulesCn.recommended }).length, script, script.slice(0, 100_000));
      scenarios.push({ name: 'lintText-recommended', impl: 'liveguard', patterns: rulesCn.recommended.length, chars: script.length,
        charsPerSec: Math.round(r.charsPerSec), buildMs: +firstMs.toFixed(1), findings: r.result });
    } else console.log('\nlintText scenario skipped: lintText / recommended not exported by the built packages');
  } catch (e) {
    console.log(`\nlintText scenario skipped: ${e.message.split('\n')[0]}`);
  }
}

// ---- report ------------------------------------------------------------------------------------------------
const peersNames = new Set(['mint-filter', 'ahocorasick', '@monyone/aho-corasick']);
const rows = [];
for (const s of scenarios) {
  const peers = scenarios.filter((p) => p.name === s.name && peersNames.has(p.impl));
  const fastestPeer = peers.length ? Math.max(...peers.map((p) => p.charsPerSec)) : 0;
  rows.push({
    scenario: s.name, impl: s.impl, patterns: s.patterns, 'M chars/s': (s.charsPerSec / 1e6).toFixed(1),
    'MB/s (UTF-8)': ((s.charsPerSec * 3) / 1e6).toFixed(1),
    'vs fastest peer': fastestPeer ? (s.charsPerSec / fastestPeer).toFixed(2) + '×' : '',
    'vs charCodeAt': (s.charsPerSec / loop.charsPerSec).toFixed(3),
    'build ms': s.buildMs || '', hits: s.hits ?? s.findings ?? '', 'heap MB': s.heapMB ?? '',
  });
}
console.log();
console.table(rows);
const ru = process.resourceUsage();
const env = { node: process.version, platform: `${process.platform}-${process.arch}`, maxRssMB: +(ru.maxRSS / 1024).toFixed(0), rawChars: raw.length, normalizedChars: norm.length, date: new Date().toISOString() };
console.log(`peak RSS ${env.maxRssMB} MB; total ${(performance.now() - t0) / 1000 | 0} s`);
mkdirSync(root + 'bench/results', { recursive: true });
writeFileSync(root + 'bench/results/latest.json', JSON.stringify({ env, scenarios }, null, 2) + '\n');
