#!/usr/bin/env node
// Full-lint scenarios of bench/matcher.bench.mjs, run in a fresh child process as a user's `liveguard check` runs
// (the parent's heap holds the peers' 100k-pattern automata; its GCs would be charged to the lint).
// Prints progress lines and, as its LAST line, one JSON object { scenarios, lines } (or { skipped }).
//
//   node bench/lib/lint-child.mjs [--rounds 3] [--sample-ms 100] [--bytes 2000000]
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interleaved } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const ROUNDS = Math.max(1, opt('--rounds', 3));
const SAMPLE_MS = opt('--sample-ms', 100);
const LINT_BYTES = opt('--bytes', 2_000_000);
const LINT_ROUNDS = 5;

let core, rulesCn;
try {
  core = await import(root + 'packages/core/dist/index.js');
  rulesCn = await import(root + 'packages/rules-cn/dist/index.js');
} catch (e) {
  console.log(JSON.stringify({ skipped: `packages not built (${String(e.message).split('\n')[0]})` }));
  process.exit(0);
}
if (typeof core.lintText !== 'function' || !Array.isArray(rulesCn.allPacks)) {
  console.log(JSON.stringify({ skipped: 'lintText / allPacks not exported by the built packages' }));
  process.exit(0);
}

const scenarios = [], lines = [];
const ruleCount = rulesCn.allPacks.reduce((n, p) => n + p.rules.length, 0);
// one options object: lintText compiles the engine once per options object, as a caller would
const options = { packs: rulesCn.allPacks };
const b0 = performance.now();
core.lintText('预热', options);
const firstMs = performance.now() - b0;

// Script-like text: the real sentences of the evaluation set (news, penalty decisions, product pages, quoted rules; about a
// third violating), one utterance a line, repeated in a fixed shuffled order — the dense worst case.
const sentences = fs.readFileSync(root + 'fixtures/eval/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text.replace(/\s+/g, ' '));
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const parts = [];
let size = 0;
while (size < LINT_BYTES) { const t = sentences[Math.floor(rnd() * sentences.length)]; parts.push(t); size += Buffer.byteLength(t) + 1; }
const script = parts.join('\n') + '\n';
/** Lints `text` (best CPU sample of the rounds) and records the scenario. */
function lintScenario(name, text, describe, extra = {}) {
  const bytes = Buffer.byteLength(text, 'utf8');
  // steady state, as a long batch runs: one whole pass to warm up (the rules' hundreds of regular expressions and context
  // functions reach optimised code only after several hundred thousand lines: a 30,000-character warm-up left the first rounds
  // 1.5–2× slower), then the best of at least LINT_ROUNDS rounds
  const [r] = interleaved([{ name, fn: (t) => core.lintText(t, options).length }], text, text, { rounds: Math.max(ROUNDS, LINT_ROUNDS), sampleMs: SAMPLE_MS });
  const mbPerSec = bytes / (r.cpu / 1000) / 1e6;
  scenarios.push({ name, impl: 'liveguard', patterns: ruleCount, chars: text.length, bytes, charsPerSec: Math.round(r.charsPerSec),
    wallCharsPerSec: Math.round(r.wallCharsPerSec), mbPerSec: +mbPerSec.toFixed(2), ...extra, findings: r.result, process: 'fresh child' });
  lines.push(`${describe} ${(bytes / 1e6).toFixed(2)} MB: ${mbPerSec.toFixed(2)} MB/s, ${r.result} findings`);
}
lintScenario('lintText-recommended', script, `\nlintText (all packs, ${ruleCount} rules, eval sentences; fresh process; first call ${firstMs.toFixed(0)} ms) on`, { buildMs: +firstMs.toFixed(1) });

// The speech of the recorded live sessions (fixtures/sessions, generated scripts of 3–4 h shows: mostly ordinary selling
// talk, few findings) — the common case, where per-line cost dominates.
const speech = [];
for (const d of fs.readdirSync(root + 'fixtures/sessions')) {
  const f = root + 'fixtures/sessions/' + d + '/session.jsonl';
  if (!fs.existsSync(f)) continue;
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) { if (!l) continue; const e = JSON.parse(l); if (e.type === 'speech') speech.push(e.text); }
}
const sparts = [];
let ssize = 0;
for (let k = 0; ssize < LINT_BYTES; k++) { const t = speech[k % speech.length]; sparts.push(t); ssize += Buffer.byteLength(t) + 1; }
const sscript = sparts.join('\n') + '\n';
lintScenario('lintText-session-scripts', sscript, "lintText (all packs; fresh process) on the recorded sessions' speech,");

console.log(JSON.stringify({ scenarios, lines }));
