// `liveguard verify SESSION [--db FILE] [--format json]`: recomputes the session's evidence hash chain.
// Exit 0 intact, 1 broken (names the first bad sequence number), 2 usage or unknown session.
import { parseArgs } from 'node:util';
import { NotFoundError } from '@liveguard/adapters';
import { UserError, argsError } from '../errors.js';
import type { Io } from '../io.js';
import { openStore } from './keys.js';

export async function run(argv: string[], io: Io): Promise<number> {
  let a;
  try {
    a = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) { throw argsError(e); }
  if (a.values.help) { io.stdout.write('用法 Usage: liveguard verify SESSION [--db FILE] [--format json]\n'); return 0; }
  const sessions = a.positionals;
  if (!sessions.length) throw new UserError('用法 liveguard verify SESSION... (needs a session id)');
  const store = await openStore(a.values.db);
  let bad = 0;
  try {
    for (const id of sessions) {
      let r;
      try { r = await store.verifySession(id); } catch (e) {
        if (e instanceof NotFoundError) throw new UserError(`会话不存在 (session ${id} not found in ${process.env.DATABASE_URL ? 'DATABASE_URL' : a.values.db ?? './liveguard.db'})`);
        throw e;
      }
      if (!r.ok) bad++;
      if (a.values.format === 'json') io.stdout.write(JSON.stringify({ session: id, ...r }) + '\n');
      else if (r.ok) io.stdout.write(`✔ ${id}: 哈希链完整，已校验 ${r.checked} 个事件 (chain intact, ${r.checked} events checked)\n`);
      else io.stdout.write(`✖ ${id}: 第 ${r.firstBad} 个事件被篡改或缺失 (first bad seq ${r.firstBad}): ${r.reason ?? ''}；此前 ${r.checked} 个事件完好\n`);
    }
  } finally { await store.close(); }
  return bad ? 1 : 0;
}
