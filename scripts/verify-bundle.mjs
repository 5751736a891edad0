#!/usr/bin/env node
// Independent verifier for a Liveguard evidence bundle (GET /v1/sessions/{id}/evidence).
// Uses only node:crypto and node:fs — no Liveguard code — so a court, a regulator or the other party of a
// dispute can check a bundle themselves. Procedure: docs/evidence.md.
//
//   node scripts/verify-bundle.mjs bundle.json      exit 0 intact · 1 broken (names the first bad seq) · 2 unreadable
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const GENESIS = '0'.repeat(64);

/** Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, values as JSON.stringify writes them. */
function canonical(v) {
  if (v === null || typeof v !== 'object') return typeof v === 'number' && !Number.isFinite(v) ? 'null' : JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',') + ']';
  return '{' + Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
}
const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest('hex');

function verify(b) {
  if (b?.format !== 'liveguard-evidence-bundle' || b.version !== 1) return { ok: false, reason: 'not a liveguard-evidence-bundle version 1' };
  const genesis = b.chain?.genesis ?? GENESIS;
  if (genesis !== GENESIS) return { ok: false, reason: `unexpected genesis ${genesis}` };
  const sessionId = b.session?.id;
  let prev = genesis;
  let checked = 0;
  for (const [i, e] of (b.events ?? []).entries()) {
    const seq = i + 1;
    const bad = (reason) => ({ ok: false, checked, firstBad: seq, reason });
    if (e.seq !== seq) return bad(`event ${seq} is missing (found seq ${e.seq})`);
    if (e.prevHash !== undefined && e.prevHash !== prev) return bad(`prevHash does not match the hash of event ${seq - 1}`);
    if (sha256(prev + e.body) !== e.hash) return bad('hash mismatch: the event body was altered');
    let parsed;
    try { parsed = JSON.parse(e.body); } catch { return bad('body is not JSON'); }
    if (canonical(parsed) !== e.body) return bad('body is not in canonical form');
    if (parsed.seq !== seq) return bad(`body carries seq ${parsed.seq}`);
    if (sessionId !== undefined && parsed.session !== sessionId) return bad(`body belongs to session ${parsed.session}`);
    prev = e.hash;
    checked++;
  }
  const head = b.head ?? {};
  if (head.seq !== checked) return { ok: false, checked, firstBad: Math.min(checked, head.seq ?? 0) + 1, reason: `head says ${head.seq} events, bundle has ${checked} (events removed or added)` };
  if (head.hash !== prev) return { ok: false, checked, firstBad: checked, reason: 'head hash does not match the last event' };
  for (const f of b.findings ?? []) {
    if (f.eventSeq !== undefined && (f.eventSeq < 1 || f.eventSeq > checked)) return { ok: false, checked, reason: `finding ${f.id} points at event ${f.eventSeq}, which the bundle does not contain` };
    if (sessionId !== undefined && f.session !== undefined && f.session !== sessionId) return { ok: false, checked, reason: `finding ${f.id} belongs to session ${f.session}` };
  }
  if (b.rules?.rules && b.rules.fingerprint && sha256(canonical(b.rules.rules)) !== b.rules.fingerprint) {
    return { ok: false, checked, reason: 'rules fingerprint does not match the listed rules' };
  }
  return { ok: true, checked, head: prev };
}

const file = process.argv[2];
if (!file) { console.error('usage: node verify-bundle.mjs BUNDLE.json'); process.exit(2); }
let bundle;
try { bundle = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')); } catch (e) { console.error(`cannot read ${file}: ${e.message}`); process.exit(2); }
const r = verify(bundle);
if (r.ok) {
  console.log(`OK: session ${bundle.session?.id}: ${r.checked} events, hash chain intact, head ${r.head}; ${bundle.findings?.length ?? 0} findings reference stored events; rules ${bundle.rules?.fingerprint ?? '-'}`);
  console.log(`校验通过：${r.checked} 个事件的哈希链完整。`);
  process.exit(0);
}
console.log(`FAIL: session ${bundle.session?.id}: ${r.firstBad !== undefined ? `first bad event seq ${r.firstBad}: ` : ''}${r.reason} (${r.checked ?? 0} events checked before it)`);
console.log(`校验失败：${r.firstBad !== undefined ? `第 ${r.firstBad} 个事件 — ` : ''}${r.reason}`);
process.exit(1);
