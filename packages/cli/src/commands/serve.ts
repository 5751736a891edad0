// `liveguard serve [--db FILE] [--port 8787] [--host 127.0.0.1] [--demo]`: the HTTP API and console.
// PostgreSQL is used when DATABASE_URL is set.
import { parseArgs } from 'node:util';
import { NatsStream, StreamDispatcher } from '@liveguard/adapters';
import { UserError, argsError } from '../errors.js';
import type { Io } from '../io.js';

// @liveguard/server is loaded at run time: it builds after the CLI (its tsconfig does not reference it).
interface ServerModule {
  startServer(o: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }>;
}
const SERVER = '@liveguard/server';
export const loadServer = async (): Promise<ServerModule> => (await import(SERVER)) as ServerModule;

export const HELP = `用法 Usage: liveguard serve [options]

  --db FILE              SQLite 数据库文件 (default ./liveguard.db); 设置 DATABASE_URL 时使用 PostgreSQL
  --port N               端口 (default 8787)
  --host H               监听地址 (default 127.0.0.1)
  --demo                 回放内置演示直播到 demo 租户，首次启动时打印演示管理员密钥
  --demo-speed X         演示回放倍速 (default 1 = real time)
  --body-limit MB        请求体上限，MB (default 5)
  --rate-limit N         每个密钥每秒请求数 (default 500; 0 = unlimited)
  --retention-days N     证据保留天数 (default 1096 = 3 years)
  --web DIR              控制台静态文件目录 (default packages/web/dist if built)
  --nats URL             把已接收的事件发布到 NATS JetStream，由 liveguard worker 监控 (or LIVEGUARD_NATS_URL; see docs/deployment.md)
  --partitions N         NATS 分区数，须与 worker 一致 (default 16, or LIVEGUARD_PARTITIONS)
`;

export async function run(argv: string[], io: Io): Promise<number> {
  let a;
  try {
    a = parseArgs({ args: argv, options: {
      db: { type: 'string', default: './liveguard.db' }, port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' },
      demo: { type: 'boolean' }, 'demo-speed': { type: 'string' }, 'body-limit': { type: 'string' }, 'rate-limit': { type: 'string' },
      'retention-days': { type: 'string' }, web: { type: 'string' }, nats: { type: 'string' }, partitions: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    } });
  } catch (e) { throw argsError(e, HELP); }
  const o = a.values;
  if (o.help) { io.stdout.write(HELP); return 0; }
  const num = (name: string, v: string | undefined, min: number): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new UserError(`--${name} 需要不小于 ${min} 的数字 (--${name} needs a number ≥ ${min}, got "${v}")`);
    return n;
  };
  const port = num('port', o.port, 0)!;
  const bodyMb = num('body-limit', o['body-limit'], 0.001);
  const rate = num('rate-limit', o['rate-limit'], 0);
  const retention = num('retention-days', o['retention-days'], 1);
  const speed = num('demo-speed', o['demo-speed'], 0.001);
  const { startServer } = await loadServer();
  // Scale-out (docs/deployment.md): accepted events go to NATS JetStream; `liveguard worker` processes monitor them.
  const natsUrl = o.nats ?? process.env.LIVEGUARD_NATS_URL;
  let dispatcher: StreamDispatcher | undefined;
  if (natsUrl) {
    const partitions = num('partitions', o.partitions ?? process.env.LIVEGUARD_PARTITIONS, 1);
    try {
      const stream = await NatsStream.connect({ servers: natsUrl.split(',').map((s) => s.trim()).filter(Boolean), partitions, name: 'liveguard-serve' });
      dispatcher = new StreamDispatcher(stream, { onError: (e) => io.stderr.write(`liveguard serve: NATS: ${(e as Error).message}\n`) });
    } catch (e) { throw new UserError(`无法连接 NATS JetStream (cannot connect to NATS JetStream at ${natsUrl}): ${(e as Error).message}`); }
    io.stdout.write(`事件发布到 NATS (events go to NATS JetStream) ${natsUrl}, stream ${dispatcher.stream.kind === 'nats' ? (dispatcher.stream as NatsStream).streamName : ''}; 由 liveguard worker 监控 (monitored by liveguard worker)\n`);
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  try {
    await startServer({
      db: o.db, databaseUrl, databaseSchema: process.env.LIVEGUARD_PG_SCHEMA || undefined, port, host: o.host, demo: o.demo ? { speed: speed ?? 1, loop: true } : false,
      bodyLimit: bodyMb ? Math.round(bodyMb * 1024 * 1024) : undefined, rateLimit: rate !== undefined ? { rate } : undefined,
      retentionDays: retention, webDist: o.web, dispatcher,
      print: (l: string) => io.stdout.write(l + '\n'),
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new UserError(`端口 ${port} 已被占用 (port ${port} is in use; pick another with --port)`);
    if (err.code === 'ECONNREFUSED') throw new UserError(`无法连接 PostgreSQL (cannot reach DATABASE_URL): ${err.message}`);
    if (err.code === 'SQLITE_CANTOPEN' || /cannot open database/i.test(err.message)) throw new UserError(`无法打开数据库文件 ${o.db} (cannot open the SQLite file: ${err.message})`);
    if (err.code === 'EACCES' && err.syscall === 'listen') throw new UserError(`无权监听端口 ${port} (no permission to listen on port ${port})`);
    throw e;
  }
  // Runs until SIGTERM/SIGINT (startServer flushes accepted events, then exits).
  await new Promise<never>(() => {});
  return 0;
}
