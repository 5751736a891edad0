// `liveguard replay session.jsonl`: a recorded session through the live monitor — a terminal timeline,
// `--format json` ([{ source, findings }] as `check`), `--html report.html` (self-contained report).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { renderHtmlReport, type LintSettings, type PricePoint } from '@liveguard/core';
import { UserError, argsError } from '../errors.js';
import { parseRegion } from '../regions.js';
import { loadPriceCsv, loadSessionFile } from './live/load.js';
import { liveEngine, replayFile, type ReplayResult } from './live/run.js';
import { renderTimeline } from './live/terminal.js';

export const REPLAY_HELP = `用法 Usage: liveguard replay <session.jsonl | subtitles.srt|.vtt> ... [选项]

  --format timeline|json   终端时间线（默认）或 JSON：[{ source, findings }]
  --html FILE              生成自包含的 HTML 报告（时间线图、文字记录、法律依据）
  --prices FILE.csv        导入价格历史：productId,ts,price,qty,channel
  --region CODE|名称       直播间运营者地区（覆盖 session.start 中的地区）
  --date YYYY-MM-DD        按该日期有效的规定检查（默认：直播当天）
  --locale zh-CN|en        输出语言
  --max-warnings N         警告数超过 N 时退出码为 1
字幕文件可带同名 .meta.json（session.start 形式的对象：room、hosts、ts …）。
退出码 Exit codes: 0 无错误 · 1 有错误级问题 · 2 用法或输入错误`;

export async function run(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'timeline' }, html: { type: 'string' }, prices: { type: 'string' },
        region: { type: 'string' }, date: { type: 'string' }, locale: { type: 'string' }, 'max-warnings': { type: 'string' },
        color: { type: 'boolean' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw argsError(e, REPLAY_HELP);
  }
  const o = args.values;
  if (o.help) { io.stdout.write(REPLAY_HELP + '\n'); return 0; }
  if (!args.positionals.length) throw new UserError(`缺少会话文件 (missing session file)\n${REPLAY_HELP}`);
  if (o.html && args.positionals.length > 1) throw new UserError(`--html 一次只能为一个会话文件生成报告 (--html takes exactly one session file; got ${args.positionals.length})`);
  if (o.format !== 'timeline' && o.format !== 'json' && o.format !== 'stylish') throw new UserError(`未知的输出格式 "${o.format}" (unknown --format; use timeline or json)`);
  if (o.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(o.date) || Number.isNaN(Date.parse(o.date)))) throw new UserError(`--date 需要 YYYY-MM-DD 格式 (got "${o.date}")`);
  if (o.locale !== undefined && o.locale !== 'zh-CN' && o.locale !== 'en') throw new UserError(`未知的语言 "${o.locale}" (--locale must be zh-CN or en)`);
  let maxWarnings = -1;
  if (o['max-warnings'] !== undefined) {
    maxWarnings = Number(o['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UserError(`--max-warnings 需要非负整数 (got "${o['max-warnings']}")`);
  }
  const settings: LintSettings = { ...(o.region ? { region: parseRegion(o.region) } : {}), ...(o.date ? { date: o.date } : {}) };
  const prices: [string, PricePoint][] = o.prices ? loadPriceCsv(o.prices) : [];
  const engine = liveEngine(settings);
  const results: ReplayResult[] = [];
  for (const file of args.positionals) {
    const loaded = loadSessionFile(file, { date: o.date });
    if (o.region) for (const s of loaded.sessions) for (const e of s.events) if (e.type === 'session.start') {
      // --region overrides the operator's region recorded in the file
      const st = e as { room?: { id: string; operator?: { name: string; region?: string } } };
      st.room = { ...(st.room ?? { id: 'room' }), operator: { name: st.room?.operator?.name ?? '', ...st.room?.operator, region: settings.region } };
    }
    results.push(replayFile(engine, loaded, prices));
  }
  if (o.format === 'json') io.stdout.write(JSON.stringify(results.map((r) => ({ source: r.source, findings: r.findings })), null, 2) + '\n');
  else {
    const color = o['no-color'] ? false : o.color ?? !!(io.stdout as { isTTY?: boolean }).isTTY;
    for (const r of results) io.stdout.write(renderTimeline(r.source, r.events, r.findings, { color, locale: o.locale as 'zh-CN' | 'en' | undefined }));
  }
  if (o.html) {
    const r = results[0];
    const html = renderHtmlReport({ source: r.source, events: r.events, findings: r.findings });
    try { fs.writeFileSync(o.html, html); } catch (e) { throw new UserError(`${o.html}: 无法写入报告 (cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
    if (o.format !== 'json') io.stdout.write(`HTML 报告已写入 ${o.html}\n`);
  }
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}
