// The engine in worker threads gives the same findings as the in-thread monitor, across threads, and
// survives a thread's death (runners are rebuilt from the store).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStorage } from '@liveguard/adapters';
import type { LiveEvent } from '@liveguard/core';
import { ThreadedMonitor } from '../src/services/threaded-monitor.js';

const THREAD = new URL('../dist/services/monitor-thread.js', import.meta.url);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const built = existsSync(THREAD) && existsSync(join(ROOT, 'packages/rules-cn/dist/index.js'));

describe.skipIf(!built)('ThreadedMonitor', () => {
  let dir: string, store: SqliteStorage, tm: ThreadedMonitor;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lg-tm-'));
    store = new SqliteStorage(join(dir, 't.db'));
    await store.migrate();
    tm = new ThreadedMonitor(store, { url: THREAD, threads: 2 });
  });
  afterAll(async () => { await tm.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); });

  const texts = ['这是全网最好的枸杞', '欢迎来到直播间', '加我微信私聊', '给个好评返现五元'];
  const batch = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ type: 'speech', ts: 1_757_000_000_000 + (from + i) * 1000, text: texts[(from + i) % texts.length] }) as LiveEvent);

  it('matches a fresh engine over the stored events, over several sessions and threads, across a thread death', async () => {
    const ids = ['tm-a', 'tm-b', 'tm-c', 'tm-d'];
    for (const id of ids) await store.createSession({ id, tenant: 't' });
    for (let round = 0; round < 3; round++) {
      await Promise.all(ids.map(async (id) => {
        const a = await store.appendEvents(id, batch(5, round * 5));
        await tm.process(id, a.events);
      }));
      if (round === 1) {
        // kill one engine thread: its runners are gone; the next batches rebuild from the store
        await (tm as unknown as { lanes: { worker: { terminate(): Promise<number> } }[] }).lanes[0].worker.terminate();
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const { Engine } = await import(join(ROOT, 'packages/core/dist/index.js'));
    const { allPacks } = await import(join(ROOT, 'packages/rules-cn/dist/index.js'));
    for (const id of ids) {
      const s = await store.getSession(id);
      expect(s?.monitoredSeq).toBe(15);
      const runner = new Engine({ packs: allPacks }).createSession({ id, source: id });
      const expected = new Set<string>();
      for (const e of await store.readEvents(id)) for (const f of runner.push(JSON.parse(e.body)) as { id: string }[]) expected.add(f.id);
      const got = (await store.listFindings(id)).map((f) => f.id);
      expect(new Set(got)).toEqual(expected);
      expect(got.length).toBe(expected.size);
      expect(got.length).toBeGreaterThan(0);
    }
  });
});
