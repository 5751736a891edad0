// `liveguard retention [--days N] [--dry-run] [--db FILE]`: deletes sessions whose records are older than the
// retention period (default 3 years, the minimum the live e-commerce supervision measures require). The server
// runs the same job on a schedule; this runs it once, e.g. from cron.
import { parseArgs } from 'node:util';
import { UserError, argsError } from '../errors.js';
import type { Io } from '../io.js';
import { openStore } from './keys.js';

const SERVER = '@liveguard/server';
interface RetentionModule {
  runRetention(store: unknown, o: { days?: number; dryRun?: boolean }): Promise<{ cutoff: string } & Record<string, unknown>>;
  DEFAULT_RETENTION_DAYS: number;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let a;
  try {
    a = parseArgs({ args: argv, options: { days: { type: 'string' }, 'dry-run': { type: 'boolean' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) { throw argsError(e); }
  const mod = (await import(SERVER)) as RetentionModule;
  if (a.values.help) {
    io.stdout.write(`用法 Usage: liveguard retention [--days N] [--dry-run] [--db FILE]\n  删除超过保留期（默认 ${mod.DEFAULT_RETENTION_DAYS} 天）的会话证据 (delete sessions older than the retention period)\n`);
    return 0;
  }
  const days = a.values.days === undefined ? undefined : Number(a.values.days);
  if (days !== undefined && !(Number.isInteger(days) && days > 0)) throw new UserError(`--days 需要正整数 (got "${a.values.days}")`);
  const store = await openStore(a.values.db);
  try {
    const r = await mod.runRetention(store, { days, dryRun: !!a.values['dry-run'] });
    const counts = Object.entries(r).filter(([k]) => k !== 'cutoff').map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    io.stdout.write(`${a.values['dry-run'] ? '试运行 (dry run)' : '已执行 (done)'}: 截止 cutoff ${r.cutoff} ${counts}\n`);
    return 0;
  } finally {
    await (store as { close?: () => Promise<void> | void }).close?.();
  }
}
