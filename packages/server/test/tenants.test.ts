// A tenant never sees another's sessions: every session route answers 404 (not 403) to another tenant's key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speech, testServer, type TestServer } from './helpers.js';

describe('tenant isolation', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await testServer();
    await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth('a'), payload: { id: 'secret-room' } });
    await t.app.inject({ method: 'POST', url: '/v1/sessions/secret-room/events', headers: t.auth('a'), payload: [speech(1, '全网最低价')] });
  });
  afterAll(async () => { await t.close(); });

  const routes: [string, string, unknown?][] = [
    ['GET', '/v1/sessions/secret-room'],
    ['GET', '/v1/sessions/secret-room/findings'],
    ['GET', '/v1/sessions/secret-room/findings?severity=error'],
    ['GET', '/v1/sessions/secret-room/report'],
    ['GET', '/v1/sessions/secret-room/report?format=html'],
    ['GET', '/v1/sessions/secret-room/evidence'],
    ['GET', '/v1/sessions/secret-room/evidence/verify'],
    ['GET', '/v1/sessions/secret-room/events'],
    ['POST', '/v1/sessions/secret-room/events', [speech(2, 'injected')]],
  ];
  for (const [method, url, payload] of routes) {
    it(`${method} ${url}: 404 for another tenant, same as a missing session`, async () => {
      const other = await t.app.inject({ method: method as 'GET', url, headers: t.auth('b'), ...(payload ? { payload: payload as object } : {}) });
      expect(other.statusCode).toBe(404);
      const missing = await t.app.inject({ method: method as 'GET', url: url.replace('secret-room', 'no-such-room'), headers: t.auth('b'), ...(payload ? { payload: payload as object } : {}) });
      expect(missing.statusCode).toBe(404);
      expect(other.body.replace('secret-room', 'X')).toBe(missing.body.replace('no-such-room', 'X'));
      const own = await t.app.inject({ method: method as 'GET', url, headers: t.auth('a'), ...(payload ? { payload: payload as object } : {}) });
      expect(own.statusCode).toBe(200);
    });
  }

  it('lists only the caller tenant sessions', async () => {
    const b = (await t.app.inject({ url: '/v1/sessions', headers: t.auth('b') })).json();
    expect(b.sessions.map((s: { id: string }) => s.id)).not.toContain('secret-room');
    const a = (await t.app.inject({ url: '/v1/sessions', headers: t.auth('a') })).json();
    expect(a.sessions.map((s: { id: string }) => s.id)).toContain('secret-room');
  });

  it('cannot take an id of another tenant (conflict says nothing about the owner) and cannot write into it', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth('b'), payload: { id: 'secret-room' } });
    expect(r.statusCode).toBe(409);
    expect(r.body).not.toContain('tenant-a');
    expect((await t.store.getSession('secret-room'))?.lastSeq).toBe(2); // only tenant a's own events
    expect((await t.store.readEvents('secret-room')).map((e) => JSON.parse(e.body).text)).not.toContain('injected-by-b');
  });
});
