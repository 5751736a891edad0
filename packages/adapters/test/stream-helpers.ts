// Shared helpers for the stream contract suite and the NATS worker tests.
import { connect } from '@nats-io/transport-node';
import { MemoryStream, NatsStream, type EventStream, type StreamMessage } from '@liveguard/adapters';
import type { LiveEvent } from '@liveguard/core';

export const NATS_URL = process.env.LIVEGUARD_NATS_URL ?? 'nats://127.0.0.1:4222';

/** True when a NATS server with JetStream answers; with CI=true an unreachable server fails the run instead. */
export async function natsAvailable(): Promise<boolean> {
  try {
    const nc = await connect({ servers: NATS_URL, timeout: 1500, reconnect: false });
    const ok = !!nc.info?.jetstream;
    await nc.close();
    if (!ok) throw new Error('NATS server has no JetStream (-js)');
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`NATS JetStream not reachable at ${NATS_URL} (CI=true requires it): ${(err as Error).message}`);
    console.warn(`[skip] NATS JetStream not reachable at ${NATS_URL}: NATS stream tests skipped (they run when it is, and always with CI=true). ${(err as Error).message}`);
    return false;
  }
}

export interface StreamFixture {
  name: string;
  /** Distinct members see the stream like separate processes (NATS: one connection each). */
  open(): Promise<EventStream>;
  /** Time for a dead member's partitions to move. */
  failoverMs: number;
  cleanup(): Promise<void>;
}

export interface FixtureOptions { partitions?: number; maxMsgs?: number; maxBytes?: number }

export function memoryFixture(o: FixtureOptions = {}): StreamFixture {
  const s = new MemoryStream({ partitions: o.partitions ?? 8, maxMsgs: o.maxMsgs, maxBytes: o.maxBytes });
  return { name: 'memory', open: async () => s, failoverMs: 200, cleanup: () => s.close() };
}

export function natsFixture(o: FixtureOptions & { leaseTtlMs?: number } = {}): StreamFixture {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const opened: NatsStream[] = [];
  const ttl = o.leaseTtlMs ?? 1500;
  return {
    name: 'nats',
    failoverMs: ttl * 3 + 2000,
    open: async () => {
      const s = await NatsStream.connect({
        servers: NATS_URL, stream: `LGTEST_${tag}`, subjectPrefix: `lgtest_${tag}`, partitions: o.partitions ?? 8,
        maxMsgs: o.maxMsgs, maxBytes: o.maxBytes, leaseTtlMs: ttl, storage: 'memory',
      });
      opened.push(s);
      return s;
    },
    cleanup: async () => {
      if (opened[0]) await opened[0].destroy();
      for (const s of opened) await s.close().catch(() => undefined);
    },
  };
}

export function msg(session: string, seq: number, extra: Record<string, unknown> = {}): StreamMessage {
  return { session, seq, tenant: 't1', event: { type: 'speech', ts: seq * 1000, text: `第${seq}句`, session, seq, ...extra } as LiveEvent, acceptedAt: Date.now() };
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
