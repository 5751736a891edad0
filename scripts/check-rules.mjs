#!/usr/bin/env node
// Rule consistency (run after `npx tsc -b packages/rules-cn`): every rule must have a docs page whose
// ```violating / ```compliant examples (≥2 each) run as claimed, rule.examples that run as claimed, a legal
// basis that resolves in the registry, and a place in `recommended`. Exit 1 listing the problems.
// Usage: node scripts/check-rules.mjs [--pack ID]...   (default: every built-in pack)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(ROOT, 'packages/rules-cn/dist/index.js');
if (!fs.existsSync(dist)) { console.error('packages/rules-cn/dist is missing: run `npx tsc -b packages/rules-cn` first'); process.exit(2); }
const { allPacks, recommended, validatePack } = await import(dist);

const args = process.argv.slice(2);
const only = args.flatMap((a, i) => (a === '--pack' ? [args[i + 1]] : []));
const packs = only.length ? allPacks.filter((p) => only.includes(p.id)) : allPacks;
if (only.length && packs.length !== only.length) { console.error(`unknown pack: ${only.join(', ')} (known: ${allPacks.map((p) => p.id).join(', ')})`); process.exit(2); }

/** A rule's page: its folder's README.md, or docs/rules/<id>.md. */
function docsPage(rule) {
  for (const f of [path.join(ROOT, 'packages/rules-cn/src/rules', rule.meta.id, 'README.md'), path.join(ROOT, 'docs/rules', `${rule.meta.id}.md`)]) {
    if (fs.existsSync(f)) return fs.readFileSync(f, 'utf8');
  }
  return undefined;
}

const preset = recommended.map((r) => r.meta.id);
let total = 0;
for (const pack of packs) {
  const problems = validatePack(pack, { preset, docsPage });
  total += problems.length;
  console.log(`${pack.id}: ${pack.rules.length} rules, ${problems.length} problem(s)`);
  for (const p of problems) console.log(`  ${p.ruleId}: ${p.problem}`);
}
process.exit(total ? 1 : 0);
