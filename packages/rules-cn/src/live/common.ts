// Helpers shared by the live-session rules: time, overlays after an event, product segments, coverage tracking.
// The engine applies an event to the session state AFTER the rules' visitors ran, so a rule sees the state that
// held from the previous event up to now; `overlaysAfter` / `pinnedAfter` give what holds from now on.
import {
  toEpochMs, type LiveEvent, type Message, type PricePoint, type Product, type RuleContext, type SessionView,
} from '@liveguard/core';

export const MINUTE = 60_000;
export const DAY = 86_400_000;

export const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export function eventMs(e: LiveEvent): number { return toEpochMs(e.ts); }

export interface OverlayLike { id?: string; kind: string; text?: string; since: number; bbox?: [number, number, number, number] }

/** The overlays on screen once `e` is applied. */
export function overlaysAfter(s: SessionView, e: LiveEvent | undefined): OverlayLike[] {
  const out: OverlayLike[] = [];
  for (const [id, o] of s.overlays) {
    if (e && (e.type === 'overlay.hide' || e.type === 'overlay.show') && e.id === id) continue;
    out.push({ id, ...o });
  }
  if (e && e.type === 'overlay.show') out.push({ id: e.id, kind: e.kind, text: e.text, since: eventMs(e), bbox: e.bbox });
  return out;
}

/** The pinned product once `e` is applied (with the latest known price). */
export function pinnedAfter(s: SessionView, e: LiveEvent | undefined): Product | undefined {
  if (e?.type === 'product.pin') return e.product;
  if (e?.type === 'product.unpin' && s.pinned?.id === e.product?.id) return undefined;
  return s.pinned;
}

export function currentProduct(s: SessionView, id: string): Product | undefined {
  return s.products.get(id);
}

/** Fraction of box `a` covered by box `b` ([x, y, w, h], fractions of the frame). */
export function coveredFraction(a: [number, number, number, number], b: [number, number, number, number]): number {
  const x = Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]));
  const y = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
  const area = a[2] * a[3];
  return area > 0 ? (x * y) / area : 0;
}

/** Whether an overlay is hidden by overlays shown after it (drawn on top) by more than `maxFraction` of its area. */
export function isCovered(o: OverlayLike, all: readonly OverlayLike[], maxFraction: number): boolean {
  if (!o.bbox) return false;
  for (const other of all) {
    if (other === o || !other.bbox || other.since < o.since) continue;
    if (other.since === o.since && (other.id ?? '') <= (o.id ?? '')) continue;
    if (coveredFraction(o.bbox, other.bbox) > maxFraction) return true;
  }
  return false;
}

/** Price points that are transactions (orders and imported sales), not pins or list-price edits. */
export function isTrade(p: PricePoint): boolean {
  return p.channel !== 'pin' && p.channel !== 'price.change';
}

/** First index in a time-sorted history whose ts is ≥ t (histories are kept sorted by the session state). */
export function lowerBound(h: readonly PricePoint[], t: number): number {
  let lo = 0, hi = h.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (h[mid].ts < t) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Transactions of a product in [from, to): O(log n + k) on the sorted history. */
export function trades(s: SessionView, productId: string, from: number, to: number): PricePoint[] {
  const h = s.priceHistory.get(productId);
  if (!h) return [];
  const out: PricePoint[] = [];
  for (let i = from === -Infinity ? 0 : lowerBound(h, from); i < h.length && h[i].ts < to; i++) if (isTrade(h[i])) out.push(h[i]);
  return out;
}

/** Points of a product's history in [from, to), pins excluded. */
export function historyBetween(s: SessionView, productId: string, from: number, to: number): PricePoint[] {
  const h = s.priceHistory.get(productId);
  if (!h) return [];
  const out: PricePoint[] = [];
  for (let i = lowerBound(h, from); i < h.length && h[i].ts < to; i++) if (h[i].channel !== 'pin') out.push(h[i]);
  return out;
}

/** When the price comparison of this session began: the session start, else the time the product was pinned. */
export function comparisonStart(s: SessionView, fallback: number): number {
  return s.startedAt ?? s.pinnedSince ?? fallback;
}

// Times in messages are China Standard Time (UTC+8, no daylight saving), as users read them.
const CST = 8 * 3_600_000;

export function fmtDate(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms + CST).toISOString().slice(0, 10) : '?';
}

export function fmtTime(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms + CST).toISOString().slice(11, 19) : '?';
}

export function yuan(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
}

/**
 * Tracks whether something required (an AI label while a digital human is on, a disclaimer while a health food is
 * pinned) is on screen, and reports once per requirement interval as soon as it has been missing longer than the
 * allowed gap — at the first event or tick that proves it.
 */
export class CoverageTracker {
  private required = false;
  private covered = true;
  private since = NaN;
  private sinceEvent?: LiveEvent;
  private reported = false;

  constructor(private readonly gapMs: number, private readonly onGap: (from: number, now: number, event: LiveEvent | undefined) => void) {}

  /** Time passes up to `now` under the status set by the previous update. */
  advance(now: number): void {
    if (!this.required || this.covered || this.reported || !Number.isFinite(now) || !Number.isFinite(this.since)) return;
    if (now - this.since > this.gapMs) {
      this.reported = true;
      this.onGap(this.since, now, this.sinceEvent);
    }
  }

  /** The status from `now` on; `newInterval` starts a fresh requirement (a new product segment). */
  update(required: boolean, covered: boolean, now: number, event: LiveEvent | undefined, newInterval = false): void {
    if (newInterval || !required) this.reported = false;
    const wasGap = this.required && !this.covered;
    this.required = required;
    this.covered = covered;
    const isGap = required && !covered;
    if (isGap && (!wasGap || newInterval)) { this.since = now; this.sinceEvent = event; }
    if (!isGap) this.reported = false;
  }

  get inGap(): boolean { return this.required && !this.covered; }
}

/** Report helper: anchor at a unit span when there is one, else at an event. */
export type Ctx = RuleContext<any>;
