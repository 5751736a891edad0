// The demo: replays packages/server/demo/demo-session.jsonl into the "demo" tenant in real time, so a
// newcomer sees findings arrive on /v1/stream and in the console.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LiveEvent } from '@liveguard/core';
import type { Storage } from '@liveguard/adapters';
import { toEpochMs } from '@liveguard/core';
import { createApiKey } from './services/keys.js';
import type { Services } from './app.js';

export const DEMO_TENANT = 'demo';
const DEMO_FILE = fileURLToPath(new URL('../demo/demo-session.jsonl', import.meta.url));

/** Creates a demo admin key when the demo tenant has none; returns the secret, or undefined if one exists. */
export async function ensureDemoKey(store: Storage): Promise<string | undefined> {
  const keys = (await store.listKeys(DEMO_TENANT)).filter((k) => !k.revokedAt);
  if (keys.length) return undefined;
  return (await createApiKey(store, { tenant: DEMO_TENANT, role: 'admin', name: 'demo' })).key;
}

export function loadDemoEvents(file = DEMO_FILE): LiveEvent[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LiveEvent);
}

/** Replays the demo session (new session id each round), shifting timestamps to now. Returns a stopper. */
export function replayDemo(svc: Services, o: { speed?: number; loop?: boolean; log?: (m: string) => void } = {}): () => void {
  const speed = o.speed && o.speed > 0 ? o.speed : 1;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const events = loadDemoEvents();
  const t0 = toEpochMs(events.find((e) => e.ts !== undefined)?.ts);
  const round = async (n: number) => {
    const id = `demo-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}-${n}`;
    const [start, ...rest] = events;
    const base = Date.now();
    const shift = (e: LiveEvent): LiveEvent => {
      const t = toEpochMs(e.ts);
      return { ...e, ts: new Date(base + (Number.isFinite(t) ? (t - t0) / speed : 0)).toISOString() } as LiveEvent;
    };
    await svc.sessions.create(DEMO_TENANT, { ...(shift(start) as Record<string, unknown>), id, type: undefined });
    o.log?.(`演示会话 (demo session) ${id}: ${events.length} 个事件，约 ${Math.round((toEpochMs(events[events.length - 1].ts) - t0) / 1000 / speed)} 秒`);
    let i = 0;
    const next = () => {
      if (stopped) return;
      if (i >= rest.length) {
        if (o.loop) timer = setTimeout(() => void round(n + 1).catch(fail), 10_000);
        return;
      }
      const e = rest[i++];
      const due = base + (toEpochMs(e.ts) - t0) / speed;
      timer = setTimeout(() => {
        svc.ingest.ingest(DEMO_TENANT, id, [shift(e)]).then(next, fail);
      }, Math.max(0, due - Date.now()));
    };
    next();
  };
  const fail = (e: unknown) => { if (!stopped) o.log?.(`demo replay stopped: ${(e as Error).message}`); };
  void round(1).catch(fail);
  return () => { stopped = true; if (timer) clearTimeout(timer); };
}
