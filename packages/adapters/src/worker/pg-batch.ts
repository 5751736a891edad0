// One transaction for a whole batch's findings and watermarks on PostgreSQL (BatchFindingsWriter).
// Without it a worker commits once per session per batch and the store's commit rate bounds throughput.
// Same semantics as Storage.insertFindings, per item: findings idempotent by (session, id), only the newly
// stored ones returned, monitoredSeq only ever raised; sessions that no longer exist are skipped.
// Uses the PostgreSQL store's pool and tables (migrations/postgres/001_init.sql); a native
// `insertFindingsMany` on the store, when it exists, is preferred by the worker.
import type pg from 'pg';
import type { Finding } from '@liveguard/core';
import { findingRow } from '../storage/common.js';
import type { Storage, StoredFinding } from '../storage/types.js';
import type { BatchFindingsWriter } from './worker.js';

/**
 * The store's finding-writer lock (packages/adapters/src/storage/postgres.ts, FINDINGS_LOCK): writers that
 * allocate finding cursors take turns, so cursors are allocated in commit order and a reader following the
 * cursor never skips a late commit. Taken only when the batch has findings to insert.
 */
const FINDINGS_LOCK = 0x4c474644; // 'LGFD'

export function pgBatchWriter(store: Storage): BatchFindingsWriter | undefined {
  const pool = (store as { pool?: pg.Pool }).pool;
  if (store.dialect !== 'postgres' || !pool || typeof pool.connect !== 'function') return undefined;
  return {
    async insertFindingsMany(items: readonly { session: string; findings: readonly Finding[]; monitoredSeq?: number }[]): Promise<StoredFinding[]> {
      if (!items.length) return [];
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const ids = [...new Set(items.map((i) => i.session))].sort();
        const t = await c.query('SELECT id, tenant FROM sessions WHERE id = ANY($1::text[])', [ids]);
        const tenants = new Map<string, string>(t.rows.map((r) => [String(r.id), String(r.tenant)]));
        const at = new Date().toISOString();
        const rows = [];
        for (const it of items) {
          const tenant = tenants.get(it.session);
          if (tenant) for (const f of it.findings) rows.push(findingRow(it.session, tenant, f, at));
        }
        const out: StoredFinding[] = [];
        const added = new Map<string, number>();
        if (rows.length) {
          await c.query('SELECT pg_advisory_xact_lock($1)', [FINDINGS_LOCK]);
          const r = await c.query(
            `INSERT INTO findings (session, id, tenant, rule_id, severity, event_seq, ts, body, created_at)
             SELECT s, i, tn, r, sv, q, t, b, $1 FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])
               AS x(s, i, tn, r, sv, q, t, b)
             ON CONFLICT (session, id) DO NOTHING RETURNING session, id, cursor`,
            [at, rows.map((x) => x.session), rows.map((x) => x.id), rows.map((x) => x.tenant), rows.map((x) => x.rule_id), rows.map((x) => x.severity),
              rows.map((x) => x.event_seq), rows.map((x) => x.ts), rows.map((x) => x.body)]);
          const cursors = new Map<string, number>(r.rows.map((x) => [`${x.session}\u0000${x.id}`, Number(x.cursor)]));
          for (const it of items) {
            const tenant = tenants.get(it.session);
            if (!tenant) continue;
            for (const f of it.findings) {
              const k = `${it.session}\u0000${f.id}`;
              const cur = cursors.get(k);
              if (cur === undefined) continue;
              cursors.delete(k);
              out.push({ ...f, session: it.session, createdAt: at, cursor: cur, tenant });
              added.set(it.session, (added.get(it.session) ?? 0) + 1);
            }
          }
          out.sort((a, b) => a.cursor - b.cursor);
        }
        // one UPDATE for counts and watermarks, rows in id order (a consistent lock order)
        const upd = new Map<string, { n: number; m: number }>();
        for (const it of items) {
          if (!tenants.has(it.session)) continue;
          const u = upd.get(it.session) ?? { n: 0, m: 0 };
          u.m = Math.max(u.m, it.monitoredSeq ?? 0);
          upd.set(it.session, u);
        }
        for (const [s, n] of added) { const u = upd.get(s); if (u) u.n = n; }
        const keys = [...upd.keys()].sort();
        if (keys.length) {
          await c.query(
            `UPDATE sessions AS x SET finding_count = x.finding_count + v.n, monitored_seq = GREATEST(x.monitored_seq, v.m)
             FROM unnest($1::text[], $2::int[], $3::int[]) AS v(id, n, m) WHERE x.id = v.id`,
            [keys, keys.map((k) => upd.get(k)!.n), keys.map((k) => upd.get(k)!.m)]);
        }
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
  };
}
