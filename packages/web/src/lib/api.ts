// Client for the Liveguard server API v1 (design.md, "Server API"). The key is kept in localStorage and
// sent as a Bearer token; SSE is read with fetch so the Authorization header can be sent too.
import type { Finding } from '@liveguard/core';

export interface ApiConfig { key: string; baseUrl: string }

const KEY = 'liveguard.apiKey';
const BASE = 'liveguard.baseUrl';

export function loadConfig(): ApiConfig {
  try {
    return { key: localStorage.getItem(KEY) ?? '', baseUrl: localStorage.getItem(BASE) ?? '' };
  } catch {
    return { key: '', baseUrl: '' };
  }
}

export function saveConfig(c: ApiConfig): void {
  try {
    if (c.key) localStorage.setItem(KEY, c.key); else localStorage.removeItem(KEY);
    if (c.baseUrl) localStorage.setItem(BASE, c.baseUrl); else localStorage.removeItem(BASE);
  } catch { /* storage unavailable */ }
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); this.name = 'ApiError'; }
}

export function apiUrl(cfg: ApiConfig, path: string): string {
  return cfg.baseUrl.replace(/\/+$/, '') + path;
}

export async function apiFetch(cfg: ApiConfig, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (cfg.key) headers.set('Authorization', `Bearer ${cfg.key}`);
  const res = await fetch(apiUrl(cfg, path), { ...init, headers });
  if (!res.ok) {
    let msg = `${res.status} ${res.statusText}`;
    try {
      const body = await res.clone().json();
      if (body && typeof body.message === 'string') msg = `${res.status}: ${body.message}`;
      else if (body && typeof body.error === 'string') msg = `${res.status}: ${body.error}`;
    } catch { /* not JSON */ }
    throw new ApiError(res.status, msg);
  }
  return res;
}

export async function apiJson<T = unknown>(cfg: ApiConfig, path: string, init?: RequestInit): Promise<T> {
  const res = await apiFetch(cfg, path, init);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

// ---------------------------------------------------------------- shapes (tolerant readers)

export interface SessionSummary {
  id: string;
  room?: { id?: string; name?: string; platform?: string; operator?: { name?: string; region?: string } };
  status?: string;
  startedAt?: string | number;
  endedAt?: string | number;
  counts: { error: number; warning: number; info: number };
  rules: Record<string, number>;
  [k: string]: unknown;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Accepts `[...]`, `{ sessions: [...] }` or `{ items: [...] }`; counts from `counts`/`findingCounts`/`bySeverity`. */
export function toSessionList(body: unknown): SessionSummary[] {
  const arr = Array.isArray(body) ? body : (body as { sessions?: unknown[]; items?: unknown[] })?.sessions ?? (body as { items?: unknown[] })?.items ?? [];
  return (arr as Record<string, unknown>[]).filter((s) => s && typeof s.id === 'string').map(toSessionSummary);
}

export function toSessionSummary(s: Record<string, unknown>): SessionSummary {
  const c = (s.counts ?? s.findingCounts ?? s.bySeverity ?? (s.findings && typeof s.findings === 'object' && !Array.isArray(s.findings) ? s.findings : {})) as Record<string, unknown>;
  const start = (s.start ?? {}) as Record<string, unknown>;
  return {
    ...s,
    id: String(s.id),
    room: (s.room ?? start.room) as SessionSummary['room'],
    status: typeof s.status === 'string' ? s.status : s.endedAt || s.ended ? 'ended' : undefined,
    startedAt: (s.startedAt ?? s.started ?? s.createdAt ?? start.ts) as string | number | undefined,
    counts: { error: num(c.error), warning: num(c.warning), info: num(c.info) },
    rules: (s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules) ? s.rules : {}) as Record<string, number>,
  };
}

export function toFindings(body: unknown): Finding[] {
  const arr = Array.isArray(body) ? body : (body as { findings?: unknown[] })?.findings ?? [];
  return (arr as Finding[]).filter((f) => f && typeof f.ruleId === 'string');
}

/** Events of an evidence bundle (`{ events: [{ seq, hash, body: '<canonical JSON>' }] }`), an events list, or NDJSON. */
export function toEvents(body: unknown): Record<string, unknown>[] {
  let arr: unknown[] = [];
  if (typeof body === 'string') {
    arr = body.split('\n').filter((l) => l.trim()).map((l) => { try { return JSON.parse(l); } catch { return null; } });
  } else if (Array.isArray(body)) arr = body;
  else if (body && typeof body === 'object') arr = ((body as { events?: unknown[] }).events ?? (body as { records?: unknown[] }).records ?? []);
  return arr
    .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    .map((e) => {
      let inner: Record<string, unknown> = e;
      if (typeof e.body === 'string') { try { inner = JSON.parse(e.body); } catch { /* not JSON */ } }
      else if (e.body && typeof e.body === 'object') inner = e.body as Record<string, unknown>;
      else if (e.event && typeof e.event === 'object') inner = e.event as Record<string, unknown>;
      else if (e.payload && typeof e.payload === 'object') inner = e.payload as Record<string, unknown>;
      return inner === e ? e : { ...inner, seq: inner.seq ?? e.seq, ts: inner.ts ?? e.ts };
    })
    .filter((e) => typeof e.type === 'string');
}

export interface WhoAmI { tenant?: string; role?: string; keyId?: string }

// ---------------------------------------------------------------- Server-Sent Events over fetch

export interface SseMessage { event: string; data: string; id?: string }

/** Incremental SSE parser (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation). */
export class SseParser {
  private buf = '';
  private data: string[] = [];
  private event = '';
  private id: string | undefined;
  constructor(private readonly onMessage: (m: SseMessage) => void) {}
  push(chunk: string): void {
    this.buf += chunk;
    let nl: number;
    while ((nl = this.buf.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + (this.buf.startsWith('\r\n', nl) ? 2 : 1));
      this.line(line);
    }
  }
  private line(line: string): void {
    if (line === '') {
      if (this.data.length) this.onMessage({ event: this.event || 'message', data: this.data.join('\n'), id: this.id });
      this.data = [];
      this.event = '';
      return;
    }
    if (line.startsWith(':')) return;
    const i = line.indexOf(':');
    const field = i < 0 ? line : line.slice(0, i);
    let value = i < 0 ? '' : line.slice(i + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id') this.id = value;
  }
}

/** A finding carried by an SSE message: the data is a finding, or `{ finding }`, or `{ type: 'finding', finding }`. */
export function findingFromMessage(m: SseMessage): Finding | undefined {
  try {
    const d = JSON.parse(m.data);
    const f = d && typeof d.ruleId === 'string' ? d : d?.finding ?? d?.data;
    if (f && typeof f.ruleId === 'string') {
      if (!f.session && typeof d.session === 'string') f.session = d.session;
      return f as Finding;
    }
  } catch { /* keep-alive or non-JSON */ }
  return undefined;
}

export type StreamStatus = 'connecting' | 'open' | 'error';

/** Reads GET /v1/stream with the key in the Authorization header; reconnects with back-off until aborted. */
export function openStream(
  cfg: ApiConfig,
  handlers: { onMessage: (m: SseMessage) => void; onStatus?: (s: StreamStatus) => void },
  path = '/v1/stream',
): () => void {
  const ctrl = new AbortController();
  let lastId: string | undefined;
  let delay = 500;
  const run = async () => {
    while (!ctrl.signal.aborted) {
      handlers.onStatus?.('connecting');
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream' };
        if (cfg.key) headers.Authorization = `Bearer ${cfg.key}`;
        if (lastId) headers['Last-Event-ID'] = lastId;
        const res = await fetch(apiUrl(cfg, path), { headers, signal: ctrl.signal, cache: 'no-store' });
        if (!res.ok || !res.body) throw new ApiError(res.status, `${res.status}`);
        handlers.onStatus?.('open');
        delay = 500;
        const parser = new SseParser((m) => { if (m.id) lastId = m.id; handlers.onMessage(m); });
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value);
        }
      } catch (e) {
        if (ctrl.signal.aborted) return;
        if (e instanceof ApiError && e.status === 401) { handlers.onStatus?.('error'); return; }
      }
      if (ctrl.signal.aborted) return;
      handlers.onStatus?.('error');
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  };
  void run();
  return () => ctrl.abort();
}

/** Saves a response body as a file (evidence bundle, report). */
export async function downloadResponse(res: Response, fallbackName: string): Promise<void> {
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(cd);
  const blob = await res.blob();
  downloadBlob(blob, m ? decodeURIComponent(m[1]) : fallbackName);
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
