// startServer: build, listen, recover, and shut down gracefully on SIGTERM/SIGINT.
import type { FastifyInstance } from 'fastify';
import { buildServer, servicesOf, type ServerOptions } from './app.js';
import { replayDemo, ensureDemoKey } from './demo.js';

export interface StartOptions extends ServerOptions {
  port?: number;
  host?: string;
  /** Replay the bundled demo session into the demo tenant, in real time (speed factor: 1 = real time). */
  demo?: boolean | { speed?: number; loop?: boolean };
  /** Install SIGTERM/SIGINT handlers (default true). */
  signals?: boolean;
  /** Where to print start-up lines (default stdout). */
  print?: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Stops taking requests, waits for accepted batches to be stored and monitored, closes storage. */
  close(): Promise<void>;
}

export async function startServer(o: StartOptions = {}): Promise<RunningServer> {
  const print = o.print ?? ((l: string) => process.stdout.write(l + '\n'));
  // Warnings and errors (a 500's stack) as JSON lines on stdout; quiet otherwise.
  const app = await buildServer({ ...o, logger: o.logger ?? { level: 'warn' } });
  const svc = servicesOf(app);
  let demoKey: string | undefined;
  if (o.demo) demoKey = await ensureDemoKey(svc.store);
  await app.listen({ port: o.port ?? 8787, host: o.host ?? '127.0.0.1' });
  const addr = app.server.address();
  const host = o.host && o.host !== '0.0.0.0' && o.host !== '::' ? o.host : '127.0.0.1';
  const url = typeof addr === 'object' && addr ? `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}` : String(addr);
  print(`liveguard 服务已启动 (listening) ${url}  · API 文档 ${url}/docs · 存储 ${svc.store.dialect}`);
  let stopDemo: (() => void) | undefined;
  if (o.demo) {
    if (demoKey) print(`演示管理员密钥 (demo admin key, shown once; tenant "demo"):\n${demoKey}`);
    else print('演示租户已有密钥 (the demo tenant already has a key; create another: liveguard keys create --tenant demo --role admin)');
    print(`实时查看问题 (watch findings arrive): curl -N -H "Authorization: Bearer ${demoKey ?? '<demo key>'}" ${url}/v1/stream`);
    print(`会话列表 (sessions): curl -H "Authorization: Bearer ${demoKey ?? '<demo key>'}" ${url}/v1/sessions · 控制台 console: ${url}/`);
    const d = typeof o.demo === 'object' ? o.demo : {};
    stopDemo = replayDemo(svc, { speed: d.speed ?? 1, loop: d.loop ?? true, log: print });
  }

  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    stopDemo?.();
    await app.close();
  })());
  if (o.signals !== false) {
    const onSignal = (sig: NodeJS.Signals) => {
      print(`收到 ${sig}，正在保存已接收的事件并关闭 (flushing accepted events and shutting down)`);
      void close().then(() => process.exit(0), (e) => { process.stderr.write(`shutdown failed: ${(e as Error).message}\n`); process.exit(1); });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { app, url, close };
}
