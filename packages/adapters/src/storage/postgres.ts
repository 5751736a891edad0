// PostgreSQL store (DATABASE_URL): the session row is locked (SELECT … FOR UPDATE) while events are
// appended, so any number of server processes and stream workers can write one session's chain safely.
import pg from 'pg';
import type { Finding, LiveEvent, Severity } from '@liveguard/core';
import {
  findingRow, isoOrUndefined, loadMigrations, nowIso, prepareEvents, rowToEvent, rowToFinding, rowToKey, rowToSession,
} from './common.js';
import { verifyChain } from './evidence.js';
import { finishVerify } from './sqlite.js';
import {
  ConflictError, GENESIS_HASH, NotFoundError, type ApiKeyRecord, type AppendResult, type FindingFilter, type RetentionResult,
  type SessionFilter, type SessionRecord, type Storage, type StoredEvent, type StoredFinding, type VerifyResult,
} from './types.js';

type Row = Record<string, unknown>;
const MIGRATION_LOCK = 0x4c475244; // 'LGRD'
const FINDINGS_LOCK = 0x4c474644; // 'LGFD'

export class PostgresStorage implements Storage {
  readonly dialect = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string;

  constructor(url: string, opts: { schema?: string; max?: number } = {}) {
    this.schema = opts.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]*$/i.test(this.schema)) throw new Error(`invalid PostgreSQL schema name: ${this.schema}`);
    this.pool = new pg.Pool({ connectionString: url, max: opts.max ?? Number(process.env.LIVEGUARD_PG_POOL ?? 20), options: `-c search_path=${this.schema}` });
    this.pool.on('error', () => { /* idle client errors surface on the next query */ });
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async migrate(): Promise<void> {
    await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const done = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
      for (const m of loadMigrations('postgres')) {
        if (done.has(m.version)) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, nowIso()]);
      }
    });
  }

  async close(): Promise<void> {
    await this.flushMarks().catch(() => {});
    await this.pool.end();
  }

  // Watermark-only updates (a batch without findings: most of them) are coalesced: one UPDATE for every
  // session every few milliseconds instead of one commit per batch. The watermark is only a recovery hint
  // (findings themselves are written at once); reads that show it flush first.
  private marks = new Map<string, number>();
  private marksTimer?: NodeJS.Timeout;
  private marksFlight?: Promise<void>;

  private async flushMarks(): Promise<void> {
    if (this.marksTimer) { clearTimeout(this.marksTimer); this.marksTimer = undefined; }
    while (this.marksFlight) await this.marksFlight;
    if (!this.marks.size) return;
    const ids = [...this.marks.keys()], seqs = [...this.marks.values()];
    this.marks.clear();
    this.marksFlight = this.pool.query(
      `UPDATE sessions s SET monitored_seq = GREATEST(s.monitored_seq, m.seq)
       FROM unnest($1::text[], $2::int[]) AS m(id, seq), (SELECT set_config('synchronous_commit', 'off', true)) AS cfg WHERE s.id = m.id`,
      [ids, seqs]).then(() => undefined, () => {
      for (let i = 0; i < ids.length; i++) this.marks.set(ids[i], Math.max(this.marks.get(ids[i]) ?? 0, seqs[i]));
    }).finally(() => { this.marksFlight = undefined; });
    await this.marksFlight;
  }

  // ---------------------------------------------------------------- keys
  async createKey(k: Omit<ApiKeyRecord, 'createdAt' | 'revokedAt'> & { createdAt?: string }): Promise<ApiKeyRecord> {
    const createdAt = k.createdAt ?? nowIso();
    await this.pool.query('INSERT INTO api_keys (id, tenant, role, hash, name, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [k.id, k.tenant, k.role, k.hash, k.name ?? null, createdAt]);
    return { id: k.id, tenant: k.tenant, role: k.role, hash: k.hash, ...(k.name ? { name: k.name } : {}), createdAt };
  }
  async findKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.pool.query('SELECT * FROM api_keys WHERE hash = $1 AND revoked_at IS NULL', [hash]);
    return r.rows[0] ? rowToKey(r.rows[0]) : undefined;
  }
  async listKeys(tenant?: string): Promise<ApiKeyRecord[]> {
    const r = tenant !== undefined
      ? await this.pool.query('SELECT * FROM api_keys WHERE tenant = $1 ORDER BY created_at, id', [tenant])
      : await this.pool.query('SELECT * FROM api_keys ORDER BY tenant, created_at, id');
    return r.rows.map(rowToKey);
  }
  async revokeKey(id: string): Promise<boolean> {
    const r = await this.pool.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [nowIso(), id]);
    return (r.rowCount ?? 0) > 0;
  }

  // ---------------------------------------------------------------- sessions
  async createSession(s: { id: string; tenant: string; start?: Record<string, unknown>; clientRef?: string; createdAt?: string }): Promise<SessionRecord> {
    const at = s.createdAt ?? nowIso();
    try {
      const r = await this.pool.query(
        'INSERT INTO sessions (id, tenant, start, client_ref, created_at, updated_at, head_hash) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *',
        [s.id, s.tenant, s.start ? JSON.stringify(s.start) : null, s.clientRef ?? null, at, at, GENESIS_HASH]);
      return rowToSession(r.rows[0]);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new ConflictError(`session ${s.id} already exists`);
      throw e;
    }
  }
  async getSession(id: string, tenant?: string): Promise<SessionRecord | undefined> {
    if (this.marks.has(id)) await this.flushMarks();
    const r = await this.pool.query('SELECT * FROM sessions WHERE id = $1', [id]);
    const row = r.rows[0];
    if (!row || (tenant !== undefined && row.tenant !== tenant)) return undefined;
    return rowToSession(row);
  }
  async listSessions(f: SessionFilter = {}): Promise<SessionRecord[]> {
    if (this.marks.size) await this.flushMarks();
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.tenant !== undefined) { args.push(f.tenant); where.push(`tenant = $${args.length}`); }
    if (f.status) { args.push(f.status); where.push(`status = $${args.length}`); }
    if (f.before) { args.push(f.before); where.push(`created_at < $${args.length}`); }
    if (f.lagging) where.push('monitored_seq < last_seq');
    args.push(f.limit ?? 100);
    const r = await this.pool.query(`SELECT * FROM sessions ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at DESC, id DESC LIMIT $${args.length}`, args);
    return r.rows.map(rowToSession);
  }

  // ---------------------------------------------------------------- events
  // Appends are one statement each (one round trip, one commit): the session's head is cached here, and
  // the statement moves it only if it is still where this process last saw it (optimistic concurrency);
  // if another process appended meanwhile, nothing is written and the append retries from the fresh head.
  // In this process, appends to one session are chained, so they never race each other.
  private heads = new Map<string, { lastSeq: number; headHash: string }>();
  private appendChains = new Map<string, Promise<unknown>>();

  async appendEvents(sessionId: string, events: readonly LiveEvent[], receivedAt = nowIso()): Promise<AppendResult> {
    const prev = this.appendChains.get(sessionId) ?? Promise.resolve();
    const run = prev.then(() => this.appendNow(sessionId, events, receivedAt), () => this.appendNow(sessionId, events, receivedAt));
    const tail = run.catch(() => {});
    this.appendChains.set(sessionId, tail);
    void tail.then(() => { if (this.appendChains.get(sessionId) === tail) this.appendChains.delete(sessionId); });
    return run;
  }

  private async appendNow(sessionId: string, events: readonly LiveEvent[], receivedAt: string): Promise<AppendResult> {
    for (let attempt = 0; attempt < 50; attempt++) {
      let head = this.heads.get(sessionId);
      if (!head) {
        const h = await this.pool.query('SELECT last_seq, head_hash FROM sessions WHERE id = $1', [sessionId]);
        if (!h.rows[0]) throw new NotFoundError(`session ${sessionId} not found`);
        head = { lastSeq: Number(h.rows[0].last_seq), headHash: String(h.rows[0].head_hash) };
      }
      const prepared = prepareEvents(sessionId, events, head.lastSeq, head.headHash);
      const result = (): AppendResult => ({
        firstSeq: head!.lastSeq + 1, lastSeq: prepared.length ? prepared[prepared.length - 1].seq : head!.lastSeq,
        headHash: prepared.length ? prepared[prepared.length - 1].hash : head!.headHash,
        events: prepared.map((p) => ({ seq: p.seq, hash: p.hash, event: p.event })),
      });
      if (!prepared.length) return result();
      const last = prepared[prepared.length - 1];
      const ended = prepared.some((p) => p.type === 'session.end');
      const r = await this.pool.query(
        `WITH upd AS (
           UPDATE sessions SET last_seq = $3, head_hash = $4, updated_at = $5,
             status = CASE WHEN $6::boolean THEN 'ended' ELSE status END,
             ended_at = CASE WHEN $6::boolean AND ended_at IS NULL THEN $5 ELSE ended_at END
           WHERE id = $1 AND last_seq = $2 RETURNING id)
         INSERT INTO events (session, seq, type, ts, body, prev_hash, hash, received_at)
         SELECT $1, s, t, ts, b, p, h, $5 FROM unnest($7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[]) AS x(s, t, ts, b, p, h)
         WHERE EXISTS (SELECT 1 FROM upd)`,
        [sessionId, head.lastSeq, last.seq, last.hash, receivedAt, ended, prepared.map((p) => p.seq), prepared.map((p) => p.type),
          prepared.map((p) => p.ts), prepared.map((p) => p.body), prepared.map((p) => p.prevHash), prepared.map((p) => p.hash)]);
      if (r.rowCount === prepared.length) {
        if (this.heads.size >= 100_000) this.heads.clear();
        this.heads.set(sessionId, { lastSeq: last.seq, headHash: last.hash });
        return result();
      }
      this.heads.delete(sessionId); // another writer moved the head (or the session is gone): re-read
    }
    throw new Error(`could not append to session ${sessionId}: its head kept moving (concurrent writers)`);
  }

  async readEvents(sessionId: string, o: { fromSeq?: number; toSeq?: number; limit?: number } = {}): Promise<StoredEvent[]> {
    const r = await this.pool.query('SELECT * FROM events WHERE session = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq LIMIT $4',
      [sessionId, o.fromSeq ?? 1, o.toSeq ?? 2147483647, o.limit ?? null]);
    return r.rows.map(rowToEvent);
  }

  // ---------------------------------------------------------------- findings
  async insertFindings(sessionId: string, findings: readonly Finding[], monitoredSeq?: number): Promise<StoredFinding[]> {
    if (!findings.length) {
      if (monitoredSeq === undefined) {
        const r = await this.pool.query('SELECT 1 FROM sessions WHERE id = $1', [sessionId]);
        if (!r.rowCount) throw new NotFoundError(`session ${sessionId} not found`);
        return [];
      }
      this.marks.set(sessionId, Math.max(this.marks.get(sessionId) ?? 0, monitoredSeq));
      if (!this.marksTimer) { this.marksTimer = setTimeout(() => { this.marksTimer = undefined; void this.flushMarks(); }, 20); this.marksTimer.unref(); }
      return [];
    }
    // One statement (one round trip, one commit). Finding writers (server, workers) take turns on an
    // advisory lock taken before any cursor is drawn: cursors are then allocated in commit order, so a
    // reader following the cursor (SSE resume, the scale-out poller) never skips a late commit.
    // The commit does not wait for the WAL flush (synchronous_commit off for this transaction only):
    // findings and the watermark are derived from the events, whose commits stay synchronous; if the
    // database crashes before the flush, both are lost together and the replay recreates the same ids.
    const at = nowIso();
    findings = [...new Map(findings.map((f) => [f.id, f])).values()];
    const rows = findings.map((f) => findingRow(sessionId, '', f, at));
    const r = await this.pool.query(
      `WITH owner AS (SELECT tenant FROM sessions WHERE id = $1),
       ins AS (
         INSERT INTO findings (session, id, tenant, rule_id, severity, event_seq, ts, body, created_at)
         SELECT $1, x.fid, owner.tenant, x.rid, x.sev, x.seq, x.fts, x.body, $2
         FROM (SELECT pg_advisory_xact_lock($3), set_config('synchronous_commit', 'off', true)) AS l, owner,
              unnest($4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[]) AS x(fid, rid, sev, seq, fts, body)
         ON CONFLICT (session, id) DO NOTHING
         RETURNING id, cursor),
       upd AS (
         UPDATE sessions SET finding_count = finding_count + (SELECT count(*) FROM ins),
           monitored_seq = GREATEST(monitored_seq, COALESCE($10::int, monitored_seq))
         WHERE id = $1 RETURNING tenant)
       SELECT (SELECT tenant FROM upd) AS tenant, ins.id, ins.cursor FROM (SELECT 1) AS one LEFT JOIN ins ON true`,
      [sessionId, at, FINDINGS_LOCK, rows.map((x) => x.id), rows.map((x) => x.rule_id), rows.map((x) => x.severity), rows.map((x) => x.event_seq),
        rows.map((x) => x.ts), rows.map((x) => x.body), monitoredSeq ?? null]);
    const tenant = r.rows[0]?.tenant;
    if (tenant == null) throw new NotFoundError(`session ${sessionId} not found`);
    const cursors = new Map<string, number>();
    for (const x of r.rows) if (x.id != null) cursors.set(String(x.id), Number(x.cursor));
    const out: StoredFinding[] = [];
    for (const f of findings) {
      const cur = cursors.get(f.id);
      if (cur !== undefined) { out.push({ ...f, session: sessionId, createdAt: at, cursor: cur, tenant: String(tenant) }); cursors.delete(f.id); }
    }
    return out.sort((a, b) => a.cursor - b.cursor);
  }

  async listFindings(sessionId: string, f: FindingFilter = {}): Promise<StoredFinding[]> {
    const args: unknown[] = [sessionId];
    const where = ['session = $1'];
    const sev = f.severity === undefined ? [] : Array.isArray(f.severity) ? f.severity : [f.severity];
    if (sev.length) { args.push(sev as Severity[]); where.push(`severity = ANY($${args.length}::text[])`); }
    if (f.rule) { args.push(f.rule); where.push(`rule_id = $${args.length}`); }
    const since = isoOrUndefined(f.since);
    if (since) { args.push(since); where.push(`COALESCE(ts, created_at) >= $${args.length}`); }
    if (f.fromSeq !== undefined) { args.push(f.fromSeq); where.push(`event_seq >= $${args.length}`); }
    args.push(f.limit ?? null);
    const r = await this.pool.query(`SELECT * FROM findings WHERE ${where.join(' AND ')} ORDER BY event_seq NULLS FIRST, cursor LIMIT $${args.length}`, args);
    return r.rows.map(rowToFinding);
  }

  async findingsAfter(after: number, o: { tenant?: string; limit?: number } = {}): Promise<StoredFinding[]> {
    const r = o.tenant !== undefined
      ? await this.pool.query('SELECT * FROM findings WHERE cursor > $1 AND tenant = $2 ORDER BY cursor LIMIT $3', [after, o.tenant, o.limit ?? 1000])
      : await this.pool.query('SELECT * FROM findings WHERE cursor > $1 ORDER BY cursor LIMIT $2', [after, o.limit ?? 1000]);
    return r.rows.map(rowToFinding);
  }

  async maxFindingCursor(): Promise<number> {
    const r = await this.pool.query('SELECT COALESCE(MAX(cursor), 0) AS m FROM findings');
    return Number(r.rows[0].m);
  }

  // ---------------------------------------------------------------- evidence & retention
  async verifySession(sessionId: string): Promise<VerifyResult> {
    const h = await this.pool.query('SELECT last_seq, head_hash FROM sessions WHERE id = $1', [sessionId]);
    if (!h.rows[0]) throw new NotFoundError(`session ${sessionId} not found`);
    // Page through the chain so a long session never sits in memory at once.
    let prev: string | undefined, seq = 1, checked = 0;
    for (;;) {
      const r = await this.pool.query('SELECT seq, body, prev_hash, hash FROM events WHERE session = $1 AND seq >= $2 ORDER BY seq LIMIT 10000', [sessionId, seq]);
      const rows = r.rows.map((x) => ({ seq: Number(x.seq), body: String(x.body), prevHash: String(x.prev_hash), hash: String(x.hash) }));
      const v = verifyChain(rows, { prev, seq });
      checked += v.checked;
      if (v.firstBad !== undefined) return { ok: false, checked, firstBad: v.firstBad, reason: v.reason };
      prev = v.prev;
      seq += rows.length;
      if (rows.length < 10000) return finishVerify({ checked, prev: v.prev }, Number(h.rows[0].last_seq), String(h.rows[0].head_hash));
    }
  }

  async purgeBefore(cutoff: string, o: { dryRun?: boolean; tenant?: string } = {}): Promise<RetentionResult> {
    return this.tx(async (c) => {
      const args: unknown[] = [cutoff];
      let sql = 'SELECT s.id, (SELECT COUNT(*) FROM events e WHERE e.session = s.id) AS ne, (SELECT COUNT(*) FROM findings f WHERE f.session = s.id) AS nf FROM sessions s WHERE s.updated_at < $1';
      if (o.tenant !== undefined) { args.push(o.tenant); sql += ' AND s.tenant = $2'; }
      const r = await c.query(sql, args);
      const ids = r.rows.map((x) => String(x.id));
      const events = r.rows.reduce((a, x) => a + Number(x.ne), 0);
      const findings = r.rows.reduce((a, x) => a + Number(x.nf), 0);
      if (!o.dryRun) for (const id of ids) this.heads.delete(id);
      if (!o.dryRun && ids.length) {
        await c.query('DELETE FROM findings WHERE session = ANY($1::text[])', [ids]);
        await c.query('DELETE FROM events WHERE session = ANY($1::text[])', [ids]);
        await c.query('DELETE FROM sessions WHERE id = ANY($1::text[])', [ids]);
      }
      return { sessions: ids.length, events, findings, sessionIds: ids };
    });
  }
}
