// A session's timeline, computed from its events: viewer counts, the pinned product's price, digital-human
// intervals and AI-label coverage, product segments and the transcript. Used by the HTML report and the CLI.
import type { LiveEvent } from '../types.js';
import { toEpochMs } from '../util.js';

export interface Timeline {
  start: number;
  end: number;
  viewers: [number, number][];
  /** The price on sale over time (pin price, price changes), per product. */
  prices: { productId: string; title: string; points: [number, number][] }[];
  pinned: { productId: string; title: string; from: number; to: number }[];
  /** Intervals a digital human (AI host) is on air, and intervals an AI label is on screen. */
  aiOn: [number, number][];
  labelOn: [number, number][];
  transcript: { seq?: number; ts: number; speaker?: string; text: string }[];
  hosts: { id: string; name?: string; kind: string }[];
}

const AI_LABEL = /(AI|ＡＩ|人工智能)\s*(生成|合成|数字人|主播|虚拟)|数字人|虚拟主播|虚拟人|虚拟形象|由\s*AI/i;

export function buildTimeline(events: readonly LiveEvent[]): Timeline {
  let start = Infinity, end = -Infinity;
  for (const e of events) {
    if (e.type === 'order') continue; // orders may lie days before or after the stream
    const t = toEpochMs(e.ts);
    if (Number.isFinite(t)) { if (t < start) start = t; if (t > end) end = t; }
  }
  if (!Number.isFinite(start)) { start = 0; end = 0; }
  const tl: Timeline = { start, end, viewers: [], prices: [], pinned: [], aiOn: [], labelOn: [], transcript: [], hosts: [] };
  const ai = new Set<string>(), human = new Set<string>();
  let aiFrom = NaN, labelFrom = NaN;
  const labels = new Set<string>();
  const priceOf = new Map<string, { productId: string; title: string; points: [number, number][] }>();
  let pin: { productId: string; title: string; from: number } | undefined;
  const closePin = (t: number) => { if (pin) tl.pinned.push({ ...pin, to: t }); pin = undefined; };
  const setAi = (on: boolean, t: number) => {
    if (on && Number.isNaN(aiFrom)) aiFrom = t;
    if (!on && !Number.isNaN(aiFrom)) { tl.aiOn.push([aiFrom, t]); aiFrom = NaN; }
  };
  const series = (id: string, title: string) => {
    let s = priceOf.get(id);
    if (!s) priceOf.set(id, (s = { productId: id, title, points: [] }));
    return s;
  };
  for (const e of events) {
    const t = toEpochMs(e.ts);
    if (!Number.isFinite(t) || e.type === 'order') continue;
    switch (e.type) {
      case 'session.start':
        for (const h of e.hosts ?? []) { (h.kind === 'ai' ? ai : human).add(h.id); tl.hosts.push({ id: h.id, name: h.name, kind: h.kind }); }
        setAi(ai.size > 0 && human.size === 0, t);
        break;
      case 'speech': {
        const sp = e.speaker;
        if (sp && ai.has(sp)) setAi(true, t);
        else if (sp && human.has(sp)) setAi(false, t);
        tl.transcript.push({ seq: e.seq, ts: t, speaker: sp, text: e.text });
        break;
      }
      case 'overlay.show':
        if (e.kind === 'ai-label' || (e.text && AI_LABEL.test(e.text))) { labels.add(e.id); if (Number.isNaN(labelFrom)) labelFrom = t; }
        break;
      case 'overlay.hide':
        if (labels.delete(e.id) && labels.size === 0 && !Number.isNaN(labelFrom)) { tl.labelOn.push([labelFrom, t]); labelFrom = NaN; }
        break;
      case 'stats':
        if (typeof e.viewers === 'number') tl.viewers.push([t, e.viewers]);
        break;
      case 'product.pin':
        closePin(t);
        pin = { productId: e.product.id, title: e.product.title ?? e.product.id, from: t };
        if (typeof e.product.price === 'number') series(e.product.id, e.product.title ?? e.product.id).points.push([t, e.product.price]);
        break;
      case 'product.unpin':
        if (pin?.productId === e.product?.id) closePin(t);
        break;
      case 'price.change':
        series(e.productId, priceOf.get(e.productId)?.title ?? e.productId).points.push([t, e.price]);
        break;
      case 'session.end':
        break;
    }
  }
  closePin(end);
  setAi(false, end);
  if (!Number.isNaN(labelFrom)) tl.labelOn.push([labelFrom, end]);
  tl.prices = [...priceOf.values()];
  return tl;
}
