// The storage contract. SQLite (default, a file) and PostgreSQL (DATABASE_URL) implement it; one contract
// suite (packages/adapters/test/storage.contract.test.ts) runs against both. The server, the CLI and the
// stream workers all talk to storage through this interface only.
//
// Evidence (see docs/evidence.md): every accepted event is stored append-only with a per-session SHA-256
// hash chain, h_n = SHA-256(h_{n-1} ‖ canonical JSON of stored event n), h_0 = 64 zeros (GENESIS_HASH).
// The store assigns `seq` and computes the hash inside the same transaction that inserts the events, so
// concurrent writers (server, workers) can never fork a chain.
import type { Finding, LiveEvent, Severity } from '@liveguard/core';

export type Role = 'admin' | 'platform' | 'agency' | 'merchant';
export const ROLES: readonly Role[] = ['admin', 'platform', 'agency', 'merchant'];

export interface ApiKeyRecord {
  /** Public id of the key (printed by `keys list`, used by `keys revoke`); not secret. */
  id: string;
  tenant: string;
  role: Role;
  /** SHA-256 hex of the secret key; the secret itself is never stored. */
  hash: string;
  name?: string;
  createdAt: string;
  revokedAt?: string;
}

export type SessionStatus = 'live' | 'ended';

export interface SessionRecord {
  id: string;
  tenant: string;
  status: SessionStatus;
  /** The `session.start` fields given at creation (room, hosts, agency, audienceRegions), if any. */
  start?: Record<string, unknown>;
  /** The client's own reference for the session (a body `session` field that differed from the id). */
  clientRef?: string;
  createdAt: string;
  updatedAt: string;
  endedAt?: string;
  /** Number of stored events = seq of the last event (0 when none). */
  lastSeq: number;
  /** Hash of the last event (GENESIS_HASH when none). */
  headHash: string;
  /** Highest seq whose findings are stored: events above it still need the monitor (after a crash, a worker death). */
  monitoredSeq: number;
  findingCount: number;
}

/** An event as stored: the canonical JSON `body` is exactly what the hash chain covers. */
export interface StoredEvent {
  session: string;
  seq: number;
  type: string;
  /** Event time as ISO 8601 (UTC), when the event has a valid `ts`. */
  ts?: string;
  /** Canonical JSON (RFC 8785 style: sorted keys, no whitespace) of the event including `session` and `seq`. */
  body: string;
  /** Hash of the previous event (GENESIS_HASH for seq 1). */
  prevHash: string;
  hash: string;
  /** Wall-clock time the store accepted the event (not covered by the chain). */
  receivedAt: string;
}

export interface StoredFinding extends Finding {
  session: string;
  /** Wall-clock time the finding was stored. */
  createdAt: string;
  /**
   * Monotonic store-wide cursor (for polling new findings, e.g. findings written by stream workers).
   * Allocated in commit order: a finding committed later never has a lower cursor.
   */
  cursor: number;
  tenant: string;
}

export interface AppendResult {
  /** Seq of the first and last appended event (first > last when the batch was empty). */
  firstSeq: number;
  lastSeq: number;
  headHash: string;
  /** The appended events with their seq/hash, in order; `event` is the parsed body. */
  events: { seq: number; hash: string; event: LiveEvent }[];
}

export interface FindingFilter {
  severity?: Severity | Severity[];
  rule?: string;
  /** Only findings whose event time (or, lacking one, storage time) is at or after this ISO time. */
  since?: string;
  /** Only findings at or after this event seq. */
  fromSeq?: number;
  limit?: number;
}

export interface SessionFilter {
  tenant?: string;
  status?: SessionStatus;
  limit?: number;
  /** Sessions created before this ISO time (keyset pagination, newest first). */
  before?: string;
  /** Only sessions whose monitoredSeq < lastSeq (recovery after a crash). */
  lagging?: boolean;
}

export interface VerifyResult {
  ok: boolean;
  /** Number of events whose hash was recomputed and matched. */
  checked: number;
  /** First sequence number whose stored event is missing, altered, or whose hash does not chain. */
  firstBad?: number;
  reason?: string;
}

export interface RetentionResult {
  sessions: number;
  events: number;
  findings: number;
  sessionIds: string[];
}

export interface Storage {
  readonly dialect: 'sqlite' | 'postgres';
  /** Applies pending migrations (idempotent, safe to call from several processes). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // ---------------------------------------------------------------- keys
  createKey(key: Omit<ApiKeyRecord, 'createdAt' | 'revokedAt'> & { createdAt?: string }): Promise<ApiKeyRecord>;
  /** Active (not revoked) key by secret hash. */
  findKeyByHash(hash: string): Promise<ApiKeyRecord | undefined>;
  listKeys(tenant?: string): Promise<ApiKeyRecord[]>;
  /** Revokes by key id; false when no such active key. */
  revokeKey(id: string): Promise<boolean>;

  // ---------------------------------------------------------------- sessions
  /** Creates a session; throws {@link ConflictError} when the id exists. */
  createSession(s: { id: string; tenant: string; start?: Record<string, unknown>; clientRef?: string; createdAt?: string }): Promise<SessionRecord>;
  /** A session by id; with `tenant`, undefined unless it belongs to that tenant. */
  getSession(id: string, tenant?: string): Promise<SessionRecord | undefined>;
  listSessions(filter?: SessionFilter): Promise<SessionRecord[]>;

  // ---------------------------------------------------------------- events (append-only evidence)
  /**
   * Appends events atomically (all or none): assigns seq = lastSeq+1…, sets `session` and `seq` on each
   * stored body, chains hashes. A `session.end` event marks the session ended. Throws {@link NotFoundError}
   * when the session does not exist.
   */
  appendEvents(sessionId: string, events: readonly LiveEvent[], receivedAt?: string): Promise<AppendResult>;
  /** Stored events in seq order, from `fromSeq` (inclusive, default 1) up to `toSeq` (inclusive). */
  readEvents(sessionId: string, opts?: { fromSeq?: number; toSeq?: number; limit?: number }): Promise<StoredEvent[]>;

  // ---------------------------------------------------------------- findings (idempotent by (session, id))
  /**
   * Inserts findings, ignoring any whose (session, id) is already stored; returns only the newly stored ones.
   * With `monitoredSeq`, advances the session's watermark in the same transaction (never lowers it).
   */
  insertFindings(sessionId: string, findings: readonly Finding[], monitoredSeq?: number): Promise<StoredFinding[]>;
  listFindings(sessionId: string, filter?: FindingFilter): Promise<StoredFinding[]>;
  /** Findings of all sessions (optionally one tenant) with cursor > `after`, oldest first. */
  findingsAfter(after: number, opts?: { tenant?: string; limit?: number }): Promise<StoredFinding[]>;
  /** Current highest finding cursor (0 when none). */
  maxFindingCursor(): Promise<number>;

  // ---------------------------------------------------------------- evidence & retention
  /** Recomputes the session's hash chain from the stored bodies. */
  verifySession(sessionId: string): Promise<VerifyResult>;
  /**
   * Deletes sessions (with their events and findings) last updated before `cutoff` (ISO). With `dryRun`,
   * only counts. Retention is the one sanctioned deletion of evidence.
   */
  purgeBefore(cutoff: string, opts?: { dryRun?: boolean; tenant?: string }): Promise<RetentionResult>;
}

export class NotFoundError extends Error {
  constructor(message: string) { super(message); this.name = 'NotFoundError'; }
}
export class ConflictError extends Error {
  constructor(message: string) { super(message); this.name = 'ConflictError'; }
}

/** h_0: the genesis hash every session chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

export interface StorageOptions {
  /** SQLite file (default ./liveguard.db); `:memory:` for tests. Ignored when `url` is given. */
  file?: string;
  /** PostgreSQL connection string (DATABASE_URL). */
  url?: string;
  /** PostgreSQL schema to use (created if missing); default `public`. */
  schema?: string;
  /** Apply migrations on open (default true). */
  migrate?: boolean;
}
