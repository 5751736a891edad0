// Parsing of event bodies (a JSON array, one JSON object, or NDJSON) with errors that name the line.
import type { LiveEvent } from '@liveguard/core';

export class BadInputError extends Error {
  readonly statusCode = 400;
  constructor(message: string) { super(message); this.name = 'BadInputError'; }
}

/** Line and column (1-based) of a UTF-16 position in text. */
function lineCol(text: string, pos: number): [number, number] {
  let line = 1, last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return [line, pos - last];
}

/** JSON.parse with an error naming line and column. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const pos = m ? Number(m[1]) : jsonErrorPosition(text);
    if (pos !== undefined) {
      const [line, col] = lineCol(text, pos);
      throw new BadInputError(`JSON 格式错误：第 ${line} 行第 ${col} 列 (invalid JSON at line ${line}, column ${col}): ${msg}`);
    }
    throw new BadInputError(`JSON 格式错误 (invalid JSON): ${msg}`);
  }
}

/**
 * Position of the first syntax error in `text` (only called after JSON.parse failed, for messages: V8 does
 * not always say where). A small recursive-descent scan over the JSON grammar.
 */
export function jsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const n = text.length;
  class At extends Error { constructor(readonly pos: number) { super(); } }
  const ws = () => { while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++; };
  const value = (depth: number): void => {
    if (depth > 512) throw new At(i);
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new At(i);
        str(); ws();
        if (text[i] !== ':') throw new At(i);
        i++; value(depth + 1); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        throw new At(i);
      }
    }
    if (c === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(depth + 1); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        throw new At(i);
      }
    }
    if (c === '"') return str();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!lit) throw new At(i);
    i += lit[0].length;
  };
  const str = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return; }
      if (c < 32) throw new At(i);
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new At(i); i += 6; continue; }
        if (!e || !'"\\/bfnrt'.includes(e)) throw new At(i);
        i += 2; continue;
      }
      i++;
    }
    throw new At(i);
  };
  try {
    value(0); ws();
    return i < n ? i : undefined;
  } catch (e) {
    return e instanceof At ? Math.min(e.pos, n) : undefined;
  }
}

/** NDJSON: one JSON object per non-empty line. */
export function parseNdjson(text: string): unknown[] {
  const out: unknown[] = [];
  let line = 0, pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    line++;
    const raw = text.slice(pos, nl).trim();
    pos = nl + 1;
    if (!raw) continue;
    try {
      out.push(JSON.parse(raw));
    } catch (e) {
      throw new BadInputError(`NDJSON 第 ${line} 行不是有效的 JSON (line ${line} is not valid JSON): ${(e as Error).message}`);
    }
    (out as unknown[] & { lines?: number[] }).lines ??= [];
    (out as unknown[] & { lines?: number[] }).lines!.push(line);
  }
  return out;
}

const MAX_TYPE = 64;

/**
 * Checks the shape every event must have (an object with a string `type`, a valid `ts` if present) and
 * returns the events. `lines` maps array index → NDJSON line for messages; otherwise "event N" (1-based).
 */
export function validateEvents(body: unknown): LiveEvent[] {
  const list = Array.isArray(body) ? body : body !== null && typeof body === 'object' ? [body] : undefined;
  if (!list) throw new BadInputError('请求体应为事件数组或 NDJSON (body must be a JSON array of events, one event object, or NDJSON)');
  const lines = (body as { lines?: number[] }).lines;
  const where = (i: number) => (lines ? `第 ${lines[i]} 行 (line ${lines[i]})` : `第 ${i + 1} 个事件 (event ${i + 1})`);
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as Record<string, unknown>;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) throw new BadInputError(`${where(i)}: 事件必须是 JSON 对象 (an event must be a JSON object)`);
    if (typeof e.type !== 'string' || !e.type || e.type.length > MAX_TYPE) throw new BadInputError(`${where(i)}: 缺少字符串字段 type (needs a string "type", e.g. "speech")`);
    if (e.ts !== undefined) {
      const ok = typeof e.ts === 'number' ? Number.isFinite(e.ts) : typeof e.ts === 'string' && Number.isFinite(Date.parse(e.ts));
      if (!ok) throw new BadInputError(`${where(i)}: ts 必须是 ISO 8601 时间或毫秒时间戳 ("ts" must be ISO 8601 with offset or epoch milliseconds)`);
    }
    if (e.seq !== undefined) delete e.seq; // the store assigns seq
    if (e.type === 'speech' && e.text !== undefined && typeof e.text !== 'string') throw new BadInputError(`${where(i)}: speech 的 text 必须是字符串 ("text" must be a string)`);
  }
  return list as LiveEvent[];
}
