#!/usr/bin/env node
// Server benchmark: ingest throughput (batched NDJSON) and latency from ingest to the finding on SSE,
// against SQLite and PostgreSQL in one run. The server runs as its own process (packages/server/dist/bin.js),
// the load generator here. Needs a build (npm run build).
//
// Scenarios run: SQLite store-only (no monitor: the ingest path alone), SQLite with the monitor, PostgreSQL
// with the monitor.
//
//   node bench/server.bench.mjs [--events 200000] [--batch 1000] [--clients 4] [--live-sessions 1000] [--live-seconds 10] [--only sqlite|postgres]
//
// Scenarios
//   ingest   N events into 20 sessions, `clients` concurrent requests, `batch` events per NDJSON body:
//            events/s from the first request to the last acknowledgement (storage + hash chain + monitor + findings).
//            Then waits until the monitor has caught up (every session's monitoredSeq = lastSeq):
//            "monitored events/s" is the end-to-end rate including the rules.
//   live     `live-sessions` sessions each sending one event a second (every 5th a violation):
//            p50/p99 from the start of the request to the finding's arrival on /v1/stream.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: o } = parseArgs({ options: {
  events: { type: 'string', default: '200000' }, batch: { type: 'string', default: '1000' }, clients: { type: 'string', default: '4' },
  'live-sessions': { type: 'string', default: '1000' }, 'live-seconds': { type: 'string', default: '10' }, only: { type: 'string' },
} });
const EVENTS = Number(o.events), BATCH = Number(o.batch), CLIENTS = Number(o.clients);
const LIVE_SESSIONS = Number(o['live-sessions']), LIVE_SECONDS = Number(o['live-seconds']);
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const { openStorage } = await import(join(ROOT, 'packages/adapters/dist/index.js'));
const { createApiKey } = await import(join(ROOT, 'packages/server/dist/index.js'));

const CLEAN = ['欢迎来到直播间，今天给大家带来宁夏枸杞', '这款面霜适合干皮的姐妹', '泡水煲汤都可以，每天一小把', '库存还有三百件，拍一发一', '敏感肌建议先在耳后试用',
  '感谢家人们的支持，有问题在评论区留言', '今天的价格是九十九元包邮', '四十八小时内发货，偏远地区除外'];
const BAD = ['这是全网最好的枸杞，没有之一', '想要便宜的加我微信私聊', '给个五星好评，截图找客服返现五元'];

const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const pct = (xs, p) => { if (!xs.length) return NaN; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');

async function startServer(env, db, port, monitor) {
  const child = spawn(process.execPath, [join(ROOT, 'packages/server/dist/bin.js'), '--db', db, '--port', String(port), '--rate-limit', '0', '--monitor', monitor ? 'on' : 'off'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  for (let i = 0; i < 400 && !out.includes('listening'); i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return child;
}

function post(base, path, key, body, type = 'application/x-ndjson') {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'POST', agent, headers: { authorization: `Bearer ${key}`, 'content-type': type, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (d += c));
      res.on('end', () => (res.statusCode < 300 ? resolve(JSON.parse(d)) : reject(new Error(`${res.statusCode} ${d}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}
import { Agent } from 'node:http';
const agent = new Agent({ keepAlive: true, maxSockets: 2048 });

function get(base, path, key) {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { agent, headers: { authorization: `Bearer ${key}` } }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (d += c));
      res.on('end', () => resolve(JSON.parse(d)));
    }).on('error', reject).end();
  });
}

function sse(base, key, onFinding) {
  const req = request(`${base}/v1/stream`, { headers: { authorization: `Bearer ${key}` } }, (res) => {
    let buf = '';
    res.setEncoding('utf8');
    res.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const line = block.split('\n').find((l) => l.startsWith('data: '));
        if (line) onFinding(JSON.parse(line.slice(6)), performance.now());
      }
    });
  });
  req.on('error', () => {});
  req.end();
  return () => req.destroy();
}

async function scenario(name, env, db, monitor = true) {
  const store = await openStorage(env.DATABASE_URL ? { url: env.DATABASE_URL, schema: env.LIVEGUARD_PG_SCHEMA } : { file: db });
  const { key } = await createApiKey(store, { tenant: 'bench', role: 'platform' });
  await store.close();
  const port = await freePort();
  const child = await startServer(env, db, port, monitor);
  const base = `http://127.0.0.1:${port}`;
  try {
    // ------------------------------------------------ ingest throughput
    const SESSIONS = 20;
    const next = new Map(); // session → next seq
    for (let s = 0; s < SESSIONS; s++) { await post(base, '/v1/sessions', key, JSON.stringify({ id: `tp-${s}` }), 'application/json'); next.set(`tp-${s}`, 1); }
    const sent = new Map(); // `${session}:${seq}` → send time, for violations
    const lat = [];
    const stop = sse(base, key, (f, at) => { const t = sent.get(`${f.session}:${f.eventSeq}`); if (t !== undefined) { lat.push(at - t); sent.delete(`${f.session}:${f.eventSeq}`); } });
    await new Promise((r) => setTimeout(r, 200));
    const batches = Math.ceil(EVENTS / BATCH);
    let issued = 0, acked = 0, findingsExpected = 0;
    const t0 = performance.now();
    const worker = async (c) => {
      for (;;) {
        const b = issued++;
        if (b >= batches) return;
        const session = `tp-${(b * CLIENTS + c) % SESSIONS}`;
        // one request in flight per session keeps the seq prediction exact
        while (next.get(session) === -1) await new Promise((r) => setImmediate(r));
        const first = next.get(session);
        next.set(session, -1);
        const lines = [];
        const now = performance.now();
        for (let i = 0; i < BATCH; i++) {
          const bad = i % 50 === 7;
          const text = bad ? BAD[(b + i) % BAD.length] : CLEAN[(b + i) % CLEAN.length];
          if (bad) { sent.set(`${session}:${first + i}`, now); findingsExpected++; }
          lines.push(JSON.stringify({ type: 'speech', ts: 1_757_000_000_000 + b * BATCH + i, speaker: 'h', text: `${text}（${b}-${i}）` }));
        }
        const r = await post(base, `/v1/sessions/${session}/events`, key, lines.join('\n'));
        next.set(session, r.lastSeq + 1);
        acked += r.accepted;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => worker(c)));
    const secs = (performance.now() - t0) / 1000;
    // wait for the monitor to catch up
    for (; monitor;) {
      const { sessions } = await get(base, '/v1/sessions?limit=500', key);
      if (sessions.filter((x) => x.id.startsWith('tp-')).every((x) => x.monitoredSeq === x.lastSeq)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const monitoredSecs = (performance.now() - t0) / 1000;
    for (let i = 0; i < 500 && sent.size; i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    if (!monitor) { stop(); return { name, tp: { events: acked, seconds: secs, eventsPerSec: acked / secs, monitoredEventsPerSec: NaN, findingLatency: { p50: NaN, p99: NaN, n: 0, expected: 0 } }, live: { eventsPerSec: NaN, p50: NaN, p99: NaN, n: 0, missing: 0 } }; }
    const tp = { events: acked, seconds: secs, eventsPerSec: acked / secs, monitoredEventsPerSec: acked / monitoredSecs,
      findingLatency: { p50: pct(lat, 50), p99: pct(lat, 99), n: lat.length, expected: findingsExpected } };

    // ------------------------------------------------ live latency: many sessions, small batches
    const ids = [];
    for (let s = 0; s < LIVE_SESSIONS; s++) {
      const id = `live-${s}`;
      ids.push(id);
      await post(base, '/v1/sessions', key, JSON.stringify({ id }), 'application/json');
    }
    const seqs = new Map(ids.map((id) => [id, 1]));
    const liveSent = new Map();
    const liveLat = [];
    const stop2 = sse(base, key, (f, at) => { const k = `${f.session}:${f.eventSeq}`; const t = liveSent.get(k); if (t !== undefined) { liveLat.push(at - t); liveSent.delete(k); } });
    await new Promise((r) => setTimeout(r, 200));
    const liveStart = performance.now();
    let liveEvents = 0, tick = 0;
    const pending = [];
    await new Promise((resolve) => {
      const perTick = Math.ceil(LIVE_SESSIONS / 20); // each session once a second, spread over 20 ticks of 50 ms
      const timer = setInterval(() => {
        if (performance.now() - liveStart > LIVE_SECONDS * 1000) { clearInterval(timer); resolve(); return; }
        const from = (tick++ % 20) * perTick;
        for (const id of ids.slice(from, from + perTick)) {
          const first = seqs.get(id);
          if (first === -1) continue; // previous batch of this session still in flight
          seqs.set(id, -1);
          const now = performance.now();
          const lines = [];
          const bad = (first + tick) % 5 === 0;
          if (bad) liveSent.set(`${id}:${first}`, now);
          lines.push(JSON.stringify({ type: 'speech', ts: Date.now(), text: bad ? BAD[tick % BAD.length] : CLEAN[tick % CLEAN.length] }));
          pending.push(post(base, `/v1/sessions/${id}/events`, key, lines.join('\n')).then((r) => { seqs.set(id, r.lastSeq + 1); liveEvents += r.accepted; }));
        }
      }, 50);
    });
    await Promise.all(pending);
    const liveSecs = (performance.now() - liveStart) / 1000;
    for (let i = 0; i < 500 && liveSent.size; i++) await new Promise((r) => setTimeout(r, 20));
    stop2();
    const live = { sessions: LIVE_SESSIONS, eventsPerSec: liveEvents / liveSecs, p50: pct(liveLat, 50), p99: pct(liveLat, 99), n: liveLat.length, missing: liveSent.size };
    return { name, tp, live };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'lg-bench-'));
const results = [];
try {
  if (o.only !== 'postgres') {
    results.push(await scenario('sqlite (store only, no monitor)', { DATABASE_URL: '' }, join(dir, 'bench-store.db'), false));
    results.push(await scenario('sqlite', { DATABASE_URL: '' }, join(dir, 'bench.db')));
  }
  if (o.only !== 'sqlite') {
    const schema = `lg_bench_${process.pid}`;
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: PG_URL });
    let up = true;
    try { await c.connect(); } catch { up = false; }
    if (!up) console.error(`PostgreSQL does not answer at ${PG_URL}: skipped`);
    else {
      try { results.push(await scenario('postgres', { DATABASE_URL: PG_URL, LIVEGUARD_PG_SCHEMA: schema }, join(dir, 'unused.db'))); }
      finally { await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); await c.end(); }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  agent.destroy();
}

console.log(`\nliveguard server benchmark — ${EVENTS} events, NDJSON batches of ${BATCH}, ${CLIENTS} clients; live: ${LIVE_SESSIONS} sessions × 1 event/s for ${LIVE_SECONDS} s`);
console.log('store     ingest ev/s  monitored ev/s  (full-load finding p50/p99 ms)   live ev/s  ingest→SSE p50 ms  p99 ms  findings');
for (const r of results) {
  console.log(`${r.name}\n${''.padEnd(9)} ${fmt(r.tp.eventsPerSec).padStart(11)}  ${fmt(r.tp.monitoredEventsPerSec).padStart(14)}  (${fmt(r.tp.findingLatency.p50)} / ${fmt(r.tp.findingLatency.p99)}, ${r.tp.findingLatency.n}/${r.tp.findingLatency.expected})`.padEnd(82)
    + `${fmt(r.live.eventsPerSec).padStart(9)}  ${fmt(r.live.p50).padStart(17)}  ${fmt(r.live.p99).padStart(6)}  ${r.live.n} (missing ${r.live.missing})`);
}
const sqlite = results.find((r) => r.name === 'sqlite');
const store = results.find((r) => r.name.startsWith('sqlite (store'));
if (sqlite) console.log(`\ntarget ≥ 20,000 events/s ingest on SQLite: store path ${Math.round(store?.tp.eventsPerSec ?? NaN)} (${(store?.tp.eventsPerSec ?? 0) >= 20000 ? 'met' : 'NOT met'}), with the in-process monitor ${Math.round(sqlite.tp.eventsPerSec)} (${sqlite.tp.eventsPerSec >= 20000 ? 'met' : 'NOT met'}); p99 ingest→finding ≤ 50 ms with ${LIVE_SESSIONS} sessions — ${sqlite.live.p99 <= 50 ? 'met' : 'NOT met'} (${fmt(sqlite.live.p99)} ms)`);
console.log(`machine load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (${(await import('node:os')).cpus().length} CPUs)`);
const summary = { bench: 'server', at: new Date().toISOString(), loadavg: (await import('node:os')).loadavg(), options: { EVENTS, BATCH, CLIENTS, LIVE_SESSIONS, LIVE_SECONDS }, results };
console.log(JSON.stringify(summary));
try {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/server.json'), JSON.stringify(summary, null, 2) + '\n');
} catch { /* results are printed above */ }
