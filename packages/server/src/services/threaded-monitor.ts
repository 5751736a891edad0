// ThreadedMonitor: the SessionMonitor contract with the engine in a worker thread (./monitor-thread.ts).
// Storage stays on the main thread: it reads stored events for rebuilds and stores the findings.
import { Worker } from 'node:worker_threads';
import type { Finding, LiveEvent } from '@liveguard/core';
import type { Storage, StoredFinding } from '@liveguard/adapters';

interface Pending { resolve: (r: { findings: Finding[]; seq: number }) => void; reject: (e: Error) => void }

export class ThreadedMonitor {
  private worker!: Worker;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  /** Runner position in the thread per session (LRU order); absent = must be rebuilt. */
  private positions = new Map<string, number>();
  private closed = false;

  constructor(private readonly store: Storage, private readonly o: { maxRunners?: number; url?: URL } = {}) {
    this.spawn();
  }

  private spawn(): void {
    this.worker = new Worker(this.o.url ?? new URL('./monitor-thread.js', import.meta.url));
    this.worker.unref();
    this.worker.on('message', (batch: { id: number; findings: Finding[]; seq: number; errors?: string[] }[]) => {
      for (const m of batch) {
        for (const e of m.errors ?? []) process.emitWarning(`liveguard monitor: ${e}`);
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(m);
      }
    });
    const fail = (err: Error) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.positions.clear(); // every runner is gone: rebuild on demand
      if (!this.closed) this.spawn();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => { if (!this.closed) fail(new Error(`monitor thread exited (${code})`)); });
  }

  /** Requests issued in one turn of the event loop travel in one message (one structured clone, one wake-up). */
  private outbox: Record<string, unknown>[] = [];
  private call(msg: Record<string, unknown>): Promise<{ findings: Finding[]; seq: number }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.outbox.push({ ...msg, id });
      if (this.outbox.length === 1) setImmediate(() => {
        const out = this.outbox;
        this.outbox = [];
        this.worker.postMessage(out);
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
    await this.worker.terminate();
  }
}
