// Separate worker processes (`liveguard worker`, the built CLI) on the real NATS JetStream and PostgreSQL:
// a worker killed with SIGKILL mid-run loses no event and duplicates no finding; a worker that joins takes
// half the partitions. Needs the build (npm run build); NATS/PostgreSQL rules as in nats.worker.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { LiveEvent } from '@liveguard/core';
import { NatsStream, openStorage, StreamDispatcher, type Storage } from '@liveguard/adapters';
import { NATS_URL, natsAvailable, sleep, waitFor } from './stream-helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(root, 'packages/cli/bin/liveguard.js');
const built = fs.existsSync(path.join(root, 'packages/cli/dist/main.js')) && fs.existsSync(path.join(root, 'packages/adapters/dist/worker/worker.js'));
if (!built && process.env.CI === 'true') throw new Error('the CLI is not built (npm run build) but CI=true requires this test');
if (!built) console.warn('[skip] worker process test: build first (npm run build)');
const haveNats = built && await natsAvailable();
const PG_URL = process.env.LIVEGUARD_TEST_PG ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
let havePg = false;
if (haveNats) {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try { await c.connect(); await c.end(); havePg = true; } catch (err) {
    if (process.env.CI === 'true') throw err;
    console.warn(`[skip] worker process test: PostgreSQL not reachable at ${PG_URL}`);
  }
}

const TERM = '违禁词';
interface W { id: string; child: ChildProcess; partitions: number[]; exited: boolean }

describe.skipIf(!haveNats || !havePg)('liveguard worker processes on NATS + PostgreSQL', () => {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const schema = `lgproc_${tag}`;
  const streamName = `LGPROC_${tag}`, prefix = `lgproc_${tag}`;
  const deny = path.join(os.tmpdir(), `lg-deny-${tag}.txt`);
  let store: Storage, stream: NatsStream, d: StreamDispatcher;
  const workers: W[] = [];

  function start(id: string): W {
    const child = spawn(process.execPath, [CLI, 'worker', '--nats', NATS_URL, '--stream', streamName, '--subject-prefix', prefix, '--partitions', '8',
      '--lease-ttl', '1500', '--deny-list', deny, '--no-builtin-rules', '--stats-every', '100', '--id', id],
    { env: { ...process.env, DATABASE_URL: PG_URL, LIVEGUARD_PG_SCHEMA: schema }, stdio: ['ignore', 'pipe', 'pipe'] });
    const w: W = { id, child, partitions: [], exited: false };
    let buf = '';
    child.stdout!.on('data', (x) => {
      buf += x;
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const line = buf.slice(0, i); buf = buf.slice(i + 1);
        if (line.startsWith('{')) w.partitions = (JSON.parse(line) as { partitions: number[] }).partitions;
      }
    });
    child.on('exit', () => { w.exited = true; });
    workers.push(w);
    return w;
  }

  beforeAll(async () => {
    fs.writeFileSync(deny, `${TERM}\n`);
    store = await openStorage({ url: PG_URL, schema });
    stream = await NatsStream.connect({ servers: NATS_URL, stream: streamName, subjectPrefix: prefix, partitions: 8, storage: 'memory' });
    d = new StreamDispatcher(stream);
  });
  afterAll(async () => {
    for (const w of workers) if (!w.exited) w.child.kill('SIGKILL');
    await stream?.destroy();
    await d?.close();
    await store?.close();
    const c = new pg.Client({ connectionString: PG_URL }); await c.connect(); await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); await c.end();
    fs.rmSync(deny, { force: true });
  });

  it('rebalances across processes and survives SIGKILL without losing or duplicating', async () => {
    const a = start('pa');
    await waitFor(() => a.partitions.length === 8, 20_000, 'worker A to own every partition');
    const b = start('pb');
    await waitFor(() => a.partitions.length === 4 && b.partitions.length === 4, 20_000, 'a 4/4 split');
    const sessions = Array.from({ length: 12 }, (_, i) => `proc-${i}`);
    for (const s of sessions) await store.createSession({ id: s, tenant: 't1' });
    let n = 0;
    const send = async (rounds: number) => {
      for (let r = 0; r < rounds; r++) {
        n++;
        for (const s of sessions) {
          const ev = [{ type: 'speech', ts: n * 1000, text: `第${n}句 ${TERM}` } as LiveEvent];
          d.admit(1);
          const res = await store.appendEvents(s, ev);
          await d.dispatch({ tenant: 't1', session: s, events: res.events });
        }
        await sleep(20);
      }
    };
    await send(15);
    a.child.kill('SIGKILL');
    await send(15);
    await waitFor(() => b.partitions.length === 8, 20_000, 'B to take over every partition');
    const covered = async () => {
      let c = 0;
      for (const s of sessions) c += new Set((await store.listFindings(s)).map((f) => f.eventSeq)).size;
      return c;
    };
    await waitFor(async () => (await covered()) === sessions.length * n, 30_000, 'a finding for every event');
    for (const s of sessions) {
      const f = await store.listFindings(s);
      expect(f.length).toBe(n); // one finding per event: none lost, none twice
      expect(new Set(f.map((x) => x.id)).size).toBe(n);
    }
    b.child.kill('SIGTERM');
    await waitFor(() => b.exited, 15_000, 'graceful exit');
    expect(b.child.exitCode).toBe(0);
  }, 120_000);
});
