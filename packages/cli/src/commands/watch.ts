// `liveguard watch`: NDJSON events on stdin, findings printed the moment they are certain. Events may carry a
// `session` field (several rooms on one stream); idle input advances each session's clock so temporal rules
// (label gaps) report without waiting for the next event.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { toEpochMs, type Finding, type LintSettings, type SessionRunner } from '@liveguard/core';
import { UserError, argsError } from '../errors.js';
import { parseRegion } from '../regions.js';
import { loadPriceCsv, parseEventLine } from './live/load.js';
import { liveEngine } from './live/run.js';

export const WATCH_HELP = `用法 Usage: <events.ndjson> | liveguard watch [选项]

  --format text|json     每个问题一行：文本（默认）或 JSON（NDJSON）
  --prices FILE.csv      导入价格历史：productId,ts,price,qty,channel
  --region CODE|名称     直播间运营者地区（无 session.start 地区时）
  --date YYYY-MM-DD      按该日期有效的规定检查
  --tick-ms N            输入空闲 N 毫秒后推进时钟（默认 1000；0 关闭）
格式错误的行会报告文件名和行号并跳过，最终退出码为 2。`;

export async function run(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: false, strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' }, prices: { type: 'string' }, region: { type: 'string' },
        date: { type: 'string' }, 'tick-ms': { type: 'string', default: '1000' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw argsError(e, WATCH_HELP);
  }
  const o = args.values;
  if (o.help) { io.stdout.write(WATCH_HELP + '\n'); return 0; }
  if (o.format !== 'text' && o.format !== 'json') throw new UserError(`未知的输出格式 "${o.format}" (unknown --format; use text or json)`);
  const tickMs = Number(o['tick-ms']);
  if (!Number.isFinite(tickMs) || tickMs < 0) throw new UserError(`--tick-ms 需要非负数 (got "${o['tick-ms']}")`);
  const settings: LintSettings = { ...(o.region ? { region: parseRegion(o.region) } : {}), ...(o.date ? { date: o.date } : {}) };
  const prices = o.prices ? loadPriceCsv(o.prices) : [];
  const engine = liveEngine(settings);
  const sessions = new Map<string, { run: SessionRunner; lastTs: number; lastWall: number }>();
  const session = (id: string) => {
    let s = sessions.get(id);
    if (!s) {
      const run = engine.createSession({ id, source: id === '<stdin>' ? '<stdin>' : id });
      for (const [pid, p] of prices) run.state.addPrice(pid, p);
      sessions.set(id, (s = { run, lastTs: NaN, lastWall: Date.now() }));
    }
    return s;
  };
  let errors = 0, bad = 0;
  const print = (fs: Finding[]) => {
    for (const f of fs) {
      if (f.severity === 'error') errors++;
      if (o.format === 'json') io.stdout.write(JSON.stringify(f) + '\n');
      else io.stdout.write(`${f.ts ? new Date(Date.parse(f.ts) + 8 * 3_600_000).toISOString().slice(11, 19) : '--:--:--'} ${f.session ?? f.source} ${f.severity.padEnd(7)} ${f.message}${f.text ? ` «${f.text}»` : ''} (${f.ruleId})\n`);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    if (!tickMs) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const now = Date.now();
      for (const s of sessions.values()) if (Number.isFinite(s.lastTs)) print(s.run.tick(s.lastTs + (now - s.lastWall)));
      arm();
    }, tickMs);
    timer.unref?.();
  };
  const rl = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    let e;
    try { e = parseEventLine(line, `<stdin>:${lineNo}`); } catch (err) {
      if (!(err instanceof UserError)) throw err;
      bad++;
      io.stderr.write(`liveguard: ${err.message}\n`);
      continue;
    }
    const s = session(typeof e.session === 'string' ? e.session : '<stdin>');
    const t = toEpochMs(e.ts);
    if (Number.isFinite(t)) { s.lastTs = t; s.lastWall = Date.now(); }
    print(s.run.push(e));
    arm();
  }
  if (timer) clearTimeout(timer);
  for (const s of sessions.values()) print(s.run.end());
  return bad ? 2 : errors ? 1 : 0;
}
