// Engine host for a worker thread: the session runners live here, so rule evaluation uses a second core
// and never blocks the HTTP event loop. The main thread (ThreadedMonitor) owns storage and decides when a
// runner must be rebuilt from stored events; this thread only runs the engine.
import { parentPort } from 'node:worker_threads';
import { Engine, type LiveEvent, type SessionRunner } from '@liveguard/core';
import { allPacks } from '@liveguard/rules-cn';

export type ThreadRequest =
  | { id: number; op: 'push'; session: string; reset: boolean; events: { seq: number; event: LiveEvent }[] }
  | { id: number; op: 'drop'; session: string };

const engine = new Engine({ packs: allPacks });
const runners = new Map<string, { runner: SessionRunner; seq: number }>();

parentPort!.on('message', (batch: ThreadRequest[]) => {
  parentPort!.postMessage(batch.map(handle));
});

function handle(m: ThreadRequest) {
  if (m.op === 'drop') { runners.delete(m.session); return { id: m.id, findings: [], seq: 0 }; }
  let l = runners.get(m.session);
  if (!l || m.reset) runners.set(m.session, (l = { runner: engine.createSession({ id: m.session, source: m.session }), seq: 0 }));
  const findings = [];
  const errors: string[] = [];
  for (const { seq, event } of m.events) {
    if (seq <= l.seq) continue;
    try { findings.push(...l.runner.push({ ...event, seq } as LiveEvent)); } catch (e) { errors.push((e as Error).message); }
    l.seq = seq;
  }
  return { id: m.id, findings, seq: l.seq, errors };
}
