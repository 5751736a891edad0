import { describe, expect, it } from 'vitest';
import { buildTimeline, parsePriceCsv, renderHtmlReport, SessionState, type Finding, type LiveEvent } from '@liveguard/core';

describe('SessionState', () => {
  it('keeps price history sorted, tracks promotions, viewers, stock and the end', () => {
    const s = new SessionState('x');
    s.addPrice('p', { ts: 30, price: 3 });
    s.addPrice('p', { ts: 10, price: 1 });
    s.addPrice('p', { ts: 20, price: 2 });
    expect(s.priceHistory.get('p')!.map((p) => p.ts)).toEqual([10, 20, 30]);
    s.apply({ type: 'promo.rule', ts: 40, id: 'd', kind: 'lottery', text: '福袋' } as LiveEvent);
    s.apply({ type: 'stats', ts: 41, viewers: 120 } as LiveEvent);
    s.apply({ type: 'order', ts: 5, productId: 'p', qty: 1, price: 9 } as LiveEvent);
    s.apply({ type: 'session.end', ts: 50 } as LiveEvent);
    expect(s.promotions.get('d')?.text).toBe('福袋');
    expect(s.viewers).toBe(120);
    expect(s.priceHistory.get('p')![0]).toMatchObject({ ts: 5, price: 9, channel: 'order' });
    expect(s.endedAt).toBe(50);
  });
});

describe('parsePriceCsv', () => {
  it('reads rows with or without a header, ISO or epoch times', () => {
    const r = parsePriceCsv('productId,ts,price,qty,channel\np1,2026-03-01T10:00:00+08:00,129,2,tmall\np1,1772330400000,139,,\n');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { productId: 'p1', point: { ts: Date.parse('2026-03-01T10:00:00+08:00'), price: 129, qty: 2, channel: 'tmall' } },
      { productId: 'p1', point: { ts: 1772330400000, price: 139, channel: 'import' } },
    ]);
  });
  it('names the bad line', () => {
    expect(parsePriceCsv('p1,notadate,12\n').errors[0].line).toBe(1);
  });
});

describe('timeline and HTML report', () => {
  const T = Date.parse('2026-03-10T12:00:00Z');
  const events = [
    { type: 'session.start', ts: T, seq: 1, hosts: [{ id: 'ai', kind: 'ai', name: '小禾' }], room: { id: 'r', operator: { name: '某<公司>', region: '330100' } } },
    { type: 'overlay.show', ts: T, seq: 2, id: 'l', kind: 'ai-label' },
    { type: 'product.pin', ts: T + 1000, seq: 3, product: { id: 'p', title: '面霜', price: 99 } },
    { type: 'stats', ts: T + 2000, seq: 4, viewers: 300 },
    { type: 'speech', ts: T + 3000, seq: 5, speaker: 'ai', text: '我是真人主播' },
    { type: 'overlay.hide', ts: T + 60_000, seq: 6, id: 'l' },
    { type: 'price.change', ts: T + 70_000, seq: 7, productId: 'p', price: 89 },
    { type: 'session.end', ts: T + 120_000, seq: 8 },
  ] as LiveEvent[];
  it('computes AI and label intervals, segments, prices and the transcript', () => {
    const tl = buildTimeline(events);
    expect(tl.aiOn).toEqual([[T, T + 120_000]]);
    expect(tl.labelOn).toEqual([[T, T + 60_000]]);
    expect(tl.pinned).toEqual([{ productId: 'p', title: '面霜', from: T + 1000, to: T + 120_000 }]);
    expect(tl.prices[0].points).toEqual([[T + 1000, 99], [T + 70_000, 89]]);
    expect(tl.transcript).toHaveLength(1);
  });
  it('renders a self-contained, escaped report with highlighted spans', () => {
    const f: Finding = {
      id: 'abc', ruleId: 'live-ecom/ai-person-continuous-label', severity: 'error', message: '数字人主播自称真人', source: 's', line: 5, column: 1,
      endLine: 5, endColumn: 5, offset: 0, length: 4, text: '我是真人', ts: new Date(T + 3000).toISOString(), eventSeq: 5,
      basis: [{ source: 'live-ecom-supervision', title: '《直播电商监督管理办法》', article: '第三十七条', evidence: 'T' }], suggestions: [],
    };
    const html = renderHtmlReport({ source: 's.jsonl', events, findings: [f], generatedAt: 'fixed' });
    expect(html).toContain('<mark class="error" title="live-ecom/ai-person-continuous-label: 数字人主播自称真人"><a href="#f-abc">我是真人</a></mark>主播');
    expect(html).toContain('某&lt;公司&gt;');
    expect(html).toContain('《直播电商监督管理办法》 第三十七条');
    expect(html).toMatch(/<svg[^>]*>.*<polyline/s);
    expect(renderHtmlReport({ source: 's.jsonl', events, findings: [f], generatedAt: 'fixed' })).toBe(html);
  });
});
