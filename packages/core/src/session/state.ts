// Per-session state the engine keeps up to date; rules read it through SessionView.
import type { PricePoint, SessionView } from '../rule.js';
import type { Host, LiveEvent, Product, PromoRuleEvent, SessionStartEvent } from '../types.js';
import { toEpochMs } from '../util.js';

export interface OverlayState { kind: string; text?: string; since: number; bbox?: [number, number, number, number] }

export class SessionState implements SessionView {
  start?: SessionStartEvent;
  hosts = new Map<string, Host>();
  overlays = new Map<string, OverlayState>();
  pinned?: Product;
  pinnedSince?: number;
  products = new Map<string, Product>();
  priceHistory = new Map<string, PricePoint[]>();
  stock = new Map<string, number>();
  /** Published promotion rules (promo.rule events) by id. */
  promotions = new Map<string, PromoRuleEvent>();
  /** Latest viewer count from `stats` events. */
  viewers?: number;
  endedAt?: number;
  now = NaN;
  startedAt?: number;
  eventCount = 0;
  constructor(readonly id: string, private readonly defaultCategory?: string) {}

  get category(): string | undefined {
    return (this.pinned?.category as string | undefined) ?? this.defaultCategory;
  }

  /** Adds a price point (orders, imports, price changes), keeping each history sorted by time. */
  addPrice(productId: string, p: PricePoint): void {
    let h = this.priceHistory.get(productId);
    if (!h) this.priceHistory.set(productId, (h = []));
    if (h.length === 0 || h[h.length - 1].ts <= p.ts) h.push(p);
    else {
      let i = h.length;
      while (i > 0 && h[i - 1].ts > p.ts) i--;
      h.splice(i, 0, p);
    }
  }

  /** Applies an event to the state. Called after the rules have seen it, so rules see the state before it. */
  apply(e: LiveEvent): void {
    const t = toEpochMs(e.ts);
    switch (e.type) {
      case 'session.start':
        this.start = e;
        if (Number.isFinite(t)) this.startedAt = t;
        for (const h of e.hosts ?? []) this.hosts.set(h.id, h);
        break;
      case 'overlay.show':
        this.overlays.set(e.id, { kind: e.kind, text: e.text, since: t, bbox: e.bbox });
        break;
      case 'overlay.hide':
        this.overlays.delete(e.id);
        break;
      case 'product.pin':
        this.pinned = e.product;
        this.pinnedSince = t;
        this.products.set(e.product.id, { ...this.products.get(e.product.id), ...e.product });
        if (typeof e.product.stock === 'number') this.stock.set(e.product.id, e.product.stock);
        if (typeof e.product.price === 'number' && Number.isFinite(t)) this.addPrice(e.product.id, { ts: t, price: e.product.price, channel: 'pin' });
        break;
      case 'product.unpin':
        if (this.pinned?.id === e.product?.id) { this.pinned = undefined; this.pinnedSince = undefined; }
        break;
      case 'price.change': {
        const p = this.products.get(e.productId);
        if (p) { p.price = e.price; if (e.listPrice !== undefined) p.listPrice = e.listPrice; }
        if (Number.isFinite(t)) this.addPrice(e.productId, { ts: t, price: e.price, channel: 'price.change' });
        break;
      }
      case 'stock.change':
        this.stock.set(e.productId, e.stock);
        break;
      case 'order':
        if (Number.isFinite(t)) this.addPrice(e.productId, { ts: t, price: e.price, qty: e.qty, channel: e.channel ?? 'order' });
        break;
      case 'promo.rule':
        this.promotions.set(e.id, e);
        break;
      case 'stats':
        if (typeof e.viewers === 'number') this.viewers = e.viewers;
        break;
      case 'session.end':
        if (Number.isFinite(t)) this.endedAt = t;
        break;
      default:
        break;
    }
  }
}
