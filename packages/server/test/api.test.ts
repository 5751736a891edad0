import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ndjson, speech, testServer, ts, type TestServer } from './helpers.js';

const VERIFY_SCRIPT = fileURLToPath(new URL('../../../scripts/verify-bundle.mjs', import.meta.url));

describe('HTTP API (inject)', () => {
  let t: TestServer;
  beforeAll(async () => { t = await testServer(); });
  afterAll(async () => { await t.close(); });

  it('answers /healthz, the OpenAPI document and the landing page without a key', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ ok: true });
    const doc = (await t.app.inject('/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/check', '/v1/sessions', '/v1/sessions/{id}/events', '/v1/sessions/{id}/findings',
      '/v1/sessions/{id}/report', '/v1/sessions/{id}/evidence', '/v1/sessions/{id}/evidence/verify', '/v1/stream', '/v1/rules']));
    expect(doc.components.securitySchemes.bearer.scheme).toBe('bearer');
    expect((await t.app.inject('/docs')).statusCode).toBeLessThan(400);
    expect((await t.app.inject('/')).body).toContain('/docs');
  });

  it('refuses /v1 without a valid key (401)', async () => {
    for (const [method, url] of [['GET', '/v1/sessions'], ['POST', '/v1/check'], ['GET', '/v1/rules'], ['GET', '/v1/stream'], ['POST', '/v1/sessions/x/events']] as const) {
      const r = await t.app.inject({ method, url });
      expect(r.statusCode, url).toBe(401);
      expect(r.headers['www-authenticate']).toBe('Bearer');
    }
    expect((await t.app.inject({ url: '/v1/sessions', headers: { authorization: 'Bearer lg_wrong' } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/v1/sessions', headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
  });

  it('checks text', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: t.auth(), payload: { text: '第一行没问题\n这是全网最低价' } });
    expect(r.statusCode).toBe(200);
    const f = r.json().findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'custom/deny-list', line: 2, text: '全网最低价' });
    expect((await t.app.inject({ method: 'POST', url: '/v1/check', headers: t.auth(), payload: { nope: 1 } })).statusCode).toBe(400);
  });

  it('creates a session, ingests JSON and NDJSON, keeps the client session as a reference', async () => {
    const c = await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth(), payload: { id: 'room1-live', ts: ts(0), room: { id: 'room1', operator: { name: 'X', region: '330100' } }, hosts: [{ id: 'h', kind: 'ai' }] } });
    expect(c.statusCode).toBe(201);
    expect(c.json()).toEqual({ id: 'room1-live' });
    expect((await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth(), payload: { id: 'room1-live' } })).statusCode).toBe(409);
    const a = await t.app.inject({ method: 'POST', url: '/v1/sessions/room1-live/events', headers: t.auth(), payload: [speech(1, '大家好'), speech(2, '这是全网最低价', { session: 'their-ref' })] });
    expect(a.statusCode).toBe(200);
    expect(a.json()).toEqual({ accepted: 2, lastSeq: 3 });
    const b = await t.app.inject({ method: 'POST', url: '/v1/sessions/room1-live/events', headers: { ...t.auth(), 'content-type': 'application/x-ndjson' },
      payload: ndjson([{ type: 'order', ts: ts(3), productId: 'p1', qty: 1, price: 9.9 }, speech(4, '加微信私聊')]) });
    expect(b.json()).toEqual({ accepted: 2, lastSeq: 5 });
    const s = (await t.app.inject({ url: '/v1/sessions/room1-live', headers: t.auth() })).json();
    expect(s).toMatchObject({ id: 'room1-live', status: 'live', lastSeq: 5, monitoredSeq: 5, findingCount: 2 });
    expect(s.tenant).toBeUndefined();
    const events = await t.store.readEvents('room1-live');
    expect(events.map((e) => e.type)).toEqual(['session.start', 'speech', 'speech', 'order', 'speech']);
    expect(JSON.parse(events[2].body)).toMatchObject({ session: 'room1-live', sessionRef: 'their-ref', seq: 3 });
    const list = (await t.app.inject({ url: '/v1/sessions', headers: t.auth() })).json();
    expect(list.sessions.map((x: { id: string }) => x.id)).toContain('room1-live');
  });

  it('lists findings with filters', async () => {
    const all = (await t.app.inject({ url: '/v1/sessions/room1-live/findings', headers: t.auth() })).json().findings;
    expect(all.map((f: { eventSeq: number }) => f.eventSeq)).toEqual([3, 5]);
    expect(all[0].session).toBe('room1-live');
    expect(all[0].tenant).toBeUndefined();
    const q = async (qs: string) => (await t.app.inject({ url: `/v1/sessions/room1-live/findings?${qs}`, headers: t.auth() })).json().findings.length;
    expect(await q('severity=error')).toBe(2);
    expect(await q('severity=info,warning')).toBe(0);
    expect(await q('rule=custom/deny-list')).toBe(2);
    expect(await q('rule=other')).toBe(0);
    expect(await q(`since=${encodeURIComponent(ts(4))}`)).toBe(1);
  });

  it('reports as JSON and HTML', async () => {
    const j = await t.app.inject({ url: '/v1/sessions/room1-live/report', headers: t.auth() });
    expect(j.headers['content-type']).toContain('application/json');
    expect(j.json()).toMatchObject({ summary: { events: 5, findings: 2, bySeverity: { error: 2 } }, verify: { ok: true, checked: 5 } });
    const h = await t.app.inject({ url: '/v1/sessions/room1-live/report', headers: { ...t.auth(), accept: 'text/html' } });
    expect(h.headers['content-type']).toContain('text/html');
    expect(h.body).toContain('全网最低价');
    expect((await t.app.inject({ url: '/v1/sessions/room1-live/report?format=html', headers: t.auth() })).body).toContain('<table>');
  });

  it('exports an evidence bundle that the standalone script verifies, and detects an edit', async () => {
    const r = await t.app.inject({ url: '/v1/sessions/room1-live/evidence', headers: t.auth() });
    expect(r.statusCode).toBe(200);
    const bundle = r.json();
    expect(bundle).toMatchObject({ format: 'liveguard-evidence-bundle', version: 1, head: { seq: 5 } });
    expect(bundle.events).toHaveLength(5);
    expect(bundle.findings).toHaveLength(2);
    expect(bundle.rules.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const file = join(t.dir, 'bundle.json');
    writeFileSync(file, r.body);
    expect(execFileSync(process.execPath, [VERIFY_SCRIPT, file], { encoding: 'utf8' })).toContain('OK');
    const edited = JSON.parse(r.body);
    edited.events[3].body = edited.events[3].body.replace('9.9', '99');
    writeFileSync(file, JSON.stringify(edited));
    let out = '';
    try { execFileSync(process.execPath, [VERIFY_SCRIPT, file], { encoding: 'utf8' }); } catch (e) { out = String((e as { stdout: string }).stdout); }
    expect(out).toContain('seq 4');
    expect((await t.app.inject({ url: '/v1/sessions/room1-live/evidence/verify', headers: t.auth() })).json()).toEqual({ ok: true, checked: 5 });
  });

  it('lists rules', async () => {
    const r = (await t.app.inject({ url: '/v1/rules', headers: t.auth() })).json();
    expect(r.rules.map((x: { id: string }) => x.id)).toContain('custom/deny-list');
  });

  it('names the bad line of JSON and NDJSON bodies (400)', async () => {
    const nd = await t.app.inject({ method: 'POST', url: '/v1/sessions/room1-live/events', headers: { ...t.auth(), 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify(speech(9, 'ok'))}\n\n{"type": "speech", "text": oops}\n` });
    expect(nd.statusCode).toBe(400);
    expect(nd.json().message).toContain('line 3');
    const js = await t.app.inject({ method: 'POST', url: '/v1/sessions/room1-live/events', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '[\n{"type":"speech"},\n{"type": }\n]' });
    expect(js.statusCode).toBe(400);
    expect(js.json().message).toContain('line 3');
    const noType = await t.app.inject({ method: 'POST', url: '/v1/sessions/room1-live/events', headers: { ...t.auth(), 'content-type': 'application/x-ndjson' }, payload: '{"type":"speech"}\n{"text":"x"}\n' });
    expect(noType.statusCode).toBe(400);
    expect(noType.json().message).toContain('line 2');
    expect((await t.store.getSession('room1-live'))?.lastSeq).toBe(5); // nothing of a refused batch is stored
  });

  it('refuses a role without permission (403) and unknown sessions (404)', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth('a-merchant'), payload: {} });
    expect(r.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/v1/sessions/room1-live', headers: t.auth('a-merchant') })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/sessions/room1-live/evidence', headers: t.auth('a-merchant') })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/v1/sessions/nope', headers: t.auth() })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/v1/sessions/nope/events', headers: t.auth(), payload: [speech(1, 'x')] })).statusCode).toBe(404);
  });

  it('tells a key who it is, and lets an admin manage its own tenant keys', async () => {
    expect((await t.app.inject({ url: '/v1/whoami', headers: t.auth('a-merchant') })).json()).toMatchObject({ tenant: 'tenant-a', role: 'merchant', permissions: expect.arrayContaining(['check']) });
    expect((await t.app.inject({ url: '/v1/keys', headers: t.auth('a-merchant') })).statusCode).toBe(403);
    const created = await t.app.inject({ method: 'POST', url: '/v1/keys', headers: t.auth(), payload: { role: 'agency', name: 'mcn' } });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect((await t.app.inject({ url: '/v1/whoami', headers: { authorization: `Bearer ${key}` } })).json()).toMatchObject({ tenant: 'tenant-a', role: 'agency' });
    const list = (await t.app.inject({ url: '/v1/keys', headers: t.auth() })).json().keys;
    expect(list.map((k: { id: string }) => k.id)).toContain(id);
    expect(list.every((k: { tenant: string; hash?: string }) => k.tenant === 'tenant-a' && k.hash === undefined)).toBe(true);
    expect((await t.app.inject({ method: 'POST', url: '/v1/keys', headers: t.auth(), payload: { role: 'admin', tenant: 'tenant-b' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: t.auth('b') })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: t.auth() })).json()).toEqual({ revoked: id });
    expect((await t.app.inject({ url: '/v1/whoami', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(401);
  });

  it('reads stored events with their hashes', async () => {
    const r = (await t.app.inject({ url: '/v1/sessions/room1-live/events?fromSeq=2&limit=2', headers: t.auth() })).json();
    expect(r.events.map((e: { seq: number }) => e.seq)).toEqual([2, 3]);
    expect(r.events[1]).toMatchObject({ type: 'speech', event: { text: '这是全网最低价', sessionRef: 'their-ref' } });
    expect(r.events[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves Prometheus metrics', async () => {
    const m = (await t.app.inject('/metrics')).body;
    expect(m).toMatch(/liveguard_events_ingested_total \d+/);
    expect(m).toContain('liveguard_findings_total{severity="error"}');
    expect(m).toContain('liveguard_http_request_duration_seconds_bucket{method="POST",route="/v1/sessions/:id/events"');
  });
});

describe('web console', () => {
  it('serves the built console at / with a single-page fallback, and keeps the API routes', async () => {
    const { mkdtempSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const web = mkdtempSync(join(tmpdir(), 'lg-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><div id="root">console</div>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const t = await testServer({ webDist: web });
    try {
      expect((await t.app.inject('/')).body).toContain('console');
      expect((await t.app.inject('/assets/app.js')).headers['content-type']).toContain('javascript');
      expect((await t.app.inject({ url: '/sessions/abc', headers: { accept: 'text/html' } })).body).toContain('console');
      expect((await t.app.inject('/assets/missing.js')).statusCode).toBe(404);
      expect((await t.app.inject('/healthz')).json()).toEqual({ ok: true });
      expect((await t.app.inject({ url: '/v1/nope', headers: { ...t.auth(), accept: 'text/html' } })).statusCode).toBe(404);
      expect((await t.app.inject('/docs/json')).statusCode).toBe(200);
    } finally { await t.close(); }
  });
});

describe('limits', () => {
  it('answers 413 over the body limit and leaves accepted events untouched', async () => {
    const t = await testServer({ bodyLimit: 2000 });
    try {
      await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth(), payload: { id: 's' } });
      expect((await t.app.inject({ method: 'POST', url: '/v1/sessions/s/events', headers: t.auth(), payload: [speech(1, 'ok')] })).statusCode).toBe(200);
      const big = Array.from({ length: 100 }, (_, i) => speech(i, '很长的一句话'.repeat(3)));
      const r = await t.app.inject({ method: 'POST', url: '/v1/sessions/s/events', headers: t.auth(), payload: big });
      expect(r.statusCode).toBe(413);
      expect((await t.store.getSession('s'))?.lastSeq).toBe(1);
      expect((await t.store.verifySession('s')).ok).toBe(true);
    } finally { await t.close(); }
  });

  it('rate-limits per key with 429 and Retry-After', async () => {
    const t = await testServer({ rateLimit: { rate: 1, burst: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await t.app.inject({ url: '/v1/rules', headers: t.auth() })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      const r = await t.app.inject({ url: '/v1/rules', headers: t.auth() });
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // another key has its own bucket
      expect((await t.app.inject({ url: '/v1/rules', headers: t.auth('b') })).statusCode).toBe(200);
    } finally { await t.close(); }
  });
});
