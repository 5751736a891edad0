// Ingest: validate → store the batch in one transaction (seq + hash chain) → acknowledge → monitor →
// store findings (idempotent) → publish to SSE subscribers of the tenant.
//
// The acknowledgement waits for the events' commit, not for the monitor: acknowledged events are never
// lost, and their findings are derived state — stored with the session's `monitoredSeq` watermark, so a
// crash between the two is repaired by `recover()` (replay from the store) on the next start. The monitor
// backlog is bounded (`maxBacklog`): beyond it, ingest answers 503 + Retry-After before storing anything.
//
// Scale-out seam: `createServer({ store, engine, dispatcher })` (= buildServer) passes the dispatcher here;
// accepted events are then handed to it (e.g. `StreamDispatcher` publishing to NATS JetStream per
// session) instead of the in-process monitor. Workers (`MonitorWorker` in packages/adapters, or this
// package's `SessionMonitor`) run the engine against the same store, and the server learns about their
// findings by polling the store's finding cursor (`FindingPoller` below) — the HTTP layer does not change.
import type { Engine, LiveEvent } from '@liveguard/core';
import { NotFoundError, type Storage, type StoredFinding } from '@liveguard/adapters';
import { SessionMonitor } from './monitor.js';
import type { FindingHub } from './hub.js';
import type { Metrics } from './metrics.js';

/** What a scale-out transport must do with accepted (already stored) events. */
export interface EventDispatcher {
  /**
   * Called once per accepted batch, after the events are durably stored, in seq order per session (calls for
   * one session never overlap). Resolve only once the transport holds the events (e.g. JetStream ack):
   * the HTTP response waits for it. If it rejects, the events are still stored; the session's
   * `monitoredSeq` stays behind and a worker's catch-up (`SessionMonitor.catchUp`) will process them.
   */
  dispatch(batch: { tenant: string; session: string; events: readonly { seq: number; hash: string; event: LiveEvent }[] }): Promise<void>;
  /**
   * Backpressure check called BEFORE the batch is stored: throw an error with `statusCode` 503 (and
   * `headers: { 'retry-after': … }`) to refuse it; nothing is stored then. (StreamDispatcher in
   * packages/adapters implements it.)
   */
  admit?(count: number, bytes: number): void;
  close?(): Promise<void>;
}

/** `findings` is filled only with `ackAfterMonitor`. */
export interface IngestResult { accepted: number; lastSeq: number; findings: StoredFinding[] }

/** What the ingest needs from a monitor: SessionMonitor (same thread) or ThreadedMonitor (worker thread). */
export interface MonitorBackend {
  process(sessionId: string, events: readonly { seq: number; event: LiveEvent }[]): Promise<StoredFinding[]>;
  catchUp(sessionId: string): Promise<StoredFinding[]>;
  close?(): Promise<void>;
}

export interface IngestDeps {
  store: Storage;
  engine: Engine;
  hub?: FindingHub;
  metrics?: Metrics;
  dispatcher?: EventDispatcher;
  /** Monitor to use (default: a SessionMonitor over `engine` in this thread). */
  monitor?: MonitorBackend;
  /** Events accepted but not yet monitored beyond which ingest refuses batches with 503 (default 200,000). */
  maxBacklog?: number;
  /** Acknowledge only after the batch's findings are stored (default false; tests and strict clients). */
  ackAfterMonitor?: boolean;
}

export class IngestService {
  readonly monitor: MonitorBackend;
  /** Per-session chains: appends in order, and monitor runs in order (separately, so appends never wait for rules). */
  private queues = new Map<string, Promise<unknown>>();
  private mqueues = new Map<string, Promise<unknown>>();
  private inflight = new Set<Promise<unknown>>();
  private closing = false;
  /** Events stored but not yet through the monitor. */
  backlog = 0;
  /** session → tenant, for sessions seen (ownership is immutable; retention deletes are caught by the store). */
  private owners = new Map<string, string>();

  constructor(private readonly d: IngestDeps) {
    this.monitor = d.monitor ?? new SessionMonitor(d.store, d.engine);
  }

  private chain<T>(queues: Map<string, Promise<unknown>>, sessionId: string, fn: () => Promise<T>): Promise<T> {
    const prev = queues.get(sessionId) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => {});
    queues.set(sessionId, tail);
    this.inflight.add(tail);
    void tail.then(() => {
      this.inflight.delete(tail);
      if (queues.get(sessionId) === tail) queues.delete(sessionId);
    });
    return next;
  }

  /** Runs `fn` after every earlier append of the same session. */
  private serial<T>(sessionId: string, fn: () => Promise<T>): Promise<T> {
    return this.chain(this.queues, sessionId, fn);
  }

  /** Runs the monitor over stored events, in seq order per session; errors leave the watermark behind for recovery. */
  private monitorLater(sessionId: string, events: readonly { seq: number; event: LiveEvent }[]): Promise<StoredFinding[]> {
    this.backlog += events.length;
    return this.chain(this.mqueues, sessionId, async () => {
      try {
        const findings = await this.monitor.process(sessionId, events);
        this.publish(findings);
        return findings;
      } catch (err) {
        process.emitWarning(`liveguard ingest: monitor failed for ${sessionId}: ${(err as Error).message}`);
        this.scheduleRecovery();
        return [];
      } finally {
        this.backlog -= events.length;
      }
    });
  }

  private recoveryTimer?: NodeJS.Timeout;
  /** After a monitor failure (a dead engine thread…), catch lagging sessions up shortly, once. */
  private scheduleRecovery(): void {
    if (this.recoveryTimer || this.closing) return;
    this.recoveryTimer = setTimeout(() => {
      this.recoveryTimer = undefined;
      if (!this.closing) void this.recover().catch(() => this.scheduleRecovery());
    }, 1000);
    this.recoveryTimer.unref();
  }

  /** Resolves when every accepted batch so far has been stored and monitored. */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.all([...this.inflight]);
  }

  /**
   * Stores a batch for a session the caller's tenant owns (NotFoundError otherwise) and, in-process,
   * runs the monitor. Acknowledge to the client only after this resolves: the events are then committed.
   */
  async ingest(tenant: string, sessionId: string, events: readonly LiveEvent[], bytes = 0): Promise<IngestResult> {
    if (this.closing) throw Object.assign(new Error('服务正在关闭 (server is shutting down)'), { statusCode: 503, headers: { 'retry-after': '5' } });
    if (this.owners.get(sessionId) !== tenant) {
      const s = await this.d.store.getSession(sessionId, tenant);
      if (!s) throw new NotFoundError(`会话不存在 (session ${sessionId} not found)`);
      if (this.owners.size >= 100_000) this.owners.clear();
      this.owners.set(sessionId, tenant); // a session's tenant never changes
    }
    this.d.dispatcher?.admit?.(events.length, bytes);
    const max = this.d.maxBacklog ?? 200_000;
    if (!this.d.dispatcher && this.backlog > 0 && this.backlog + events.length > max) {
      throw Object.assign(new Error(`监控积压 ${this.backlog} 个事件，请稍后重试 (monitor backlog of ${this.backlog} events; retry shortly)`), { statusCode: 503, headers: { 'retry-after': '1' } });
    }
    let monitored: Promise<StoredFinding[]> | undefined;
    const r = await this.serial(sessionId, async () => {
      const appended = await this.d.store.appendEvents(sessionId, events);
      if (this.d.metrics) { this.d.metrics.eventsIngested += appended.events.length; this.d.metrics.ingestBatches++; }
      if (appended.events.length) {
        if (this.d.dispatcher) await this.d.dispatcher.dispatch({ tenant, session: sessionId, events: appended.events });
        else monitored = this.monitorLater(sessionId, appended.events);
      }
      return { accepted: appended.events.length, lastSeq: appended.lastSeq };
    });
    const findings = monitored && this.d.ackAfterMonitor ? await monitored : [];
    return { ...r, findings };
  }

  private publish(findings: StoredFinding[]): void {
    if (!findings.length) return;
    if (this.d.metrics) for (const f of findings) this.d.metrics.countFindings(f.severity);
    this.d.hub?.publish(findings);
  }

  /**
   * After a crash: sessions whose stored events outran their stored findings are replayed and caught up
   * (in-process mode only; with a dispatcher the workers do this).
   */
  async recover(): Promise<{ sessions: number; findings: number }> {
    if (this.d.dispatcher) return { sessions: 0, findings: 0 };
    let sessions = 0, findings = 0;
    for (;;) {
      const lagging = await this.d.store.listSessions({ lagging: true, limit: 100 });
      if (!lagging.length) break;
      let progressed = false;
      for (const s of lagging) {
        const out = await this.chain(this.mqueues, s.id, () => this.monitor.catchUp(s.id));
        this.publish(out);
        sessions++;
        findings += out.length;
        const after = await this.d.store.getSession(s.id);
        if (after && after.monitoredSeq > s.monitoredSeq) progressed = true;
      }
      if (!progressed) break;
    }
    return { sessions, findings };
  }

  /** Stops taking batches and waits for every accepted one to be stored and monitored. */
  async drain(): Promise<void> {
    this.closing = true;
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
    await this.idle();
    await this.d.dispatcher?.close?.();
    await this.monitor.close?.();
  }
}

/** Scale-out mode: forwards findings that workers stored to the hub, by polling the store's cursor. */
export class FindingPoller {
  private timer?: NodeJS.Timeout;
  private cursor = 0;
  private running = false;
  constructor(private readonly store: Storage, private readonly hub: FindingHub, private readonly intervalMs = 100, private readonly metrics?: Metrics) {}

  async start(): Promise<void> {
    this.cursor = await this.store.maxFindingCursor();
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const batch = await this.store.findingsAfter(this.cursor, { limit: 1000 });
        if (!batch.length) break;
        this.cursor = batch[batch.length - 1].cursor;
        if (this.metrics) for (const f of batch) this.metrics.countFindings(f.severity);
        this.hub.publish(batch);
        if (batch.length < 1000) break;
      }
    } catch { /* retried on the next tick */ } finally {
      this.running = false;
    }
  }

  stop(): void { if (this.timer) clearInterval(this.timer); }
}
