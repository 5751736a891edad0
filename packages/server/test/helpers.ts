import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Engine } from '@liveguard/core';
import { SqliteStorage, type Storage } from '@liveguard/adapters';
import { buildServer, createApiKey, type ServerOptions } from '../src/index.js';

/** A deterministic engine for tests: deny-list terms always report as custom/deny-list. */
export function testEngine(): Engine {
  return new Engine({ deny: ['全网最低价', '加微信', '最好'] });
}

export interface TestServer {
  app: FastifyInstance;
  store: Storage;
  keys: Record<string, string>;
  dir: string;
  close(): Promise<void>;
  auth(who?: string): Record<string, string>;
}

export async function testServer(o: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lg-server-'));
  const store = new SqliteStorage(join(dir, 'test.db'));
  await store.migrate();
  const app = await buildServer({ store, engine: testEngine(), retentionDays: false, webDist: false, rateLimit: { rate: 0 }, ackAfterMonitor: true, ...o });
  await app.ready();
  const keys: Record<string, string> = {};
  for (const [name, tenant, role] of [['a', 'tenant-a', 'admin'], ['a-merchant', 'tenant-a', 'merchant'], ['b', 'tenant-b', 'admin']] as const) {
    keys[name] = (await createApiKey(store, { tenant, role })).key;
  }
  return {
    app, store, keys, dir,
    auth: (who = 'a') => ({ authorization: `Bearer ${keys[who]}` }),
    async close() { await app.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

export const ts = (i: number) => new Date(Date.UTC(2025, 8, 12, 12, 0, i)).toISOString();
export const speech = (i: number, text: string, extra: Record<string, unknown> = {}) => ({ type: 'speech', ts: ts(i), text, ...extra });
export const ndjson = (events: object[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';
