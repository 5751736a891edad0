// One contract suite, two implementations: the in-process queue and NATS JetStream (real server on
// 127.0.0.1:4222; unique stream/subject names per run; skipped with a message only when NATS is not
// reachable and CI !== 'true').
import { afterEach, describe, expect, it } from 'vitest';
import { BackpressureError, partitionOf, type Delivery, type EventStream, type StreamConsumer } from '@liveguard/adapters';
import { memoryFixture, msg, natsAvailable, natsFixture, sleep, waitFor, type FixtureOptions, type StreamFixture } from './stream-helpers.js';

const haveNats = await natsAvailable();

type Factory = (o?: FixtureOptions) => StreamFixture;
const impls: [string, Factory, boolean][] = [
  ['memory', memoryFixture, true],
  ['nats', natsFixture, haveNats],
];

/** Records deliveries; checks at-least-once in order: every first sight of a seq is max+1. */
class Recorder {
  readonly max = new Map<string, number>();
  readonly violations: string[] = [];
  deliveries = 0;
  redelivered = 0;
  readonly byMember = new Map<string, number>();
  see(d: Delivery, member = '?'): void {
    this.deliveries++;
    if (d.redelivered) this.redelivered++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + d.messages.length);
    for (const m of d.messages) {
      const max = this.max.get(m.session) ?? 0;
      if (m.seq > max + 1) this.violations.push(`${m.session}: got ${m.seq} after ${max}`);
      if (m.seq > max) this.max.set(m.session, m.seq);
    }
  }
  complete(sessions: string[], n: number): boolean { return sessions.every((s) => this.max.get(s) === n); }
}

for (const [name, factory, enabled] of impls) {
  describe.skipIf(!enabled)(`stream contract: ${name}`, () => {
    let fx: StreamFixture | undefined;
    const consumers: StreamConsumer[] = [];
    afterEach(async () => {
      for (const c of consumers.splice(0)) await c.stop().catch(() => undefined);
      await fx?.cleanup();
      fx = undefined;
    });

    async function publishAll(s: EventStream, sessions: string[], from: number, to: number, chunk = 25): Promise<void> {
      for (let a = from; a <= to; a += chunk) {
        const batch = [];
        for (let seq = a; seq <= Math.min(to, a + chunk - 1); seq++) for (const sess of sessions) batch.push(msg(sess, seq));
        await s.publish(batch);
      }
    }

    it('maps a session to one stable partition', async () => {
      fx = factory({ partitions: 8 });
      const s = await fx.open();
      expect(s.partitionCount).toBe(8);
      for (const id of ['a', 'room-1', '直播间-42', 'x'.repeat(200)]) {
        const p = s.partitionOf(id);
        expect(p).toBe(partitionOf(id, 8));
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(8);
      }
    });

    it('delivers every session in publish order to one consumer', async () => {
      fx = factory({ partitions: 4 });
      const s = await fx.open();
      const rec = new Recorder();
      const sessions = Array.from({ length: 12 }, (_, i) => `ord-${i}`);
      await publishAll(s, sessions, 1, 60);
      consumers.push(await s.consume(async (d) => rec.see(d), { maxBatch: 37 }));
      await publishAll(s, sessions, 61, 100);
      await waitFor(() => rec.complete(sessions, 100), 20_000, 'all messages');
      expect(rec.violations).toEqual([]);
      await waitFor(async () => (await s.stats()).backlog === 0, 10_000, 'empty backlog');
    });

    it('redelivers a failed batch, in order, before anything after it', async () => {
      fx = factory({ partitions: 2 });
      const s = await fx.open();
      const rec = new Recorder();
      let failures = 0;
      const sessions = ['f-1', 'f-2', 'f-3'];
      consumers.push(await s.consume(async (d) => {
        if (failures < 3 && d.messages.some((m) => m.seq === 20)) { failures++; throw new Error('store down'); }
        rec.see(d);
      }, { maxBatch: 10, onError: () => undefined }));
      await publishAll(s, sessions, 1, 50, 5);
      await waitFor(() => rec.complete(sessions, 50), 20_000, 'all messages after failures');
      expect(failures).toBe(3);
      expect(rec.violations).toEqual([]);
      expect(rec.redelivered).toBeGreaterThan(0);
    });

    it('hands a crashed consumer\'s unacknowledged messages to the next one, in order', async () => {
      fx = factory({ partitions: 4 });
      const s1 = await fx.open();
      const rec = new Recorder();
      const sessions = Array.from({ length: 8 }, (_, i) => `crash-${i}`);
      let a!: StreamConsumer;
      let gotA = 0;
      // A acknowledges its first batches, then hangs on one (a crash mid-batch) and is killed
      a = await s1.consume(async (d) => {
        gotA++;
        if (gotA > 2) await new Promise(() => undefined); // never resolves
        rec.see(d, 'A');
      }, { maxBatch: 20, id: 'A' });
      await publishAll(s1, sessions, 1, 80);
      await waitFor(() => gotA > 2, 10_000, 'A mid-batch');
      await a.kill();
      const s2 = await fx.open();
      consumers.push(await s2.consume(async (d) => rec.see(d, 'B'), { maxBatch: 20, id: 'B' }));
      await waitFor(() => rec.complete(sessions, 80), fx.failoverMs + 15_000, 'B to finish A\'s partitions');
      expect(rec.violations).toEqual([]);
      expect(rec.byMember.get('B')).toBeGreaterThan(0);
    });

    it('rebalances: a joining consumer takes half the partitions, a leaving one gives them back', async () => {
      fx = factory({ partitions: 8 });
      const s1 = await fx.open();
      const a = await s1.consume(async () => undefined, { id: 'A' });
      consumers.push(a);
      await waitFor(() => a.partitions().length === 8, 10_000, 'A to own all');
      const s2 = await fx.open();
      const b = await s2.consume(async () => undefined, { id: 'B' });
      consumers.push(b);
      await waitFor(() => a.partitions().length === 4 && b.partitions().length === 4, fx.failoverMs + 5000, 'a 4/4 split');
      expect([...a.partitions(), ...b.partitions()].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      await b.stop();
      await waitFor(() => a.partitions().length === 8, fx.failoverMs + 5000, 'A to take all back');
    });

    it('keeps per-session order through joins, graceful leaves and a crash under load', async () => {
      fx = factory({ partitions: 8 });
      const pub = await fx.open();
      const rec = new Recorder();
      const sessions = Array.from({ length: 20 }, (_, i) => `load-${i}`);
      const handler = (id: string) => async (d: Delivery) => { await sleep(1); rec.see(d, id); };
      const a = await (await fx.open()).consume(handler('A'), { id: 'A', maxBatch: 16 });
      let stopPub = false;
      let n = 0;
      const producer = (async () => { while (!stopPub && n < 300) { n++; await pub.publish(sessions.map((s) => msg(s, n))); await sleep(5); } })();
      await sleep(300);
      const b = await (await fx.open()).consume(handler('B'), { id: 'B', maxBatch: 16 });
      await sleep(800);
      const c = await (await fx.open()).consume(handler('C'), { id: 'C', maxBatch: 16 });
      await sleep(800);
      await b.stop();
      await sleep(300);
      await c.kill();
      await producer;
      stopPub = true;
      consumers.push(a);
      await waitFor(() => rec.complete(sessions, n), fx.failoverMs + 20_000, 'every message after the churn');
      expect(rec.violations).toEqual([]);
    });

    it('refuses with BackpressureError when the backlog is over its limits, and admits again once drained', async () => {
      fx = factory({ partitions: 2, maxMsgs: 50 });
      const s = await fx.open();
      for (let i = 1; i <= 40; i++) await s.publish([msg('bp', i)]);
      // soft limit: 90 % of 50
      expect(() => s.admit(10)).toThrow(BackpressureError);
      await s.publish(Array.from({ length: 10 }, (_, i) => msg('bp', 41 + i)));
      const err = await s.publish([msg('bp', 51)]).then(() => undefined, (e) => e);
      expect(err).toBeInstanceOf(BackpressureError);
      expect((err as BackpressureError).retryAfterSec).toBeGreaterThan(0);
      expect((await s.stats()).backlog).toBe(50); // nothing dropped, nothing extra
      const rec = new Recorder();
      consumers.push(await s.consume(async (d) => rec.see(d)));
      await waitFor(() => rec.complete(['bp'], 50), 10_000, 'drain');
      await waitFor(async () => (await s.stats()).backlog === 0, 10_000, 'empty backlog');
      await waitFor(() => { try { s.admit(10); return true; } catch { return false; } }, 5000, 'admission');
      await s.publish([msg('bp', 51)]);
      await waitFor(() => rec.complete(['bp'], 51), 10_000, 'the retried message');
      expect(rec.violations).toEqual([]);
    });

    it('counts a partition\'s unacknowledged messages', async () => {
      fx = factory({ partitions: 2 });
      const s = await fx.open();
      const p = s.partitionOf('pend');
      expect(await s.pending(p)).toBe(0);
      await s.publish(Array.from({ length: 7 }, (_, i) => msg('pend', i + 1)));
      expect(await s.pending(p)).toBe(7);
      const rec = new Recorder();
      consumers.push(await s.consume(async (d) => rec.see(d)));
      await waitFor(() => rec.complete(['pend'], 7), 10_000, 'delivery');
      await waitFor(async () => (await s.pending(p)) === 0, 10_000, 'pending 0');
    });

    it('deduplicates a republished batch', async () => {
      fx = factory({ partitions: 2 });
      const s = await fx.open();
      const batch = Array.from({ length: 5 }, (_, i) => msg('dup', i + 1));
      await s.publish(batch);
      await s.publish(batch);
      expect((await s.stats()).backlog).toBe(5);
    });
  });
}
