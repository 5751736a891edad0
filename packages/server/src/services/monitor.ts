// The session monitor: one engine SessionRunner per live session, kept in memory and rebuilt from the
// stored events when missing (after a restart, or on another worker). Used in-process by the server and,
// through the same class, by stream workers (packages/adapters NATS workers): feed it the stored events of
// a session in seq order, it stores the findings idempotently and returns the newly stored ones.
import type { Engine, Finding, LiveEvent, SessionRunner } from '@liveguard/core';
import type { Storage, StoredFinding } from '@liveguard/adapters';

interface Live { runner: SessionRunner; seq: number; lastUsed: number }

export interface MonitorOptions {
  /** Runners kept in memory (least recently used are dropped and rebuilt on demand). Default 10,000. */
  maxRunners?: number;
}

export class SessionMonitor {
  private live = new Map<string, Live>();
  private readonly max: number;
  constructor(private readonly store: Storage, private readonly engine: Engine, o: MonitorOptions = {}) {
    this.max = o.maxRunners ?? 10_000;
  }

  private newRunner(sessionId: string): SessionRunner {
    // source = session id: finding ids are hashes of (source, rule, seq, span), identical on every rebuild.
    return this.engine.createSession({ id: sessionId, source: sessionId });
  }

  /** Brings a runner to `upToSeq` from the store, collecting the findings the replay produces. */
  private async rebuild(sessionId: string, upToSeq: number, into: Finding[]): Promise<Live> {
    let l = this.live.get(sessionId);
    if (!l || l.seq > upToSeq) l = { runner: this.newRunner(sessionId), seq: 0, lastUsed: Date.now() };
    while (l.seq < upToSeq) {
      const rows = await this.store.readEvents(sessionId, { fromSeq: l.seq + 1, toSeq: upToSeq, limit: 5000 });
      if (!rows.length) break;
      for (const r of rows) {
        into.push(...this.safePush(l.runner, JSON.parse(r.body) as LiveEvent));
        l.seq = r.seq;
      }
    }
    return l;
  }

  private safePush(runner: SessionRunner, e: LiveEvent): Finding[] {
    try {
      return runner.push(e);
    } catch (err) {
      // A failing rule must not block the session: the event is stored; the error is reported once.
      process.emitWarning(`liveguard monitor: ${(err as Error).message}`);
      return [];
    }
  }

  /**
   * Runs newly stored events (consecutive seqs) through the session's runner and stores the findings.
   * Idempotent: events at or below the runner's position are skipped; re-running stores nothing twice.
   */
  async process(sessionId: string, events: readonly { seq: number; event: LiveEvent }[]): Promise<StoredFinding[]> {
    if (!events.length) return [];
    const found: Finding[] = [];
    const first = events[0].seq;
    let l = this.live.get(sessionId);
    if (!l || l.seq !== first - 1) l = await this.rebuild(sessionId, first - 1, found);
    for (const { seq, event } of events) {
      if (seq <= l.seq) continue;
      found.push(...this.safePush(l.runner, { ...event, seq } as LiveEvent));
      l.seq = seq;
    }
    l.lastUsed = Date.now();
    this.remember(sessionId, l, events[events.length - 1].event.type === 'session.end');
    return this.store.insertFindings(sessionId, found, l.seq);
  }

  /** Catches a session up to its stored head (after a crash): replays from the store, stores missing findings. */
  async catchUp(sessionId: string): Promise<StoredFinding[]> {
    const s = await this.store.getSession(sessionId);
    if (!s) return [];
    const found: Finding[] = [];
    this.live.delete(sessionId);
    const l = await this.rebuild(sessionId, s.lastSeq, found);
    this.remember(sessionId, l, s.status === 'ended');
    return this.store.insertFindings(sessionId, found, l.seq);
  }

  private remember(sessionId: string, l: Live, ended: boolean): void {
    this.live.delete(sessionId);
    if (ended) return; // an ended session takes no more events; drop its state
    this.live.set(sessionId, l);
    if (this.live.size > this.max) {
      const oldest = this.live.keys().next().value;
      if (oldest !== undefined) this.live.delete(oldest);
    }
  }

  forget(sessionId: string): void { this.live.delete(sessionId); }
  get size(): number { return this.live.size; }
}
