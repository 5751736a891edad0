#!/usr/bin/env node
// Minimal entry (`node packages/server/dist/bin.js [--db FILE] [--port N] [--host H] [--demo]`); the
// `liveguard serve` command (packages/cli) is the user-facing one.
import { parseArgs } from 'node:util';
import { startServer } from './start.js';

const { values } = parseArgs({ options: {
  db: { type: 'string', default: './liveguard.db' }, port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' },
  demo: { type: 'boolean' }, 'rate-limit': { type: 'string' }, monitor: { type: 'string', default: 'on' },
} });
await startServer({
  db: values.db, databaseUrl: process.env.DATABASE_URL || undefined, databaseSchema: process.env.LIVEGUARD_PG_SCHEMA || undefined, port: Number(values.port), host: values.host, demo: values.demo,
  rateLimit: values['rate-limit'] ? { rate: Number(values['rate-limit']) } : undefined,
  monitor: values.monitor !== 'off',
});
