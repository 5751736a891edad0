// NATS JetStream stream.
//
// Layout (prefix `liveguard`, stream `LIVEGUARD_EVENTS`, P partitions, all configurable):
//   events    stream LIVEGUARD_EVENTS, subjects liveguard.events.<p>, p = FNV-1a(session) mod P,
//             work-queue retention (a message is removed once acknowledged, so the stream holds exactly
//             the backlog), max_msgs / max_bytes with discard=new (a full backlog refuses, never drops),
//             msg id `<session>:<seq>` (a retried publish is deduplicated within the duplicate window);
//   consumers one durable pull consumer per partition, `p<p>`, filter liveguard.events.<p>, explicit ack;
//   leases    stream LIVEGUARD_EVENTS_LEASES, subjects liveguard.leases.p.<p> (partition owner) and
//             liveguard.leases.m.<member> (member heartbeat), one message per subject (a KV bucket laid
//             out by hand: compare-and-set is `expect last subject sequence`), TTL judged on the server's
//             timestamps so the members' clocks don't matter;
//   findings  workers publish newly stored findings on liveguard.findings.<tenant> (core NATS, best effort:
//             the store is the record; servers may fan these out over SSE instead of polling the store).
//
// A member heartbeats every TTL/3 (at most 2 s), counts the live members, keeps ceil(P / members) partitions: it
// releases the extras (after acknowledging its in-flight batch) and claims free or expired ones. Claiming
// a partition recreates its consumer, which restarts delivery at the first unacknowledged message, in
// order, and fences out a previous owner that is still running after losing its lease.
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy, DeliverPolicy, DiscardPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType,
  type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg, type StoredMsg,
} from '@nats-io/jetstream';
import {
  BackpressureError, DEFAULT_PARTITIONS, fairShare, partitionOf,
  type ConsumeOptions, type DeliveryHandler, type EventStream, type StreamConsumer, type StreamMessage, type StreamStats,
} from './types.js';

export interface NatsStreamOptions {
  /** NATS URL(s), e.g. `nats://127.0.0.1:4222` (LIVEGUARD_NATS_URL); several for a cluster. */
  servers?: string | string[];
  /** An existing connection (then `close()` leaves it open). */
  connection?: NatsConnection;
  /** Stream name (default LIVEGUARD_NATS_STREAM or LIVEGUARD_EVENTS); the lease stream is `<name>_LEASES`. */
  stream?: string;
  /** Subject prefix (default LIVEGUARD_NATS_PREFIX or `liveguard`). */
  subjectPrefix?: string;
  /** Partitions (default 16). Must be the same for every process; checked against the stream. */
  partitions?: number;
  /** Backlog limits of the events stream (default 1,000,000 messages, 1 GiB). */
  maxMsgs?: number;
  maxBytes?: number;
  /** Stream replicas (1 on a single server, 3 on a cluster). */
  replicas?: number;
  storage?: 'file' | 'memory';
  /** Partition lease TTL, ms (default 10,000): a dead worker's partitions move after at most this. */
  leaseTtlMs?: number;
  /** Retry-After for backpressure, seconds (default 1). */
  retryAfterSec?: number;
  /** Connection name shown by the server. */
  name?: string;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const ms = (n: number) => n * 1_000_000; // ns

export class NatsStream implements EventStream {
  readonly kind = 'nats' as const;
  readonly partitionCount: number;
  readonly streamName: string;
  readonly leaseStream: string;
  readonly prefix: string;
  readonly leaseTtlMs: number;
  readonly maxMsgs: number;
  readonly maxBytes: number;
  private info: { msgs: number; bytes: number; at: number } = { msgs: 0, bytes: 0, at: 0 };
  private publishedSinceInfo = 0;
  private refreshing?: Promise<void>;
  private readonly members = new Set<NatsMember>();
  private closed = false;

  private constructor(readonly nc: NatsConnection, readonly js: JetStreamClient, readonly jsm: JetStreamManager,
    private readonly ownsConnection: boolean, readonly opts: NatsStreamOptions) {
    this.partitionCount = opts.partitions ?? DEFAULT_PARTITIONS;
    this.streamName = opts.stream ?? process.env.LIVEGUARD_NATS_STREAM ?? 'LIVEGUARD_EVENTS';
    this.leaseStream = `${this.streamName}_LEASES`;
    this.prefix = opts.subjectPrefix ?? process.env.LIVEGUARD_NATS_PREFIX ?? 'liveguard';
    this.leaseTtlMs = opts.leaseTtlMs ?? 10_000;
    this.maxMsgs = opts.maxMsgs ?? 1_000_000;
    this.maxBytes = opts.maxBytes ?? 1 << 30;
  }

  /** Connects and makes sure the streams exist with this configuration. */
  static async connect(opts: NatsStreamOptions = {}): Promise<NatsStream> {
    const nc = opts.connection ?? await connect({
      servers: opts.servers ?? process.env.LIVEGUARD_NATS_URL ?? '127.0.0.1:4222',
      name: opts.name ?? 'liveguard', maxReconnectAttempts: -1,
    });
    const s = new NatsStream(nc, jetstream(nc), await jetstreamManager(nc), !opts.connection, opts);
    await s.ensure();
    return s;
  }

  subject(p: number): string { return `${this.prefix}.events.${p}`; }
  consumerName(p: number): string { return `p${p}`; }
  partitionOf(session: string): number { return partitionOf(session, this.partitionCount); }

  private async ensure(): Promise<void> {
    const description = `liveguard events; partitions=${this.partitionCount}`;
    const storage = this.opts.storage === 'memory' ? StorageType.Memory : StorageType.File;
    const replicas = this.opts.replicas ?? 1;
    try {
      const si = await this.jsm.streams.info(this.streamName);
      const m = /partitions=(\d+)/.exec(si.config.description ?? '');
      if (m && Number(m[1]) !== this.partitionCount) {
        throw new Error(`NATS 流 ${this.streamName} 的分区数为 ${m[1]}，与配置的 ${this.partitionCount} 不一致 (stream ${this.streamName} has ${m[1]} partitions, configured ${this.partitionCount}): every process must use the same --partitions`);
      }
      // limits given explicitly are applied; otherwise the stream's own limits are used
      if ((this.opts.maxMsgs !== undefined && si.config.max_msgs !== this.maxMsgs) || (this.opts.maxBytes !== undefined && si.config.max_bytes !== this.maxBytes)) {
        await this.jsm.streams.update(this.streamName, { ...si.config, max_msgs: this.maxMsgs, max_bytes: this.maxBytes });
      } else {
        (this as { maxMsgs: number }).maxMsgs = si.config.max_msgs > 0 ? si.config.max_msgs : this.maxMsgs;
        (this as { maxBytes: number }).maxBytes = si.config.max_bytes > 0 ? si.config.max_bytes : this.maxBytes;
      }
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await addIgnoringExists(() => this.jsm.streams.add({
        name: this.streamName, description, subjects: [`${this.prefix}.events.*`], retention: RetentionPolicy.Workqueue,
        discard: DiscardPolicy.New, max_msgs: this.maxMsgs, max_bytes: this.maxBytes, storage, num_replicas: replicas,
        duplicate_window: ms(120_000),
      }));
    }
    try {
      await this.jsm.streams.info(this.leaseStream);
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await addIgnoringExists(() => this.jsm.streams.add({
        name: this.leaseStream, description: 'liveguard partition leases and worker heartbeats',
        subjects: [`${this.prefix}.leases.>`], max_msgs_per_subject: 1, discard: DiscardPolicy.Old,
        storage, num_replicas: replicas, max_age: ms(Math.max(60_000, 10 * this.leaseTtlMs)), allow_rollup_hdrs: true,
      }));
    }
  }

  // ------------------------------------------------------------------------------------------ publishing

  admit(count = 1, bytes = 0): void {
    if (this.closed) throw new BackpressureError('NATS stream closed', this.retryAfter, 'unavailable');
    void this.refresh();
    if (this.nc.isClosed()) throw new BackpressureError('NATS 连接已断开 (NATS connection closed)', this.retryAfter, 'unavailable');
    const msgs = this.info.msgs + this.publishedSinceInfo;
    if (msgs + count > this.maxMsgs * 0.9) {
      throw new BackpressureError(`事件积压超过上限，请稍后重试 (stream ${this.streamName} backlog ${msgs} messages, limit ${this.maxMsgs})`, this.retryAfter, 'max-msgs');
    }
    if (this.info.bytes + bytes > this.maxBytes * 0.9) {
      throw new BackpressureError(`事件积压超过上限，请稍后重试 (stream ${this.streamName} backlog ${this.info.bytes} bytes, limit ${this.maxBytes})`, this.retryAfter, 'max-bytes');
    }
  }

  private get retryAfter(): number { return this.opts.retryAfterSec ?? 1; }

  /** Refreshes the cached backlog at most every 200 ms (admission control reads the cache). */
  private refresh(force = false): Promise<void> {
    if (this.refreshing) return this.refreshing;
    if (!force && Date.now() - this.info.at < 200) return Promise.resolve();
    this.refreshing = this.jsm.streams.info(this.streamName).then(
      (si) => { this.info = { msgs: si.state.messages, bytes: si.state.bytes, at: Date.now() }; this.publishedSinceInfo = 0; },
      () => { /* keep the last figures; publish reports real failures */ },
    ).finally(() => { this.refreshing = undefined; });
    return this.refreshing;
  }

  async publish(messages: readonly StreamMessage[]): Promise<void> {
    if (!messages.length) return;
    const results = await Promise.allSettled(messages.map((m) => this.js.publish(this.subject(this.partitionOf(m.session)), enc.encode(JSON.stringify(m)), {
      msgID: `${m.session}:${m.seq}`, timeout: 10_000,
    })));
    this.publishedSinceInfo += messages.length;
    let refused = 0, firstErr: unknown;
    for (const r of results) if (r.status === 'rejected') { refused++; firstErr ??= r.reason; }
    if (refused) {
      const msg = String((firstErr as Error)?.message ?? firstErr);
      const reason = /bytes/i.test(msg) ? 'max-bytes' : /messages|maximum|resources/i.test(msg) ? 'max-msgs' : 'unavailable';
      void this.refresh(true);
      throw new BackpressureError(`NATS 拒绝了 ${refused}/${messages.length} 条事件 (stream refused ${refused} of ${messages.length} messages: ${msg}); retry the same messages`, this.retryAfter, reason);
    }
  }

  /** Publishes a worker's newly stored findings on `<prefix>.findings.<tenant>` (core NATS, for SSE fan-out and benchmarks). */
  notifyFindings(notice: { tenant: string }): void {
    if (this.nc.isClosed()) return;
    this.nc.publish(`${this.prefix}.findings.${notice.tenant.replace(/[^A-Za-z0-9_-]/g, '_')}`, enc.encode(JSON.stringify(notice)));
  }

  async stats(): Promise<StreamStats> {
    const si = await this.jsm.streams.info(this.streamName);
    return { backlog: si.state.messages, backlogBytes: si.state.bytes, maxMsgs: this.maxMsgs, maxBytes: this.maxBytes };
  }

  // ------------------------------------------------------------------------------------------ consuming

  async consume(handler: DeliveryHandler, opts: ConsumeOptions = {}): Promise<StreamConsumer> {
    const m = new NatsMember(this, handler, opts);
    this.members.add(m);
    await m.start();
    return m;
  }

  async pending(partition: number): Promise<number> {
    try {
      const ci = await this.jsm.consumers.info(this.streamName, this.consumerName(partition));
      return ci.num_pending + ci.num_ack_pending;
    } catch (err) {
      if (!isNotFound(err)) throw err;
      // no consumer yet: count the partition's messages in the stream
      const si = await this.jsm.streams.info(this.streamName, { subjects_filter: this.subject(partition) });
      return si.state.subjects?.[this.subject(partition)] ?? 0;
    }
  }

  /** @internal */ forget(m: NatsMember): void { this.members.delete(m); }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const m of [...this.members]) await m.stop();
    if (this.ownsConnection) await this.nc.drain().catch(() => this.nc.close());
  }

  /** Deletes the streams (tests, benchmarks). */
  async destroy(): Promise<void> {
    for (const s of [this.streamName, this.leaseStream]) await this.jsm.streams.delete(s).catch(() => undefined);
  }
}

/** Prefixes an error's message with where it happened (for the worker's log). */
export function withContext(err: unknown, where: string): Error {
  const e = err instanceof Error ? err : new Error(String(err));
  if (!e.message.startsWith(where)) { try { e.message = `${where}: ${e.message}`; } catch { return new Error(`${where}: ${e.message}`); } }
  return e;
}

function isNotFound(err: unknown): boolean {
  const e = err as { code?: number; name?: string; message?: string };
  return e?.name === 'StreamNotFoundError' || e?.name === 'ConsumerNotFoundError' || e?.code === 10059 || e?.code === 10014 || /not found/i.test(e?.message ?? '');
}

async function addIgnoringExists(fn: () => Promise<unknown>): Promise<void> {
  try { await fn(); } catch (err) {
    if (!/already in use|already exists/i.test(String((err as Error).message))) throw err;
  }
}

// ------------------------------------------------------------------------------------------------ members

interface Lease { owner?: string; seq: number; time: number }

let memberSeq = 0;

class NatsMember implements StreamConsumer {
  readonly id: string;
  private readonly owned = new Map<number, { leaseSeq: number; loop: PartitionLoop }>();
  private timer?: NodeJS.Timeout;
  private ticking?: Promise<void>;
  private stopped = false;

  constructor(private readonly s: NatsStream, private readonly handler: DeliveryHandler, private readonly opts: ConsumeOptions) {
    this.id = (opts.id ?? `w-${process.pid}-${++memberSeq}-${Math.random().toString(36).slice(2, 8)}`).replace(/[^A-Za-z0-9_-]/g, '_');
  }

  partitions(): number[] { return [...this.owned.keys()].sort((a, b) => a - b); }

  async start(): Promise<void> {
    await this.tick();
    // heartbeat at TTL/3, and at least every 2 s so that joins rebalance quickly even with long leases
    const every = Math.max(100, Math.min(2000, Math.floor(this.s.leaseTtlMs / 3)));
    this.timer = setInterval(() => { void this.tick(); }, every);
  }

  private memberSubject(id = this.id): string { return `${this.s.prefix}.leases.m.${id}`; }
  private leaseSubject(p: number): string { return `${this.s.prefix}.leases.p.${p}`; }

  private tick(): Promise<void> {
    if (this.ticking || this.stopped) return this.ticking ?? Promise.resolve();
    this.ticking = this.doTick().catch((err) => this.opts.onError?.(withContext(err, `lease heartbeat of ${this.id}`))).finally(() => { this.ticking = undefined; });
    return this.ticking;
  }

  private async getLast(subject: string): Promise<StoredMsg | null> {
    try { return await this.s.jsm.streams.getMessage(this.s.leaseStream, { last_by_subj: subject }); } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  private async doTick(): Promise<void> {
    const { s } = this;
    const ttl = s.leaseTtlMs;
    // 1. heartbeat; its server timestamp is "now" for every expiry decision
    const hb = await s.js.publish(this.memberSubject(), enc.encode(JSON.stringify({ id: this.id, alive: true })));
    const own = await s.jsm.streams.getMessage(s.leaseStream, { seq: hb.seq });
    const now = own ? own.time.getTime() : Date.now();
    if (this.stopped) return;
    // 2. live members
    const si = await s.jsm.streams.info(s.leaseStream, { subjects_filter: `${s.prefix}.leases.m.*` });
    const subjects = Object.keys(si.state.subjects ?? {});
    const members = (await Promise.all(subjects.map((subj) => this.getLast(subj)))).filter((m): m is StoredMsg =>
      !!m && m.time.getTime() + ttl > now && (JSON.parse(dec.decode(m.data)) as { alive?: boolean }).alive === true);
    const live = new Set(members.map((m) => m.subject.slice(m.subject.lastIndexOf('.') + 1)));
    live.add(this.id);
    // 3. partition leases
    const leases: Lease[] = await Promise.all(Array.from({ length: s.partitionCount }, async (_, p) => {
      const m = await this.getLast(this.leaseSubject(p));
      if (!m) return { seq: 0, time: 0 };
      const v = JSON.parse(dec.decode(m.data)) as { owner?: string };
      return { owner: v.owner ?? undefined, seq: m.seq, time: m.time.getTime() };
    }));
    if (this.stopped) return;
    // 4. renew what I own; a lease that changed hands is lost
    for (const [p, o] of [...this.owned]) {
      const l = leases[p];
      if (l.owner !== this.id || l.seq !== o.leaseSeq) { await this.lose(p); continue; }
      try {
        const pa = await s.js.publish(this.leaseSubject(p), enc.encode(JSON.stringify({ owner: this.id })), { expect: { lastSubjectSequence: o.leaseSeq } });
        o.leaseSeq = pa.seq;
        leases[p] = { owner: this.id, seq: pa.seq, time: now };
      } catch { await this.lose(p); }
    }
    // 5. rebalance: keep the fair share
    const fair = fairShare(s.partitionCount, live.size);
    if (this.owned.size > fair) {
      const extra = this.partitions().slice(fair);
      for (const p of extra) await this.release(p);
      return;
    }
    if (this.owned.size < fair) {
      // claim free or expired partitions (in parallel; compare-and-set settles races with other members)
      const start = partitionOf(this.id, s.partitionCount);
      const want: number[] = [];
      for (let i = 0; i < s.partitionCount && this.owned.size + want.length < fair; i++) {
        const p = (start + i) % s.partitionCount;
        const l = leases[p];
        if (!this.owned.has(p) && (!l.owner || l.time + ttl <= now)) want.push(p);
      }
      await Promise.all(want.map((p) => this.stopped ? undefined : this.claim(p, leases[p].seq, !!leases[p].owner || leases[p].seq > 0)));
    }
  }

  private async claim(p: number, expectSeq: number, handedOver: boolean): Promise<void> {
    let pa;
    try {
      pa = await this.s.js.publish(this.leaseSubject(p), enc.encode(JSON.stringify({ owner: this.id })), { expect: { lastSubjectSequence: expectSeq } });
    } catch { return; } // someone else was faster
    const loop = new PartitionLoop(this.s, p, this.handler, this.opts, handedOver);
    this.owned.set(p, { leaseSeq: pa.seq, loop });
    try {
      await loop.start();
      if (this.stopped) { await loop.kill(); return; }
    } catch (err) {
      this.opts.onError?.(err);
      this.owned.delete(p);
      await loop.kill();
      await this.writeRelease(p, pa.seq);
      return;
    }
    this.opts.onAssign?.([p]);
  }

  private async writeRelease(p: number, seq: number): Promise<void> {
    await this.s.js.publish(this.leaseSubject(p), enc.encode(JSON.stringify({ owner: null, releasedBy: this.id })), { expect: { lastSubjectSequence: seq } }).catch(() => undefined);
  }

  /** Graceful hand-over: finish and acknowledge the in-flight batch, then free the lease. */
  private async release(p: number): Promise<void> {
    const o = this.owned.get(p);
    if (!o) return;
    this.owned.delete(p);
    await o.loop.stop();
    this.opts.onRevoke?.([p]);
    await this.writeRelease(p, o.leaseSeq);
  }

  /** The lease is gone (expired and taken): stop at once, acknowledge nothing more. */
  private async lose(p: number): Promise<void> {
    const o = this.owned.get(p);
    if (!o) return;
    this.owned.delete(p);
    await o.loop.kill();
    this.opts.onRevoke?.([p]);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await this.ticking;
    for (const p of this.partitions()) await this.release(p);
    await this.s.js.publish(this.memberSubject(), enc.encode(JSON.stringify({ id: this.id, alive: false }))).catch(() => undefined);
    await this.s.nc.flush().catch(() => undefined);
    this.s.forget(this);
  }

  async kill(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    for (const o of this.owned.values()) await o.loop.kill();
    this.owned.clear();
    this.s.forget(this);
  }
}

/**
 * Consumes one partition. A pump moves messages from the JetStream iterator into a local queue; the
 * processing loop hands everything queued (up to maxBatch) to the handler as one batch and acknowledges
 * it when the handler resolves. At low rates a batch is one message (latency), under load it grows.
 */
class PartitionLoop {
  private iter?: ConsumerMessages;
  private done?: Promise<void>;
  private pumpDone?: Promise<void>;
  private stopping = false;
  private killed = false;
  private queue: JsMsg[] = [];
  private wake?: () => void;
  private pumpError?: unknown;

  constructor(private readonly s: NatsStream, readonly partition: number, private readonly handler: DeliveryHandler,
    private readonly opts: ConsumeOptions, private redeliverNext: boolean) {}

  /** (Re)creates the durable consumer: delivery restarts at the first unacknowledged message. */
  private async reset(): Promise<void> {
    const { s, partition } = this;
    const name = s.consumerName(partition);
    await s.jsm.consumers.delete(s.streamName, name).catch((err) => { if (!isNotFound(err)) throw err; });
    await s.jsm.consumers.add(s.streamName, {
      durable_name: name, filter_subject: s.subject(partition), ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All,
      ack_wait: ms(60_000), max_ack_pending: 20_000, max_deliver: -1,
    });
  }

  async start(): Promise<void> {
    await this.reset();
    if (this.stopping || this.killed) return;
    const c = await this.s.js.consumers.get(this.s.streamName, this.s.consumerName(this.partition));
    const iter = await c.consume({ max_messages: Math.max(1000, 2 * (this.opts.maxBatch ?? 500)) });
    if (this.stopping || this.killed) { iter.stop(); return; }
    this.iter = iter;
    this.queue = [];
    this.pumpError = undefined;
    this.pumpDone = this.pump(iter);
    this.done = this.run(iter);
  }

  private notify(): void { const w = this.wake; this.wake = undefined; w?.(); }

  private async pump(iter: ConsumerMessages): Promise<void> {
    try {
      for await (const m of iter) {
        if (this.stopping || this.killed) break;
        this.queue.push(m);
        this.notify();
      }
    } catch (err) {
      this.pumpError = err;
    } finally {
      this.notify();
    }
  }

  private async run(iter: ConsumerMessages): Promise<void> {
    const max = this.opts.maxBatch ?? 500;
    let redelivered = this.redeliverNext;
    let pumpOver = false;
    void this.pumpDone?.then(() => { pumpOver = true; this.notify(); });
    while (!this.stopping && !this.killed) {
      if (!this.queue.length) {
        if (pumpOver) break;
        await new Promise<void>((r) => { this.wake = r; });
        continue;
      }
      // let the iterator hand over what it already holds, so a burst becomes one batch
      await new Promise((r) => setImmediate(r));
      if (this.stopping || this.killed) break;
      const msgs = this.queue.splice(0, max);
      const batch: StreamMessage[] = [];
      for (const m of msgs) {
        batch.push(JSON.parse(dec.decode(m.data)) as StreamMessage);
        if (m.redelivered) redelivered = true;
      }
      let ok = true;
      this.inflight = this.handler({ partition: this.partition, messages: batch, redelivered }).catch((err) => { ok = false; this.opts.onError?.(withContext(err, `partition ${this.partition}: batch failed, delivered again`)); });
      await this.inflight;
      this.inflight = undefined;
      if (this.killed) break;
      if (!ok) { this.scheduleRestart(iter); return; }
      for (const a of msgs) a.ack();
      redelivered = false;
    }
    if (this.pumpError && !this.stopping && !this.killed) { this.opts.onError?.(withContext(this.pumpError, `partition ${this.partition} consumer`)); this.scheduleRestart(iter); }
  }

  private inflight?: Promise<void>;

  /** After a failed batch: recreate the consumer so the batch comes again, in order. */
  private scheduleRestart(iter: ConsumerMessages): void {
    iter.stop();
    if (this.stopping || this.killed) return;
    setTimeout(() => {
      if (this.stopping || this.killed) return;
      this.redeliverNext = true;
      this.start().catch((err) => { this.opts.onError?.(err); if (this.iter) this.scheduleRestart(this.iter); });
    }, 200);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.inflight;
    this.iter?.stop();
    this.notify();
    await this.done;
    await this.s.nc.flush().catch(() => undefined);
  }

  async kill(): Promise<void> {
    this.killed = true;
    this.iter?.stop();
    this.notify();
  }
}
