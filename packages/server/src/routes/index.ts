// /v1 routes: schema in, service call, schema out. Services come by closure, never through the instance.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Severity } from '@liveguard/core';
import type { StoredFinding } from '@liveguard/adapters';
import { validateEvents } from '../services/body.js';
import { check } from '../services/check.js';
import { trackStream, type Services } from '../app.js';
import {
  CheckBody, CheckReply, CreateSessionBody, ErrorReply, FindingsQuery, FindingsReply, IdParams, IngestReply, ReportQuery,
  RulesReply, SessionList, SessionListQuery, StreamQuery, VerifyReply, WhoAmI, KeyList, CreateKeyBody, CreatedKey, KeyIdParams, EventsQuery, EventsReply,
} from '../schemas/index.js';
import { ROLE_PERMISSIONS, createApiKey } from '../services/keys.js';
import { Type } from '@sinclair/typebox';

const err = (d: string) => ({ description: d, $ref: 'Error#' });
const E401 = { 401: err('缺少或无效的密钥 (missing or invalid key)'), 429: err('超出速率限制 (rate limited; see Retry-After)') };
const E404 = { ...E401, 404: err('会话不存在或不属于本租户 (no such session in your tenant)') };
const tenantOf = (req: FastifyRequest) => req.principal!.tenant;

export async function registerRoutes(app: FastifyInstance, s: Services): Promise<void> {
  void ErrorReply;

  app.post<{ Body: Static<typeof CheckBody> }>('/check', {
    config: { permission: 'check' },
    schema: { tags: ['check'], summary: '检查一段话术或商品信息 (check a script or listing)', body: CheckBody, response: { 200: CheckReply, 400: err('bad input'), ...E401 } },
  }, async (req) => ({ findings: check(s.engine, req.body) }));

  app.post<{ Body: Static<typeof CreateSessionBody> }>('/sessions', {
    config: { permission: 'sessions:write' },
    schema: { tags: ['sessions'], summary: '创建直播会话 (create a session from session.start fields)', body: CreateSessionBody,
      response: { 201: Type.Object({ id: Type.String() }), 409: err('id already used'), ...E401 } },
  }, async (req, reply) => {
    const rec = await s.sessions.create(tenantOf(req), req.body ?? {});
    return reply.code(201).send({ id: rec.id });
  });

  app.get<{ Querystring: Static<typeof SessionListQuery> }>('/sessions', {
    config: { permission: 'sessions:read' },
    schema: { tags: ['sessions'], summary: '会话列表 (list sessions of your tenant, newest first)', querystring: SessionListQuery, response: { 200: SessionList, ...E401 } },
  }, async (req) => ({ sessions: await s.sessions.list(tenantOf(req), req.query) }));

  app.post<{ Params: Static<typeof IdParams>; Body: unknown }>('/sessions/:id/events', {
    config: { permission: 'sessions:write' },
    // Events are checked by validateEvents (errors name the NDJSON line); the schema documents the body.
    validatorCompiler: () => () => true,
    schema: {
      tags: ['sessions'], summary: '写入事件 (ingest events: JSON array or NDJSON, one batch = one transaction)',
      description: 'Content-Type application/json (array or one object) or application/x-ndjson. The path id wins over any `session` field (kept as `sessionRef`). Acknowledged events are committed.',
      params: IdParams, body: Type.Array(Type.Ref('Event')),
      response: { 200: IngestReply, 400: err('bad JSON/NDJSON (names the line) or bad event'), 413: err('body over the limit'), ...E404 },
    },
  }, async (req) => {
    const events = validateEvents(req.body);
    const r = await s.ingest.ingest(tenantOf(req), req.params.id, events, Number(req.headers['content-length'] ?? 0));
    return { accepted: r.accepted, lastSeq: r.lastSeq };
  });

  app.get<{ Params: Static<typeof IdParams> }>('/sessions/:id', {
    config: { permission: 'sessions:read' },
    schema: { tags: ['sessions'], summary: '会话状态 (session state)', params: IdParams, response: { 200: Type.Ref('Session'), ...E404 } },
  }, async (req) => s.sessions.get(tenantOf(req), req.params.id));

  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof FindingsQuery> }>('/sessions/:id/findings', {
    config: { permission: 'sessions:read' },
    schema: { tags: ['sessions'], summary: '会话问题 (findings; filters severity, rule, since)', params: IdParams, querystring: FindingsQuery, response: { 200: FindingsReply, ...E404 } },
  }, async (req) => {
    const q = req.query;
    const severity = q.severity ? (q.severity.split(',').map((x) => x.trim()).filter(Boolean) as Severity[]) : undefined;
    return { findings: await s.sessions.findings(tenantOf(req), req.params.id, { severity, rule: q.rule, since: q.since, limit: q.limit }) };
  });

  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof ReportQuery> }>('/sessions/:id/report', {
    config: { permission: 'sessions:read' },
    schema: { tags: ['sessions'], summary: '会话报告 (report: JSON, or HTML with Accept: text/html or ?format=html)', params: IdParams, querystring: ReportQuery,
      produces: ['application/json', 'text/html'], response: { ...E404 } },
  }, async (req, reply) => {
    const report = await s.sessions.report(tenantOf(req), req.params.id);
    const html = req.query.format === 'html' || (req.query.format !== 'json' && wantsHtml(req));
    if (html) return reply.type('text/html; charset=utf-8').send(await s.sessions.reportHtml(report));
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(stripInternal(report)));
  });

  app.get<{ Params: Static<typeof IdParams> }>('/sessions/:id/evidence', {
    config: { permission: 'evidence:read' },
    schema: { tags: ['evidence'], summary: '证据包导出 (evidence bundle: events, hashes, findings, rule versions; check with scripts/verify-bundle.mjs)', params: IdParams,
      response: { ...E404 } },
  }, async (req, reply) => {
    const b = await s.sessions.bundle(tenantOf(req), req.params.id, s.engine);
    return reply.type('application/json; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="liveguard-evidence-${req.params.id}.json"`)
      .send(JSON.stringify(b));
  });

  app.get<{ Params: Static<typeof IdParams> }>('/sessions/:id/evidence/verify', {
    config: { permission: 'evidence:read' },
    schema: { tags: ['evidence'], summary: '校验哈希链 (verify the hash chain)', params: IdParams, response: { 200: VerifyReply, ...E404 } },
  }, async (req) => s.sessions.verify(tenantOf(req), req.params.id));

  app.get<{ Querystring: Static<typeof StreamQuery> }>('/stream', {
    config: { permission: 'stream:read' },
    schema: { tags: ['stream'], summary: '实时问题流 (Server-Sent Events: findings of your tenant as they are stored)', querystring: StreamQuery,
      produces: ['text/event-stream'], response: { ...E401 } },
  }, async (req, reply) => sse(app, s, req, reply));

  app.get('/whoami', {
    schema: { tags: ['keys'], summary: '当前密钥的租户与角色 (tenant, role and permissions of the calling key)', response: { 200: WhoAmI, ...E401 } },
  }, async (req) => ({ tenant: req.principal!.tenant, role: req.principal!.role, keyId: req.principal!.keyId, permissions: [...ROLE_PERMISSIONS[req.principal!.role]] }));

  app.get('/keys', {
    config: { permission: 'keys:manage' },
    schema: { tags: ['keys'], summary: '本租户的密钥 (keys of your tenant; admin)', response: { 200: KeyList, ...E401 } },
  }, async (req) => ({ keys: (await s.store.listKeys(tenantOf(req))).map(({ hash: _h, ...k }) => k) }));

  app.post<{ Body: Static<typeof CreateKeyBody> }>('/keys', {
    config: { permission: 'keys:manage' },
    schema: { tags: ['keys'], summary: '为本租户创建密钥 (create a key in your tenant; admin; the secret is shown once)', body: CreateKeyBody,
      response: { 201: CreatedKey, 403: err('another tenant'), ...E401 } },
  }, async (req, reply) => {
    const tenant = tenantOf(req);
    if (req.body.tenant !== undefined && req.body.tenant !== tenant) {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: '只能为本租户创建密钥；其他租户请用 liveguard keys create (keys for another tenant: use the CLI)' });
    }
    const { key, record } = await createApiKey(s.store, { tenant, role: req.body.role, name: req.body.name });
    return reply.code(201).send({ key, id: record.id, tenant: record.tenant, role: record.role });
  });

  app.delete<{ Params: Static<typeof KeyIdParams> }>('/keys/:id', {
    config: { permission: 'keys:manage' },
    schema: { tags: ['keys'], summary: '吊销本租户的密钥 (revoke a key of your tenant; admin)', params: KeyIdParams,
      response: { 200: Type.Object({ revoked: Type.String() }), 404: err('no such active key in your tenant'), ...E401 } },
  }, async (req, reply) => {
    const own = (await s.store.listKeys(tenantOf(req))).find((k) => k.id === req.params.id && !k.revokedAt);
    if (!own || !(await s.store.revokeKey(own.id))) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `没有这个有效密钥 (no active key ${req.params.id})` });
    s.keys.forget();
    return { revoked: own.id };
  });

  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof EventsQuery> }>('/sessions/:id/events', {
    config: { permission: 'sessions:read' },
    schema: { tags: ['sessions'], summary: '已存储的事件 (stored events in seq order, with their hashes)', params: IdParams, querystring: EventsQuery,
      response: { 200: EventsReply, ...E404 } },
  }, async (req) => {
    await s.sessions.get(tenantOf(req), req.params.id);
    const rows = await s.store.readEvents(req.params.id, { fromSeq: req.query.fromSeq, limit: req.query.limit ?? 1000 });
    return { events: rows.map((e) => ({ seq: e.seq, type: e.type, ...(e.ts ? { ts: e.ts } : {}), hash: e.hash, receivedAt: e.receivedAt, event: JSON.parse(e.body) })) };
  });

  app.get('/rules', {
    config: { permission: 'rules:read' },
    schema: { tags: ['rules'], summary: '当前规则及法律依据 (active rules with legal basis)', response: { 200: RulesReply, ...E401 } },
  }, async () => ({
    rules: s.engine.rules.map((r) => ({
      id: r.def.meta.id, type: r.def.meta.type, severity: r.severity, jurisdiction: r.def.meta.jurisdiction, category: r.def.meta.category,
      binds: r.def.meta.binds, description: r.def.meta.docs.description, docs: r.def.meta.docs.url, effective: r.effective, basis: r.basis,
    })),
  }));
}

function wantsHtml(req: FastifyRequest): boolean {
  const a = req.headers.accept ?? '';
  return /text\/html/.test(a) && !/application\/json/.test(a.split(',')[0] ?? '');
}

function stripInternal<T extends { session: object; findings: object[] }>(r: T): T {
  const { tenant: _t, ...session } = r.session as { tenant?: string };
  return { ...r, session, findings: r.findings.map((f) => { const { tenant: _x, cursor: _c, ...rest } = f as { tenant?: string; cursor?: number }; return rest; }) };
}

function sse(app: FastifyInstance, s: Services, req: FastifyRequest<{ Querystring: Static<typeof StreamQuery> }>, reply: FastifyReply): void {
  const only = req.query.session;
  const tenant = req.principal!.tenant;
  // Resume: a reconnecting EventSource sends Last-Event-ID (the store cursor); `?after=` does the same.
  const resumeRaw = req.headers['last-event-id'] ?? req.query.after;
  const resume = resumeRaw !== undefined && /^\d+$/.test(String(resumeRaw)) ? Number(resumeRaw) : undefined;
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
  res.write(`: liveguard findings for tenant ${tenant}\nretry: 2000\n\n`);
  let buffered: StoredFinding[] | undefined = resume !== undefined ? [] : undefined;
  const replayed = new Set<number>();
  const send = (f: StoredFinding) => {
    if (only && f.session !== only) return;
    const { tenant: _t, cursor: _c, ...pub } = f;
    res.write(`id: ${f.cursor}\nevent: finding\ndata: ${JSON.stringify(pub)}\n\n`);
  };
  const unsubscribe = s.hub.subscribe(tenant, (f) => { if (buffered) buffered.push(f); else send(f); });
  if (resume !== undefined) {
    void (async () => {
      try {
        for (let after = resume; ;) {
          const page = await s.store.findingsAfter(after, { tenant, limit: 1000 });
          for (const f of page) { replayed.add(f.cursor); send(f); }
          if (page.length < 1000) break;
          after = page[page.length - 1].cursor;
        }
      } catch { /* the live stream continues */ }
      const b = buffered ?? [];
      buffered = undefined;
      for (const f of b) if (!replayed.has(f.cursor) && f.cursor > resume) send(f);
    })();
  }
  const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
  ping.unref();
  let done = false;
  const close = () => {
    if (done) return;
    done = true;
    clearInterval(ping);
    unsubscribe();
    untrack();
    res.end();
  };
  const untrack = trackStream(app, close);
  req.raw.on('close', close);
  res.on('error', close);
}
