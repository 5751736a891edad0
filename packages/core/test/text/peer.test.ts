// Informal look at the peer conformance data (../shared/peer-suites beside the checkout, or $LIVEGUARD_PEER_SUITES):
// normalise + match against each case's expected hits, without the CLI. It reports the pass rate and
// fails only below the floor we achieve (the CLI's run.mjs is the real gate).
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMatcher } from '../../src/text/matcher.js';
import { normalizeForMatching } from '../../src/text/normalize.js';

// shared/ sits beside the checkout (as in CI), wherever the checkout is
const dir = process.env.LIVEGUARD_PEER_SUITES ?? fileURLToPath(new URL('../../../../../shared/peer-suites', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')) : [];
interface Span { text: string; start: number | null; end: number | null }
interface Case { id: string; deny: string[]; allow: string[]; input: string; expect: { hits: Span[] }; negative?: Span[]; exercises?: string[] }

function findings(c: Case): [number, number][] {
  const n = normalizeForMatching(c.input);
  const deny = compileMatcher(c.deny.map((term, id) => ({ term, id })));
  const allow = compileMatcher(c.allow.map((term, id) => ({ term, id })));
  const allowed: [number, number][] = [];
  allow.scan(n.text, (_id, s, e) => allowed.push([s, e]));
  const out: [number, number][] = [];
  deny.scan(n.text, (_id, s, e) => {
    if (allowed.some(([a, b]) => a <= s && e <= b)) return;
    out.push([n.start[s], n.end[e - 1]]);
  });
  return out;
}
const light = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').replace(/(.)\1+/gu, '$1');

function passes(c: Case): boolean {
  const f = findings(c);
  const used = new Set<number>();
  for (const h of c.expect.hits) {
    if (h.start !== null && h.end !== null) {
      for (let p = h.start; p < h.end; p++) if (!f.some(([a, b]) => a <= p && p < b)) return false;
    } else {
      const k = f.findIndex(([a, b], i) => !used.has(i) && light(c.input.slice(a, b)) === light(h.text));
      if (k < 0) return false;
      used.add(k);
    }
  }
  for (const neg of c.negative ?? []) if (f.some(([a, b]) => neg.start! <= a && b <= neg.end!)) return false;
  return true;
}

describe.skipIf(files.length === 0)(`peer suites (${dir})`, () => {
  test('pass rate', () => {
    const failed: string[] = [];
    let total = 0;
    for (const f of files) {
      for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const c = JSON.parse(line) as Case;
        total++;
        if (!passes(c)) failed.push(`${c.id} [${(c.exercises ?? []).join(',')}] ${c.input.slice(0, 40)}`);
      }
    }
    console.log(`peer suites: ${total - failed.length}/${total} pass\n  ${failed.join('\n  ')}`);
    expect((total - failed.length) / total).toBeGreaterThanOrEqual(0.8);
  });
});
if (files.length === 0) {
  // a fresh clone without shared/ beside it skips with the reason; CI has it and must run the suites
  if (process.env.CI === 'true') test(`peer suites are present at ${dir}`, () => { expect.fail(`peer suites not found at ${dir} (set LIVEGUARD_PEER_SUITES)`); });
  else test.skip(`peer suites not found at ${dir} (set LIVEGUARD_PEER_SUITES)`, () => {});
}
