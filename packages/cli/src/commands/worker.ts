// `liveguard worker --nats URL`: a monitor worker. Joins the consumer group on the NATS JetStream event
// stream, owns its fair share of the partitions, runs the engine over its sessions and stores findings in
// the shared store (PostgreSQL via DATABASE_URL; SQLite --db only when every process is on one machine).
// Runs until SIGTERM/SIGINT, then hands its partitions over gracefully. See docs/deployment.md.
import { parseArgs } from 'node:util';
import { Engine } from '@liveguard/core';
import { allPacks } from '@liveguard/rules-cn';
import { MonitorWorker, NatsStream, openStorage, DEFAULT_PARTITIONS, type Storage } from '@liveguard/adapters';
import { UserError, argsError } from '../errors.js';
import { readTermList } from '../packs.js';
import type { Io } from '../io.js';

const HELP = `用法 Usage: liveguard worker --nats URL [options]

运行 NATS JetStream 监控工作进程：认领分区、按会话顺序运行规则、把问题写入共享存储。
Runs a monitor worker: claims partitions of the event stream, runs the rules per session in order, stores findings.

  --nats URL            NATS 地址（或 LIVEGUARD_NATS_URL），可逗号分隔多个 (NATS server URL(s))
  --db FILE             SQLite 文件（仅单机）；设置 DATABASE_URL 时使用 PostgreSQL (store; PostgreSQL when DATABASE_URL is set)
  --partitions N        分区数，所有进程必须一致（默认 ${DEFAULT_PARTITIONS}，或 LIVEGUARD_PARTITIONS）
  --stream NAME         JetStream 流名称（默认 LIVEGUARD_NATS_STREAM 或 LIVEGUARD_EVENTS）
  --subject-prefix P    主题前缀（默认 LIVEGUARD_NATS_PREFIX 或 liveguard）
  --id NAME             工作进程标识（默认随机）
  --lease-ttl MS        分区租约有效期（默认 10000）：进程死亡后分区最迟这么久后被接管
  --max-batch N         每批最多事件数（默认 500）
  --deny-list FILE      自定义禁用词表（与服务端一致） (deny terms, as on the server)
  --allow-list FILE     允许词表 (allow terms)
  --no-builtin-rules    不加载内置规则包（只用 --deny-list 等） (no built-in packs)
  --no-notify           不在 <prefix>.findings.<tenant> 上发布新问题 (do not publish findings on NATS)
  --stats-every MS      每隔 MS 毫秒在标准输出打印一行 JSON 统计（默认 0：不打印）
`;

export async function run(argv: string[], io: Io): Promise<number> {
  let a;
  try {
    a = parseArgs({ args: argv, allowPositionals: false, options: {
      nats: { type: 'string' }, db: { type: 'string' }, partitions: { type: 'string' }, stream: { type: 'string' },
      'subject-prefix': { type: 'string' }, id: { type: 'string' }, 'lease-ttl': { type: 'string' }, 'max-batch': { type: 'string' },
      'deny-list': { type: 'string' }, 'allow-list': { type: 'string' }, 'no-notify': { type: 'boolean' }, 'no-builtin-rules': { type: 'boolean' }, 'stats-every': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    } });
  } catch (e) { throw argsError(e, HELP); }
  const o = a.values;
  if (o.help) { io.stdout.write(HELP); return 0; }
  const url = o.nats ?? process.env.LIVEGUARD_NATS_URL;
  if (!url) throw new UserError(`缺少 --nats URL（或环境变量 LIVEGUARD_NATS_URL） (missing --nats URL)\n\n${HELP}`);
  const int = (name: string, v: string | undefined, def: number, min = 1): number => {
    if (v === undefined) return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UserError(`--${name} 需要不小于 ${min} 的整数 (--${name} must be an integer ≥ ${min}), got "${v}"`);
    return n;
  };
  const partitions = int('partitions', o.partitions ?? process.env.LIVEGUARD_PARTITIONS, DEFAULT_PARTITIONS);
  const leaseTtlMs = int('lease-ttl', o['lease-ttl'], 10_000, 300);
  const maxBatch = int('max-batch', o['max-batch'], 500);
  const statsEvery = int('stats-every', o['stats-every'], 0, 0);
  const deny = o['deny-list'] ? readTermList(o['deny-list']) : undefined;
  const allow = o['allow-list'] ? readTermList(o['allow-list']) : undefined;

  const databaseUrl = process.env.DATABASE_URL;
  let store: Storage;
  try {
    store = await openStorage(databaseUrl ? { url: databaseUrl, schema: process.env.LIVEGUARD_PG_SCHEMA || undefined } : { file: o.db ?? './liveguard.db' });
  } catch (e) { throw new UserError(`无法打开存储 (cannot open the store ${databaseUrl ? 'DATABASE_URL' : o.db ?? './liveguard.db'}): ${(e as Error).message}`); }
  if (!databaseUrl) io.stderr.write('liveguard worker: 使用 SQLite；多台机器请设置 DATABASE_URL 使用 PostgreSQL (SQLite store: only for processes on one machine; set DATABASE_URL for PostgreSQL)\n');

  let stream: NatsStream;
  try {
    stream = await NatsStream.connect({
      servers: url.split(',').map((s) => s.trim()).filter(Boolean), partitions, leaseTtlMs, stream: o.stream, subjectPrefix: o['subject-prefix'],
      name: `liveguard-worker${o.id ? `-${o.id}` : ''}`,
    });
  } catch (e) {
    await store.close();
    throw new UserError(`无法连接 NATS JetStream (cannot connect to NATS JetStream at ${url}): ${(e as Error).message}`);
  }

  const engine = new Engine({ packs: o['no-builtin-rules'] ? [] : allPacks, deny, allow });
  let errors = 0;
  const worker = new MonitorWorker({
    stream, store, engine, id: o.id, maxBatch,
    onFindings: o['no-notify'] ? undefined : (n) => stream.notifyFindings(n),
    onError: (err) => { if (errors++ < 50) io.stderr.write(`liveguard worker: ${(err as Error)?.message ?? String(err)}\n`); },
  });
  await worker.start();
  io.stdout.write(`liveguard worker ${worker.id} 已启动 (started): NATS ${url}, stream ${stream.streamName}, ${partitions} partitions, store ${store.dialect}\n`);

  const cpu0 = process.cpuUsage();
  const t0 = Date.now();
  const timer = statsEvery > 0 ? setInterval(() => {
    const c = process.cpuUsage(cpu0);
    io.stdout.write(JSON.stringify({
      worker: worker.id, t: Date.now() - t0, partitions: worker.partitions(), sessions: worker.sessionCount, ...worker.stats,
      cpuUserMs: Math.round(c.user / 1000), cpuSysMs: Math.round(c.system / 1000), rssMb: Math.round(process.memoryUsage().rss / 1048576),
    }) + '\n');
  }, statsEvery) : undefined;

  await new Promise<void>((resolve) => {
    const done = () => resolve();
    process.once('SIGTERM', done);
    process.once('SIGINT', done);
  });
  clearInterval(timer);
  io.stdout.write(`liveguard worker ${worker.id} 正在交出分区并退出 (handing partitions over and stopping)\n`);
  await worker.stop();
  await stream.close();
  await store.close();
  return 0;
}
