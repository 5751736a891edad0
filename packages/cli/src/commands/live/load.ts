// Recorded sessions for replay: JSONL events, or subtitles (.srt/.vtt) with a sidecar `.meta.json` holding a
// session.start-like object. Malformed input is a UserError naming the file and line (exit 2, no stack trace).
import fs from 'node:fs';
import path from 'node:path';
import { parsePriceCsv, toEpochMs, type LiveEvent, type PricePoint } from '@liveguard/core';
import { UserError } from '../../errors.js';

export interface LoadedSession { id: string; events: LiveEvent[] }
export interface LoadedFile {
  source: string;
  sessions: LoadedSession[];
  /** Orders without a session in a multi-session file, and orders after session.end: price history for every session. */
  prices: [string, PricePoint][];
}

function read(file: string): string {
  try { return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''); } catch (e) {
    throw new UserError(`${file}: 无法读取文件 (cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Parses one NDJSON line into an event; throws a UserError naming `where` (file:line). */
export function parseEventLine(line: string, where: string): LiveEvent {
  let v: unknown;
  try { v = JSON.parse(line); } catch (e) {
    throw new UserError(`${where}: JSON 格式错误 (malformed JSON: ${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UserError(`${where}: 每行须是一个 JSON 对象 (each line must be a JSON object)`);
  const e = v as Record<string, unknown>;
  if (typeof e.type !== 'string') throw new UserError(`${where}: 事件缺少 "type" 字段 (event has no "type")`);
  if (e.ts !== undefined && typeof e.ts !== 'number' && typeof e.ts !== 'string') throw new UserError(`${where}: "ts" 须是 ISO 8601 字符串或毫秒数 (bad "ts")`);
  if (e.ts !== undefined && !Number.isFinite(toEpochMs(e.ts as string | number))) throw new UserError(`${where}: 无法解析时间 "${String(e.ts)}" (unparseable "ts")`);
  return e as LiveEvent;
}

export function parseJsonlEvents(text: string, file: string): LiveEvent[] {
  const out: LiveEvent[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    out.push(parseEventLine(line, `${file}:${i + 1}`));
  }
  return out;
}

const TIME = /(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/;
function cueMs(s: string): number {
  const m = TIME.exec(s);
  if (!m) return NaN;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4].padEnd(3, '0'));
}

/** Subtitles → timed speech events, relative to `base` (epoch ms); `名字：` prefixes name a host. */
export function parseSubtitleEvents(text: string, file: string, base: number, hosts: { id: string; name?: string }[]): LiveEvent[] {
  const out: LiveEvent[] = [];
  const lines = text.replace(/\r/g, '').split('\n');
  let i = 0;
  while (i < lines.length) {
    const arrow = lines[i].indexOf('-->');
    if (arrow < 0) { i++; continue; }
    const from = cueMs(lines[i].slice(0, arrow)), to = cueMs(lines[i].slice(arrow + 3));
    if (!Number.isFinite(from) || !Number.isFinite(to)) throw new UserError(`${file}:${i + 1}: 无法解析字幕时间 (bad cue timing "${lines[i].trim()}")`);
    const lineNo = i + 2;
    const textLines: string[] = [];
    for (i++; i < lines.length && lines[i].trim() !== ''; i++) textLines.push(lines[i].replace(/<[^>]+>/g, ''));
    let t = textLines.join(' ').trim();
    if (!t) continue;
    let speaker: string | undefined;
    const sp = /^([^：:\s]{1,12})[：:]\s*/.exec(t);
    const host = sp && hosts.find((h) => h.name === sp[1] || h.id === sp[1]);
    if (sp && host) { speaker = host.id; t = t.slice(sp[0].length); }
    out.push({ type: 'speech', ts: base + from, endTs: base + to, text: t, line: lineNo, ...(speaker ? { speaker } : {}) } as LiveEvent);
  }
  return out;
}

function sidecar(file: string): string | undefined {
  const ext = path.extname(file);
  for (const c of [`${file}.meta.json`, `${file.slice(0, -ext.length)}.meta.json`]) if (fs.existsSync(c)) return c;
  return undefined;
}

/** Loads a session file (.jsonl/.ndjson/.json lines, .srt, .vtt) into sessions and loose price points. */
export function loadSessionFile(file: string, opts: { date?: string } = {}): LoadedFile {
  const ext = path.extname(file).toLowerCase();
  const text = read(file);
  let events: LiveEvent[];
  if (ext === '.srt' || ext === '.vtt') {
    const metaFile = sidecar(file);
    let meta: Record<string, unknown> = {};
    if (metaFile) {
      try { meta = JSON.parse(read(metaFile)); } catch (e) {
        if (e instanceof UserError) throw e;
        throw new UserError(`${metaFile}: JSON 格式错误 (malformed JSON: ${(e as Error).message})`);
      }
    }
    const base = meta.ts !== undefined ? toEpochMs(meta.ts as string | number) : Date.parse(`${opts.date ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    if (!Number.isFinite(base)) throw new UserError(`${metaFile}: 无法解析 "ts" (unparseable "ts")`);
    const start = { ...meta, type: 'session.start', ts: base } as LiveEvent;
    const speech = parseSubtitleEvents(text, file, base, (meta.hosts as { id: string; name?: string }[] | undefined) ?? []);
    const last = speech.length ? toEpochMs(speech[speech.length - 1].endTs as number) : base;
    events = [start, ...speech, { type: 'session.end', ts: last } as LiveEvent];
  } else {
    events = parseJsonlEvents(text, file);
  }
  return splitSessions(events, path.basename(file).replace(/\.[^.]+$/, ''), file);
}

/** Groups events by `session`; orders after a session's end (and session-less orders in multi-session files) become price history. */
export function splitSessions(events: LiveEvent[], defaultId: string, source: string): LoadedFile {
  const ids = new Set(events.map((e) => e.session).filter((s): s is string => typeof s === 'string'));
  const multi = ids.size > 1;
  const byId = new Map<string, LoadedSession>();
  const prices: [string, PricePoint][] = [];
  const ended = new Set<string>();
  for (const e of events) {
    const isOrder = e.type === 'order';
    const sid = typeof e.session === 'string' ? e.session : multi ? undefined : [...ids][0] ?? defaultId;
    if (isOrder && (sid === undefined || ended.has(sid))) {
      const o = e as LiveEvent & { productId: string; price: number; qty?: number; channel?: string };
      const ts = toEpochMs(o.ts);
      if (o.productId && Number.isFinite(ts) && Number.isFinite(o.price)) prices.push([o.productId, { ts, price: o.price, ...(o.qty !== undefined ? { qty: o.qty } : {}), channel: o.channel ?? 'order' }]);
      continue;
    }
    if (sid === undefined) continue;
    let s = byId.get(sid);
    if (!s) byId.set(sid, (s = { id: sid, events: [] }));
    s.events.push(e);
    if (e.type === 'session.end') ended.add(sid);
  }
  return { source, sessions: [...byId.values()], prices };
}

export function loadPriceCsv(file: string): [string, PricePoint][] {
  const { rows, errors } = parsePriceCsv(read(file));
  if (errors.length) throw new UserError(`${file}:${errors[0].line}: ${errors[0].message}`);
  return rows.map((r) => [r.productId, r.point]);
}
