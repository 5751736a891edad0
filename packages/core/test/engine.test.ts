import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Engine, defineRule, parseScript, applyFixes, stableHash, type RuleDefinition } from '@liveguard/core';

const absolute: RuleDefinition = defineRule({
  meta: {
    id: 'test/absolute', type: 'problem', severity: 'warning', binds: ['streamer'], jurisdiction: 'CN',
    basis: [{ source: 'ad-law', article: '第九条第（三）项', evidence: 'T' }],
    docs: { description: { 'zh-CN': '绝对化用语', en: 'absolute terms' } },
    messages: { abs: { 'zh-CN': '绝对化用语“{{term}}”', en: 'absolute term "{{term}}"' }, fix: { 'zh-CN': '改为“{{to}}”', en: 'use "{{to}}"' } },
  },
  lexicons: { terms: { terms: ['最好', '第一', { term: '最', data: { to: '很' } }] }, ok: { exempt: true, terms: ['最近', '第一次'] } },
  create(ctx) {
    return {
      text(unit) {
        for (const h of ctx.hits(unit)) ctx.report({ messageId: 'abs', data: { term: h.term }, unit, start: h.start, end: h.end,
          suggestions: h.data ? [{ messageId: 'fix', data: { to: String(h.data.to) }, replacement: String(h.data.to) }] : [] });
      },
    };
  },
});
const sources = [{ id: 'ad-law', title: '《中华人民共和国广告法》', evidence: 'T' as const, effective: '2015-09-01' }];

describe('engine', () => {
  it('reports exact spans with line, column and basis, honouring exemptions', () => {
    const e = new Engine({ rules: [absolute], sources });
    const fs = e.lintText('开场\n  最近很多人问，这是第一次\n这款最*好用', { source: 's.txt' });
    expect(fs.map((f) => [f.line, f.column, f.text, f.ruleId])).toEqual([
      [3, 3, '最*好', 'test/absolute'], [3, 3, '最', 'test/absolute'],
    ]);
    expect(fs[0].offset).toBe('开场\n  最近很多人问，这是第一次\n这款'.length);
    expect(fs[0].basis[0]).toMatchObject({ source: 'ad-law', title: '《中华人民共和国广告法》', article: '第九条第（三）项', evidence: 'T' });
    expect(fs[0].message).toBe('绝对化用语“最好”');
    expect(fs[0].messageEn).toBe('absolute term "最好"');
  });
  it('gives deterministic ids', () => {
    const a = new Engine({ rules: [absolute], sources }).lintText('最好的', { source: 'x' });
    const b = new Engine({ rules: [absolute], sources }).lintText('最好的', { source: 'x' });
    expect(a.map((f) => f.id)).toEqual(b.map((f) => f.id));
    expect(new Set(a.map((f) => f.id)).size).toBe(a.length);
  });
  it('honours disable directives only with a reason', () => {
    const e = new Engine({ rules: [absolute], sources });
    const ok = e.lintText('# liveguard-disable-next-line test/absolute -- 品牌名\n最好牌\n最好', { source: 'x' });
    expect(ok.map((f) => f.line)).toEqual([3, 3]);
    const bad = e.lintText('# liveguard-disable-next-line test/absolute\n最好', { source: 'x' });
    expect(bad.map((f) => f.ruleId).sort()).toEqual(['liveguard/directive-needs-reason', 'test/absolute', 'test/absolute']);
  });
  it('allow list and deny list', () => {
    const e = new Engine({ rules: [absolute], sources, deny: ['加微信'], allow: ['最好牌'] });
    const fs = e.lintText('最好牌酱油，加 微 信');
    expect(fs.map((f) => [f.ruleId, f.text])).toEqual([['custom/deny-list', '加 微 信']]);
  });
  it('checks the room name of session.start like an on-screen text', () => {
    const e = new Engine({ rules: [absolute], sources });
    const fs = e.lintEvents([
      { type: 'session.start', ts: '2026-05-01T10:00:00Z', room: { id: 'r1', name: '全网第一 工厂直销' } },
      { type: 'speech', ts: '2026-05-01T10:00:01Z', text: '大家好' },
    ] as never);
    expect(fs.map((f) => [f.ruleId, f.text, f.eventSeq])).toEqual([['test/absolute', '第一', 1]]);
    expect(new Engine({ rules: [absolute], sources }).lintEvents([{ type: 'session.start', ts: '2026-05-01T10:00:00Z', room: { id: 'r1', name: '最近上新' } }] as never)).toEqual([]);
  });
  it('config turns rules off and validates region/date', () => {
    expect(new Engine({ rules: [absolute], sources, config: { 'test/absolute': 'off' } }).lintText('最好')).toEqual([]);
    expect(new Engine({ rules: [absolute], sources, settings: { date: '2010-01-01' } }).lintText('最好')).toEqual([]);
  });
  it('applies non-overlapping fixes', () => {
    const e = new Engine({ rules: [absolute], sources });
    const text = '这款最好用，最好看';
    const r = applyFixes(text, e.lintText(text));
    expect(r.output).toBe('这款很好用，很好看');
  });
  it('parses scripts', () => {
    const p = parseScript('a\r\n\r\n  b  \n# c');
    expect(p.events.map((e) => [e.line, e.text])).toEqual([[1, 'a'], [3, 'b']]);
  });
});

describe('supersedes', () => {
  const mk = (id: string, supersedes?: string[]): RuleDefinition => defineRule({
    meta: { id, type: 'problem', severity: id === 'data/rule' ? 'error' : 'warning', binds: ['streamer'], jurisdiction: 'CN', basis: [], supersedes,
      docs: { description: { 'zh-CN': id, en: id } }, messages: { m: { 'zh-CN': id, en: id } } },
    lexicons: { t: { terms: ['仅剩5单'] } },
    create(ctx) { return { text(u) { for (const h of ctx.hits(u)) ctx.report({ messageId: 'm', unit: u, start: h.start, end: h.end }); } }; },
  });
  it('drops the superseded finding on the same span of the same event, and only that', () => {
    const text = mk('text/rule'), data = mk('data/rule', ['text/rule']);
    expect(new Engine({ rules: [text, data] }).lintText('仅剩5单了').map((f) => f.ruleId)).toEqual(['data/rule']);
    expect(new Engine({ rules: [text] }).lintText('仅剩5单了').map((f) => f.ruleId)).toEqual(['text/rule']);
    expect(new Engine({ rules: [text, mk('other/rule')] }).lintText('仅剩5单了').map((f) => f.ruleId).sort()).toEqual(['other/rule', 'text/rule']);
  });
});

describe('rule ids', () => {
  it('refuses two rules with one id instead of dropping one silently', () => {
    expect(() => new Engine({ rules: [absolute, absolute], sources })).toThrow(/test\/absolute/);
  });
});

describe('stableHash (finding ids)', () => {
  // the reference form of the id: two 32-bit FNV/murmur-style lanes printed as 8 hex digits each
  const reference = (s: string): string => {
    let h1 = 0x811c9dc5 | 0, h2 = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
    return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
  };
  it('prints the same 16 hex digits as the reference form on any string (ids stay stable across versions)', () => {
    expect(stableHash('<text>|ad-law/absolute-terms|absolute|1||0|2')).toBe(reference('<text>|ad-law/absolute-terms|absolute|1||0|2'));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => stableHash(s) === reference(s)), { numRuns: 2000 });
  });
});

describe('phonetic lexicons', () => {
  const rule: RuleDefinition = defineRule({
    meta: {
      id: 'test/phonetic', type: 'problem', severity: 'warning', binds: ['streamer'], jurisdiction: 'CN',
      basis: [{ source: 'ad-law', article: '第九条第（三）项', evidence: 'T' }],
      docs: { description: { 'zh-CN': '测试', en: 'test' } },
      messages: { m: { 'zh-CN': '“{{term}}”', en: '"{{term}}"' } },
    },
    lexicons: { p: { terms: ['好评返现', '加微信'], phonetic: true }, x: { terms: ['全网最低'] } },
    create(ctx) {
      return { text(unit) { for (const h of ctx.hits(unit)) ctx.report({ messageId: 'm', data: { term: h.term }, unit, start: h.start, end: h.end }); } };
    },
  });
  const sources = [{ id: 'ad-law', title: '《中华人民共和国广告法》', evidence: 'T' as const, effective: '2015-09-01' }];
  const lint = (t: string) => new Engine({ rules: [rule], sources }).lintText(t, { source: 'x' }).map((f) => [f.text, f.message]);
  it('a term of four characters also matches one common homophone swapped in, and reports the lexicon term', () => {
    expect(lint('亲，好平返现2元')).toEqual([['好平返现', '“好评返现”']]);
    expect(lint('号评返现')).toEqual([['号评返现', '“好评返现”']]);
  });
  it('the exact spelling is found once; two swaps, short terms and non-phonetic lexicons stay exact', () => {
    expect(lint('好评返现')).toEqual([['好评返现', '“好评返现”']]);
    expect(lint('号平返现')).toEqual([]);
    expect(lint('加威信')).toEqual([]);
    expect(lint('全网醉低')).toEqual([]);
  });
});
