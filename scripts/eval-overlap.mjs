#!/usr/bin/env node
// Blind overlap check of a new evaluation batch against every other file in fixtures/eval, run BEFORE the batch's first
// (unseen) run: prints ids only, never sentence text, so the batch stays unseen.
// Two texts overlap when, after folding (Traditional → Simplified by character and by Taiwan/Hong Kong phrase, lower
// case, punctuation, symbols and spaces removed), one equals the other or contains it, both being at least 6 characters.
// Usage: node scripts/eval-overlap.mjs holdout19a [holdout19b …]   (exit 1 when any overlap is found)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'fixtures/eval');
const names = process.argv.slice(2).map((n) => n.replace(/\.jsonl$/, ''));
if (!names.length) { console.error('usage: node scripts/eval-overlap.mjs <batch> [<batch> …]  (e.g. holdout19a)'); process.exit(2); }
// character conversion and phrase conversion (連結 → 链接) both, so a repost in the other script is caught either way
const converters = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'twp', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
const fold = (t) => [...new Set(converters.map((c) => c(t).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')))];
const read = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { console.error(`${path.relative(ROOT, file)}:${i + 1}: ${e.message}`); process.exit(2); }
});

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));
let total = 0;
for (const name of names) {
  const file = path.join(DIR, `${name}.jsonl`);
  if (!fs.existsSync(file)) { console.error(`${path.relative(ROOT, file)}: no such file`); process.exit(2); }
  // every other file (the batch's own other half included: the halves are collected apart)
  const others = files.filter((f) => f !== `${name}.jsonl`).flatMap((f) => read(path.join(DIR, f)).map((r) => ({ id: r.id, forms: fold(r.text) })));
  const rows = read(file);
  let n = 0;
  for (const r of rows) {
    const forms = fold(r.text);
    const hit = others.find((o) => o.forms.some((a) => a.length >= 6 && forms.some((b) => b.length >= 6 && (a === b || a.includes(b) || b.includes(a)))));
    if (hit) { n++; console.log(`overlap ${r.id} ~ ${hit.id}`); }
  }
  console.log(`${name}: ${rows.length} sentences, ${n} overlapping`);
  total += n;
}
process.exit(total ? 1 : 0);
