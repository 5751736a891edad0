import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run as replay } from '../src/commands/replay.js';
import { run as watch } from '../src/commands/watch.js';
import { UserError } from '../src/errors.js';

const ROOT = path.resolve(__dirname, '../../..');
const fixture = (n: string) => path.join(ROOT, 'fixtures/sessions', n, 'session.jsonl');

function io(stdinText = '') {
  const out: string[] = [], err: string[] = [];
  const stdout = new PassThrough(), stderr = new PassThrough();
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  return { io: { stdout, stderr, stdin: Readable.from([stdinText]) }, out: () => out.join(''), err: () => err.join('') };
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lg-replay-'));

const AI_SESSION = [
  { type: 'session.start', ts: '2026-03-10T20:00:00+08:00', room: { id: 'r', name: '测试直播间', operator: { name: 'x', region: '330100' } }, hosts: [{ id: 'ai1', name: '小美', kind: 'ai' }] },
  { type: 'overlay.show', ts: '2026-03-10T20:00:00+08:00', id: 'l', kind: 'ai-label', text: 'AI生成' },
  { type: 'speech', ts: '2026-03-10T20:00:05+08:00', speaker: 'ai1', text: '大家好' },
  { type: 'overlay.hide', ts: '2026-03-10T20:00:30+08:00', id: 'l' },
  { type: 'some.future.event', ts: '2026-03-10T20:00:31+08:00', foo: 1 },
  { type: 'speech', ts: '2026-03-10T20:01:00+08:00', speaker: 'ai1', text: '我是真人主播哦' },
  { type: 'session.end', ts: '2026-03-10T20:02:00+08:00' },
];
const ndjson = (evs: object[]) => evs.map((e) => JSON.stringify(e)).join('\n') + '\n';

describe('liveguard replay', () => {
  it('an honest recorded session is clean (exit 0)', async () => {
    const t = io();
    const code = await replay([fixture('honest-health-food-sh'), '--prices', path.join(ROOT, 'fixtures/sessions/honest-health-food-sh/prices.csv'), '--no-color'], t.io);
    expect(code).toBe(0);
    expect(t.out()).toContain('没有发现问题');
    expect(t.out()).toContain('▶ 上架 深海鱼油软胶囊');
  });
  it('prints a timeline with findings and legal basis, exit 1 on errors; unknown event types are ignored', async () => {
    const dir = tmp();
    const f = path.join(dir, 's.jsonl');
    fs.writeFileSync(f, ndjson(AI_SESSION));
    const t = io();
    expect(await replay([f, '--no-color'], t.io)).toBe(1);
    expect(t.out()).toMatch(/00:00:30 {2}✖ error/);
    expect(t.out()).toContain('《直播电商监督管理办法》第三十七条[T]');
    expect(t.out()).toContain('«我是真人»');
  });
  it('--format json gives [{ source, findings }] with ts and eventSeq', async () => {
    const dir = tmp();
    const f = path.join(dir, 's.jsonl');
    fs.writeFileSync(f, ndjson(AI_SESSION));
    const t = io();
    await replay([f, '--format', 'json'], t.io);
    const r = JSON.parse(t.out());
    expect(r).toHaveLength(1);
    expect(r[0].source).toBe(f);
    const gap = r[0].findings.find((x: { ruleId: string }) => x.ruleId === 'live-ecom/ai-person-continuous-label');
    expect(gap).toMatchObject({ ts: '2026-03-10T12:00:30.000Z', eventSeq: 4, severity: 'error' });
    const again = io();
    await replay([f, '--format', 'json'], again.io);
    expect(JSON.parse(again.out())[0].findings.map((x: { id: string }) => x.id)).toEqual(r[0].findings.map((x: { id: string }) => x.id));
  });
  it('--html writes a self-contained report with chart, transcript and basis', async () => {
    const dir = tmp();
    const out = path.join(dir, 'report.html');
    const t = io();
    await replay([fixture('ai-label-dropout-zj'), '--html', out, '--prices', path.join(ROOT, 'fixtures/sessions/ai-label-dropout-zj/prices.csv')], t.io);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('数字人出镜但无标识');
    expect(html).toMatch(/<mark class="error"[^>]*><a href="#f-[0-9a-f]+">我是真人<\/a><\/mark>/);
    expect(html).toContain('《直播电商监督管理办法》 第三十七条');
    expect(html).not.toMatch(/<script|<link|(src|href)="https?:/); // self-contained: no external resources
  });
  it('malformed JSON: one-line error naming file and line, exit 2', async () => {
    const dir = tmp();
    const f = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(f, '{"type":"session.start","ts":1}\n{"type": "speech", oops}\n');
    const err = await replay([f], io().io).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: JSON 格式错误`));
    expect(err.message).not.toContain('\n');
  });
  it('replays subtitles with a sidecar .meta.json', async () => {
    const dir = tmp();
    const srt = path.join(dir, 'live.srt');
    fs.writeFileSync(srt, '1\n00:00:01,000 --> 00:00:04,000\n小美：欢迎来到直播间\n\n2\n00:00:20,000 --> 00:00:23,500\n小美：我是真人主播哦\n');
    fs.writeFileSync(`${srt}.meta.json`, JSON.stringify({ ts: '2026-03-10T20:00:00+08:00', room: { id: 'r', operator: { name: 'x', region: '310000' } }, hosts: [{ id: 'ai1', name: '小美', kind: 'ai' }] }));
    const t = io();
    expect(await replay([srt, '--format', 'json'], t.io)).toBe(1);
    const fs2 = JSON.parse(t.out())[0].findings;
    expect(fs2.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['live-ecom/ai-person-continuous-label', 'ai-label-2025/explicit-label-av']));
    expect(fs2.find((f: { text: string }) => f.text === '我是真人')).toBeDefined();
  });
});

describe('liveguard watch', () => {
  it('prints findings as events arrive and at the end of input', async () => {
    const t = io(ndjson(AI_SESSION));
    const code = await watch(['--format', 'json', '--tick-ms', '0'], t.io);
    expect(code).toBe(1);
    const lines = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['live-ecom/ai-person-continuous-label', 'zj-guide/ai-digital-human-label']));
  });
  it('skips malformed lines with a one-line error and exits 2', async () => {
    const t = io('{"type":"session.start","ts":1}\nnot json\n');
    expect(await watch(['--tick-ms', '0'], t.io)).toBe(2);
    expect(t.err()).toMatch(/^liveguard: <stdin>:2: JSON 格式错误/);
  });
  it('separates sessions by the session field', async () => {
    const a = AI_SESSION.map((e) => ({ ...e, session: 'A' }));
    const b = [AI_SESSION[0], { type: 'speech', ts: '2026-03-10T20:01:00+08:00', speaker: 'ai1', text: '大家好' }].map((e) => ({ ...e, session: 'B' }));
    const t = io(ndjson([...a, ...b]));
    await watch(['--format', 'json', '--tick-ms', '0'], t.io);
    const sessions = new Set(t.out().trim().split('\n').map((l) => JSON.parse(l).session ?? JSON.parse(l).source));
    expect([...sessions].sort()).toEqual(['A', 'B']);
  });
});
