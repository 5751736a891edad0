import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it, beforeAll } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { cli, tmpdir, write } from './helpers.js';

let dir: string;
let deny: string;
beforeAll(() => {
  dir = tmpdir();
  deny = write(dir, 'deny.txt', '# 测试词表\n加微信\n禁词\n');
});
const json = (s: string) => JSON.parse(s) as { source: string; findings: { ruleId: string; text: string; line: number; column: number; offset: number; length: number }[] }[];
const base = () => ['check', '--no-builtin-rules', '--deny-list', deny, '--format', 'json'];

describe('liveguard check: inputs', () => {
  it('reads a script and points at exact spans', async () => {
    const f = write(dir, 's.txt', '开场白\n  家人们加 微 信领券\n');
    const r = await cli([...base(), f]);
    expect(r.code).toBe(1);
    const [res] = json(r.stdout);
    expect(res.findings.map((x) => [x.line, x.column, x.text])).toEqual([[2, 6, '加 微 信']]);
    const text = fs.readFileSync(f, 'utf8');
    expect(text.slice(res.findings[0].offset, res.findings[0].offset + res.findings[0].length)).toBe('加 微 信');
  });
  it('reads stdin', async () => {
    const r = await cli([...base(), '-'], '这里有禁词');
    expect(json(r.stdout)[0]).toMatchObject({ source: '<stdin>', findings: [{ text: '禁词', column: 4 }] });
  });
  it('decodes UTF-8 BOM, UTF-16 LE/BE with BOM and GB18030', async () => {
    const s = '第一行\n这里有禁词\n';
    const utf16be = Buffer.from(s, 'utf16le').swap16();
    const gbk = Buffer.from([0xd5, 0xe2, 0xc0, 0xef, 0xd3, 0xd0, 0xbd, 0xfb, 0xb4, 0xca]); // 这里有禁词 in GBK
    const files = [
      write(dir, 'bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])),
      write(dir, 'le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])),
      write(dir, 'be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])),
    ];
    for (const f of files) {
      const r = await cli([...base(), f]);
      expect(json(r.stdout)[0].findings.map((x) => [x.line, x.column, x.text]), f).toEqual([[2, 4, '禁词']]);
    }
    const g = await cli([...base(), write(dir, 'gbk.txt', gbk)]);
    expect(json(g.stdout)[0].findings.map((x) => x.text)).toEqual(['禁词']);
  });
  it('reads .docx paragraphs as lines', async () => {
    const xml = '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">请加微</w:t></w:r><w:r><w:t>信 &amp; 下单</w:t></w:r></w:p></w:body></w:document>';
    const f = write(dir, 'script.docx', zipSync({ 'word/document.xml': strToU8(xml), '[Content_Types].xml': strToU8('<Types/>') }));
    const r = await cli([...base(), f]);
    expect(json(r.stdout)[0].findings.map((x) => [x.line, x.column, x.text])).toEqual([[2, 2, '加微信']]);
  });
  it('reads .srt and .vtt cues with timestamps', async () => {
    const srt = write(dir, 'a.srt', '1\r\n00:00:01,000 --> 00:00:03,500\r\n大家好\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\n先加微信\r\n再下单\r\n');
    const r = await cli([...base(), srt]);
    const fs1 = json(r.stdout)[0].findings as unknown as { line: number; text: string; ts: string; offset: number }[];
    expect(fs1.map((x) => [x.line, x.text])).toEqual([[7, '加微信']]);
    expect(fs1[0].ts).toBe(new Date(4000).toISOString());
    expect(fs.readFileSync(srt, 'utf8').slice(fs1[0].offset, fs1[0].offset + 3)).toBe('加微信');
    const vtt = write(dir, 'a.vtt', 'WEBVTT\n\n00:01.000 --> 00:02.000\n禁词出现\n');
    expect(json((await cli([...base(), vtt])).stdout)[0].findings.map((x) => [x.line, x.column])).toEqual([[4, 1]]);
  });
  it('reads .json and .csv listings field by field', async () => {
    const j = write(dir, 'p.json', JSON.stringify([{ id: 'a', title: '好物', description: '详情请加微信咨询' }], null, 2));
    const r = await cli([...base(), j]);
    const f = json(r.stdout)[0].findings[0];
    expect(f.text).toBe('加微信');
    expect(fs.readFileSync(j, 'utf8').slice(f.offset, f.offset + f.length)).toBe('加微信');
    const c = write(dir, 'p.csv', 'id,title,description\n1,"带""引号""的禁词",正常\n2,好物,加微信\n');
    const rc = json((await cli([...base(), c])).stdout)[0].findings;
    expect(rc.map((x) => [x.line, x.text])).toEqual([[2, '禁词'], [3, '加微信']]);
  });
  it('points a whole-listing finding at its product (the title), not at the top of the file', async () => {
    const items = [{ id: 'a', title: '纯棉T恤', price: 59 }, { id: 'b', title: '【到手价59】纯棉T恤', price: 79 }];
    const j = write(dir, 'pp.json', JSON.stringify(items, null, 2));
    const f = json((await cli(['check', '--format', 'json', j])).stdout)[0].findings.filter((x) => x.ruleId === 'price-fraud-2022/low-display-high-settle');
    expect(f.map((x) => [x.line, x.column])).toEqual([[9, 15]]);
    const c = write(dir, 'pp.csv', 'id,title,price\na,纯棉T恤,59\nb,【到手价59】纯棉T恤,79\n');
    const fc = json((await cli(['check', '--format', 'json', c])).stdout)[0].findings.filter((x) => x.ruleId === 'price-fraud-2022/low-display-high-settle');
    expect(fc.map((x) => [x.line, x.column])).toEqual([[3, 3]]);
  });
  it('reads .jsonl events', async () => {
    const f = write(dir, 'e.jsonl', '{"type":"session.start","ts":0}\n{"type":"speech","ts":1000,"text":"请加微信"}\n{"type":"comment","ts":2000,"user":{"id":"u"},"text":"禁词"}\n');
    const r = json((await cli([...base(), f])).stdout)[0].findings as unknown as { line: number; text: string; eventSeq: number }[];
    expect(r.map((x) => [x.line, x.text, x.eventSeq])).toEqual([[2, '加微信', 2], [3, '禁词', 3]]);
  });
  it('walks directories and globs', async () => {
    const d = tmpdir();
    write(d, 'a/x.txt', '禁词');
    write(d, 'b/y.md', '禁词');
    write(d, 'b/z.bin', 'ignored');
    const r = await cli([...base(), d]);
    expect(json(r.stdout).map((x) => path.relative(d, x.source)).sort()).toEqual(['a/x.txt', 'b/y.md']);
    const g = await cli([...base(), `${d}/**/*.md`]);
    expect(json(g.stdout).length).toBe(1);
  });
});

describe('liveguard check: bad input', () => {
  it('one-line errors naming the file, exit 2, no stack trace', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]), /binary file/],
      ['bad8.txt', Buffer.from([0xe4, 0xb8, 0x41, 0x41, 0xff, 0xfe, 0x41]), /invalid UTF-8/],
      ['x.pdf', 'whatever', /unsupported file type/],
      ['broken.json', '{"title": "a",', /invalid JSON/],
      ['broken.jsonl', '{"type":"speech","text":"a"}\n{oops}\n', /broken\.jsonl:2: .*invalid JSON on line 2/],
      ['broken.docx', 'not a zip', /not a valid \.docx/],
      ['nocue.srt', 'just text', /no subtitle cues/],
    ];
    for (const [name, data, re] of cases) {
      const f = write(dir, name, data);
      const r = await cli([...base(), f]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(re);
      expect(r.stderr, name).toContain(f);
      expect(r.stderr.trim().split('\n').length, name).toBe(1);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
    }
    const missing = await cli([...base(), path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: .*no such file/);
  });
  it('keeps the results of good files when one file is bad', async () => {
    const good = write(dir, 'good.txt', '禁词');
    const bad = write(dir, 'bad.bin.txt', Buffer.from([0, 1, 2, 3, 0, 0]));
    const r = await cli([...base(), good, bad]);
    expect(r.code).toBe(2);
    expect(json(r.stdout).map((x) => x.findings.length)).toEqual([1]);
  });
  it('empty files are clean', async () => {
    const r = await cli([...base(), write(dir, 'empty.txt', '')]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual([{ source: path.join(dir, 'empty.txt'), findings: [] }]);
  });
  it('rejects bad options clearly', async () => {
    for (const [args, re] of [[['--format', 'xml'], /unknown --format/], [['--region', 'mars'], /unknown --region/], [['--category', 'toys'], /unknown --category/], [['--date', '2026-13-45'], /YYYY-MM-DD/], [['--bogus'], /未知选项 --bogus \(unknown option\)/], [['--max-warnings', '-1'], /max-warnings/]] as [string[], RegExp][]) {
      const r = await cli(['check', ...args, '-'], 'x');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(re);
    }
  });
});

describe('liveguard check: outputs and options', () => {
  it('stylish output is Chinese, ESLint-like, with a summary line; --locale en switches', async () => {
    const f = write(dir, 'sty.txt', '一行\n这里有禁词');
    const r = await cli(['check', '--no-builtin-rules', '--deny-list', deny, f]);
    expect(r.stdout).toContain('2:4');
    expect(r.stdout).toContain('错误');
    expect(r.stdout).toContain('命中自定义禁用词“禁词”');
    expect(r.stdout).toContain('custom/deny-list');
    expect(r.stdout).toMatch(/共 1 个问题（1 个错误，0 个警告）/);
    const en = await cli(['check', '--no-builtin-rules', '--deny-list', deny, '--locale', 'en', f]);
    expect(en.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
    expect(en.stdout).toContain('Denied term "禁词"');
  });
  it('SARIF 2.1.0 with rules, levels and regions', async () => {
    const f = write(dir, 'sarif.txt', 'ab禁词');
    const r = await cli(['check', '--no-builtin-rules', '--deny-list', deny, '--format', 'sarif', f]);
    const s = JSON.parse(r.stdout);
    expect(s.version).toBe('2.1.0');
    const run = s.runs[0];
    expect(run.tool.driver.name).toBe('liveguard');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['custom/deny-list']);
    expect(run.results[0]).toMatchObject({ ruleId: 'custom/deny-list', ruleIndex: 0, level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 3, endColumn: 5, charOffset: 2, charLength: 2 } } }] });
  });
  it('allow list suppresses covered text; exit 0 when clean', async () => {
    const allow = write(dir, 'allow.txt', '禁词大全\n');
    const r = await cli([...base(), '--allow-list', allow, '-'], '禁词大全出版了，禁词');
    expect(json(r.stdout)[0].findings.map((x) => x.column)).toEqual([9]);
  });
  it('--max-warnings turns warnings into exit 1', async () => {
    const cfgDir = tmpdir();
    write(cfgDir, 'liveguard.config.json', JSON.stringify({ rules: { 'custom/deny-list': 'warning' }, deny: ['禁词'], builtin: false }));
    const f = write(cfgDir, 'w.txt', '禁词');
    expect((await cli(['check', f])).code).toBe(0);
    expect((await cli(['check', '--max-warnings', '0', f])).code).toBe(1);
  });
  it('finds the config upward and applies files globs', async () => {
    const root = tmpdir();
    write(root, 'liveguard.config.json', JSON.stringify([{ builtin: false, deny: ['全局词'] }, { files: ['sub/**/*.txt'], deny: ['局部词'] }]));
    const a = write(root, 'sub/deep/a.txt', '全局词 局部词');
    const b = write(root, 'b.txt', '全局词 局部词');
    const r = json((await cli(['check', '--format', 'json', a, b])).stdout);
    expect(r.map((x) => x.findings.map((f) => f.text))).toEqual([['全局词', '局部词'], ['全局词']]);
    const bad = write(tmpdir(), 'liveguard.config.json', '{"rulez": {}}');
    const rb = await cli(['check', '--config', bad, '-'], 'x');
    expect(rb.code).toBe(2);
    expect(rb.stderr).toMatch(/unknown config key "rulez"/);
  });
  it('--fix and --fix-dry-run apply suggestions without overlap', async () => {
    const cfgDir = tmpdir();
    const pack = write(cfgDir, 'pack.mjs', `export default { id: 'p', name: { 'zh-CN': 'p', en: 'p' }, rules: [{
      meta: { id: 'p/best', type: 'problem', severity: 'error', binds: ['streamer'], jurisdiction: 'CN', basis: [],
        docs: { description: { 'zh-CN': 'x', en: 'x' } }, messages: { m: { 'zh-CN': '用词', en: 'word' } } },
      lexicons: { t: { terms: ['最好'] } },
      create(ctx) { return { text(u) { for (const h of ctx.hits(u)) ctx.report({ messageId: 'm', unit: u, start: h.start, end: h.end, suggestions: [{ desc: 'x', replacement: '很好' }] }); } }; },
    }] };`);
    write(cfgDir, 'liveguard.config.json', JSON.stringify({ builtin: false, packs: ['./pack.mjs'] }));
    const f = write(cfgDir, 'fix.txt', '这款最好用\n最*好看\n');
    const dry = await cli(['check', '--fix-dry-run', f]);
    expect(dry.stdout).toBe('这款很好用\n很好看\n');
    expect(fs.readFileSync(f, 'utf8')).toBe('这款最好用\n最*好看\n');
    const r = await cli(['check', '--fix', f]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(f, 'utf8')).toBe('这款很好用\n很好看\n');
  });
});

describe('liveguard check: large files', () => {
  it('streams a 50 MB script with bounded memory and exact positions', () => {
    const d = tmpdir();
    const f = path.join(d, 'big.txt');
    const line = '今天给家人们介绍一款非常实用的保温杯，容量大，颜色多，价格实惠，欢迎下单购买。\n';
    const fd = fs.openSync(f, 'w');
    const block = line.repeat(2000);
    let size = 0, lines = 0;
    while (size < 50 * 1024 * 1024) { fs.writeSync(fd, block); size += Buffer.byteLength(block); lines += 2000; }
    fs.writeSync(fd, '最后一行有禁词\n');
    fs.closeSync(fd);
    const bin = path.resolve(__dirname, '../bin/liveguard.js');
    const r = spawnSync(process.execPath, [bin, 'check', '--no-builtin-rules', '--deny-list', deny, '--format', 'json', f], {
      encoding: 'utf8', env: { ...process.env, LIVEGUARD_REPORT_RSS: '1' }, maxBuffer: 1 << 24,
    });
    expect(r.status, r.stderr).toBe(1);
    const [res] = JSON.parse(r.stdout);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({ line: lines + 1, column: 6, text: '禁词' });
    const rss = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]);
    // the whole file decoded would need > 50 MB string + offset maps; streamed chunks stay far below
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThan(250);
    fs.rmSync(d, { recursive: true });
  }, 120_000);
});
