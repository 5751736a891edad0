// ThreadedMonitor: the SessionMonitor contract with the engine in a worker thread (./monitor-thread.ts).
// Storage stays on the main thread: it reads stored events for rebuilds and stores the findings.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Finding, LiveEvent } from '@liveguard/core';
import type { Storage, StoredFinding } from '@liveguard/adapters';

interface Pending { resolve: (r: { findings: Finding[]; seq: number }) => void; reject: (e: Error) => void; lane?: unknown }

interface Lane { worker: Worker; outbox: Record<string, unknown>[] }

export class ThreadedMonitor {
  private lanes: Lane[] = [];
  private pending = new Map<number, Pending>();
  private nextId = 1;
  /** Runner position in its thread per session (LRU order); absent = must be rebuilt. */
  private positions = new Map<string, number>();
  private closed = false;

  /**
   * `threads`: engine threads; a session always goes to the same one (hash of its id). Default: the cores
   * left after the main thread, 1 to 4.
   */
  constructor(private readonly store: Storage, private readonly o: { maxRunners?: number; url?: URL; threads?: number } = {}) {
    const n = Math.max(1, o.threads ?? Math.min(4, availableParallelism() - 1));
    for (let i = 0; i < n; i++) this.lanes.push(this.spawn(i));
  }

  get threads(): number { return this.lanes.length; }

  private spawn(i: number): Lane {
    const worker = new Worker(this.o.url ?? new URL('./monitor-thread.js', import.meta.url));
    worker.unref();
    const lane: Lane = { worker, outbox: [] };
    worker.on('message', (batch: { id: number; findings: Finding[]; seq: number; errors?: string[] }[]) => {
      for (const m of batch) {
        for (const e of m.errors ?? []) process.emitWarning(`liveguard monitor: ${e}`);
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(m);
      }
    });
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      // Requests of this thread are lost with it: reject them (the ingest leaves monitoredSeq behind and
      // recovery replays), forget every position (rebuild on demand), start a new thread.
      for (const [id, p] of this.pending) if (p.lane === lane) { p.reject(err); this.pending.delete(id); }
      this.positions.clear();
      if (!this.closed) this.lanes[i] = this.spawn(i);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (!this.closed) fail(new Error(`monitor thread exited (${code})`)); });
    return lane;
  }

  private laneOf(session: string): Lane {
    if (this.lanes.length === 1) return this.lanes[0];
    let h = 0;
    for (let i = 0; i < session.length; i++) h = (Math.imul(h, 31) + session.charCodeAt(i)) | 0;
    return this.lanes[(h >>> 0) % this.lanes.length];
  }

  /** Requests issued in one turn of the event loop travel in one message per thread (one clone, one wake-up). */
  private call(msg: { session: string } & Record<string, unknown>): Promise<{ findings: Finding[]; seq: number }> {
    const id = this.nextId++;
    const lane = this.laneOf(msg.session);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, lane } as Pending);
      lane.outbox.push({ ...msg, id });
      if (lane.outbox.length === 1) setImmediate(() => {
        const out = lane.outbox;
        lane.outbox = [];
        lane.worker.postMessage(out);
      });
    });
  }

  private async replay(sessionId: string, upToSeq: number, into: Finding[]): Promise<void> {
    let seq = 0, reset = true;
    do {
      const rows = upToSeq > 0 ? await this.store.readEvents(sessionId, { fromSeq: seq + 1, toSeq: upToSeq, limit: 5000 }) : [];
      const r = await this.call({ op: 'push', session: sessionId, reset, events: rows.map((x) => ({ seq: x.seq, event: JSON.parse(x.body) as LiveEvent })) });
      into.push(...r.findings);
      reset = false;
      if (!rows.length) break;
      seq = rows[rows.length - 1].seq;
    } while (seq < upToSeq);
  }

  async process(sessionId: string, events: readonly { seq: number; event: LiveEvent }[]): Promise<StoredFinding[]> {
    if (!events.length) return [];
    const found: Finding[] = [];
    const first = events[0].seq;
    if (this.positions.get(sessionId) !== first - 1) await this.replay(sessionId, first - 1, found);
    const r = await this.call({ op: 'push', session: sessionId, reset: false, events });
    found.push(...r.findings);
    this.remember(sessionId, r.seq, events[events.length - 1].event.type === 'session.end');
    return this.store.insertFindings(sessionId, found, r.seq);
  }

  async catchUp(sessionId: string): Promise<StoredFinding[]> {
    const s = await this.store.getSession(sessionId);
    if (!s) return [];
    const found: Finding[] = [];
    await this.replay(sessionId, s.lastSeq, found);
    this.remember(sessionId, s.lastSeq, s.status === 'ended');
    return this.store.insertFindings(sessionId, found, s.lastSeq);
  }

  private remember(sessionId: string, seq: number, ended: boolean): void {
    this.positions.delete(sessionId);
    if (ended) { void this.call({ op: 'drop', session: sessionId }); return; }
    this.positions.set(sessionId, seq);
    if (this.positions.size > (this.o.maxRunners ?? 10_000)) {
      const oldest = this.positions.keys().next().value;
      if (oldest !== undefined) { this.positions.delete(oldest); void this.call({ op: 'drop', session: oldest }); }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.lanes.map((l) => l.worker.terminate()));
  }
}
