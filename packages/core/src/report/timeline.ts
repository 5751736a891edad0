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

function coveredFraction(a: [number, number, number, number], b: [number, number, number, number]): number {
  const x = Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]));
  const y = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
  return a[2] * a[3] > 0 ? (x * y) / (a[2] * a[3]) : 0;
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
  // overlays on screen, to tell a visible label from one covered by an overlay drawn later (bbox overlap > 30 %)
  const overlays = new Map<string, { label: boolean; since: number; order: number; bbox?: [number, number, number, number] }>();
  let order = 0;
  const labelVisible = () => {
    for (const o of overlays.values()) {
      if (!o.label) continue;
      if (!o.bbox) return true;
      let covered = false;
      for (const c of overlays.values()) if (c !== o && c.bbox && c.order > o.order && coveredFraction(o.bbox, c.bbox) > 0.3) { covered = true; break; }
      if (!covered) return true;
    }
    return false;
  };
  const updateLabel = (t: number) => {
    const v = labelVisible();
    if (v && Number.isNaN(labelFrom)) labelFrom = t;
    if (!v && !Number.isNaN(labelFrom)) { tl.labelOn.push([labelFrom, t]); labelFrom = NaN; }
  };
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
        overlays.set(e.id, { label: e.kind === 'ai-label' || (!!e.text && AI_LABEL.test(e.text)), since: t, order: order++, bbox: e.bbox });
        updateLabel(t);
        break;
      case 'overlay.hide':
        overlays.delete(e.id);
        updateLabel(t);
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
