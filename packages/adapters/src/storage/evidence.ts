// Canonical JSON and the hash chain. scripts/verify-bundle.mjs re-implements exactly this with node:crypto
// only, so a consumer can check an exported bundle without Liveguard (docs/evidence.md).
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';

// One-shot hashing (Node ≥ 20.12) avoids a Hash object per event on the ingest path.
const oneShot = (crypto as unknown as { hash?: (alg: string, data: string, enc: 'hex') => string }).hash;
import { GENESIS_HASH } from './types.js';

/**
 * Canonical JSON (the RFC 8785 / JCS subset that JSON events need): object keys sorted by UTF-16 code
 * units, no whitespace, strings and numbers as `JSON.stringify` writes them; `undefined` members dropped.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return '[' + value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',') + ']';
  const keys = Object.keys(value).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined || typeof v === 'function') continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + canonicalJson(v);
    first = false;
  }
  return out + '}';
}

/** h_n = SHA-256 over the UTF-8 bytes of (hex h_{n-1} ‖ canonical JSON of event n), as lowercase hex. */
export function chainHash(prevHash: string, canonicalBody: string): string {
  return oneShot ? oneShot('sha256', prevHash + canonicalBody, 'hex') : createHash('sha256').update(prevHash).update(canonicalBody).digest('hex');
}

export function sha256Hex(s: string): string {
  return oneShot ? oneShot('sha256', s, 'hex') : createHash('sha256').update(s).digest('hex');
}

/** Verifies a run of stored events (seq order) starting from `prev`; returns the first bad seq or undefined. */
export function verifyChain(
  events: Iterable<{ seq: number; body: string; prevHash?: string; hash: string }>,
  start: { prev?: string; seq?: number } = {},
): { checked: number; firstBad?: number; reason?: string; prev: string } {
  let prev = start.prev ?? GENESIS_HASH;
  let expected = start.seq ?? 1;
  let checked = 0;
  for (const e of events) {
    if (e.seq !== expected) return { checked, firstBad: expected, reason: `event ${expected} is missing`, prev };
    if (e.prevHash !== undefined && e.prevHash !== prev) return { checked, firstBad: e.seq, reason: `event ${e.seq} does not chain to event ${e.seq - 1}`, prev };
    const h = chainHash(prev, e.body);
    if (h !== e.hash) return { checked, firstBad: e.seq, reason: `event ${e.seq} was altered (hash mismatch)`, prev };
    let parsed: { seq?: unknown } | undefined;
    try { parsed = JSON.parse(e.body); } catch { /* reported below */ }
    if (!parsed || parsed.seq !== e.seq) return { checked, firstBad: e.seq, reason: `event ${e.seq} body does not carry its seq`, prev };
    prev = h;
    expected++;
    checked++;
  }
  return { checked, prev };
}
