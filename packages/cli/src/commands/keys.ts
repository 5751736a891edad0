// `liveguard keys create --tenant T --role R [--name N]` (the key is printed once, on the last line),
// `liveguard keys list [--tenant T] [--format json]`, `liveguard keys revoke KEY_ID`.
import { parseArgs } from 'node:util';
import { openStorage, ROLES, type Storage } from '@liveguard/adapters';
import { UserError, argsError } from '../errors.js';
import type { Io } from '../io.js';

interface KeysModule {
  createApiKey(store: Storage, o: { tenant: string; role: string; name?: string }): Promise<{ key: string; record: { id: string; tenant: string; role: string } }>;
}
const SERVER = '@liveguard/server';

const HELP = `用法 Usage:
  liveguard keys create --tenant T --role ${ROLES.join('|')} [--name NAME]   新密钥只显示一次，位于最后一行
  liveguard keys list [--tenant T] [--format json]
  liveguard keys revoke KEY_ID
  共同选项: --db FILE (default ./liveguard.db)，或设置 DATABASE_URL 使用 PostgreSQL
`;

export async function openStore(db: string | undefined): Promise<Storage> {
  const url = process.env.DATABASE_URL || undefined;
  try {
    return await openStorage(url ? { url, schema: process.env.LIVEGUARD_PG_SCHEMA || undefined } : { file: db ?? './liveguard.db' });
  } catch (e) {
    throw new UserError(`无法打开存储 (cannot open storage ${url ? 'DATABASE_URL' : db ?? './liveguard.db'}): ${(e as Error).message}`);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') { io.stdout.write(HELP); return sub ? 0 : 2; }
  let a;
  try {
    a = parseArgs({ args: rest, allowPositionals: true, options: {
      tenant: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, db: { type: 'string' }, format: { type: 'string', default: 'text' },
    } });
  } catch (e) { throw argsError(e, HELP); }
  const o = a.values;
  if (sub === 'create') {
    if (!o.tenant) throw new UserError('缺少 --tenant (keys create needs --tenant T)');
    if (!o.role) throw new UserError(`缺少 --role (keys create needs --role, one of ${ROLES.join(', ')})`);
    if (!(ROLES as readonly string[]).includes(o.role)) throw new UserError(`角色无效 "${o.role}" (role must be one of ${ROLES.join(', ')})`);
    const store = await openStore(o.db);
    try {
      const { createApiKey } = (await import(SERVER)) as KeysModule;
      let created;
      try { created = await createApiKey(store, { tenant: o.tenant, role: o.role, name: o.name }); } catch (e) { throw new UserError((e as Error).message); }
      io.stderr.write(`已创建密钥 ${created.record.id}（租户 ${created.record.tenant}，角色 ${created.record.role}）。密钥只显示这一次，请妥善保存。\n`
        + `Created key ${created.record.id} (tenant ${created.record.tenant}, role ${created.record.role}). It is shown only once:\n`);
      io.stdout.write(created.key + '\n');
      return 0;
    } finally { await store.close(); }
  }
  if (sub === 'list') {
    const store = await openStore(o.db);
    try {
      const keys = await store.listKeys(o.tenant);
      if (o.format === 'json') { io.stdout.write(JSON.stringify(keys.map(({ hash: _h, ...k }) => k), null, 2) + '\n'); return 0; }
      if (!keys.length) { io.stdout.write('没有密钥 (no keys)\n'); return 0; }
      io.stdout.write(['ID'.padEnd(18) + 'TENANT'.padEnd(20) + 'ROLE'.padEnd(10) + 'CREATED'.padEnd(26) + 'STATUS',
        ...keys.map((k) => k.id.padEnd(18) + k.tenant.padEnd(20) + k.role.padEnd(10) + k.createdAt.padEnd(26) + (k.revokedAt ? `revoked ${k.revokedAt}` : 'active') + (k.name ? `  ${k.name}` : ''))].join('\n') + '\n');
      return 0;
    } finally { await store.close(); }
  }
  if (sub === 'revoke') {
    const id = a.positionals[0];
    if (!id) throw new UserError('用法 liveguard keys revoke KEY_ID (see keys list)');
    const store = await openStore(o.db);
    try {
      if (!(await store.revokeKey(id))) throw new UserError(`没有这个有效密钥 (no active key ${id})`);
      io.stdout.write(`已吊销 (revoked) ${id}；运行中的服务最多 5 秒后拒绝它 (running servers refuse it within 5 s)\n`);
      return 0;
    } finally { await store.close(); }
  }
  throw new UserError(`未知子命令 "${sub}" (unknown keys sub-command)\n\n${HELP}`);
}
