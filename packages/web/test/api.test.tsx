// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SseParser, findingFromMessage, toEvents, toSessionList, type SseMessage } from '../src/lib/api.js';
import { segmentText, spanInText } from '../src/lib/findings.js';
import { timelineData } from '../src/components/Timeline.js';
import { finding } from './fixtures.js';

describe('SSE parser', () => {
  it('parses events split across chunks, comments and multi-line data', () => {
    const got: SseMessage[] = [];
    const p = new SseParser((m) => got.push(m));
    p.push(': liveguard findings for tenant t\nretry: 2000\n\nid: 7\nevent: fin');
    p.push('ding\ndata: {"a":1}\n\r\ndata: x\ndata: y\n\n: ping\n\n');
    expect(got).toEqual([{ event: 'finding', data: '{"a":1}', id: '7' }, { event: 'message', data: 'x\ny', id: '7' }]);
  });
  it('reads a finding from the message data', () => {
    const f = finding({ session: 's1' });
    expect(findingFromMessage({ event: 'finding', data: JSON.stringify(f) })?.id).toBe('f1');
    expect(findingFromMessage({ event: 'message', data: JSON.stringify({ type: 'finding', session: 's2', finding: finding({ session: undefined }) }) })?.session).toBe('s2');
    expect(findingFromMessage({ event: 'message', data: 'not json' })).toBeUndefined();
  });
});

describe('server shapes', () => {
  it('reads the session list of the v1 server', () => {
    const list = toSessionList({ sessions: [{ id: 'a', status: 'live', start: { room: { id: 'r1', name: '旗舰店', platform: 'douyin' } }, createdAt: '2025-10-01T10:00:00Z', findingCount: 3 }] });
    expect(list[0]).toMatchObject({ id: 'a', status: 'live', room: { name: '旗舰店' }, startedAt: '2025-10-01T10:00:00Z' });
  });
  it('reads events from an evidence bundle (canonical JSON bodies)', () => {
    const ev = toEvents({ format: 'liveguard-evidence-bundle', events: [{ seq: 1, hash: 'h', body: '{"text":"你好","ts":"2025-01-01T00:00:00Z","type":"speech"}' }] });
    expect(ev).toEqual([{ type: 'speech', text: '你好', ts: '2025-01-01T00:00:00Z', seq: 1 }]);
    expect(toEvents('{"type":"stats","viewers":3}\n\n{"type":"speech","text":"x"}\n')).toHaveLength(2);
  });
});

describe('spans', () => {
  it('splits overlapping findings into runs', () => {
    const segs = segmentText('abcdef', [finding({ id: 'a', offset: 1, length: 3, text: 'bcd' }), finding({ id: 'b', offset: 2, length: 3, text: 'cde' })]);
    expect(segs.map((s) => [s.text, s.findings.map((f) => f.id).join('')])).toEqual([['a', ''], ['b', 'a'], ['cd', 'ab'], ['e', 'b'], ['f', '']]);
  });
  it('finds a span by offset, else by text', () => {
    expect(spanInText('今天最好', finding({ offset: 2, length: 2 }))).toEqual([2, 4]);
    expect(spanInText('今天最好', finding({ offset: 40, length: 2 }))).toEqual([2, 4]);
    expect(spanInText('今天很好', finding())).toBeUndefined();
  });
});

describe('timeline data', () => {
  it('computes viewers, price steps, AI-label coverage and markers', () => {
    const t = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s)).toISOString();
    const d = timelineData(
      [
        { type: 'session.start', ts: t(0), hosts: [{ id: 'h', kind: 'ai' }] },
        { type: 'stats', ts: t(10), viewers: 100 },
        { type: 'overlay.show', ts: t(20), id: 'l', kind: 'ai-label' },
        { type: 'product.pin', ts: t(30), product: { id: 'p', price: 99 } },
        { type: 'price.change', ts: t(40), productId: 'p', price: 79 },
        { type: 'overlay.hide', ts: t(60), id: 'l' },
        { type: 'stats', ts: t(80), viewers: 300 },
        { type: 'session.end', ts: t(100) },
      ],
      [finding({ ts: t(50) })],
    );
    expect(d.aiHost).toBe(true);
    expect(d.viewers.map((v) => v[1])).toEqual([100, 300]);
    expect(d.price.map((v) => v[1])).toEqual([99, 79]);
    expect(d.labelled).toEqual([[Date.parse(t(20)), Date.parse(t(60))]]);
    expect(d.markers).toHaveLength(1);
  });
});
