import type { Message } from './rule.js';
import type { Locale, Timestamp } from './types.js';

/** Fills `{{name}}` placeholders. */
const templates = new Map<string, (string | { key: string; raw: string })[]>();
export function formatMessage(template: string, data?: Record<string, string | number>): string {
  if (!data || template.indexOf('{{') < 0) return template;
  // perf: each template is split into parts once
  let parts = templates.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
      if (m.index! > last) parts.push(template.slice(last, m.index));
      parts.push({ key: m[1], raw: m[0] });
      last = m.index! + m[0].length;
    }
    if (last < template.length) parts.push(template.slice(last));
    if (templates.size < 10_000) templates.set(template, parts);
  }
  let out = '';
  for (const p of parts) out += typeof p === 'string' ? p : p.key in data ? String(data[p.key]) : p.raw;
  return out;
}

export function pickMessage(m: Message | string, locale: Locale): string {
  return typeof m === 'string' ? m : m[locale] ?? m['zh-CN'];
}

/** 53-bit FNV-1a style hash as 16 hex digits: deterministic finding ids with no crypto dependency. */
export function stableHash(s: string): string {
  let h1 = 0x811c9dc5 | 0, h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  // perf: one flat string from 16 digit codes — not Number#toString(16) + padStart (5× the hashing itself), nor a
  // concatenation, which the Set of seen ids must flatten before hashing it
  return String.fromCharCode(
    HEX[h1 >>> 28], HEX[(h1 >>> 24) & 15], HEX[(h1 >>> 20) & 15], HEX[(h1 >>> 16) & 15], HEX[(h1 >>> 12) & 15], HEX[(h1 >>> 8) & 15], HEX[(h1 >>> 4) & 15], HEX[h1 & 15],
    HEX[h2 >>> 28], HEX[(h2 >>> 24) & 15], HEX[(h2 >>> 20) & 15], HEX[(h2 >>> 16) & 15], HEX[(h2 >>> 12) & 15], HEX[(h2 >>> 8) & 15], HEX[(h2 >>> 4) & 15], HEX[h2 & 15]);
}
/** Character codes of the hex digits 0–9a–f. */
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

/** Epoch milliseconds of an event timestamp (ISO 8601 or epoch ms); NaN when absent or invalid. */
export function toEpochMs(ts: Timestamp | undefined): number {
  if (ts === undefined || ts === null) return NaN;
  if (typeof ts === 'number') return ts;
  return Date.parse(ts);
}

export function toIso(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Region codes (GB/T 2260) from the most specific to the province: 330203 → 330203, 330200, 330000. */
export function regionChain(code: string | undefined): string[] {
  if (!code || !/^\d{6}$/.test(code)) return [];
  const out = [code];
  const city = code.slice(0, 4) + '00';
  const prov = code.slice(0, 2) + '0000';
  if (!out.includes(city)) out.push(city);
  if (!out.includes(prov)) out.push(prov);
  return out;
}
