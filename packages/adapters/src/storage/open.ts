import { PostgresStorage } from './postgres.js';
import { SqliteStorage } from './sqlite.js';
import type { Storage, StorageOptions } from './types.js';

/** PostgreSQL when a url is given (DATABASE_URL), else the SQLite file (default ./liveguard.db); migrated unless `migrate: false`. */
export async function openStorage(opts: StorageOptions = {}): Promise<Storage> {
  const store: Storage = opts.url ? new PostgresStorage(opts.url, { schema: opts.schema }) : new SqliteStorage(opts.file ?? './liveguard.db');
  if (opts.migrate !== false) {
    try { await store.migrate(); } catch (e) { await store.close().catch(() => {}); throw e; }
  }
  return store;
}
