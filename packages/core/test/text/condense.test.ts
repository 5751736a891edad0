import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { condenseSpacedCjk, defineRule, Engine, type RuleDefinition } from '@liveguard/core';

describe('condenseSpacedCjk', () => {
  it('joins word-segmented Chinese and maps every position back', () => {
    const input = '客官 您 看 15 字 5 星 好评 加 晒图 返 您 6 元 可以 吗';
    const c = condenseSpacedCjk(input)!;
    expect(c.text).toBe('客官您看15字5星好评加晒图返您6元可以吗');
    for (let i = 0; i < c.text.length; i++) expect(input[c.pos[i]]).toBe(c.text[i]);
    expect(c.pos[c.text.length]).toBe(input.length);
  });
  it('joins text spaced out to dodge word lists, keeps the spaces around Latin words and between numbers', () => {
    expect(condenseSpacedCjk('加 微 信 领 优 惠 see you 12 34')?.text).toBe('加微信领优惠 see you 12 34');
  });
  it('leaves ordinary text alone: no spaces, or spaces that separate clauses of a listing', () => {
    expect(condenseSpacedCjk('这款面霜很好用，最近很多人问')).toBeNull();
    expect(condenseSpacedCjk('网红同款 韩版修身 连衣裙 夏季新款 不含激素 快速祛痘')).toBeNull();
    expect(condenseSpacedCjk('最 好')).toBeNull(); // one split: the normaliser alone handles it
  });
  it('keeps every character but the removed spaces, in order (random text)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('最', '好', '微', '信', ' ', '  ', '5', 'a', '，', '\n', '\u3000'), { maxLength: 40 }), (parts) => {
      const input = parts.join('');
      const c = condenseSpacedCjk(input);
      if (!c) return;
      expect(c.pos.length).toBe(c.text.length + 1);
      for (let i = 0; i < c.text.length; i++) {
        expect(input[c.pos[i]]).toBe(c.text[i]);
        if (i > 0) expect(c.pos[i]).toBeGreaterThan(c.pos[i - 1]);
      }
      expect(input.replace(/[ \t\u3000\u00a0]/g, '')).toBe(c.text.replace(/[ \t\u3000\u00a0]/g, ''));
    }));
  });
});

describe('engine on condensed units', () => {
  const rule: RuleDefinition = defineRule({
    meta: {
      id: 'test/return', type: 'problem', severity: 'warning', binds: ['streamer'], jurisdiction: 'CN',
      basis: [{ source: 'ad-law', article: '第九条第（三）项', evidence: 'T' }],
      docs: { description: { 'zh-CN': '测试', en: 'test' } },
      messages: { m: { 'zh-CN': '返现', en: 'cash back' } },
    },
    create(ctx) {
      return {
        text(unit) {
          // a context pattern over the unit's text, as the national rules write them
          for (const m of unit.text.matchAll(/返您\d+元/g)) ctx.report({ messageId: 'm', unit, start: m.index!, end: m.index! + m[0].length });
        },
      };
    },
  });
  const sources = [{ id: 'ad-law', title: '《中华人民共和国广告法》', evidence: 'T' as const, effective: '2015-09-01' }];
  it('a pattern sees the joined phrase; the finding points at the span as given, spaces included', () => {
    const src = '开场\n好评 一下 返 您 5 元 哦\n返您6元';
    const fs = new Engine({ rules: [rule], sources }).lintText(src, { source: 's.txt' });
    expect(fs.map((f) => [f.line, f.column, f.text, src.slice(f.offset, f.offset + f.length)])).toEqual([
      [2, 7, '返 您 5 元', '返 您 5 元'], [3, 1, '返您6元', '返您6元'],
    ]);
  });
});
