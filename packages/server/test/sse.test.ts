// Findings arrive on /v1/stream for the caller's tenant only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { speech, testServer, type TestServer } from './helpers.js';

function subscribe(url: string, key: string, extra: Record<string, string> = {}): { events: Promise<object[]>; close(): void; lines: object[]; ids: string[] } {
  const lines: object[] = [];
  const ids: string[] = [];
  let req: ReturnType<typeof request>;
  const events = new Promise<object[]>((resolve, reject) => {
    req = request(url, { headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream', ...extra } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        buf += d;
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          const id = block.split('\n').find((l) => l.startsWith('id: '));
          if (data) lines.push(JSON.parse(data.slice(6)));
          if (id) ids.push(id.slice(4));
        }
      });
      res.on('end', () => resolve(lines));
    });
    req.on('error', () => resolve(lines));
    req.end();
  });
  return { events, lines, ids, close: () => req.destroy() };
}

describe('SSE stream', () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await testServer();
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => { await t.close(); });

  it('streams findings of the tenant as they are stored, and nothing of other tenants', async () => {
    const a = subscribe(`${base}/v1/stream`, t.keys.a);
    const b = subscribe(`${base}/v1/stream`, t.keys.b);
    await new Promise((r) => setTimeout(r, 100));
    const h = { authorization: `Bearer ${t.keys.a}`, 'content-type': 'application/json' };
    await fetch(`${base}/v1/sessions`, { method: 'POST', headers: h, body: JSON.stringify({ id: 'live-1' }) });
    const r = await fetch(`${base}/v1/sessions/live-1/events`, { method: 'POST', headers: h, body: JSON.stringify([speech(1, '全网最低价'), speech(2, '你好')]) });
    expect(await r.json()).toEqual({ accepted: 2, lastSeq: 2 });
    for (let i = 0; i < 50 && !a.lines.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(a.lines).toHaveLength(1);
    expect(a.lines[0]).toMatchObject({ session: 'live-1', ruleId: 'custom/deny-list', eventSeq: 1, text: '全网最低价' });
    expect((a.lines[0] as { tenant?: string }).tenant).toBeUndefined();
    expect(b.lines).toHaveLength(0);
    a.close(); b.close();
  });

  it('resumes from Last-Event-ID: stored findings after the cursor, then live', async () => {
    const h = { authorization: `Bearer ${t.keys.a}`, 'content-type': 'application/json' };
    const first = subscribe(`${base}/v1/stream`, t.keys.a);
    await new Promise((r) => setTimeout(r, 100));
    await fetch(`${base}/v1/sessions/live-1/events`, { method: 'POST', headers: h, body: JSON.stringify([speech(3, '加微信'), speech(4, '最好')]) });
    for (let i = 0; i < 50 && first.ids.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    first.close();
    expect(first.ids).toHaveLength(2);
    // disconnected after the first of the two: the resumed stream replays the second, then goes live
    const again = subscribe(`${base}/v1/stream`, t.keys.a, { 'last-event-id': first.ids[0] });
    await new Promise((r) => setTimeout(r, 150));
    await fetch(`${base}/v1/sessions/live-1/events`, { method: 'POST', headers: h, body: JSON.stringify([speech(5, '全网最低价')]) });
    for (let i = 0; i < 50 && again.lines.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    again.close();
    expect(again.lines.map((f) => (f as { eventSeq: number }).eventSeq)).toEqual([4, 5]);
    expect(again.ids[0]).toBe(first.ids[1]);
  });

  it('refuses the stream without a key', async () => {
    const r = await fetch(`${base}/v1/stream`);
    expect(r.status).toBe(401);
  });
});
