// The stream contract: how accepted (already stored, hash-chained) events travel from ingest nodes to
// monitor workers. Two implementations, one contract suite (packages/adapters/test/stream.contract.test.ts):
//   - MemoryStream: an in-process queue (the default: one process does everything);
//   - NatsStream: NATS JetStream (LIVEGUARD_NATS_URL), for several ingest nodes and several workers.
//
// Guarantees every implementation gives (see docs/deployment.md, "Design"):
//   - partitioning: a session always maps to the same partition (partitionOf), P partitions (default 16);
//   - per-partition order: a partition's messages are delivered to its one owner in publish order; a
//     batch is acknowledged only when the handler resolves; a failed or unacknowledged batch is delivered
//     again (to the same or to the next owner), in order, before anything after it: at-least-once;
//   - ownership: every partition has at most one owner at a time; members share partitions fairly
//     (ceil(P / members)); a member that joins takes its share, a member that leaves or dies hands its
//     partitions over (a dead one after its lease expires);
//   - backpressure: when the backlog is over the stream's limits, `admit` and `publish` throw
//     BackpressureError (never a silent drop); republishing the same messages is safe (deduplicated by
//     session+seq by the stream, and by seq by the worker).
import type { LiveEvent } from '@liveguard/core';

/** One accepted event on its way to a monitor. */
export interface StreamMessage {
  session: string;
  /** The store's seq of the event (1-based, per session). */
  seq: number;
  tenant?: string;
  /** The event as stored (with `session` and `seq`). */
  event: LiveEvent;
  /** Epoch ms when the ingest node accepted the event (for ingest → finding latency). */
  acceptedAt?: number;
}

/** A batch of one partition's messages, in order. */
export interface Delivery {
  partition: number;
  messages: StreamMessage[];
  /** True when some of these messages may have been delivered before (after a crash, a handover, a failed batch). */
  redelivered: boolean;
}

/** Resolves: the batch is acknowledged. Throws: the batch (and what follows it) is delivered again, in order. */
export type DeliveryHandler = (d: Delivery) => Promise<void>;

export interface ConsumeOptions {
  /** Member id (unique per worker process); a random one by default. */
  id?: string;
  /** Most messages per delivery (default 500). */
  maxBatch?: number;
  /** Partitions just taken: any cached state of their sessions may be stale. */
  onAssign?: (partitions: number[]) => void;
  /** Partitions just given up (graceful hand-over, lost lease): drop their sessions' state. */
  onRevoke?: (partitions: number[]) => void;
  /** Errors the member recovered from (handler failures, lost connections); default: ignored. */
  onError?: (err: unknown) => void;
}

/** One member of the consumer group. */
export interface StreamConsumer {
  readonly id: string;
  /** Partitions this member owns now. */
  partitions(): number[];
  /** Graceful leave: finishes the in-flight batches, acknowledges them and releases its partitions. */
  stop(): Promise<void>;
  /** Crash (tests, fault injection): stops at once, acknowledges nothing more and releases nothing. */
  kill(): Promise<void>;
}

export interface StreamStats {
  /** Messages published and not yet acknowledged. */
  backlog: number;
  backlogBytes: number;
  maxMsgs: number;
  maxBytes: number;
}

export interface EventStream {
  readonly kind: 'memory' | 'nats';
  readonly partitionCount: number;
  partitionOf(session: string): number;
  /**
   * Admission check, before the ingest node stores anything: throws BackpressureError when the backlog
   * (plus `count` more messages / `bytes` more bytes) is over the soft limit (90 % of the stream limits).
   */
  admit(count?: number, bytes?: number): void;
  /** Publishes in order. Throws BackpressureError when the stream refused messages (none is dropped silently). */
  publish(messages: readonly StreamMessage[]): Promise<void>;
  consume(handler: DeliveryHandler, opts?: ConsumeOptions): Promise<StreamConsumer>;
  stats(): Promise<StreamStats>;
  /** Messages of one partition not yet acknowledged (published and waiting, or delivered and in flight). */
  pending(partition: number): Promise<number>;
  close(): Promise<void>;
}

/** The stream is over its limits: answer 429/503 with `Retry-After: retryAfterSec`. */
export class BackpressureError extends Error {
  /** HTTP status for the ingest answer (Fastify and the server's error handler read `statusCode`). */
  readonly statusCode = 503;
  /** Headers for the answer (`Retry-After`). */
  readonly headers: Record<string, string>;
  constructor(message: string, readonly retryAfterSec = 1, readonly reason: 'max-msgs' | 'max-bytes' | 'unavailable' = 'max-msgs') {
    super(message);
    this.name = 'BackpressureError';
    this.headers = { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSec))) };
  }
}

export const DEFAULT_PARTITIONS = 16;

/** FNV-1a 32-bit of the session id, mod P: stable across processes, languages and restarts. */
export function partitionOf(session: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < session.length; i++) {
    h ^= session.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % partitions;
}

/** Fair share of P partitions among n members. */
export function fairShare(partitions: number, members: number): number {
  return Math.ceil(partitions / Math.max(1, members));
}

export function messageBytes(m: StreamMessage): number {
  return JSON.stringify(m).length;
}
