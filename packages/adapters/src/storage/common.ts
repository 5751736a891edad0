// Dialect-independent pieces of the stores: migration files, event preparation, row mapping.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toEpochMs, toIso, type Finding, type LiveEvent } from '@liveguard/core';
import { canonicalJson, chainHash } from './evidence.js';
import type { ApiKeyRecord, Role, SessionRecord, StoredEvent, StoredFinding } from './types.js';

export interface Migration { version: number; name: string; sql: string }

/** Versioned plain-SQL migrations: migrations/<dialect>/NNN_name.sql, applied in version order. */
export function loadMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  // Same relative path from src/storage (tests) and dist/storage (built).
  const dir = fileURLToPath(new URL(`../../migrations/${dialect}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.slice(4, -4), sql: readFileSync(dir + f, 'utf8') }));
}

export interface PreparedEvent {
  seq: number; type: string; ts: string | null; body: string; prevHash: string; hash: string; event: LiveEvent;
}

/** Gives each event its session and seq (the path's session wins; a different body `session` is kept as `sessionRef`) and chains hashes. */
export function prepareEvents(sessionId: string, events: readonly LiveEvent[], lastSeq: number, headHash: string): PreparedEvent[] {
  const out: PreparedEvent[] = [];
  let prev = headHash;
  let seq = lastSeq;
  for (const e of events) {
    seq++;
    const ev: Record<string, unknown> = { ...e, session: sessionId, seq };
    if (typeof e.session === 'string' && e.session !== sessionId && ev.sessionRef === undefined) ev.sessionRef = e.session;
    const body = canonicalJson(ev);
    const hash = chainHash(prev, body);
    const ts = isoTs(e.ts);
    out.push({ seq, type: String(e.type), ts, body, prevHash: prev, hash, event: ev as LiveEvent });
    prev = hash;
  }
  return out;
}

export function nowIso(): string { return new Date().toISOString(); }

const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Event time as ISO UTC; the common case (already ISO UTC with milliseconds) costs no Date. */
function isoTs(ts: unknown): string | null {
  if (typeof ts === 'string' && ISO_UTC_MS.test(ts)) return ts;
  return toIso(toEpochMs(ts as string | number | undefined)) ?? null;
}

/** Normalises a user-given time to the ISO form the store compares lexicographically. */
export function isoOrUndefined(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const ms = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

type Row = Record<string, unknown>;
const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

export function rowToKey(r: Row): ApiKeyRecord {
  return {
    id: String(r.id), tenant: String(r.tenant), role: r.role as Role, hash: String(r.hash),
    ...(r.name != null ? { name: String(r.name) } : {}), createdAt: String(r.created_at),
    ...(r.revoked_at != null ? { revokedAt: String(r.revoked_at) } : {}),
  };
}

export function rowToSession(r: Row): SessionRecord {
  return {
    id: String(r.id), tenant: String(r.tenant), status: r.status === 'ended' ? 'ended' : 'live',
    ...(r.start != null ? { start: JSON.parse(String(r.start)) } : {}),
    ...(r.client_ref != null ? { clientRef: String(r.client_ref) } : {}),
    createdAt: String(r.created_at), updatedAt: String(r.updated_at),
    ...(r.ended_at != null ? { endedAt: String(r.ended_at) } : {}),
    lastSeq: Number(r.last_seq), headHash: String(r.head_hash), monitoredSeq: Number(r.monitored_seq),
    findingCount: Number(r.finding_count),
  };
}

export function rowToEvent(r: Row): StoredEvent {
  return {
    session: String(r.session), seq: Number(r.seq), type: String(r.type), ...(r.ts != null ? { ts: String(r.ts) } : {}),
    body: String(r.body), prevHash: String(r.prev_hash), hash: String(r.hash), receivedAt: String(r.received_at),
  };
}

export function rowToFinding(r: Row): StoredFinding {
  const f = JSON.parse(String(r.body)) as Finding;
  return { ...f, session: String(r.session), createdAt: String(r.created_at), cursor: Number(r.cursor), tenant: String(r.tenant) };
}

export function findingRow(sessionId: string, tenant: string, f: Finding, createdAt: string) {
  const body = JSON.stringify({ ...f, session: sessionId });
  return { session: sessionId, id: f.id, tenant, rule_id: f.ruleId, severity: f.severity, event_seq: f.eventSeq ?? null, ts: f.ts ? isoOrUndefined(f.ts) ?? f.ts : null, body, created_at: createdAt };
}

export { str };
