// The server on PostgreSQL (DATABASE_URL): ingest, findings, verify and tamper detection, in a fresh schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { PostgresStorage } from '@liveguard/adapters';
import { buildServer, createApiKey } from '../src/index.js';
import { ndjson, speech, testEngine } from './helpers.js';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
async function up(): Promise<boolean> {
  const c = new pg.Client({ connectionString: URL_, connectionTimeoutMillis: 2000 });
  try { await c.connect(); return true; } catch { return false; } finally { await c.end().catch(() => {}); }
}
const pgUp = await up();
if (!pgUp && process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL does not answer at ${URL_}`);
if (!pgUp) console.warn(`[server/postgres] SKIPPING: no PostgreSQL at ${URL_}`);

describe.skipIf(!pgUp)('server on PostgreSQL', () => {
  const schema = `lg_server_${process.pid}_${Date.now().toString(36)}`;
  let store: PostgresStorage, app: FastifyInstance, auth: Record<string, string>, other: Record<string, string>;
  beforeAll(async () => {
    store = new PostgresStorage(URL_, { schema });
    await store.migrate();
    app = await buildServer({ store, engine: testEngine(), retentionDays: false, webDist: false, rateLimit: { rate: 0 }, ackAfterMonitor: true });
    await app.ready();
    auth = { authorization: `Bearer ${(await createApiKey(store, { tenant: 'pg-a', role: 'platform' })).key}` };
    other = { authorization: `Bearer ${(await createApiKey(store, { tenant: 'pg-b', role: 'platform' })).key}` };
  });
  afterAll(async () => {
    await app?.close();
    await store?.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await store?.close();
  });

  it('ingests, finds, verifies, isolates tenants and detects tampering', async () => {
    expect((await app.inject({ method: 'POST', url: '/v1/sessions', headers: auth, payload: { id: 'pg-1' } })).statusCode).toBe(201);
    const r = await app.inject({ method: 'POST', url: '/v1/sessions/pg-1/events', headers: { ...auth, 'content-type': 'application/x-ndjson' },
      payload: ndjson([speech(1, '你好'), speech(2, '全网最低价'), { type: 'order', ts: 3, productId: 'p', qty: 1, price: 5 }]) });
    expect(r.json()).toEqual({ accepted: 3, lastSeq: 3 });
    // re-running the monitor over the same events stores nothing twice
    const again = await store.insertFindings('pg-1', (await store.listFindings('pg-1')).map(({ cursor: _c, tenant: _t, createdAt: _a, ...f }) => f));
    expect(again).toEqual([]);
    const f = (await app.inject({ url: '/v1/sessions/pg-1/findings', headers: auth })).json().findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ eventSeq: 2, text: '全网最低价' });
    expect((await app.inject({ url: '/v1/sessions/pg-1/findings', headers: other })).statusCode).toBe(404);
    expect((await app.inject({ url: '/v1/sessions/pg-1/evidence/verify', headers: auth })).json()).toEqual({ ok: true, checked: 3 });
    await store.pool.query(`UPDATE events SET body = replace(body, '你好', '你们好') WHERE session = 'pg-1' AND seq = 1`);
    expect((await app.inject({ url: '/v1/sessions/pg-1/evidence/verify', headers: auth })).json()).toMatchObject({ ok: false, firstBad: 1 });
  });
});
