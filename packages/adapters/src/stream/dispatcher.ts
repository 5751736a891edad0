// Ingest side of the stream: hands accepted (already stored, hash-chained) events to the stream.
// Shape-compatible with the server's `EventDispatcher` seam (packages/server/src/services/ingest.ts), plus
// `admit`, the backpressure check the ingest calls BEFORE storing (→ 503 + Retry-After, nothing stored).
//
// Once events are stored they are accepted: a publish that fails afterwards (NATS down, stream full in a
// race) does not fail the request. The messages wait in an ordered retry buffer and are republished in
// the background (msg ids make that idempotent); while the buffer is not empty, `admit` refuses new
// batches. If the process dies with a non-empty buffer, the sessions' `monitoredSeq` stays behind their
// `lastSeq` and the owning worker catches them up from the store (MonitorWorker.catchUpLagging).
import type { LiveEvent } from '@liveguard/core';
import { BackpressureError, type EventStream, type StreamMessage } from './types.js';

export interface DispatchBatch {
  tenant: string;
  session: string;
  events: readonly { seq: number; hash?: string; event: LiveEvent }[];
}

export interface StreamDispatcherOptions {
  /** Most messages held for republishing (default 100,000); beyond it the oldest are left to catch-up. */
  maxBuffer?: number;
  /** First retry delay, ms (default 250, doubling to 5 s). */
  retryMs?: number;
  onError?: (err: unknown) => void;
}

export class StreamDispatcher {
  private buffer: StreamMessage[] = [];
  private retrying = false;
  private closed = false;
  private timer?: NodeJS.Timeout;
  /** Counters for /metrics. */
  readonly counters = { published: 0, retried: 0, leftToCatchUp: 0, refused: 0 };

  constructor(readonly stream: EventStream, private readonly o: StreamDispatcherOptions = {}) {}

  /** Throws BackpressureError (503, Retry-After) when the stream cannot take `count` more events now. */
  admit(count = 1, bytes = 0): void {
    if (this.buffer.length) {
      this.counters.refused++;
      throw new BackpressureError(`事件流暂不可用，请稍后重试 (stream unavailable: ${this.buffer.length} accepted events waiting to be republished)`, 2, 'unavailable');
    }
    try { this.stream.admit(count, bytes); } catch (err) { this.counters.refused++; throw err; }
  }

  async dispatch(batch: DispatchBatch): Promise<void> {
    const acceptedAt = Date.now();
    const msgs: StreamMessage[] = batch.events.map((e) => ({ session: batch.session, seq: e.seq, tenant: batch.tenant, event: e.event, acceptedAt }));
    if (!msgs.length) return;
    if (this.buffer.length) { this.enqueue(msgs); return; } // keep the order behind what waits
    try {
      await this.stream.publish(msgs);
      this.counters.published += msgs.length;
    } catch (err) {
      this.o.onError?.(err);
      this.enqueue(msgs); // republishing is idempotent (msg id session:seq)
    }
  }

  private enqueue(msgs: StreamMessage[]): void {
    this.buffer.push(...msgs);
    const max = this.o.maxBuffer ?? 100_000;
    if (this.buffer.length > max) {
      const n = this.buffer.length - max;
      this.buffer.splice(0, n);
      this.counters.leftToCatchUp += n;
      process.emitWarning(`liveguard dispatcher: ${n} stored events left to worker catch-up (stream unavailable)`);
    }
    this.schedule(this.o.retryMs ?? 250);
  }

  private schedule(delay: number): void {
    if (this.retrying || this.closed) return;
    this.retrying = true;
    this.timer = setTimeout(() => { void this.retry(delay); }, delay);
  }

  private async retry(delay: number): Promise<void> {
    while (this.buffer.length && !this.closed) {
      const chunk = this.buffer.slice(0, 500);
      try {
        await this.stream.publish(chunk);
        this.buffer.splice(0, chunk.length);
        this.counters.retried += chunk.length;
        this.counters.published += chunk.length;
      } catch (err) {
        this.o.onError?.(err);
        this.retrying = false;
        this.schedule(Math.min(5000, delay * 2));
        return;
      }
    }
    this.retrying = false;
  }

  /** Accepted events not yet on the stream. */
  get pending(): number { return this.buffer.length; }

  /** Tries to flush the retry buffer (up to `timeoutMs`), then closes the stream. */
  async close(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.buffer.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    this.closed = true;
    clearTimeout(this.timer);
    await this.stream.close();
  }
}
