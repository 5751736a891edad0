// buildServer: wires storage, engine and services into a Fastify instance (not listening).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { Engine } from '@liveguard/core';
import { allPacks } from '@liveguard/rules-cn';
import { ConflictError, NotFoundError, openStorage, type Storage } from '@liveguard/adapters';
import { BadInputError, parseJsonText, parseNdjson } from './services/body.js';
import { FindingHub } from './services/hub.js';
import { FindingPoller, IngestService, type EventDispatcher } from './services/ingest.js';
import { ThreadedMonitor } from './services/threaded-monitor.js';
import { KeyError, KeyResolver, can, type Permission, type Principal } from './services/keys.js';
import { Metrics } from './services/metrics.js';
import { RateLimiter, type RateLimitOptions } from './services/ratelimit.js';
import { SessionService } from './services/sessions.js';
import { DEFAULT_RETENTION_DAYS, scheduleRetention } from './services/retention.js';
import { ErrorReply, Event, Finding, Session } from './schemas/index.js';
import { registerRoutes } from './routes/index.js';

export interface ServerOptions {
  /** A store to use; otherwise one is opened from `databaseUrl` (PostgreSQL) or `db` (SQLite file). */
  store?: Storage;
  /** SQLite file (default ./liveguard.db). */
  db?: string;
  /** PostgreSQL URL (DATABASE_URL); wins over `db`. */
  databaseUrl?: string;
  /** PostgreSQL schema (default public; env LIVEGUARD_PG_SCHEMA in the CLI). */
  databaseSchema?: string;
  /** Engine (default: every built-in pack). */
  engine?: Engine;
  /** Scale-out seam: accepted events go to the dispatcher instead of the in-process monitor (see services/ingest.ts). */
  dispatcher?: EventDispatcher;
  /** Request body limit in bytes (default 5 MiB): larger bodies get 413. */
  bodyLimit?: number;
  rateLimit?: RateLimitOptions;
  /** Retention in days (default 3 years); `false` disables the scheduled job. */
  retentionDays?: number | false;
  /** Folder of the built web console (default packages/web/dist when it exists); `false` for none. */
  webDist?: string | false;
  logger?: FastifyServerOptions['logger'];
  /** Replay sessions with lagging findings on start (default true). */
  recover?: boolean;
  /**
   * Run the engine in a worker thread (default: yes when no custom `engine` is given and the server runs
   * from its build; the thread builds the default engine over every built-in pack).
   */
  monitorThread?: boolean;
  /** Engine threads when `monitorThread` (default: free cores, 1–4). */
  monitorThreads?: number;
  /**
   * `false`: store events only and run no monitor here (an ingest node whose findings come from stream
   * workers through the store, e.g. `liveguard worker` catching up lagging sessions); SSE then polls the store.
   */
  monitor?: boolean;
  /** Acknowledge ingest only after the batch's findings are stored (default false). */
  ackAfterMonitor?: boolean;
  /** Accepted-but-unmonitored events beyond which ingest answers 503 (default 200,000). */
  maxBacklog?: number;
}

export interface Services {
  store: Storage;
  engine: Engine;
  ingest: IngestService;
  sessions: SessionService;
  hub: FindingHub;
  metrics: Metrics;
  keys: KeyResolver;
  limiter: RateLimiter;
}

declare module 'fastify' {
  interface FastifyRequest { principal: Principal | null }
  interface FastifyContextConfig { permission?: Permission }
}

const services = new WeakMap<FastifyInstance, Services>();
/** The services behind a built server (for tests, the demo and the CLI; routes get them by closure). */
export function servicesOf(app: FastifyInstance): Services {
  const s = services.get(app);
  if (!s) throw new Error('not a Liveguard server');
  return s;
}

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines', 'text/plain'];

export async function buildServer(opts: ServerOptions = {}): Promise<FastifyInstance> {
  const ownStore = !opts.store;
  const store = opts.store ?? await openStorage(opts.databaseUrl ? { url: opts.databaseUrl, schema: opts.databaseSchema } : { file: opts.db ?? './liveguard.db' });
  const engine = opts.engine ?? new Engine({ packs: allPacks });
  const hub = new FindingHub();
  const metrics = new Metrics();
  const threaded = !opts.dispatcher && opts.monitor !== false && (opts.monitorThread ?? (!opts.engine && import.meta.url.endsWith('.js')));
  const monitor = threaded ? new ThreadedMonitor(store, { threads: opts.monitorThreads }) : undefined;
  const external = !!opts.dispatcher || opts.monitor === false;
  const dispatcher: EventDispatcher | undefined = opts.dispatcher ?? (opts.monitor === false ? { dispatch: async () => {} } : undefined);
  const ingest = new IngestService({ store, engine, hub, metrics, dispatcher, monitor, ackAfterMonitor: opts.ackAfterMonitor, maxBacklog: opts.maxBacklog });
  const svc: Services = {
    store, engine, ingest, hub, metrics, sessions: new SessionService(store, ingest),
    keys: new KeyResolver(store), limiter: new RateLimiter(opts.rateLimit),
  };
  metrics.sseClients = () => hub.subscribers;

  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 5 * 1024 * 1024,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  services.set(app, svc);
  app.decorateRequest('principal', null);

  // Bodies: JSON (errors name line and column) and NDJSON (errors name the line).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = body as string;
    if (!text.trim()) return done(null, undefined);
    try { done(null, parseJsonText(text)); } catch (e) { done(e as Error, undefined); }
  });
  app.addContentTypeParser(NDJSON_TYPES, { parseAs: 'string' }, (_req, body, done) => {
    try { done(null, parseNdjson(body as string)); } catch (e) { done(e as Error, undefined); }
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; code?: string; headers?: Record<string, string> }, req, reply) => {
    let status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    let message = err.message;
    if (err instanceof NotFoundError) status = 404;
    else if (err instanceof ConflictError) status = 409;
    else if (err instanceof BadInputError || err instanceof KeyError) status = 400;
    else if (err.validation) { status = 400; message = `请求无效 (invalid request): ${err.message}`; }
    else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') message = `请求体超过上限 ${app.initialConfig.bodyLimit} 字节 (body larger than ${app.initialConfig.bodyLimit} bytes; split the batch)`;
    else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') message = `不支持的 Content-Type (unsupported content type; use application/json or application/x-ndjson)`;
    if (status === 500) { req.log.error(err); message = '内部错误 (internal error)'; }
    if (err.headers && typeof err.headers === "object") for (const [k, v] of Object.entries(err.headers)) void reply.header(k, v);
    void reply.code(status).send({ statusCode: status, error: status === 404 ? 'Not Found' : status === 413 ? 'Payload Too Large' : status === 503 ? 'Service Unavailable' : status >= 500 ? 'Internal Server Error' : status === 409 ? 'Conflict' : status === 415 ? 'Unsupported Media Type' : 'Bad Request', message });
  });
  const webRoot = opts.webDist === false ? undefined : opts.webDist ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));
  const hasConsole = !!webRoot && existsSync(join(webRoot, 'index.html'));
  app.setNotFoundHandler((req, reply) => {
    // The console is a single-page app: its client-side routes get index.html.
    if (hasConsole && req.method === 'GET' && !req.url.startsWith('/v1') && /text\/html/.test(req.headers.accept ?? '')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    void reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `没有这个地址 (no route ${req.method} ${req.url.split('?')[0]})` });
  });

  // Authentication and rate limits for /v1: before the body is read, so unauthenticated uploads cost nothing.
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/v1/') && req.url !== '/v1') return;
    const h = req.headers.authorization;
    const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
    const p = m ? await svc.keys.resolve(m[1]) : undefined;
    if (!p) {
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ statusCode: 401, error: 'Unauthorized', message: '需要有效的 API 密钥 (a valid key is required: Authorization: Bearer <key>)' });
    }
    const wait = svc.limiter.take(p.keyId);
    if (wait) return reply.code(429).header('Retry-After', String(wait)).send({ statusCode: 429, error: 'Too Many Requests', message: `请求过于频繁，请 ${wait} 秒后重试 (rate limit exceeded; retry after ${wait} s)` });
    req.principal = p;
    const perm = req.routeOptions.config?.permission;
    if (perm && !can(p.role, perm)) {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: `角色 ${p.role} 无权执行此操作 (role ${p.role} lacks permission ${perm})` });
    }
  });
  app.addHook('onResponse', async (req, reply) => {
    metrics.observeRequest(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  app.addSchema(ErrorReply);
  app.addSchema(Finding);
  app.addSchema(Session);
  app.addSchema(Event);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Liveguard API', version: '1', description: '直播带货合规检查 HTTP API (compliance engine for Chinese live-stream e-commerce). See docs/api.md.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'liveguard keys create --tenant T --role R' } } },
      security: [{ bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(async (v1) => registerRoutes(v1, svc), { prefix: '/v1' });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => reply.type('text/plain; version=0.0.4').send(metrics.render()));

  if (hasConsole) {
    await app.register(fastifyStatic, { root: webRoot!, prefix: '/', wildcard: true });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(LANDING));
  }

  let stopRetention: (() => void) | undefined;
  let poller: FindingPoller | undefined;
  app.addHook('onReady', async () => {
    if (external) { poller = new FindingPoller(store, hub, 100, metrics); await poller.start(); }
    if (opts.retentionDays !== false) {
      stopRetention = scheduleRetention(store, { days: opts.retentionDays ?? DEFAULT_RETENTION_DAYS, log: (m) => app.log.info(m) });
    }
    if (opts.recover !== false) {
      void ingest.recover().then((r) => { if (r.sessions) app.log.info(`recovered ${r.sessions} sessions (${r.findings} findings)`); }, (e) => app.log.error(e));
    }
  });
  app.addHook('preClose', async () => { closeStreams(app); });
  app.addHook('onClose', async () => {
    stopRetention?.();
    poller?.stop();
    await ingest.drain();
    if (ownStore) await store.close();
  });
  return app;
}

const streams = new WeakMap<FastifyInstance, Set<() => void>>();
/** SSE responses register a closer so shutdown does not wait on them. */
export function trackStream(app: FastifyInstance, close: () => void): () => void {
  let s = streams.get(app);
  if (!s) streams.set(app, (s = new Set()));
  s.add(close);
  return () => s!.delete(close);
}
function closeStreams(app: FastifyInstance): void {
  for (const c of streams.get(app) ?? []) c();
}

const LANDING = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Liveguard</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style></head><body>
<h1>Liveguard 直播带货合规</h1>
<p>HTTP API 已启动。接口文档见 <a href="/docs">/docs</a>（OpenAPI JSON：<a href="/docs/json">/docs/json</a>）。</p>
<p>The HTTP API is running. See <a href="/docs">/docs</a> for the API reference; every <code>/v1</code> route needs <code>Authorization: Bearer &lt;key&gt;</code>
(<code>liveguard keys create --tenant T --role admin</code>). Health: <a href="/healthz">/healthz</a>, metrics: <a href="/metrics">/metrics</a>.</p>
</body></html>`;
