#!/usr/bin/env node
// End-to-end tests of the console: builds it, starts the real Liveguard server (which serves the console at /),
// drives Debian's chromium through playwright-core, and saves a screenshot per test to e2e/screenshots/.
//   node packages/web/e2e/run.mjs [filter]        E2E_SKIP_BUILD=1 to reuse packages/web/dist
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '..');
const root = resolve(web, '../..');
const shots = join(here, 'screenshots');
const filter = process.argv[2];
const log = (m) => process.stdout.write(m + '\n');

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

if (!process.env.E2E_SKIP_BUILD) {
  // The server and the packages it loads run from their dist folders: bring them up to date (incremental).
  if (!run('npx', ['tsc', '-b', 'tsconfig.build.json'], root)) log('warning: tsc -b reported errors; using the dist folders as they are');
  if (!run('npx', ['vite', 'build', '--logLevel', 'warn'], web)) { log('0 passed, 1 failed'); process.exit(1); }
}
if (!existsSync(join(web, 'dist/index.html'))) { log('packages/web/dist is missing: run vite build'); log('0 passed, 1 failed'); process.exit(1); }
mkdirSync(shots, { recursive: true });

// ---------------------------------------------------------------- the real server
const dbDir = mkdtempSync(join(tmpdir(), 'liveguard-e2e-'));
const serverMod = await import(pathToFileURL(join(root, 'packages/server/dist/index.js')).href);
const server = await serverMod.startServer({
  port: 0, host: '127.0.0.1', db: join(dbDir, 'e2e.db'), signals: false, print: () => {}, webDist: join(web, 'dist'),
  rateLimit: { rate: 10_000 },
});
const store = serverMod.servicesOf(server.app).store;
const { key: adminKey } = await serverMod.createApiKey(store, { tenant: 'e2e', role: 'admin', name: 'e2e' });

/** Calls the real API with the test tenant's key. */
async function api(method, path, body) {
  const res = await fetch(server.url + path, {
    method,
    headers: { Authorization: `Bearer ${adminKey}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

// ---------------------------------------------------------------- browser
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  log(`${executablePath} not found: apt-get update && apt-get install -y chromium`);
  log('0 passed, 1 failed');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
});

const ctx = {
  browser,
  url: server.url,
  key: adminKey,
  api,
  /** A fresh page (own storage); `key: true` stores the API key as the settings dialog would. */
  async page({ width = 1280, height = 860, key = false, lang } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', deviceScaleFactor: 1 });
    await context.addInitScript(({ k, l }) => {
      if (sessionStorage.getItem('e2e-init')) return; // only before the first load, so tests can change settings
      sessionStorage.setItem('e2e-init', '1');
      localStorage.clear();
      if (k) localStorage.setItem('liveguard.apiKey', k);
      if (l) localStorage.setItem('liveguard.lang', l);
    }, { k: key ? adminKey : '', l: lang ?? '' });
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`  page error: ${e.message}`));
    return page;
  },
  async screenshot(page, name, opts = {}) {
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: opts.fullPage ?? false });
  },
  expect(cond, message) { if (!cond) throw new Error(message); },
};

// ---------------------------------------------------------------- tests
const files = readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort();
let passed = 0, failed = 0;
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  for (const t of mod.default) {
    if (filter && !`${f} ${t.name}`.includes(filter)) continue;
    const t0 = Date.now();
    try {
      await t.run(ctx);
      passed++;
      log(`✓ ${f} › ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      log(`✗ ${f} › ${t.name}\n  ${(e && e.stack) || e}`);
    }
  }
}

await browser.close();
await server.close();
rmSync(dbDir, { recursive: true, force: true });
log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
