// In-process stream: P partition queues in memory, a consumer group of members in the same process.
// The default when no NATS URL is configured; also the reference the NATS implementation is tested
// against (same contract suite).
import {
  BackpressureError, DEFAULT_PARTITIONS, fairShare, messageBytes, partitionOf,
  type ConsumeOptions, type DeliveryHandler, type EventStream, type StreamConsumer, type StreamMessage, type StreamStats,
} from './types.js';

export interface MemoryStreamOptions {
  partitions?: number;
  /** Backlog limits (messages published and not yet acknowledged). */
  maxMsgs?: number;
  maxBytes?: number;
  /** Retry-After for backpressure, seconds (default 1). */
  retryAfterSec?: number;
}

interface Part {
  queue: { m: StreamMessage; bytes: number }[];
  owner?: Member;
  /** Epoch: bumped on every hand-over, fences acknowledgements of the previous owner. */
  epoch: number;
  busy: boolean;
  /** Delivered at least once (so a re-delivery is flagged). */
  deliveredUpTo: number;
  /** Hand-over waiting for the in-flight batch. */
  moving?: Member;
}

class Member implements StreamConsumer {
  owned = new Set<number>();
  dead = false;
  stopping = false;
  constructor(readonly id: string, readonly handler: DeliveryHandler, readonly opts: ConsumeOptions, private readonly s: MemoryStream) {}
  partitions(): number[] { return [...this.owned].sort((a, b) => a - b); }
  stop(): Promise<void> { return this.s.leave(this, true); }
  kill(): Promise<void> { return this.s.leave(this, false); }
}

let memberSeq = 0;

export class MemoryStream implements EventStream {
  readonly kind = 'memory' as const;
  readonly partitionCount: number;
  private readonly parts: Part[];
  private readonly members: Member[] = [];
  private readonly lastSeq = new Map<string, number>();
  private backlog = 0;
  private backlogBytes = 0;
  private readonly maxMsgs: number;
  private readonly maxBytes: number;
  private closed = false;

  constructor(private readonly opts: MemoryStreamOptions = {}) {
    this.partitionCount = opts.partitions ?? DEFAULT_PARTITIONS;
    this.maxMsgs = opts.maxMsgs ?? 1_000_000;
    this.maxBytes = opts.maxBytes ?? 1 << 30;
    this.parts = Array.from({ length: this.partitionCount }, () => ({ queue: [], epoch: 0, busy: false, deliveredUpTo: 0 }));
  }

  partitionOf(session: string): number { return partitionOf(session, this.partitionCount); }

  admit(count = 1, bytes = 0): void {
    if (this.backlog + count > this.maxMsgs * 0.9) throw this.pressure('max-msgs');
    if (this.backlogBytes + bytes > this.maxBytes * 0.9) throw this.pressure('max-bytes');
  }

  private pressure(reason: 'max-msgs' | 'max-bytes'): BackpressureError {
    return new BackpressureError(
      `事件积压超过上限，请稍后重试 (stream backlog over its ${reason === 'max-msgs' ? 'message' : 'byte'} limit: ${this.backlog} msgs, ${this.backlogBytes} bytes)`,
      this.opts.retryAfterSec ?? 1, reason);
  }

  async publish(messages: readonly StreamMessage[]): Promise<void> {
    if (this.closed) throw new BackpressureError('stream closed', 1, 'unavailable');
    const touched = new Set<number>();
    for (const m of messages) {
      const key = m.session;
      if ((this.lastSeq.get(key) ?? 0) >= m.seq) continue; // duplicate (a retried publish)
      const bytes = messageBytes(m);
      if (this.backlog + 1 > this.maxMsgs) throw this.pressure('max-msgs');
      if (this.backlogBytes + bytes > this.maxBytes) throw this.pressure('max-bytes');
      const p = this.partitionOf(m.session);
      this.parts[p].queue.push({ m, bytes });
      this.lastSeq.set(key, m.seq);
      this.backlog++;
      this.backlogBytes += bytes;
      touched.add(p);
    }
    for (const p of touched) this.pump(p);
  }

  async consume(handler: DeliveryHandler, opts: ConsumeOptions = {}): Promise<StreamConsumer> {
    const m = new Member(opts.id ?? `mem-${process.pid}-${++memberSeq}`, handler, opts, this);
    this.members.push(m);
    this.rebalance();
    return m;
  }

  async stats(): Promise<StreamStats> {
    return { backlog: this.backlog, backlogBytes: this.backlogBytes, maxMsgs: this.maxMsgs, maxBytes: this.maxBytes };
  }

  async pending(partition: number): Promise<number> { return this.parts[partition]?.queue.length ?? 0; }

  async close(): Promise<void> {
    this.closed = true;
    for (const m of [...this.members]) await this.leave(m, true);
  }

  /** @internal */
  async leave(m: Member, graceful: boolean): Promise<void> {
    if (m.dead || m.stopping) return;
    m.stopping = true;
    if (graceful) {
      // wait for in-flight batches to be acknowledged
      while ([...m.owned].some((p) => this.parts[p].busy && this.parts[p].owner === m)) await new Promise((r) => setTimeout(r, 2));
    }
    m.dead = true;
    const idx = this.members.indexOf(m);
    if (idx >= 0) this.members.splice(idx, 1);
    const lost = m.partitions();
    for (const p of lost) {
      const part = this.parts[p];
      part.owner = undefined;
      part.moving = undefined;
      part.epoch++;
      part.busy = false; // a killed member's in-flight batch is fenced by the epoch
    }
    m.owned.clear();
    if (graceful && lost.length) m.opts.onRevoke?.(lost);
    this.rebalance();
  }

  /** Sticky fair assignment: members over their share give partitions to members under it. */
  private rebalance(): void {
    const live = this.members.filter((m) => !m.stopping);
    if (!live.length) return;
    const fair = fairShare(this.partitionCount, live.length);
    const free: number[] = [];
    for (let p = 0; p < this.partitionCount; p++) if (!this.parts[p].owner && !this.parts[p].moving) free.push(p);
    for (const m of live) {
      const extra = m.owned.size - fair;
      if (extra > 0) free.push(...m.partitions().slice(-extra).filter((p) => !this.parts[p].moving));
    }
    for (const m of live) {
      const want: number[] = [];
      while (m.owned.size + want.length < fair && free.length) {
        const p = free.shift()!;
        if (this.parts[p].owner === m) continue;
        want.push(p);
      }
      for (const p of want) this.handOver(p, m);
    }
  }

  private handOver(p: number, to: Member): void {
    const part = this.parts[p];
    const from = part.owner;
    if (from && part.busy) { part.moving = to; return; } // after the in-flight batch is acknowledged
    if (from) { from.owned.delete(p); from.opts.onRevoke?.([p]); }
    part.owner = to;
    part.moving = undefined;
    part.epoch++;
    to.owned.add(p);
    to.opts.onAssign?.([p]);
    this.pump(p);
  }

  private pump(p: number): void {
    const part = this.parts[p];
    if (part.busy || !part.owner || part.moving || !part.queue.length || this.closed) return;
    const owner = part.owner;
    const epoch = part.epoch;
    const max = owner.opts.maxBatch ?? 500;
    const batch = part.queue.slice(0, max);
    const redelivered = part.deliveredUpTo > 0;
    part.deliveredUpTo = Math.max(part.deliveredUpTo, batch.length);
    part.busy = true;
    queueMicrotask(() => {
      owner.handler({ partition: p, messages: batch.map((x) => x.m), redelivered }).then(
        () => {
          if (part.epoch !== epoch) return; // fenced: a hand-over happened meanwhile
          part.queue.splice(0, batch.length);
          part.deliveredUpTo = Math.max(0, part.deliveredUpTo - batch.length);
          for (const x of batch) { this.backlog--; this.backlogBytes -= x.bytes; }
          part.busy = false;
          if (part.moving) { const to = part.moving; part.moving = undefined; this.handOver(p, to); return; }
          this.pump(p);
        },
        (err) => {
          if (part.epoch !== epoch) return;
          owner.opts.onError?.(err);
          part.busy = false;
          // delivered again, in order, after a short pause
          setTimeout(() => { if (part.moving) { const to = part.moving; part.moving = undefined; this.handOver(p, to); } else this.pump(p); }, 20);
        },
      );
    });
  }
}
