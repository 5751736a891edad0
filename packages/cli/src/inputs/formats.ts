// Parsers from file contents to what the engine checks. Positions always point into the decoded text.
import { unzipSync, strFromU8 } from 'fflate';
import type { EventLocation, LiveEvent, Product } from '@liveguard/core';
import { UserError } from '../errors.js';

export type InputKind = 'script' | 'subtitles' | 'listing' | 'events';

export interface ParsedInput {
  kind: InputKind;
  /** For scripts: the text the findings point into (and that --fix rewrites). */
  text?: string;
  events?: LiveEvent[];
  locate?: (event: LiveEvent, field: string) => EventLocation | undefined;
}

export const EXTENSIONS: Record<string, InputKind> = {
  '.txt': 'script', '.md': 'script', '.markdown': 'script', '.docx': 'script',
  '.srt': 'subtitles', '.vtt': 'subtitles', '.json': 'listing', '.csv': 'listing', '.jsonl': 'events', '.ndjson': 'events',
};

/** Line-start offsets of a text, for offset → line/column. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
export function locOf(starts: number[], offset: number): EventLocation {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
}

// ------------------------------------------------------------------ .docx

/** Paragraph texts of a Word document, one line each. */
export function docxToText(bytes: Uint8Array, file: string): string {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const doc = files['word/document.xml'];
    if (!doc) throw new Error('no word/document.xml');
    xml = strFromU8(doc);
  } catch (e) {
    throw new UserError(`${file}: 不是有效的 .docx 文件 (not a valid .docx file: ${(e as Error).message})`);
  }
  const paras: string[] = [];
  for (const m of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let t = '';
    for (const r of m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      if (r[0] === '<w:tab/>') t += '\t';
      else if (r[0] === '<w:br/>') t += ' ';
      else t += r[1];
    }
    paras.push(decodeXml(t));
  }
  return paras.join('\n');
}
function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    switch (e) { case 'lt': return '<'; case 'gt': return '>'; case 'amp': return '&'; case 'quot': return '"'; case 'apos': return "'"; }
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(cp) ? String.fromCodePoint(cp) : m;
  });
}

// ------------------------------------------------------------------ .srt / .vtt

const CUE_TIME = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
function timeMs(s: string): number {
  const [hms, frac] = s.replace(',', '.').split('.');
  const parts = hms.split(':').map(Number);
  while (parts.length < 3) parts.unshift(0);
  return ((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000 + Number((frac ?? '0').padEnd(3, '0').slice(0, 3));
}

/** Subtitle cues as timed speech events; `base` is the session start (epoch ms) the cue times are added to. */
export function parseSubtitles(text: string, file: string, base = 0): ParsedInput {
  const starts = lineStarts(text);
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const events: LiveEvent[] = [];
  const where = new Map<LiveEvent, EventLocation>();
  let cues = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = CUE_TIME.exec(lines[i]);
    if (!m) continue;
    cues++;
    const first = i + 1;
    let last = first;
    while (last < lines.length && lines[last].trim() !== '') last++;
    if (last > first) {
      const s = starts[first], e = starts[last - 1] + lines[last - 1].length;
      const ev = { type: 'speech', text: text.slice(s, e), ts: base + timeMs(m[1]), endTs: base + timeMs(m[2]), line: first + 1 } as LiveEvent;
      events.push(ev);
      where.set(ev, { offset: s, line: first + 1, column: 1 });
    }
    i = last;
  }
  if (cues === 0 && text.trim()) throw new UserError(`${file}: 没有找到字幕时间轴 (no subtitle cues "00:00:01,000 --> 00:00:02,000" found)`);
  return { kind: 'subtitles', events, locate: (e) => where.get(e) };
}

// ------------------------------------------------------------------ .json listings / events

function jsonError(file: string, text: string, e: Error): UserError {
  const m = /position (\d+)/.exec(e.message);
  const at = m ? locOf(lineStarts(text), Number(m[1])) : undefined;
  return new UserError(`${file}${at ? `:${at.line}:${at.column}` : ''}: JSON 格式错误 (invalid JSON: ${e.message})`);
}

/** Finds where each string field of each product sits in the raw JSON, so findings point into the file. */
function locator(text: string): (value: string, from: number) => number {
  return (value, from) => {
    const enc = JSON.stringify(value);
    const i = text.indexOf(enc, from);
    return i < 0 ? -1 : i + 1;
  };
}

/** Locates a listing finding by its product (`_i`) and field; a finding on the whole listing points at the product's title. */
function listingLocator(where: Map<string, EventLocation>): ParsedInput['locate'] {
  return (e, f) => {
    const i = (e as { _i?: number })._i;
    return where.get(`${i}|${f}`) ?? where.get(`${i}|title`);
  };
}

export function parseJsonInput(text: string, file: string): ParsedInput {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { throw jsonError(file, text, e as Error); }
  const items: unknown[] = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { events?: unknown }).events) ? (data as { events: unknown[] }).events : [data];
  if (items.length && items.every((x) => x && typeof x === 'object' && typeof (x as { type?: unknown }).type === 'string')) {
    return { kind: 'events', events: items as LiveEvent[] };
  }
  const starts = lineStarts(text);
  const find = locator(text);
  const where = new Map<string, EventLocation>();
  const events: LiveEvent[] = [];
  let cursor = 0;
  items.forEach((it, i) => {
    if (!it || typeof it !== 'object' || Array.isArray(it)) throw new UserError(`${file}: 第 ${i + 1} 项不是商品对象 (item ${i + 1} is not a product object)`);
    const p = it as Product;
    if (typeof p.title !== 'string') throw new UserError(`${file}: 第 ${i + 1} 项缺少 title 字段 (item ${i + 1} has no "title")`);
    const ev = { type: 'listing', product: { ...p, id: String(p.id ?? i + 1) }, line: 1 } as LiveEvent;
    const fields: [string, unknown][] = [['title', p.title], ['description', p.description], ['brand', p.brand],
      ...Object.entries((p.attributes as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [`attributes.${k}`, v] as [string, unknown])];
    for (const [f, v] of fields) {
      if (typeof v !== 'string') continue;
      const off = find(v, cursor);
      if (off >= 0) { where.set(`${i}|${f}`, locOf(starts, off)); cursor = Math.max(cursor, off); }
    }
    (ev as { _i?: number })._i = i;
    events.push(ev);
  });
  return { kind: 'listing', events, locate: listingLocator(where) };
}

// ------------------------------------------------------------------ .csv listings

/** RFC 4180 CSV with each cell's offset. */
export function parseCsv(text: string): { value: string; offset: number }[][] {
  const rows: { value: string; offset: number }[][] = [];
  let row: { value: string; offset: number }[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const start = i;
    let value = '';
    if (text[i] === '"') {
      i++;
      while (i < n) {
        if (text[i] === '"') { if (text[i + 1] === '"') { value += '"'; i += 2; continue; } i++; break; }
        value += text[i++];
      }
      row.push({ value, offset: start + 1 });
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
      row.push({ value: text.slice(start, i), offset: start });
    }
    if (i < n && text[i] === ',') { i++; continue; }
    if (text[i] === '\r') i++;
    if (i < n && text[i] === '\n') i++;
    if (!(row.length === 1 && row[0].value === '')) rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

export function parseCsvListing(text: string, file: string): ParsedInput {
  const rows = parseCsv(text);
  if (rows.length === 0) return { kind: 'listing', events: [] };
  const header = rows[0].map((c) => c.value.trim());
  if (!header.includes('title')) throw new UserError(`${file}: CSV 表头缺少 title 列 (CSV header needs a "title" column; got ${header.join(',')})`);
  const starts = lineStarts(text);
  const where = new Map<string, EventLocation>();
  const known = new Set(['id', 'title', 'category', 'brand', 'description', 'price', 'listPrice', 'stock', 'approvalNo', 'licences', 'seller', 'sellerCreditCode', 'shop']);
  const events: LiveEvent[] = rows.slice(1).map((r, i) => {
    const get = (k: string) => { const j = header.indexOf(k); return j >= 0 ? r[j]?.value : undefined; };
    const num = (k: string) => { const v = get(k); return v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined; };
    const attributes: Record<string, string> = {};
    header.forEach((h, j) => { if (!known.has(h) && r[j]?.value) attributes[h] = r[j].value; });
    const product: Product = {
      id: get('id') || String(i + 1), title: get('title') ?? '', category: get('category') || undefined, brand: get('brand') || undefined,
      description: get('description') || undefined, price: num('price'), listPrice: num('listPrice'), stock: num('stock'),
      approvalNo: get('approvalNo') || undefined, licences: get('licences') ? get('licences')!.split(/[;；|]/).map((s) => s.trim()).filter(Boolean) : undefined,
      seller: get('seller') ? { name: get('seller')!, creditCode: get('sellerCreditCode') || undefined, shop: get('shop') || undefined } : undefined,
      ...(Object.keys(attributes).length ? { attributes } : {}),
    };
    header.forEach((h, j) => {
      const f = h === 'title' || h === 'description' || h === 'brand' ? h : known.has(h) ? '' : `attributes.${h}`;
      if (f && r[j]) where.set(`${i}|${f}`, locOf(starts, r[j].offset));
    });
    const ev = { type: 'listing', product, line: locOf(starts, r[0].offset).line } as LiveEvent;
    (ev as { _i?: number })._i = i;
    return ev;
  });
  return { kind: 'listing', events, locate: listingLocator(where) };
}

// ------------------------------------------------------------------ .jsonl events

export function parseJsonl(text: string, file: string): ParsedInput {
  const events: LiveEvent[] = [];
  const where = new Map<LiveEvent, EventLocation>();
  const starts = lineStarts(text);
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const raw = text.slice(s, end).replace(/\r$/, '');
    if (!raw.trim()) return;
    let ev: unknown;
    try { ev = JSON.parse(raw); } catch (e) { throw new UserError(`${file}:${i + 1}: JSON 格式错误 (invalid JSON on line ${i + 1}: ${(e as Error).message})`); }
    if (!ev || typeof ev !== 'object' || typeof (ev as { type?: unknown }).type !== 'string') throw new UserError(`${file}:${i + 1}: 事件缺少 type 字段 (event on line ${i + 1} has no "type")`);
    const e = { ...(ev as object), line: i + 1 } as LiveEvent;
    events.push(e);
    const tf = (ev as { text?: unknown }).text;
    if (typeof tf === 'string') {
      const k = raw.indexOf(JSON.stringify(tf).slice(0, -1));
      if (k >= 0) where.set(e, { offset: s + k + 1, line: i + 1, column: k + 2 });
    }
  });
  return { kind: 'events', events, locate: (e, f) => (f === 'text' ? where.get(e) : undefined) ?? { offset: starts[((e as { line?: number }).line ?? 1) - 1] ?? 0, line: (e as { line?: number }).line ?? 1, column: 1 } };
}
