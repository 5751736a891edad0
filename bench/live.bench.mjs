#!/usr/bin/env node
// Live-monitor benchmark on the BUILT packages (npx tsc -b tsconfig.build.json first):
//   1. speech events per second through one session (one monitor), every built-in pack active;
//   2. 1,000 concurrent sessions interleaved round-robin: throughput and per-event latency p50/p99/max
//      (push → findings returned), with overlays, pins, price changes, orders and comments mixed in.
// Targets (shared/design.md): ≥ 50,000 speech events/s on one worker, p99 ≤ 1 ms in-process.
//   node bench/live.bench.mjs [--quick] [--sessions 1000] [--events 200000] [--packs all|live]
// Writes bench/results/live-latest.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = await import(path.join(root, 'packages/core/dist/index.js'));
const rules = await import(path.join(root, 'packages/rules-cn/dist/index.js'));
const args = process.argv.slice(2);
const arg = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const quick = args.includes('--quick');
const SESSIONS = Number(arg('--sessions', 1000));
const EVENTS = Number(arg('--events', quick ? 50_000 : 200_000));
const PACKS = arg('--packs', 'all');

// utterances and comments from the recorded-session fixtures (realistic length and vocabulary)
const speech = new Set(), comments = new Set();
const dir = path.join(root, 'fixtures/sessions');
for (const n of fs.readdirSync(dir)) {
  const f = path.join(dir, n, 'session.jsonl');
  if (!fs.existsSync(f)) continue;
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.type === 'speech') speech.add(e.text); else if (e.type === 'comment') comments.add(e.text);
  }
}
const SPEECH = [...speech], COMMENTS = [...comments];
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (a) => a[Math.floor(rand() * a.length)];

const packs = PACKS === 'live'
  ? [{ id: 'live', name: { 'zh-CN': '直播', en: 'live' }, rules: rules.livePack.rules, sources: rules.legalSources }, ...rules.regionalPacks]
  : rules.allPacks;
const t0 = performance.now();
const engine = new core.Engine({ packs });
const buildMs = performance.now() - t0;
const T = Date.parse('2026-04-01T20:00:00+08:00');
const product = (i) => ({ id: `p${i}`, title: '玻尿酸保湿面霜 50ml', category: i % 5 === 0 ? 'health-food' : 'cosmetics', price: 129, listPrice: 159, stock: 5000,
  seller: { name: '杭州润之源化妆品有限公司', shop: '润之源官方旗舰店' } });
const startEvent = (i) => ({ type: 'session.start', ts: T, room: { id: `r${i}`, operator: { name: 'x', region: ['110105', '330106', '310104', '440106'][i % 4] } },
  hosts: i % 3 === 0 ? [{ id: 'ai', kind: 'ai', name: '小禾' }] : [{ id: 'h', kind: 'human', name: '主播', age: 28 }], audienceRegions: ['330000'] });

function pct(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]; }

// ---------------------------------------------------------------- 1. one monitor, speech only
function single(n) {
  const s = engine.createSession({ id: 'single', source: 'single' });
  s.push(startEvent(1));
  s.push({ type: 'product.pin', ts: T + 1000, product: product(1) });
  s.push({ type: 'overlay.show', ts: T + 1000, id: 'seller', kind: 'seller-identity', text: '经营者：杭州润之源化妆品有限公司' });
  const evs = Array.from({ length: n }, (_, k) => ({ type: 'speech', ts: T + 2000 + k * 300, text: pick(SPEECH), speaker: 'h' }));
  for (let k = 0; k < Math.min(5000, n); k++) s.push({ ...evs[k], ts: evs[k].ts - 1 }); // warm-up
  const s2 = engine.createSession({ id: 'single2', source: 'single2' });
  s2.push(startEvent(1));
  s2.push({ type: 'product.pin', ts: T + 1000, product: product(1) });
  const a = performance.now();
  let findings = 0;
  for (const e of evs) findings += s2.push(e).length;
  const ms = performance.now() - a;
  return { events: n, ms: Math.round(ms), eventsPerSec: Math.round(n / (ms / 1000)), findings };
}

// ---------------------------------------------------------------- 2. 1,000 sessions interleaved
function concurrent(sessions, total) {
  const runs = Array.from({ length: sessions }, (_, i) => engine.createSession({ id: `s${i}`, source: `s${i}` }));
  const clock = new Float64Array(sessions).fill(T);
  runs.forEach((r, i) => {
    r.push(startEvent(i));
    if (i % 3 === 0) r.push({ type: 'overlay.show', ts: T, id: 'lab', kind: 'ai-label', text: 'AI生成' });
    r.push({ type: 'product.pin', ts: T + 500, product: product(i) });
  });
  const lat = new Float64Array(total);
  let speechN = 0, findings = 0;
  const a = performance.now();
  for (let k = 0; k < total; k++) {
    const i = k % sessions;
    clock[i] += 200 + rand() * 3000;
    const ts = Math.round(clock[i]);
    const r = rand();
    let e;
    if (r < 0.8) { e = { type: 'speech', ts, text: pick(SPEECH), speaker: i % 3 === 0 ? 'ai' : 'h' }; speechN++; }
    else if (r < 0.92) e = { type: 'comment', ts, user: { id: `u${Math.floor(rand() * 1e5)}`, ip: `1.2.${Math.floor(rand() * 255)}.9` }, text: pick(COMMENTS) };
    else if (r < 0.96) e = { type: 'order', ts, productId: `p${i}`, qty: 1, price: 129 };
    else if (r < 0.98) e = { type: 'stats', ts, viewers: Math.floor(rand() * 5000) };
    else if (r < 0.99) e = { type: 'overlay.show', ts, id: `o${k}`, kind: 'promo', text: '限时福利', bbox: [0.1, 0.1, 0.2, 0.1] };
    else e = { type: 'price.change', ts, productId: `p${i}`, price: 119 };
    const s = process.hrtime.bigint();
    findings += runs[i].push(e).length;
    lat[k] = Number(process.hrtime.bigint() - s) / 1e6;
  }
  const ms = performance.now() - a;
  const sorted = Float64Array.from(lat).sort();
  for (const r of runs) r.end();
  return {
    sessions, events: total, speechEvents: speechN, ms: Math.round(ms), eventsPerSec: Math.round(total / (ms / 1000)),
    speechPerSec: Math.round(speechN / (ms / 1000)), findings,
    latencyMs: { p50: +pct(sorted, 0.5).toFixed(4), p90: +pct(sorted, 0.9).toFixed(4), p99: +pct(sorted, 0.99).toFixed(4), p999: +pct(sorted, 0.999).toFixed(4), max: +sorted[sorted.length - 1].toFixed(3) },
  };
}

const rulesCount = engine.activeRules({ region: '330106', audienceRegions: ['330000'], date: '2026-04-01' }).length;
console.log(`live bench · packs=${PACKS} (${engine.rules.length} rules, ${rulesCount} active in a Hangzhou room) · build ${buildMs.toFixed(0)} ms · ${SPEECH.length} distinct utterances`);
const one = single(EVENTS);
console.log(`1 monitor, speech only: ${one.events} events in ${one.ms} ms → ${one.eventsPerSec.toLocaleString()} events/s (target ≥ 50,000) · findings ${one.findings}`);
const many = concurrent(SESSIONS, EVENTS);
console.log(`${SESSIONS} sessions interleaved: ${many.events} events (${many.speechEvents} speech) in ${many.ms} ms → ${many.eventsPerSec.toLocaleString()} events/s, ${many.speechPerSec.toLocaleString()} speech/s`);
console.log(`  per-event latency ms: p50 ${many.latencyMs.p50} · p90 ${many.latencyMs.p90} · p99 ${many.latencyMs.p99} (target ≤ 1) · p99.9 ${many.latencyMs.p999} · max ${many.latencyMs.max} · findings ${many.findings}`);
const out = { date: new Date().toISOString(), node: process.version, packs: PACKS, rules: engine.rules.length, buildMs: Math.round(buildMs), single: one, concurrent: many,
  pass: { throughput: one.eventsPerSec >= 50_000, p99: many.latencyMs.p99 <= 1 } };
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/live-latest.json'), JSON.stringify(out, null, 2) + '\n');
