// Scale-out benchmark: ingest → NATS JetStream → monitor workers (separate processes) → PostgreSQL.
//
//   npm run build && node bench/scale.bench.mjs [-- --quick] [--sessions N] [--keep]
//
// Needs NATS with JetStream (LIVEGUARD_NATS_URL, default 127.0.0.1:4222) and PostgreSQL
// (LIVEGUARD_BENCH_PG, default postgres://postgres@127.0.0.1:5432/test; a fresh database is created and
// dropped). This process is the ingest node: it stores events (hash chain) and publishes them through
// the same StreamDispatcher `liveguard serve --nats` uses; workers are `liveguard worker` processes.
//
// For 1 and then 2 workers:
//   throughput  N fresh sessions; workers are frozen (SIGSTOP) while a backlog of N × B events is stored
//               and published, then thawed (SIGCONT, leases still valid); events/s = backlog / drain time;
//   latency     the same sessions post one batch a second each (a speech segment and a comment: a
//               realistic room rate), every event carrying a denied term, so every event has a finding;
//               ingest → finding = receipt of the worker's finding notice − start of the ingest request.
// Fault: 2 workers at the realistic rate; one is killed with SIGKILL halfway; after the run: every event
// must have its finding (lostEvents) and no finding may be stored twice (duplicateFindings).
// Writes bench/results/scale.json.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { NatsStream, StreamDispatcher, openStorage } from '@liveguard/adapters';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const KEEP = args.includes('--keep');
const argVal = (k, d) => { const i = args.indexOf(k); return i >= 0 ? Number(args[i + 1]) : d; };
const N = argVal('--sessions', QUICK ? 200 : 1000);
const BACKLOG = argVal('--backlog', QUICK ? 30 : 60); // events per session in the throughput phase
const LAT_SECONDS = argVal('--latency-seconds', QUICK ? 4 : 15);
const FAULT_SECONDS = argVal('--fault-seconds', QUICK ? 8 : 20);
const RATE_PERIOD_MS = argVal('--post-every', 5000); // each session posts a batch every 5 s…
const EVENTS_PER_SEC = 2; // …of 2 events per second (ASR segments and comments)
const PARTITIONS = 16;
const NATS_URL = process.env.LIVEGUARD_NATS_URL ?? 'nats://127.0.0.1:4222';
const PG_BASE = process.env.LIVEGUARD_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const CLI = path.join(root, 'packages/cli/bin/liveguard.js');
const TERM = '违禁词';
// --deny-only: workers run the deny list alone (measures the distribution machinery, not the rule packs)
const DENY_ONLY = args.includes('--deny-only');

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const STREAM = `LGSCALE_${tag}`;
const PREFIX = `lgscale_${tag}`;
const DB = `lg_scale_${tag}`;
const dbUrl = PG_BASE.replace(/\/[^/?]*(\?|$)/, `/${DB}$1`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error('[scale]', ...a);

if (!fs.existsSync(path.join(root, 'packages/cli/dist/main.js'))) { console.error('build first: npm run build'); process.exit(2); }

// ------------------------------------------------------------------------------------------ setup
const admin = new pg.Client({ connectionString: PG_BASE });
await admin.connect();
await admin.query(`CREATE DATABASE ${DB}`);
// --async-commit: synchronous_commit=off for the bench database only. NOT a production setting for the
// evidence store (an acknowledged event could be lost if PostgreSQL itself crashes); it shows what the
// pipeline does when the disk's fsync latency (≈5–10 ms on this VM) is not the bound, as on a managed
// PostgreSQL with fast, replicated storage and group commit.
const ASYNC_COMMIT = args.includes('--async-commit');
if (ASYNC_COMMIT) await admin.query(`ALTER DATABASE ${DB} SET synchronous_commit TO off`);
const store = await openStorage({ url: dbUrl });
const denyFile = path.join(os.tmpdir(), `lg-scale-deny-${tag}.txt`);
fs.writeFileSync(denyFile, `${TERM}\n`);

const stream = await NatsStream.connect({ servers: NATS_URL, stream: STREAM, subjectPrefix: PREFIX, partitions: PARTITIONS, maxMsgs: 2_000_000, maxBytes: 2 ** 31 });
const dispatcher = new StreamDispatcher(stream);
const nc = await connect({ servers: NATS_URL });

// finding notices → latency samples
const reqTime = new Map(); // `${session}:${seq}` → ms
let samples = [];
let notices = 0;
const noticed = new Map(); // finding id → count (duplicates at the notice level)
nc.subscribe(`${PREFIX}.findings.>`, {
  callback: (_err, m) => {
    const now = Date.now();
    const n = JSON.parse(new TextDecoder().decode(m.data));
    for (const f of n.findings) {
      notices++;
      noticed.set(f.id, (noticed.get(f.id) ?? 0) + 1);
      if (f.ruleId !== 'custom/deny-list') continue;
      const k = `${n.session}:${f.eventSeq}`;
      const t = reqTime.get(k);
      if (t !== undefined) { samples.push(now - t); reqTime.delete(k); }
    }
  },
});

// CPU of the infrastructure processes (where the CPU goes)
const CLK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
function pidsOf(name) { try { return execFileSync('pgrep', ['-x', name]).toString().trim().split(/\s+/).map(Number).filter(Boolean); } catch { return []; } }
function cpuMs(pids) {
  // utime+stime of live processes, plus cutime+cstime (reaped children: PostgreSQL backends that exited)
  let t = 0;
  for (const p of pids) {
    try { const f = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' '); t += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 1000 / CLK; } catch { /* gone */ }
  }
  return t;
}
const infra = () => ({ nats: cpuMs(pidsOf('nats-server')), postgres: cpuMs(pidsOf('postgres')), bench: (process.cpuUsage().user + process.cpuUsage().system) / 1000 });

// ------------------------------------------------------------------------------------------ workers
function startWorker(id, leaseTtlMs) {
  const child = spawn(process.execPath, [CLI, 'worker', '--nats', NATS_URL, '--stream', STREAM, '--subject-prefix', PREFIX,
    '--partitions', String(PARTITIONS), '--lease-ttl', String(leaseTtlMs), '--deny-list', denyFile, '--stats-every', '100', '--id', id, ...(DENY_ONLY ? ['--no-builtin-rules'] : [])],
  { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
  const w = { id, child, last: undefined, history: [], exited: false };
  spawned.push(child);
  let buf = '';
  child.stdout.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 1);
      if (line.startsWith('{')) { try { w.last = JSON.parse(line); w.history.push(w.last); } catch { /* partial */ } }
    }
  });
  child.stderr.on('data', (d) => { const s = String(d); if (!/SQLite/.test(s)) process.stderr.write(`[${id}] ${s}`); });
  child.on('exit', () => { w.exited = true; });
  return w;
}
async function waitSplit(ws, timeoutMs = 30_000) {
  const t0 = Date.now();
  const fair = Math.ceil(PARTITIONS / ws.length);
  while (Date.now() - t0 < timeoutMs) {
    const owned = ws.map((w) => w.last?.partitions?.length ?? 0);
    if (owned.every((n) => n === fair || n === PARTITIONS - fair * (ws.length - 1)) && owned.reduce((a, b) => a + b, 0) === PARTITIONS) return;
    await sleep(100);
  }
  throw new Error(`workers did not split the partitions: ${ws.map((w) => w.last?.partitions?.length).join('/')}`);
}
async function stopWorkers(ws) {
  for (const w of ws) if (!w.exited) w.child.kill('SIGTERM');
  const t0 = Date.now();
  while (ws.some((w) => !w.exited) && Date.now() - t0 < 15_000) await sleep(50);
  for (const w of ws) if (!w.exited) w.child.kill('SIGKILL');
}

// ------------------------------------------------------------------------------------------ ingest
let refused = 0;
async function ingestBatch(session, events, record) {
  for (;;) {
    try { dispatcher.admit(events.length); break; } catch (e) {
      if (e.name !== 'BackpressureError') throw e;
      refused++;
      await sleep(e.retryAfterSec * 1000);
    }
  }
  const t = Date.now();
  const r = await store.appendEvents(session, events);
  if (record) for (const e of r.events) if (e.event.text?.includes(TERM)) reqTime.set(`${session}:${e.seq}`, t);
  await dispatcher.dispatch({ tenant: 't1', session, events: r.events });
}
async function pool(items, conc, fn) {
  let i = 0;
  await Promise.all(Array.from({ length: conc }, async () => { while (i < items.length) { const x = items[i++]; await fn(x); } }));
}
const seqOf = new Map();
// Throughput and latency phases: one event in TERM_EVERY carries the denied term (findings are the
// exception in a real room; latency is measured on those). Fault phase: every event does, so every
// event's processing is visible in the store.
const TERM_EVERY = 5;
let termEvery = TERM_EVERY;
function makeEvents(session, n, ts0) {
  const out = [];
  for (let k = 0; k < n; k++) {
    const i = (seqOf.get(session) ?? 0) + 1; seqOf.set(session, i);
    const t = (i % termEvery === 0) ? TERM : '好物';
    out.push(i % 2
      ? { type: 'speech', ts: ts0 + i * 500, text: `第${i}句：家人们这款是${t}，今天直播间下单立减二十元`, speaker: 'h1' }
      : { type: 'comment', ts: ts0 + i * 500, user: { id: `u${i % 97}` }, text: `主播说的${t}是真的吗` });
  }
  return out;
}
async function createSessions(prefix, n) {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  await pool(ids, 16, async (id) => {
    await store.createSession({ id, tenant: 't1' });
    await ingestBatch(id, [{ type: 'session.start', ts: Date.now(), room: { id, operator: { name: '某直播间', region: '330000' } }, hosts: [{ id: 'h1', kind: 'human' }] }], false);
  });
  return ids;
}
async function lagging(ids) {
  const r = await store.pool.query('SELECT count(*)::int AS n, coalesce(sum(last_seq - monitored_seq), 0)::int AS behind FROM sessions WHERE id = ANY($1) AND monitored_seq < last_seq', [ids]);
  return r.rows[0];
}
async function waitDrained(ids, timeoutMs) {
  const t0 = Date.now();
  for (;;) {
    const l = await lagging(ids);
    if (l.n === 0) return Date.now();
    if (Date.now() - t0 > timeoutMs) return undefined;
    await sleep(50);
  }
}
function pct(a, p) { if (!a.length) return null; const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]; }

/** Each session posts a batch (speech + comment) every second for `seconds`; `onHalf` runs halfway. */
async function realisticLoad(ids, seconds, onHalf) {
  const t0 = Date.now();
  const end = t0 + seconds * 1000;
  const next = new Map(ids.map((id) => [id, t0 + Math.random() * RATE_PERIOD_MS]));
  let halfDone = false, sent = 0, lateMs = 0;
  const inflight = new Set();
  while (Date.now() < end) {
    const now = Date.now();
    if (!halfDone && onHalf && now - t0 > seconds * 500) { halfDone = true; onHalf(); }
    for (const id of ids) {
      const due = next.get(id);
      if (due > now || inflight.has(id)) continue;
      lateMs = Math.max(lateMs, now - due);
      next.set(id, due + RATE_PERIOD_MS);
      inflight.add(id);
      const evs = makeEvents(id, Math.max(1, Math.round(EVENTS_PER_SEC * RATE_PERIOD_MS / 1000)), now);
      sent += evs.length;
      void ingestBatch(id, evs, true).catch((e) => log('ingest failed', e.message)).finally(() => inflight.delete(id));
    }
    await sleep(10);
  }
  while (inflight.size) await sleep(10);
  return { sent, t0, seconds: (Date.now() - t0) / 1000, maxLateMs: lateMs };
}

// ------------------------------------------------------------------------------------------ runs
const spawned = [];
async function runAll() {
  const results = { workers: [], fault: undefined };
  const meta = {
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavgAtStart: os.loadavg().map((x) => +x.toFixed(2)) },
    synchronousCommit: ASYNC_COMMIT ? 'off (bench database only)' : 'on (durable, default)',
    rules: DENY_ONLY ? 'deny list only' : 'built-in packs + deny list', sessions: N, backlogPerSession: BACKLOG, partitions: PARTITIONS, quick: QUICK,
    findingRate: `1 event in ${TERM_EVERY} has a finding (throughput and latency phases); every event in the fault phase`,
    rate: `each session posts a batch every ${RATE_PERIOD_MS} ms, ${EVENTS_PER_SEC} events/s per session (speech segments and comments) → ${N * EVENTS_PER_SEC} events/s offered`,
  };

  const ONLY = args.includes('--only') ? [argVal('--only', 1)] : [1, 2];
  for (const n of ONLY) {
    log(`--- ${n} worker(s)`);
    const ws = Array.from({ length: n }, (_, i) => startWorker(`w${n}-${i + 1}`, 180_000)); // leases outlive the freeze
    await waitSplit(ws);
    const ids = await createSessions(`n${n}`, N);
    await waitDrained(ids, 30_000);
    // throughput: freeze the workers, queue a backlog, thaw them
    for (const w of ws) w.child.kill('SIGSTOP');
    const tFill = Date.now();
    await pool(ids, 16, (id) => ingestBatch(id, makeEvents(id, BACKLOG, Date.now()), false));
    const backlog = N * BACKLOG;
    log(`backlog of ${backlog} events stored and published in ${Date.now() - tFill} ms; thawing`);
    const cpu0 = ws.map((w) => w.last), inf0 = infra();
    const t0 = Date.now();
    for (const w of ws) w.child.kill('SIGCONT');
    // drained when the workers have processed the whole backlog (their stats lines, every 100 ms)
    const base = cpu0.map((x) => x.events + x.duplicates);
    let tDone;
    while (Date.now() - t0 < 120_000) {
      if (ws.reduce((a, w, i) => a + (w.last.events + w.last.duplicates - base[i]), 0) >= backlog) { tDone = Date.now(); break; }
      await sleep(20);
    }
    if (!tDone) throw new Error('backlog not drained in 120 s');
    if (args.includes('--trace')) for (const w of ws) log(w.id, w.history.filter((h) => h.events > w.history[0].events || true).slice(-Math.ceil((tDone - t0) / 100) - 5).map((h) => `${h.t}:${h.events}`).join(' '));
    await waitDrained(ids, 30_000);
    const secs = (tDone - t0) / 1000;
    const inf1 = infra();
    const perWorker = ws.map((w, i) => {
      const a = cpu0[i], b = w.last;
      const ev = b.events - a.events;
      return { id: w.id, partitions: b.partitions.length, events: ev, eventsPerSec: Math.round(ev / secs), batches: b.batches - a.batches, duplicates: b.duplicates - a.duplicates, replayed: b.replayed - a.replayed, rebuilds: b.rebuilds - a.rebuilds, catchUps: b.catchUps - a.catchUps, failures: b.failures - a.failures, cpuPct: Math.round(((b.cpuUserMs + b.cpuSysMs) - (a.cpuUserMs + a.cpuSysMs)) / (secs * 10)), rssMb: b.rssMb };
    });
    const cpu = { natsPct: Math.round((inf1.nats - inf0.nats) / (secs * 10)), postgresPct: Math.round((inf1.postgres - inf0.postgres) / (secs * 10)), benchIngestPct: Math.round((inf1.bench - inf0.bench) / (secs * 10)) };
    const eventsPerSec = Math.round(backlog / secs);
    // CPU time per event while draining (independent of how much CPU other processes leave us)
    const workerCpuMs = ws.reduce((a, w, i) => a + (w.last.cpuUserMs + w.last.cpuSysMs) - (cpu0[i].cpuUserMs + cpu0[i].cpuSysMs), 0);
    cpu.microsPerEvent = {
      worker: Math.round(workerCpuMs * 1000 / backlog),
      nats: Math.round((inf1.nats - inf0.nats) * 1000 / backlog),
      postgres: Math.round((inf1.postgres - inf0.postgres) * 1000 / backlog),
    };
    cpu.workerCoreEventsPerSec = Math.round(1e6 / cpu.microsPerEvent.worker); // one worker given a whole core
    log(`${n} worker(s): ${eventsPerSec} events/s (${backlog} in ${secs.toFixed(2)} s)`, JSON.stringify(perWorker), JSON.stringify(cpu));
    // latency at the realistic rate
    samples = [];
    const load = await realisticLoad(ids, LAT_SECONDS);
    await waitDrained(ids, 30_000);
    await sleep(200);
    const p50 = pct(samples, 0.5), p99 = pct(samples, 0.99);
    log(`${n} worker(s): latency p50 ${p50} ms, p99 ${p99} ms over ${samples.length} events (${Math.round(load.sent / load.seconds)} events/s offered)`);
    results.workers.push({ n, eventsPerSec, p50Ms: p50, p99Ms: p99, latencySamples: samples.length, offeredEventsPerSec: Math.round(load.sent / load.seconds), drainSeconds: +secs.toFixed(2), backlog, perWorker, cpu });
    await stopWorkers(ws);
  }

  // fault: two workers, SIGKILL one halfway through
  {
    log('--- fault: SIGKILL one of two workers mid-run');
    const ttl = QUICK ? 2000 : 3000;
    const ws = [startWorker('f-1', ttl), startWorker('f-2', ttl)];
    await waitSplit(ws);
    termEvery = 1;
    const ids = await createSessions('fault', N);
    samples = [];
    let killedAt;
    const load = await realisticLoad(ids, FAULT_SECONDS, () => { killedAt = Date.now(); ws[0].child.kill('SIGKILL'); log(`SIGKILL ${ws[0].id} (owned ${ws[0].last?.partitions?.length} partitions)`); });
    // recovered when every event has its finding (watermarks of finding-less batches are written lazily)
    const covered = async () => (await store.pool.query(`SELECT count(*)::int AS n FROM (SELECT DISTINCT session, event_seq FROM findings WHERE session = ANY($1) AND rule_id = 'custom/deny-list') x`, [ids])).rows[0].n;
    const expected = load.sent;
    let tDone;
    for (const t0 = Date.now(); Date.now() - t0 < 90_000;) { if (await covered() >= expected) { tDone = Date.now(); break; } await sleep(100); }
    await waitDrained(ids, 15_000);
    const behind = await lagging(ids);
    const q = await store.pool.query(`
      SELECT
        (SELECT coalesce(sum(last_seq), 0)::int FROM sessions WHERE id = ANY($1)) AS events,
        (SELECT count(*)::int FROM (SELECT DISTINCT session, event_seq FROM findings WHERE session = ANY($1) AND rule_id = 'custom/deny-list') x) AS covered,
        (SELECT count(*)::int FROM findings WHERE session = ANY($1)) AS findings,
        (SELECT count(*)::int FROM (SELECT DISTINCT session, id FROM findings WHERE session = ANY($1)) y) AS distinct_ids,
        (SELECT count(*)::int FROM (SELECT session, event_seq, rule_id, body::jsonb->>'offset' AS o, count(*) FROM findings WHERE session = ANY($1) GROUP BY 1,2,3,4 HAVING count(*) > 1) z) AS same_spot`, [ids]);
    const r = q.rows[0];
    // events that should carry a deny finding: every event but session.start
    const withTerm = r.events - ids.length;
    const lostEvents = withTerm - r.covered; // every event carries the term: no finding = not processed
    const duplicateFindings = (r.findings - r.distinct_ids) + r.same_spot;
    const dupNotices = [...noticed.values()].filter((c) => c > 1).length;
    const survivor = ws[1].last;
    results.fault = {
      lostEvents, duplicateFindings,
      events: withTerm, findingsStored: r.findings, watermarkBehindAfterRun: behind.behind, duplicateNotices: dupNotices,
      killedAfterSeconds: +((killedAt - load.t0) / 1000).toFixed(1),
      leaseTtlMs: ttl,
      recoveredSeconds: tDone && killedAt ? +((tDone - killedAt) / 1000).toFixed(1) : null,
      survivorPartitions: survivor?.partitions?.length, survivorRebuilds: survivor?.rebuilds, survivorDuplicatesSkipped: survivor?.duplicates,
      p50Ms: pct(samples, 0.5), p99Ms: pct(samples, 0.99), maxMs: samples.length ? Math.max(...samples) : null,
    };
    log('fault:', JSON.stringify(results.fault));
    await stopWorkers(ws);
  }

  if (ONLY.length === 1) { console.log(JSON.stringify(results, null, 2)); return; }
  const one = results.workers[0].eventsPerSec, two = results.workers[1].eventsPerSec;
  meta.machine.loadavgAtEnd = os.loadavg().map((x) => +x.toFixed(2));
  const out = { ...results, scaling: +(two / one).toFixed(2), refusedAdmissions: refused, meta, at: new Date().toISOString() };
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/scale.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify(out, null, 2));
  log(`targets: lost ${results.fault.lostEvents} (0), duplicate findings ${results.fault.duplicateFindings} (0), 2 workers ${out.scaling}× one (≥ 1.5)`);
}

// ------------------------------------------------------------------------------------------ cleanup
let exitCode = 0;
try {
  await runAll();
} catch (e) {
  exitCode = 1;
  console.error('[scale] failed:', e?.stack ?? e);
} finally {
  for (const c of spawned) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await nc.close();
  if (!KEEP) await stream.destroy().catch(() => undefined);
  await dispatcher.close();
  await store.close();
  if (!KEEP) await admin.query(`DROP DATABASE ${DB}`).catch((e) => log('drop failed', e.message));
  await admin.end();
  fs.rmSync(denyFile, { force: true });
}
process.exit(exitCode);
