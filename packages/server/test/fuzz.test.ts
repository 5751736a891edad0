// Malformed ingest bodies: every one gets a 4xx with a message, none is stored, the server stays up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { speech, testServer, type TestServer } from './helpers.js';

describe('ingest fuzz', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await testServer({ bodyLimit: 64 * 1024 });
    await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: t.auth(), payload: { id: 'fz' } });
  });
  afterAll(async () => { await t.close(); });

  const fixed: [string, string][] = [
    ['application/json', ''], ['application/json', '{'], ['application/json', '[1,2,3]'], ['application/json', '"speech"'], ['application/json', 'null'],
    ['application/json', '[{"type": 5}]'], ['application/json', '[{"text":"no type"}]'], ['application/json', '[{"type":"speech","ts":"yesterday"}]'],
    ['application/json', '[[]]'], ['application/json', '[null]'], ['application/json', '{"type":"speech","text":{"a":1}}'], ['application/json', '\u0000\u0001'],
    ['application/json', '['.repeat(5000)], ['application/json', '[{"type":"' + 'x'.repeat(100) + '"}]'],
    ['application/x-ndjson', '{"type":"speech"}\n{oops}\n'], ['application/x-ndjson', '[]\n'], ['application/x-ndjson', '42\n'],
    ['application/x-ndjson', '{"type":"speech"}\n{"type":"speech","ts":{}}\n'], ['application/xml', '<events/>'], ['multipart/form-data; boundary=x', '--x--'],
    ['application/json', JSON.stringify(Array.from({ length: 3000 }, () => speech(1, 'x'.repeat(30))))],
  ];

  it('refuses each malformed body with a 4xx', async () => {
    for (const [type, payload] of fixed) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/sessions/fz/events', headers: { ...t.auth(), 'content-type': type }, payload });
      expect(r.statusCode, `${type}: ${payload.slice(0, 40)}`).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, `${type}: ${payload.slice(0, 40)}`).toBeLessThan(500);
      expect(typeof r.json().message).toBe('string');
    }
  });

  it('survives random bytes and random JSON (property)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 }), fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }).map((a) => JSON.stringify(a) ?? '')),
      fc.constantFrom('application/json', 'application/x-ndjson', 'text/plain'),
      async (payload, type) => {
        const r = await t.app.inject({ method: 'POST', url: '/v1/sessions/fz/events', headers: { ...t.auth(), 'content-type': type }, payload });
        // valid batches are fine (200); everything else must be a client error, never a 5xx
        expect(r.statusCode === 200 || (r.statusCode >= 400 && r.statusCode < 500)).toBe(true);
      }), { numRuns: 300 });
    const s = await t.store.getSession('fz');
    expect((await t.store.verifySession('fz')).ok).toBe(true);
    expect(s!.monitoredSeq).toBe(s!.lastSeq);
    expect((await t.app.inject('/healthz')).statusCode).toBe(200);
    const ok = await t.app.inject({ method: 'POST', url: '/v1/sessions/fz/events', headers: t.auth(), payload: [speech(1, 'still up')] });
    expect(ok.statusCode).toBe(200);
  });
});
