// Monitor workers on the real NATS JetStream (127.0.0.1:4222) with PostgreSQL as the shared store
// (unique schema per run; SQLite in-memory when PostgreSQL is not reachable and CI !== 'true'):
// ordering, redelivery after a worker crash (state rebuilt from stored events), rebalancing, gaps and
// catch-up, idempotent findings. The in-process queue runs the same scenarios.
import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Engine, type LiveEvent } from '@liveguard/core';
import {
  MemoryStream, MonitorWorker, NatsStream, openStorage, StreamDispatcher, type EventStream, type FindingsNotice, type Storage,
} from '@liveguard/adapters';
import { natsAvailable, natsFixture, sleep, waitFor, type StreamFixture } from './stream-helpers.js';

const haveNats = await natsAvailable();
const PG_URL = process.env.LIVEGUARD_TEST_PG ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try { await c.connect(); await c.end(); return true; } catch (err) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL not reachable at ${PG_URL} (CI=true requires it): ${(err as Error).message}`);
    console.warn(`[note] PostgreSQL not reachable at ${PG_URL}: worker tests use SQLite in memory. ${(err as Error).message}`);
    return false;
  }
}
const havePg = await pgAvailable();

const TERM = '违禁词';
const engine = new Engine({ deny: [TERM, '最便宜'] });

interface Harness {
  store: Storage;
  fx?: StreamFixture;
  mem?: MemoryStream;
  open(): Promise<EventStream>;
  cleanup(): Promise<void>;
}

async function harness(kind: 'nats' | 'memory', partitions = 8): Promise<Harness> {
  const schema = `lgtest_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const store = havePg ? await openStorage({ url: PG_URL, schema }) : await openStorage({ file: ':memory:' });
  const cleanupStore = async () => {
    await store.close();
    if (havePg) { const c = new pg.Client({ connectionString: PG_URL }); await c.connect(); await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); await c.end(); }
  };
  if (kind === 'memory') {
    const mem = new MemoryStream({ partitions });
    return { store, mem, open: async () => mem, cleanup: async () => { await mem.close(); await cleanupStore(); } };
  }
  const fx = natsFixture({ partitions, leaseTtlMs: 1500 });
  return { store, fx, open: () => fx.open(), cleanup: async () => { await fx.cleanup(); await cleanupStore(); } };
}

/** Every third speech carries the denied term: one finding each, on a known seq. */
function events(session: string, from: number, to: number): LiveEvent[] {
  const out: LiveEvent[] = [];
  for (let i = from; i <= to; i++) {
    out.push({ type: 'speech', ts: 1_700_000_000_000 + i * 1000, text: i % 3 === 0 ? `第${i}句 ${TERM} 哦` : `第${i}句 欢迎来到直播间` } as LiveEvent);
  }
  return out;
}
const expectedFindings = (n: number) => Math.floor(n / 3);

async function ingest(h: Harness, d: StreamDispatcher, session: string, evs: LiveEvent[]): Promise<void> {
  d.admit(evs.length);
  const r = await h.store.appendEvents(session, evs);
  await d.dispatch({ tenant: 't1', session, events: r.events });
}

async function settled(h: Harness, sessions: string[], n: number): Promise<boolean> {
  for (const s of sessions) { const r = await h.store.getSession(s); if (!r || r.monitoredSeq < n) return false; }
  return true;
}

async function checkFindings(h: Harness, sessions: string[], n: number): Promise<void> {
  for (const s of sessions) {
    const f = await h.store.listFindings(s);
    expect(f.length, `findings of ${s}`).toBe(expectedFindings(n));
    expect(new Set(f.map((x) => x.eventSeq)).size).toBe(f.length);
    expect(f.every((x) => (x.eventSeq ?? 0) % 3 === 0)).toBe(true);
    const r = await h.store.getSession(s);
    expect(r!.monitoredSeq).toBe(r!.lastSeq);
  }
}

const kinds: ['nats' | 'memory', boolean][] = [['memory', true], ['nats', haveNats]];

for (const [kind, enabled] of kinds) {
  describe.skipIf(!enabled)(`monitor workers over ${kind}`, () => {
    let h: Harness | undefined;
    const workers: MonitorWorker[] = [];
    afterEach(async () => {
      for (const w of workers.splice(0)) await w.stop().catch(() => undefined);
      await h?.cleanup();
      h = undefined;
    });

    it('stores the same findings (same ids) as the in-process engine, in order, once', async () => {
      h = await harness(kind);
      const pub = await h.open();
      const d = new StreamDispatcher(pub);
      const notices: FindingsNotice[] = [];
      const w = new MonitorWorker({ stream: await h.open(), store: h.store, engine, onFindings: (n) => notices.push(n), catchUpEveryMs: 0 });
      workers.push(w);
      await w.start();
      const sessions = ['s-a', 's-b', 's-c'];
      for (const s of sessions) await h.store.createSession({ id: s, tenant: 't1' });
      for (let k = 0; k < 6; k++) for (const s of sessions) await ingest(h, d, s, events(s, k * 10 + 1, k * 10 + 10));
      await waitFor(() => settled(h!, sessions, 60), 20_000, 'monitoredSeq = 60');
      await checkFindings(h, sessions, 60);
      // identical ids to a direct engine run with source = session id
      const direct = engine.createSession({ id: 's-a', source: 's-a' });
      const ids = events('s-a', 1, 60).flatMap((e, i) => direct.push({ ...e, seq: i + 1 } as LiveEvent)).map((f) => f.id).sort();
      expect((await h.store.listFindings('s-a')).map((f) => f.id).sort()).toEqual(ids);
      expect(notices.flatMap((n) => n.findings).length).toBe(3 * expectedFindings(60));
      expect(notices.every((n) => n.findings.every((f) => n.acceptedAt[f.eventSeq!] > 0))).toBe(true);
    });

    it('survives a worker crash: the survivor rebuilds sessions from the store; nothing lost, nothing duplicated', async () => {
      h = await harness(kind);
      const pub = await h.open();
      const d = new StreamDispatcher(pub);
      const a = new MonitorWorker({ stream: await h.open(), store: h.store, engine, id: 'A', catchUpEveryMs: 0 });
      const b = new MonitorWorker({ stream: await h.open(), store: h.store, engine, id: 'B', catchUpEveryMs: 0 });
      await a.start();
      await b.start();
      workers.push(b);
      await waitFor(() => a.partitions().length + b.partitions().length === 8 && b.partitions().length > 0, 15_000, 'A and B to split');
      const sessions = Array.from({ length: 16 }, (_, i) => `crash-${i}`);
      for (const s of sessions) await h.store.createSession({ id: s, tenant: 't1' });
      for (let k = 0; k < 3; k++) for (const s of sessions) await ingest(h, d, s, events(s, k * 10 + 1, k * 10 + 10));
      await waitFor(() => a.stats.events > 50, 15_000, 'A to work');
      const ownedByA = a.partitions();
      expect(ownedByA.length).toBeGreaterThan(0);
      await a.kill();
      for (let k = 3; k < 6; k++) for (const s of sessions) await ingest(h, d, s, events(s, k * 10 + 1, k * 10 + 10));
      await waitFor(() => b.partitions().length === 8, 15_000, 'B to take over every partition');
      await waitFor(() => settled(h!, sessions, 60), 20_000, 'monitoredSeq = 60 everywhere');
      await checkFindings(h, sessions, 60);
      expect(b.stats.rebuilds).toBeGreaterThan(0);
    });

    it('rebalances when a worker joins and leaves, keeping every session in order', async () => {
      h = await harness(kind);
      const pub = await h.open();
      const d = new StreamDispatcher(pub);
      const a = new MonitorWorker({ stream: await h.open(), store: h.store, engine, id: 'A', catchUpEveryMs: 0 });
      await a.start();
      workers.push(a);
      const sessions = Array.from({ length: 12 }, (_, i) => `rb-${i}`);
      for (const s of sessions) await h.store.createSession({ id: s, tenant: 't1' });
      let k = 0;
      const producer = (async () => { for (; k < 30; k++) { for (const s of sessions) await ingest(h!, d, s, events(s, k * 4 + 1, k * 4 + 4)); await sleep(20); } })();
      await sleep(200);
      const b = new MonitorWorker({ stream: await h.open(), store: h.store, engine, id: 'B', catchUpEveryMs: 0 });
      await b.start();
      await waitFor(() => b.partitions().length === 4 && a.partitions().length === 4, 15_000, 'a 4/4 split');
      await sleep(200);
      await b.stop();
      await producer;
      await waitFor(() => a.partitions().length === 8, 15_000, 'A to take all back');
      await waitFor(() => settled(h!, sessions, 120), 20_000, 'monitoredSeq = 120 everywhere');
      await checkFindings(h, sessions, 120);
      expect(a.stats.events + b.stats.events).toBeGreaterThanOrEqual(12 * 120);
    });

    it('fills gaps from the store and catches up sessions whose events were stored but never published', async () => {
      h = await harness(kind);
      const pub = await h.open();
      const w = new MonitorWorker({ stream: await h.open(), store: h.store, engine, catchUpEveryMs: 0, catchUpAfterMs: 0 });
      await w.start();
      workers.push(w);
      await h.store.createSession({ id: 'gap', tenant: 't1' });
      await h.store.createSession({ id: 'lost', tenant: 't1' });
      const r = await h.store.appendEvents('gap', events('gap', 1, 9));
      // only seq 9 reaches the stream (the publish of 1..8 failed after the store committed)
      await pub.publish([{ session: 'gap', seq: 9, tenant: 't1', event: r.events[8].event }]);
      await waitFor(() => settled(h!, ['gap'], 9), 15_000, 'gap filled');
      await h.store.appendEvents('lost', events('lost', 1, 6)); // an ingest node died before publishing
      await waitFor(() => w.partitions().includes(pub.partitionOf('lost')), 10_000, 'ownership');
      await w.catchUpLagging();
      await waitFor(() => settled(h!, ['lost'], 6), 15_000, 'caught up');
      await checkFindings(h, ['gap'], 9);
      await checkFindings(h, ['lost'], 6);
    });
  });
}

describe('monitor worker with a batch-writing store', () => {
  it('uses insertFindingsMany when the store offers it: same findings, one call per batch', async () => {
    const h = await harness('memory', 4);
    try {
      let calls = 0;
      const store = Object.assign(Object.create(h.store) as Storage, {
        async insertFindingsMany(items: { session: string; findings: readonly import('@liveguard/core').Finding[]; monitoredSeq?: number }[]) {
          calls++;
          const out = [];
          for (const it of items) out.push(...await h.store.insertFindings(it.session, it.findings, it.monitoredSeq));
          return out;
        },
      });
      const pub = await h.open();
      const d = new StreamDispatcher(pub);
      const notices: FindingsNotice[] = [];
      const w = new MonitorWorker({ stream: pub, store, engine, catchUpEveryMs: 0, watermarkEveryMs: 100, onFindings: (n) => notices.push(n) });
      const sessions = Array.from({ length: 6 }, (_, i) => `many-${i}`);
      for (const s of sessions) await h.store.createSession({ id: s, tenant: 't1' });
      for (const s of sessions) await ingest(h, d, s, events(s, 1, 30));
      await w.start();
      await waitFor(() => settled(h, sessions, 30), 15_000, 'monitoredSeq = 30');
      await checkFindings(h, sessions, 30);
      expect(calls).toBeGreaterThan(0);
      expect(notices.flatMap((n) => n.findings).length).toBe(6 * expectedFindings(30));
      await w.stop();
    } finally {
      await h.cleanup();
    }
  });
});

describe.skipIf(!haveNats)('NATS dispatcher backpressure', () => {
  it('admit refuses over the soft limit; a failed publish is retried in order, never dropped', async () => {
    const fx = natsFixture({ partitions: 2, maxMsgs: 20 });
    try {
      const s = await fx.open();
      const d = new StreamDispatcher(s, { retryMs: 50 });
      const batch = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, event: { type: 'speech', text: 'x' } as LiveEvent }));
      d.admit(10);
      await d.dispatch({ tenant: 't', session: 'bp', events: batch(1, 18) });
      expect(() => d.admit(5)).toThrow(/积压|backlog/);
      await d.dispatch({ tenant: 't', session: 'bp', events: batch(19, 25) }); // 5 refused by the stream: buffered
      expect(d.pending).toBeGreaterThan(0);
      expect(() => d.admit(1)).toThrow(/republished/);
      const seen: number[] = [];
      const c = await (s as NatsStream).consume(async (dl) => { for (const m of dl.messages) if (!seen.includes(m.seq)) seen.push(m.seq); });
      await waitFor(() => seen.length === 25, 15_000, 'all 25 delivered');
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      await waitFor(() => d.pending === 0, 5000, 'retry buffer empty');
      await c.stop();
    } finally {
      await fx.cleanup();
    }
  });
});
