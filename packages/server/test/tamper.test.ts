// Tamper evidence: an edited, deleted or re-hashed event row makes verify name its sequence number —
// through the API and through `liveguard verify`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { SqliteStorage, chainHash, canonicalJson } from '@liveguard/adapters';
import { run as verifyCmd } from '../../cli/src/commands/verify.js';
import { speech, testServer, type TestServer } from './helpers.js';

async function cli(argv: string[]) {
  const stdout = new PassThrough(), stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  const code = await verifyCmd(argv, { stdout, stderr, stdin: new PassThrough() });
  return { code, out };
}

describe('tamper evidence', () => {
  let t: TestServer;
  let db: SqliteStorage;
  beforeAll(async () => {
    t = await testServer();
    db = t.store as SqliteStorage;
    for (const id of ['t1', 't2', 't3']) {
      await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth(), payload: { id } });
      await t.app.inject({ method: 'POST', url: `/v1/sessions/${id}/events`, headers: t.auth(), payload: Array.from({ length: 10 }, (_, i) => speech(i, `第${i}句话`)) });
    }
  });
  afterAll(async () => { await t.close(); });
  const verify = async (id: string) => (await t.app.inject({ url: `/v1/sessions/${id}/evidence/verify`, headers: t.auth() })).json();

  it('an intact chain verifies', async () => {
    expect(await verify('t1')).toEqual({ ok: true, checked: 10 });
    expect(await cli(['t1', '--db', join(t.dir, 'test.db')])).toMatchObject({ code: 0 });
  });

  it('an edited event body is named by its seq', async () => {
    const row = db.db.prepare("SELECT body FROM events WHERE session = 't1' AND seq = 7").get() as { body: string };
    db.db.prepare("UPDATE events SET body = ? WHERE session = 't1' AND seq = 7").run(row.body.replace('第6句话', '第6句话，全网最低价'));
    expect(await verify('t1')).toMatchObject({ ok: false, checked: 6, firstBad: 7 });
    const r = await cli(['t1', '--db', join(t.dir, 'test.db')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('first bad seq 7');
  });

  it('an edit with a recomputed hash breaks the link to the next event', async () => {
    const rows = db.db.prepare("SELECT seq, body, prev_hash FROM events WHERE session = 't2' ORDER BY seq").all() as { seq: number; body: string; prev_hash: string }[];
    const body = canonicalJson({ ...JSON.parse(rows[3].body), text: '改过的' });
    db.db.prepare("UPDATE events SET body = ?, hash = ? WHERE session = 't2' AND seq = 4").run(body, chainHash(rows[3].prev_hash, body));
    expect(await verify('t2')).toMatchObject({ ok: false, firstBad: 5 });
  });

  it('a deleted event is named', async () => {
    db.db.prepare("DELETE FROM events WHERE session = 't3' AND seq = 3").run();
    expect(await verify('t3')).toMatchObject({ ok: false, checked: 2, firstBad: 3 });
    db.db.prepare("DELETE FROM events WHERE session = 't3' AND seq >= 3").run();
    // a truncated tail is caught by the session head
    expect(await verify('t3')).toMatchObject({ ok: false, firstBad: 3 });
  });
});
