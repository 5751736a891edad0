// `liveguard check [paths... | -]`: lint scripts, subtitles, listings and event files.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import {
  applyFixes, Engine, PRODUCT_CATEGORIES, stableHash, type EngineOptions, type Finding, type LintResult, type LintSettings,
  type Locale, type RulePack,
} from '@liveguard/core';
import { allPacks } from '@liveguard/rules-cn';
import { UserError, argsError } from '../errors.js';
import { findConfig, loadConfig, resolveFor, type ResolvedConfig } from '../config.js';
import { decodeBytes, sniffEncoding } from '../inputs/decode.js';
import { docxToText, EXTENSIONS, parseCsvListing, parseJsonInput, parseJsonl, parseSubtitles, type ParsedInput } from '../inputs/formats.js';
import { formatters } from '../formatters/index.js';
import { loadPackFile, readTermList } from '../packs.js';
import { parseRegion } from '../regions.js';
import type { Io } from '../io.js';

/** Scripts larger than this are linted in streamed chunks with bounded memory. */
export const STREAM_THRESHOLD = 8 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export const CHECK_HELP = `用法 Usage: liveguard check [文件|目录|glob ... | -] [选项]

  --format stylish|json|sarif   输出格式 (default stylish)
  --region CODE|名称            地区，GB/T 2260 代码或名称 (110000, 浙江, ningbo …)
  --date YYYY-MM-DD             按该日期有效的规定检查 (default today)
  --category CAT                商品类目 (${PRODUCT_CATEGORIES.join(', ')})
  --config FILE                 配置文件 (default: liveguard.config.json|.js found upward)
  --deny-list FILE              自定义禁用词，每行一个（# 开头为注释）→ custom/deny-list
  --allow-list FILE             白名单词：被其覆盖的文字不报告
  --no-builtin-rules            不加载内置规则
  --rule-category C[,C]         只运行这些类别的规则 (absolute-terms, medical-claim …)
  --fix / --fix-dry-run         应用不重叠的修改建议 / 只打印修改后的文本
  --max-warnings N              警告数超过 N 时退出码为 1
  --locale zh-CN|en             输出语言
  --stdin-filename NAME         标准输入的文件名（决定格式）
退出码 Exit codes: 0 无错误 · 1 有错误级问题或警告超限 · 2 用法或输入错误`;

interface Input { source: string; file?: string; bytes?: Uint8Array; size: number }

export async function run(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' }, region: { type: 'string' }, date: { type: 'string' },
        category: { type: 'string' }, config: { type: 'string', short: 'c' }, 'deny-list': { type: 'string' }, 'allow-list': { type: 'string' },
        'no-builtin-rules': { type: 'boolean' }, 'rule-category': { type: 'string' }, fix: { type: 'boolean' }, 'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' }, locale: { type: 'string' }, 'stdin-filename': { type: 'string' }, help: { type: 'boolean', short: 'h' },
        color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    throw argsError(e, CHECK_HELP);
  }
  const o = args.values;
  if (o.help) { io.stdout.write(CHECK_HELP + '\n'); return 0; }
  const format = formatters[o.format!];
  if (!format) throw new UserError(`未知的输出格式 "${o.format}" (unknown --format; use stylish, json or sarif)`);
  const locale: Locale = o.locale === undefined ? 'zh-CN' : o.locale === 'en' || o.locale === 'zh-CN' ? o.locale : (() => { throw new UserError(`未知的语言 "${o.locale}" (--locale must be zh-CN or en)`); })();
  let maxWarnings = -1;
  if (o['max-warnings'] !== undefined) {
    maxWarnings = Number(o['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UserError(`--max-warnings 需要非负整数 (got "${o['max-warnings']}")`);
  }
  if (o.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(o.date) || Number.isNaN(Date.parse(o.date)))) throw new UserError(`--date 需要 YYYY-MM-DD 格式 (got "${o.date}")`);
  if (o.category !== undefined && !(PRODUCT_CATEGORIES as readonly string[]).includes(o.category)) throw new UserError(`未知的商品类目 "${o.category}" (unknown --category; one of ${PRODUCT_CATEGORIES.join(', ')})`);
  const cli: LintSettings = {
    ...(o.region !== undefined ? { region: parseRegion(o.region) } : {}),
    ...(o.date ? { date: o.date } : {}),
    ...(o.category ? { category: o.category } : {}),
    locale,
  };
  const deny = o['deny-list'] ? readTermList(o['deny-list']) : [];
  const allow = o['allow-list'] ? readTermList(o['allow-list']) : [];
  const explicitConfig = o.config ? await loadConfig(o.config) : undefined;

  const inputs = await collectInputs(args.positionals, io, o['stdin-filename']);
  const engines = new Map<string, Engine>();
  const results: LintResult[] = [];
  let inputErrors = 0;
  const progress = makeProgress(io, inputs.length);
  for (const [i, input] of inputs.entries()) {
    progress(i);
    try {
      const cfgFile = explicitConfig ? undefined : findConfig(input.file ? path.dirname(input.file) : process.cwd());
      const cfg = resolveFor(explicitConfig ?? (cfgFile ? await loadConfig(cfgFile) : undefined), input.file);
      if (cfg.ignored) continue;
      const settings: LintSettings = { ...cfg.settings, ...cli };
      const engine = await engineFor(engines, cfg, { deny, allow, builtin: !o['no-builtin-rules'], ruleCategories: o['rule-category']?.split(',').map((s) => s.trim()).filter(Boolean) });
      const findings = await lintInput(engine, input, settings, { fix: !!o.fix, dryRun: !!o['fix-dry-run'], io });
      results.push({ source: input.source, findings });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      io.stderr.write(`liveguard: ${e.message}\n`);
      inputErrors++;
    }
  }
  progress(inputs.length);
  const allRules = [...engines.values()].flatMap((e) => e.rules.map((r) => r.def));
  const text = format(results, { locale, color: o['no-color'] ? false : o.color ?? (io.stdout as { isTTY?: boolean }).isTTY === true, rules: allRules, cwd: process.cwd() });
  if (!o['fix-dry-run'] || o.format !== 'stylish') io.stdout.write(text);
  if (inputErrors) return 2;
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

async function engineFor(cache: Map<string, Engine>, cfg: ResolvedConfig, cli: { deny: string[]; allow: string[]; builtin: boolean; ruleCategories?: string[] }): Promise<Engine> {
  const key = JSON.stringify([cfg.rules, cfg.deny, cfg.allow, cfg.packs, cfg.builtin]);
  let e = cache.get(key);
  if (e) return e;
  const packs: RulePack[] = [];
  if (cli.builtin && cfg.builtin) packs.push(...allPacks);
  for (const p of cfg.packs) packs.push(await loadPackFile(p));
  const opts: EngineOptions = {
    packs, config: cfg.rules, deny: [...cli.deny, ...cfg.deny], allow: [...cli.allow, ...cfg.allow],
    ...(cli.ruleCategories?.length ? { categories: cli.ruleCategories } : {}),
  };
  try { e = new Engine(opts); } catch (err) { throw new UserError((err as Error).message); }
  cache.set(key, e);
  return e;
}

// ------------------------------------------------------------------ inputs

const SUPPORTED = Object.keys(EXTENSIONS);

async function collectInputs(positionals: string[], io: Io, stdinName?: string): Promise<Input[]> {
  const out: Input[] = [];
  const stdinTty = (io.stdin as { isTTY?: boolean }).isTTY === true;
  const pos = positionals.length ? positionals : stdinTty ? [] : ['-'];
  if (!pos.length) throw new UserError(`没有要检查的文件 (no input: give files, directories, globs, or - for stdin)\n${CHECK_HELP}`);
  for (const p of pos) {
    if (p === '-') {
      const bytes = await readAll(io.stdin);
      out.push({ source: stdinName ?? '<stdin>', bytes, size: bytes.length });
      continue;
    }
    if (/[*?{}[\]]/.test(p) && !fs.existsSync(p)) {
      const files = (await glob(p, { absolute: false, ignore: ['**/node_modules/**'] })).sort();
      if (!files.length) throw new UserError(`${p}: 没有匹配的文件 (glob matched no files)`);
      for (const f of files) out.push(fileInput(f));
      continue;
    }
    let st: fs.Stats;
    try { st = fs.statSync(p); } catch { throw new UserError(`${p}: 文件不存在 (no such file or directory)`); }
    if (st.isDirectory()) {
      const files = (await glob(`**/*{${SUPPORTED.join(',')}}`, { cwd: p, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
      for (const f of files) out.push(fileInput(path.join(p, f)));
    } else out.push(fileInput(p));
  }
  return out;
}

function fileInput(f: string): Input {
  let size = 0;
  try { size = fs.statSync(f).size; } catch { throw new UserError(`${f}: 文件不存在 (no such file)`); }
  return { source: f, file: f, size };
}

async function readAll(s: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

function readBytes(input: Input): Uint8Array {
  if (input.bytes) return input.bytes;
  try { return fs.readFileSync(input.file!); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${input.source}: 无法读取 (cannot read: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (e as Error).message})`);
  }
}

function kindOf(input: Input): string {
  const ext = path.extname(input.source).toLowerCase();
  if (input.source === '<stdin>') return '.txt';
  if (!EXTENSIONS[ext]) throw new UserError(`${input.source}: 不支持的文件类型 "${ext || '(无扩展名)'}" (unsupported file type; supported: ${SUPPORTED.join(' ')})`);
  return ext;
}

function parseInput(input: Input, ext: string): ParsedInput {
  const bytes = readBytes(input);
  if (ext === '.docx') return { kind: 'script', text: docxToText(bytes, input.source) };
  const { text } = decodeBytes(bytes, input.source);
  switch (ext) {
    case '.srt': case '.vtt': return parseSubtitles(text, input.source);
    case '.json': return parseJsonInput(text, input.source);
    case '.csv': return parseCsvListing(text, input.source);
    case '.jsonl': case '.ndjson': return parseJsonl(text, input.source);
    default: return { kind: 'script', text };
  }
}

async function lintInput(engine: Engine, input: Input, settings: LintSettings, fix: { fix: boolean; dryRun: boolean; io: Io }): Promise<Finding[]> {
  const ext = kindOf(input);
  if ((ext === '.txt' || ext === '.md' || ext === '.markdown') && input.file && input.size > STREAM_THRESHOLD) {
    if (fix.fix || fix.dryRun) throw new UserError(`${input.source}: 文件过大 (${(input.size / 1048576).toFixed(1)} MB)，不支持 --fix (file too large for --fix; it is checked in streamed chunks)`);
    return lintLargeScript(engine, input, settings);
  }
  const parsed = parseInput(input, ext);
  if (parsed.kind === 'script') {
    const text = parsed.text ?? '';
    const findings = engine.lintText(text, { source: input.source, settings });
    if (fix.fix || fix.dryRun) {
      const r = applyFixes(text, findings);
      if (fix.dryRun || !input.file || ext === '.docx') fix.io.stdout.write(r.output + (r.output.endsWith('\n') ? '' : '\n'));
      else if (r.applied.length) fs.writeFileSync(input.file, r.output);
      if (fix.fix && input.file && ext !== '.docx') {
        const fixed = new Set(r.applied.map((f) => f.id));
        return findings.filter((f) => !fixed.has(f.id));
      }
    }
    return findings;
  }
  return engine.lintEvents(parsed.events ?? [], { id: input.source, source: input.source, settings, locate: parsed.locate });
}

/** A large script in ~1 MB chunks cut at line ends: bounded memory, findings shifted to file positions. */
async function lintLargeScript(engine: Engine, input: Input, settings: LintSettings): Promise<Finding[]> {
  const fd = fs.openSync(input.file!, 'r');
  const findings: Finding[] = [];
  try {
    const head = Buffer.alloc(Math.min(65536, input.size));
    fs.readSync(fd, head, 0, head.length, 0);
    const { encoding, bom } = sniffEncoding(head, input.source);
    const decoder = new TextDecoder(encoding, { fatal: true });
    const buf = Buffer.alloc(CHUNK);
    let pos = bom, carry = '', baseOffset = 0, baseLine = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, pos);
      pos += n;
      let text: string;
      try { text = carry + decoder.decode(buf.subarray(0, n), { stream: n > 0 }); } catch { throw new UserError(`${input.source}: 含有无效的 ${encoding} 字节序列 (invalid ${encoding} byte sequence near byte ${pos})`); }
      let cut = n > 0 ? text.lastIndexOf('\n') + 1 : text.length;
      // never end a chunk right after a disable directive: it applies to the next line
      while (cut > 0 && n > 0) {
        const prevNl = text.lastIndexOf('\n', cut - 2);
        if (!/^\s*#\s*liveguard-disable/.test(text.slice(prevNl + 1, cut))) break;
        cut = prevNl + 1;
      }
      const chunk = text.slice(0, cut);
      carry = text.slice(cut);
      if (chunk) {
        for (const f of engine.lintText(chunk, { source: input.source, settings })) {
          const offset = f.offset + baseOffset;
          findings.push({ ...f, offset, line: f.line + baseLine, endLine: f.endLine + baseLine, id: stableHash(`${input.source}|${f.ruleId}|${offset}|${f.length}|${f.message}`) });
        }
        baseOffset += chunk.length;
        for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) baseLine++;
      }
      if (n === 0) break;
    }
  } finally { fs.closeSync(fd); }
  return findings;
}

function makeProgress(io: Io, total: number): (done: number) => void {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  if (!tty || total < 20) return () => {};
  return (done) => {
    const w = 30, filled = Math.round((done / total) * w);
    io.stderr.write(`\r[${'█'.repeat(filled)}${'░'.repeat(w - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
