export * from './types.js';
export { canonicalJson, chainHash, sha256Hex, verifyChain } from './evidence.js';
export { SqliteStorage } from './sqlite.js';
export { PostgresStorage } from './postgres.js';
export { openStorage } from './open.js';
