// SQLite store: one file, WAL, better-sqlite3 (synchronous; each method is one transaction).
import Database from 'better-sqlite3';
import type { Finding, LiveEvent, Severity } from '@liveguard/core';
import {
  findingRow, isoOrUndefined, loadMigrations, nowIso, prepareEvents, rowToEvent, rowToFinding, rowToKey, rowToSession,
} from './common.js';
import { verifyChain } from './evidence.js';
import {
  ConflictError, GENESIS_HASH, NotFoundError, type ApiKeyRecord, type AppendResult, type FindingFilter, type RetentionResult,
  type SessionFilter, type SessionRecord, type Storage, type StoredEvent, type StoredFinding, type VerifyResult,
} from './types.js';

type Row = Record<string, unknown>;

export class SqliteStorage implements Storage {
  readonly dialect = 'sqlite' as const;
  readonly db: Database.Database;
  private stmts?: ReturnType<SqliteStorage['prepare']>;

  constructor(readonly file: string = './liveguard.db') {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a process crash (SIGKILL); only an OS crash or
    // power loss can lose the last commits. Set LIVEGUARD_SQLITE_SYNC=FULL to survive those too.
    this.db.pragma(`synchronous = ${process.env.LIVEGUARD_SQLITE_SYNC === 'FULL' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('cache_size = -65536'); // 64 MiB page cache
    this.db.pragma('wal_autocheckpoint = 4000'); // fewer, larger checkpoints under sustained ingest
  }

  async migrate(): Promise<void> {
    const db = this.db;
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const apply = db.transaction(() => {
      const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r.version)));
      for (const m of loadMigrations('sqlite')) {
        if (done.has(m.version)) continue;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, nowIso());
      }
    });
    apply.immediate();
    this.stmts = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      getSession: db.prepare('SELECT * FROM sessions WHERE id = ?'),
      head: db.prepare('SELECT last_seq, head_hash, tenant FROM sessions WHERE id = ?'),
      insertEvent: db.prepare('INSERT INTO events (session, seq, type, ts, body, prev_hash, hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      updateHead: db.prepare('UPDATE sessions SET last_seq = ?, head_hash = ?, updated_at = ? WHERE id = ?'),
      endSession: db.prepare("UPDATE sessions SET status = 'ended', ended_at = ? WHERE id = ? AND status <> 'ended'"),
      insertFinding: db.prepare(`INSERT INTO findings (session, id, tenant, rule_id, severity, event_seq, ts, body, created_at)
        VALUES (@session, @id, @tenant, @rule_id, @severity, @event_seq, @ts, @body, @created_at) ON CONFLICT (session, id) DO NOTHING`),
      bumpFindings: db.prepare('UPDATE sessions SET finding_count = finding_count + ? WHERE id = ?'),
      setMonitored: db.prepare('UPDATE sessions SET monitored_seq = MAX(monitored_seq, ?) WHERE id = ?'),
    };
  }

  private get s() {
    if (!this.stmts) this.stmts = this.prepare();
    return this.stmts;
  }

  async close(): Promise<void> {
    if (this.queue.length) this.flush();
    if (this.db.open) this.db.close();
  }

  // ---------------------------------------------------------------- group commit
  // Writes issued in the same turn of the event loop (concurrent requests for many sessions) share one
  // transaction: one commit instead of one per request. Each write runs in its own savepoint, so one
  // failing write (unknown session…) rejects alone. Every promise resolves only after the commit.
  private queue: { fn: () => unknown; resolve: (v: any) => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;

  private write<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve, reject });
      if (!this.scheduled) { this.scheduled = true; setImmediate(() => this.flush()); }
    });
  }

  // Built once: creating a better-sqlite3 transaction wrapper per call costs more than the inserts.
  private runQueued?: Database.Transaction<(q: { fn: () => unknown }[], out: { ok: boolean; v: unknown }[]) => void>;
  private savepoint?: Database.Transaction<(fn: () => unknown) => unknown>;

  private flush(): void {
    this.scheduled = false;
    const q = this.queue;
    this.queue = [];
    if (!q.length) return;
    if (!this.runQueued) {
      const savepoint = (this.savepoint = this.db.transaction((fn: () => unknown) => fn()));
      this.runQueued = this.db.transaction((items: { fn: () => unknown }[], out: { ok: boolean; v: unknown }[]) => {
        for (const item of items) {
          try { out.push({ ok: true, v: savepoint(item.fn) }); } catch (e) { out.push({ ok: false, v: e }); }
        }
      });
    }
    const out: { ok: boolean; v: unknown }[] = [];
    try {
      this.runQueued.immediate(q, out);
    } catch (e) {
      for (const item of q) item.reject(e);
      return;
    }
    q.forEach((item, i) => (out[i].ok ? item.resolve(out[i].v) : item.reject(out[i].v)));
  }

  // ---------------------------------------------------------------- keys
  async createKey(k: Omit<ApiKeyRecord, 'createdAt' | 'revokedAt'> & { createdAt?: string }): Promise<ApiKeyRecord> {
    const createdAt = k.createdAt ?? nowIso();
    this.db.prepare('INSERT INTO api_keys (id, tenant, role, hash, name, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(k.id, k.tenant, k.role, k.hash, k.name ?? null, createdAt);
    return { id: k.id, tenant: k.tenant, role: k.role, hash: k.hash, ...(k.name ? { name: k.name } : {}), createdAt };
  }
  async findKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM api_keys WHERE hash = ? AND revoked_at IS NULL').get(hash) as Row | undefined;
    return r ? rowToKey(r) : undefined;
  }
  async listKeys(tenant?: string): Promise<ApiKeyRecord[]> {
    const rows = (tenant
      ? this.db.prepare('SELECT * FROM api_keys WHERE tenant = ? ORDER BY created_at, id').all(tenant)
      : this.db.prepare('SELECT * FROM api_keys ORDER BY tenant, created_at, id').all()) as Row[];
    return rows.map(rowToKey);
  }
  async revokeKey(id: string): Promise<boolean> {
    return this.db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(nowIso(), id).changes > 0;
  }

  // ---------------------------------------------------------------- sessions
  async createSession(s: { id: string; tenant: string; start?: Record<string, unknown>; clientRef?: string; createdAt?: string }): Promise<SessionRecord> {
    const at = s.createdAt ?? nowIso();
    try {
      this.db.prepare('INSERT INTO sessions (id, tenant, start, client_ref, created_at, updated_at, head_hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(s.id, s.tenant, s.start ? JSON.stringify(s.start) : null, s.clientRef ?? null, at, at, GENESIS_HASH);
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) throw new ConflictError(`session ${s.id} already exists`);
      throw e;
    }
    return rowToSession(this.s.getSession.get(s.id) as Row);
  }
  async getSession(id: string, tenant?: string): Promise<SessionRecord | undefined> {
    const r = this.s.getSession.get(id) as Row | undefined;
    if (!r || (tenant !== undefined && r.tenant !== tenant)) return undefined;
    return rowToSession(r);
  }
  async listSessions(f: SessionFilter = {}): Promise<SessionRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.tenant !== undefined) { where.push('tenant = ?'); args.push(f.tenant); }
    if (f.status) { where.push('status = ?'); args.push(f.status); }
    if (f.before) { where.push('created_at < ?'); args.push(f.before); }
    if (f.lagging) where.push('monitored_seq < last_seq');
    const sql = `SELECT * FROM sessions ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at DESC, id DESC LIMIT ?`;
    args.push(f.limit ?? 100);
    return (this.db.prepare(sql).all(...args) as Row[]).map(rowToSession);
  }

  // ---------------------------------------------------------------- events
  async appendEvents(sessionId: string, events: readonly LiveEvent[], receivedAt = nowIso()): Promise<AppendResult> {
    const s = this.s;
    return this.write((): AppendResult => {
      const head = s.head.get(sessionId) as Row | undefined;
      if (!head) throw new NotFoundError(`session ${sessionId} not found`);
      const prepared = prepareEvents(sessionId, events, Number(head.last_seq), String(head.head_hash));
      let ended = false;
      for (const p of prepared) {
        s.insertEvent.run(sessionId, p.seq, p.type, p.ts, p.body, p.prevHash, p.hash, receivedAt);
        if (p.type === 'session.end') ended = true;
      }
      const last = prepared.length ? prepared[prepared.length - 1] : undefined;
      if (last) s.updateHead.run(last.seq, last.hash, receivedAt, sessionId);
      if (ended) s.endSession.run(receivedAt, sessionId);
      return {
        firstSeq: Number(head.last_seq) + 1, lastSeq: last?.seq ?? Number(head.last_seq), headHash: last?.hash ?? String(head.head_hash),
        events: prepared.map((p) => ({ seq: p.seq, hash: p.hash, event: p.event })),
      };
    });
  }

  async readEvents(sessionId: string, o: { fromSeq?: number; toSeq?: number; limit?: number } = {}): Promise<StoredEvent[]> {
    const rows = this.db.prepare('SELECT * FROM events WHERE session = ? AND seq >= ? AND seq <= ? ORDER BY seq LIMIT ?')
      .all(sessionId, o.fromSeq ?? 1, o.toSeq ?? Number.MAX_SAFE_INTEGER, o.limit ?? -1) as Row[];
    return rows.map(rowToEvent);
  }

  // ---------------------------------------------------------------- findings
  async insertFindings(sessionId: string, findings: readonly Finding[], monitoredSeq?: number): Promise<StoredFinding[]> {
    const s = this.s;
    return this.write((): StoredFinding[] => {
      const head = s.head.get(sessionId) as Row | undefined;
      if (!head) throw new NotFoundError(`session ${sessionId} not found`);
      const tenant = String(head.tenant);
      const at = nowIso();
      const out: StoredFinding[] = [];
      for (const f of findings) {
        const row = findingRow(sessionId, tenant, f, at);
        const r = s.insertFinding.run(row);
        if (r.changes > 0) out.push({ ...f, session: sessionId, createdAt: at, cursor: Number(r.lastInsertRowid), tenant });
      }
      if (out.length) s.bumpFindings.run(out.length, sessionId);
      if (monitoredSeq !== undefined) s.setMonitored.run(monitoredSeq, sessionId);
      return out;
    });
  }

  async listFindings(sessionId: string, f: FindingFilter = {}): Promise<StoredFinding[]> {
    const where = ['session = ?'];
    const args: unknown[] = [sessionId];
    const sev = f.severity === undefined ? [] : Array.isArray(f.severity) ? f.severity : [f.severity];
    if (sev.length) { where.push(`severity IN (${sev.map(() => '?').join(',')})`); args.push(...(sev as Severity[])); }
    if (f.rule) { where.push('rule_id = ?'); args.push(f.rule); }
    const since = isoOrUndefined(f.since);
    if (since) { where.push('COALESCE(ts, created_at) >= ?'); args.push(since); }
    if (f.fromSeq !== undefined) { where.push('event_seq >= ?'); args.push(f.fromSeq); }
    args.push(f.limit ?? -1);
    const rows = this.db.prepare(`SELECT * FROM findings WHERE ${where.join(' AND ')} ORDER BY event_seq, cursor LIMIT ?`).all(...args) as Row[];
    return rows.map(rowToFinding);
  }

  async findingsAfter(after: number, o: { tenant?: string; limit?: number } = {}): Promise<StoredFinding[]> {
    const rows = (o.tenant !== undefined
      ? this.db.prepare('SELECT * FROM findings WHERE cursor > ? AND tenant = ? ORDER BY cursor LIMIT ?').all(after, o.tenant, o.limit ?? 1000)
      : this.db.prepare('SELECT * FROM findings WHERE cursor > ? ORDER BY cursor LIMIT ?').all(after, o.limit ?? 1000)) as Row[];
    return rows.map(rowToFinding);
  }

  async maxFindingCursor(): Promise<number> {
    const r = this.db.prepare('SELECT COALESCE(MAX(cursor), 0) AS m FROM findings').get() as Row;
    return Number(r.m);
  }

  // ---------------------------------------------------------------- evidence & retention
  async verifySession(sessionId: string): Promise<VerifyResult> {
    const head = this.s.head.get(sessionId) as Row | undefined;
    if (!head) throw new NotFoundError(`session ${sessionId} not found`);
    const iter = this.db.prepare('SELECT seq, body, prev_hash, hash FROM events WHERE session = ? ORDER BY seq').iterate(sessionId) as Iterable<Row>;
    const mapped = (function* () { for (const r of iter) yield { seq: Number(r.seq), body: String(r.body), prevHash: String(r.prev_hash), hash: String(r.hash) }; })();
    return finishVerify(verifyChain(mapped), Number(head.last_seq), String(head.head_hash));
  }

  async purgeBefore(cutoff: string, o: { dryRun?: boolean; tenant?: string } = {}): Promise<RetentionResult> {
    const run = this.db.transaction((): RetentionResult => {
      const args: unknown[] = [cutoff];
      let sql = 'SELECT id FROM sessions WHERE updated_at < ?';
      if (o.tenant !== undefined) { sql += ' AND tenant = ?'; args.push(o.tenant); }
      const ids = (this.db.prepare(sql).all(...args) as Row[]).map((r) => String(r.id));
      let events = 0, findings = 0;
      const ce = this.db.prepare('SELECT COUNT(*) AS n FROM events WHERE session = ?');
      const cf = this.db.prepare('SELECT COUNT(*) AS n FROM findings WHERE session = ?');
      const del = this.db.prepare('DELETE FROM sessions WHERE id = ?');
      const delE = this.db.prepare('DELETE FROM events WHERE session = ?');
      const delF = this.db.prepare('DELETE FROM findings WHERE session = ?');
      for (const id of ids) {
        events += Number((ce.get(id) as Row).n);
        findings += Number((cf.get(id) as Row).n);
        if (!o.dryRun) { delF.run(id); delE.run(id); del.run(id); }
      }
      return { sessions: ids.length, events, findings, sessionIds: ids };
    });
    return run.immediate();
  }
}

/** Adds the head check: the session's recorded head must match the recomputed chain (detects a truncated tail). */
export function finishVerify(r: ReturnType<typeof verifyChain>, lastSeq: number, headHash: string): VerifyResult {
  if (r.firstBad !== undefined) return { ok: false, checked: r.checked, firstBad: r.firstBad, reason: r.reason };
  if (r.checked < lastSeq) return { ok: false, checked: r.checked, firstBad: r.checked + 1, reason: `event ${r.checked + 1} is missing` };
  if (r.checked > lastSeq || r.prev !== headHash) {
    return { ok: false, checked: r.checked, firstBad: Math.min(r.checked, lastSeq + 1) || 1, reason: 'session head does not match the stored chain' };
  }
  return { ok: true, checked: r.checked };
}
