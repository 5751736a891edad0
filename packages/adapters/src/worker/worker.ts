// The monitor worker: consumes its partitions of the event stream, runs each session's events through an
// engine SessionRunner in seq order, and stores the findings (idempotent by id) together with the
// session's `monitoredSeq` watermark before it acknowledges the batch.
//
// The store is the source of truth, the stream is the notification:
//   - a session this worker has no state for (first sight, a partition taken over, a crash) is rebuilt
//     from its stored events 1..seq-1 (the replay's findings are stored too: idempotent, and it covers a
//     batch whose findings were never stored);
//   - a message at or below the session's position is a redelivery: skipped;
//   - a message above position+1 (published out of order, or a publish that failed after the store
//     committed) fills the gap from the store first;
//   - sessions whose stored events outran their findings for a while (an ingest node died between
//     storing and publishing) are caught up from the store by the owner of their partition.
// Finding ids are deterministic (engine: hash of source, rule, seq, span; source = session id, exactly as
// the server's in-process monitor does), so every replay produces the same ids and the store's unique
// (session, id) key turns at-least-once delivery into exactly-once findings.
import type { Engine, Finding, LiveEvent, SessionRunner } from '@liveguard/core';
import { NotFoundError, type Storage, type StoredFinding } from '../storage/types.js';
import type { Delivery, EventStream, StreamConsumer } from '../stream/types.js';
import { pgBatchWriter } from './pg-batch.js';
import { withContext } from '../stream/nats.js';

export interface WorkerStats {
  batches: number;
  events: number;
  /** Redelivered messages skipped (at or below the session's position). */
  duplicates: number;
  /** Sessions rebuilt from the store. */
  rebuilds: number;
  /** Events read from the store to fill gaps or rebuild. */
  replayed: number;
  findings: number;
  failures: number;
  catchUps: number;
}

export interface FindingsNotice {
  session: string;
  tenant: string;
  findings: StoredFinding[];
  /** acceptedAt (epoch ms, from the ingest node) of the events the findings point at, by seq. */
  acceptedAt: Record<number, number>;
}

export interface MonitorWorkerOptions {
  stream: EventStream;
  store: Storage;
  engine: Engine;
  /** Member id (default: random). */
  id?: string;
  maxBatch?: number;
  /** Sessions kept in memory (least recently used dropped, rebuilt on demand). Default 20,000. */
  maxSessions?: number;
  /** Concurrent store writes per batch (default 8). */
  writeConcurrency?: number;
  /** Called after newly stored findings are committed (SSE fan-out, metrics, benchmarks). */
  onFindings?: (notice: FindingsNotice) => void;
  onError?: (err: unknown) => void;
  /**
   * Sessions whose batch produced no finding get their `monitoredSeq` watermark written lazily, at most
   * this often (ms, default 5,000): one store transaction per session per batch would otherwise bound
   * throughput by the store's commit rate. Findings are always stored before the batch is acknowledged.
   */
  watermarkEveryMs?: number;
  /** One transaction per batch on PostgreSQL (default true); false: one per session (the Storage contract only). */
  batchWrites?: boolean;
  /** Catch-up of lagging sessions: how often (ms, default 10,000; 0 disables) and how stale (default 30,000). */
  catchUpEveryMs?: number;
  catchUpAfterMs?: number;
}

interface Live { runner: SessionRunner; seq: number }

/**
 * Optional store extension: findings (and watermarks) of many sessions in ONE transaction. Without it the
 * worker writes one transaction per session per batch, and the store's commit rate bounds throughput
 * (docs/deployment.md, "Sizing"). Same semantics as `insertFindings`, per item; returns the newly stored.
 */
export interface BatchFindingsWriter {
  insertFindingsMany(items: readonly { session: string; findings: readonly Finding[]; monitoredSeq?: number }[]): Promise<StoredFinding[]>;
}

export class MonitorWorker {
  readonly stats: WorkerStats = { batches: 0, events: 0, duplicates: 0, rebuilds: 0, replayed: 0, findings: 0, failures: 0, catchUps: 0 };
  private readonly sessions = new Map<string, Live>();
  private consumer?: StreamConsumer;
  private readonly locks = new Map<number, Promise<void>>();
  private owned = new Set<number>();
  private timer?: NodeJS.Timeout;
  private wmTimer?: NodeJS.Timeout;
  private readonly maxSessions: number;
  /** Watermarks not yet written (session → seq). */
  private readonly dirty = new Map<string, number>();
  private flushing?: Promise<void>;

  private readonly batch?: BatchFindingsWriter;

  constructor(private readonly o: MonitorWorkerOptions) {
    this.maxSessions = o.maxSessions ?? 20_000;
    const native = o.store as Partial<BatchFindingsWriter>;
    if (typeof native.insertFindingsMany === 'function') this.batch = native as BatchFindingsWriter;
    else if (o.batchWrites !== false) this.batch = pgBatchWriter(o.store);
  }

  get id(): string { return this.consumer?.id ?? this.o.id ?? ''; }
  partitions(): number[] { return this.consumer?.partitions() ?? []; }
  get sessionCount(): number { return this.sessions.size; }

  async start(): Promise<void> {
    this.consumer = await this.o.stream.consume((d) => this.withLock(d.partition, () => this.handle(d)), {
      id: this.o.id, maxBatch: this.o.maxBatch,
      onAssign: (ps) => { for (const p of ps) { this.owned.add(p); this.dropPartition(p); } },
      onRevoke: (ps) => { for (const p of ps) { this.owned.delete(p); this.dropPartition(p); } },
      onError: (err) => this.o.onError?.(err),
    });
    const wm = this.o.watermarkEveryMs ?? 5000;
    this.wmTimer = setInterval(() => { void this.flushWatermarks().catch((err) => this.o.onError?.(withContext(err, 'watermark flush'))); }, Math.max(50, wm));
    this.wmTimer.unref();
    const every = this.o.catchUpEveryMs ?? 10_000;
    if (every > 0) {
      this.timer = setInterval(() => { void this.catchUpLagging().catch((err) => this.o.onError?.(withContext(err, 'catch-up'))); }, every);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer); clearInterval(this.wmTimer);
    await this.consumer?.stop();
    await this.flushWatermarks();
  }
  async kill(): Promise<void> { clearInterval(this.timer); clearInterval(this.wmTimer); await this.consumer?.kill(); }

  /** Writes the pending `monitoredSeq` watermarks of sessions whose recent batches had no finding. */
  flushWatermarks(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      const items = [...this.dirty];
      this.dirty.clear();
      if (this.batch && items.length) {
        try {
          await this.batch.insertFindingsMany(items.map(([session, seq]) => ({ session, findings: [], monitoredSeq: seq })));
        } catch (err) {
          for (const [session, seq] of items) if ((this.dirty.get(session) ?? 0) < seq) this.dirty.set(session, seq);
          throw err;
        }
        return;
      }
      let i = 0;
      await Promise.all(Array.from({ length: Math.min(4, items.length) }, async () => {
        while (i < items.length) {
          const [session, seq] = items[i++];
          try { await this.o.store.insertFindings(session, [], seq); } catch (err) {
            if ((err as Error)?.name === 'NotFoundError') continue;
            if ((this.dirty.get(session) ?? 0) < seq) this.dirty.set(session, seq);
            throw err;
          }
        }
      }));
    })().finally(() => { this.flushing = undefined; });
    return this.flushing;
  }

  private dropPartition(p: number): void {
    for (const id of [...this.sessions.keys()]) if (this.o.stream.partitionOf(id) === p) this.sessions.delete(id);
  }

  /** One partition's work runs serially (deliveries and catch-ups). */
  private withLock<T>(p: number, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(p) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.then(() => undefined, () => undefined);
    this.locks.set(p, tail);
    void tail.then(() => { if (this.locks.get(p) === tail) this.locks.delete(p); });
    return next;
  }

  private newRunner(session: string): SessionRunner {
    // source = session id, as in the server's in-process monitor: identical finding ids on every process.
    return this.o.engine.createSession({ id: session, source: session });
  }

  private safePush(runner: SessionRunner, e: LiveEvent): Finding[] {
    try {
      return runner.push(e);
    } catch (err) {
      // a failing rule must not block the partition: the event is stored, the error reported
      this.o.onError?.(err);
      return [];
    }
  }

  /** Advances a session to `upTo` from the store (rebuilding it when unknown); collects the findings. */
  private async advanceFromStore(session: string, upTo: number, into: Finding[]): Promise<Live> {
    let l = this.sessions.get(session);
    if (!l) { l = { runner: this.newRunner(session), seq: 0 }; if (upTo > 0) this.stats.rebuilds++; }
    while (l.seq < upTo) {
      const rows = await this.o.store.readEvents(session, { fromSeq: l.seq + 1, toSeq: upTo, limit: 5000 });
      if (!rows.length) break;
      for (const r of rows) {
        into.push(...this.safePush(l.runner, JSON.parse(r.body) as LiveEvent));
        l.seq = r.seq;
        this.stats.replayed++;
      }
    }
    return l;
  }

  private remember(session: string, l: Live): void {
    this.sessions.delete(session);
    this.sessions.set(session, l);
    if (this.sessions.size > this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
  }

  private async handle(d: Delivery): Promise<void> {
    const touched = new Map<string, { found: Finding[]; seq: number; tenant?: string; acceptedAt: Record<number, number> }>();
    try {
      for (const m of d.messages) {
        let t = touched.get(m.session);
        if (!t) touched.set(m.session, (t = { found: [], seq: 0, tenant: m.tenant, acceptedAt: {} }));
        let l = this.sessions.get(m.session);
        if (!l || l.seq < m.seq - 1) l = await this.advanceFromStore(m.session, m.seq - 1, t.found);
        if (m.seq <= l.seq) { this.stats.duplicates++; this.remember(m.session, l); continue; }
        t.found.push(...this.safePush(l.runner, { ...m.event, seq: m.seq } as LiveEvent));
        l.seq = m.seq;
        t.seq = m.seq;
        if (m.acceptedAt !== undefined) t.acceptedAt[m.seq] = m.acceptedAt;
        this.remember(m.session, l);
        this.stats.events++;
      }
      await this.store(touched);
      this.stats.batches++;
    } catch (err) {
      // nothing of this batch is acknowledged: forget these sessions, they are rebuilt on redelivery
      this.stats.failures++;
      for (const s of touched.keys()) this.sessions.delete(s);
      throw err;
    }
  }

  private async store(touched: Map<string, { found: Finding[]; seq: number; tenant?: string; acceptedAt: Record<number, number> }>, eager = false): Promise<void> {
    const entries: [string, { found: Finding[]; seq: number; acceptedAt: Record<number, number> }][] = [];
    for (const [session, t] of touched) {
      if (t.found.length || eager) { entries.push([session, t]); this.dirty.delete(session); } else if (t.seq > 0 && (this.dirty.get(session) ?? 0) < t.seq) this.dirty.set(session, t.seq);
    }
    if (this.batch && entries.length) {
      // one transaction for the whole batch
      const stored = await this.batch.insertFindingsMany(entries.map(([session, t]) => ({ session, findings: t.found, monitoredSeq: t.seq || undefined })));
      this.stats.findings += stored.length;
      if (stored.length && this.o.onFindings) {
        const by = new Map<string, StoredFinding[]>();
        for (const f of stored) { let a = by.get(f.session); if (!a) by.set(f.session, (a = [])); a.push(f); }
        for (const [session, fs] of by) this.o.onFindings({ session, tenant: fs[0].tenant, findings: fs, acceptedAt: touched.get(session)?.acceptedAt ?? {} });
      }
      return;
    }
    const conc = this.o.writeConcurrency ?? 8;
    let i = 0;
    const run = async () => {
      while (i < entries.length) {
        const [session, t] = entries[i++];
        let stored: StoredFinding[];
        try {
          stored = await this.o.store.insertFindings(session, t.found, t.seq || undefined);
        } catch (err) {
          if (err instanceof NotFoundError || (err as Error)?.name === 'NotFoundError') { this.sessions.delete(session); continue; } // purged
          throw err;
        }
        this.stats.findings += stored.length;
        if (stored.length && this.o.onFindings) {
          this.o.onFindings({ session, tenant: stored[0].tenant, findings: stored, acceptedAt: t.acceptedAt });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(conc, entries.length) }, run));
  }

  /**
   * Sessions of my partitions whose stored events outran their findings for `catchUpAfterMs` (an ingest
   * node stored events and died before publishing them): processed from the store.
   */
  async catchUpLagging(): Promise<number> {
    const after = this.o.catchUpAfterMs ?? 30_000;
    const cutoff = Date.now() - after;
    const lagging = await this.o.store.listSessions({ lagging: true, limit: 1000 });
    let n = 0;
    for (const s of lagging) {
      const p = this.o.stream.partitionOf(s.id);
      if (!this.owned.has(p) || Date.parse(s.updatedAt) > cutoff) continue;
      // not lagging: processed here, only the watermark is not written yet
      if ((this.dirty.get(s.id) ?? 0) >= s.lastSeq || (this.sessions.get(s.id)?.seq ?? 0) >= s.lastSeq) continue;
      // the stream still holds messages of this partition: they will come (a backlog, not a lost publish)
      if (await this.o.stream.pending(p) > 0) continue;
      await this.withLock(p, async () => {
        if (!this.owned.has(p)) return;
        const found: Finding[] = [];
        const l = await this.advanceFromStore(s.id, s.lastSeq, found);
        this.remember(s.id, l);
        await this.store(new Map([[s.id, { found, seq: l.seq, acceptedAt: {} }]]), true);
      });
      n++;
    }
    this.stats.catchUps += n;
    return n;
  }
}
