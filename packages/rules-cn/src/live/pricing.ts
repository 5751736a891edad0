// Price claims checked against the price history (orders, imported sales, list-price changes): compared prices
// and the 7-day rule, pre-promotion markups, unverifiable baselines, and "lowest price" claims.
import {
  defineRule, type LegalBasisRef, type LiveEvent, type PricePoint, type Product, type RuleContext, type RuleDefinition, type TextUnit,
} from '@liveguard/core';
import { findAmounts, type SpokenAmount } from './numbers.js';
import { comparisonStart, DAY, fmtDate, historyBetween, lowerBound, m, trades, yuan } from './common.js';

// ------------------------------------------------------------------------------- spoken claims

export type RefKind = 'own' | 'others' | 'msrp';
export interface RefClaim { kind: RefKind; cue: string; amount: SpokenAmount; start: number; end: number }
export interface PriceClaims { refs: RefClaim[]; offers: SpokenAmount[]; discounts: SpokenAmount[] }

const CUE_RE = new RegExp([
  '(?<msrp>厂商建议零售价|建议零售价|厂商指导价|指导价)',
  '(?<others>市场价|外面店里都卖|外面店里|外面都卖|外面卖|外面|别人家卖|别人家|别人卖|别家卖|别家|别的直播间|其他平台|其他直播间)',
  '(?<own>原价|划线价|日常价|平时卖|平常卖|平时都卖|平时都是|平时|平常|专柜价|专柜卖|专柜|吊牌价|吊牌|门店价|门店|店里卖|官方价|以前卖|之前卖|之前都卖|零售价|正价|原来卖|原来)',
].join('|'), 'g');
const OFFER_CUE = /(只要|只需|到手|直播间|今天|现在|秒杀|券后|福利价|活动价|才|仅需|仅)\s*(价)?\s*$/;
/** Words that introduce a compared price: only utterances with one are parsed for reference claims. */
export const REF_TRIGGERS = [
  '厂商建议零售价', '建议零售价', '指导价', '市场价', '外面', '别人家', '别人卖', '别家', '别的直播间', '其他平台', '其他直播间',
  '原价', '划线价', '日常价', '平时', '平常', '专柜', '吊牌', '门店', '店里卖', '官方价', '以前卖', '之前卖', '之前都卖', '零售价', '正价', '原来',
];
/** Reference words plus discounts (五折, 半价): what the markup rule parses. */
export const PRICE_TRIGGERS = [...REF_TRIGGERS, '折', '半价'];

const cache = new WeakMap<TextUnit, PriceClaims>();

export function parsePriceClaims(text: string): PriceClaims {
  const amounts = findAmounts(text);
  const refs: RefClaim[] = [];
  const used = new Set<SpokenAmount>();
  CUE_RE.lastIndex = 0;
  for (let c = CUE_RE.exec(text); c; c = CUE_RE.exec(text)) {
    const g = c.groups!;
    const kind: RefKind = g.msrp ? 'msrp' : g.others ? 'others' : 'own';
    const cueEnd = c.index + c[0].length;
    const a = amounts.find((x) => !used.has(x) && x.kind !== 'discount' && x.start >= cueEnd && x.start - cueEnd <= 8
      && !/[，。！？,!?]/.test(text.slice(cueEnd, x.start).replace(/^[，,]/, '')));
    if (!a) continue;
    if (a.kind === 'amount' && !a.hasUnit && a.value < 1) continue;
    used.add(a);
    refs.push({ kind, cue: c[0], amount: a, start: c.index, end: a.end });
  }
  const offers: SpokenAmount[] = [];
  const discounts: SpokenAmount[] = [];
  for (const a of amounts) {
    if (a.kind === 'discount') { discounts.push(a); continue; }
    if (used.has(a) || a.kind !== 'amount') continue;
    const before = text.slice(Math.max(0, a.start - 6), a.start);
    if (OFFER_CUE.test(before) || (a.hasUnit && refs.length > 0 && a.start > refs[0].end)) offers.push(a);
  }
  return { refs, offers, discounts };
}

export function claimsOf(unit: TextUnit): PriceClaims {
  let c = cache.get(unit);
  if (!c) cache.set(unit, (c = parsePriceClaims(unit.text)));
  return c;
}

function currentPrice(ctx: RuleContext<any>, p: Product): number | undefined {
  const cur = ctx.session.products.get(p.id) ?? p;
  return typeof cur.price === 'number' ? cur.price : undefined;
}

function lastTradeBefore(h: readonly PricePoint[] | undefined, t: number): PricePoint | undefined {
  if (!h) return undefined;
  for (let i = lowerBound(h, t) - 1; i >= 0; i--) if (h[i].channel !== 'pin' && h[i].channel !== 'price.change') return h[i];
  return undefined;
}

const speechPinned = (ctx: RuleContext<any>) => ctx.session.pinned;

// ------------------------------------------------------------------------------- 7-day reference price

export const referencePrice7Day = defineRule<{ days: number }>({
  meta: {
    id: 'price-fraud-2022/reference-price-7-day', type: 'problem', severity: 'error', binds: ['merchant', 'operator', 'streamer'], jurisdiction: 'CN',
    basis: [{ source: 'price-fraud-2022', article: '第十六条', evidence: 'T' }, { source: 'promo-2020', article: '第二十一条', evidence: 'T' }],
    category: 'pricing',
    defaultOptions: { days: 7 },
    docs: {
      description: m('被比较价格（原价、划线价、日常价、专柜价）未注明依据时，不得高于比较前七日内同一场所的最低成交价；七日内无交易的，不得高于最后一次成交价',
        'A compared price (原价/划线价/日常价) may not exceed the lowest transaction price of the 7 days before the comparison (or the last transaction price)'),
    },
    messages: {
      exceeds: m('{{cue}}{{claimed}}元高于本次比较前 {{days}} 日内的最低成交价 {{low}} 元（{{lowDate}}）',
        '{{cue}} {{claimed}} yuan exceeds the lowest transaction price of the {{days}} days before the comparison ({{low}} yuan on {{lowDate}})'),
      exceedsLast: m('{{cue}}{{claimed}}元高于比较前最后一次成交价 {{low}} 元（{{lowDate}}；前 {{days}} 日内无交易）',
        '{{cue}} {{claimed}} yuan exceeds the last transaction price before the comparison ({{low}} yuan on {{lowDate}}; no trades in the {{days}} days before)'),
    },
  },
  lexicons: { cue: { terms: REF_TRIGGERS } },
  create(ctx) {
    const days = ctx.options.days ?? 7;
    const done = new Set<string>();
    const check = (p: Product, cue: string, claimed: number, at: { unit?: TextUnit; start?: number; end?: number; event?: LiveEvent }) => {
      const key = `${p.id}|${claimed}`;
      if (done.has(key)) return;
      done.add(key); // one verdict per product and claimed price: the window before the comparison is fixed
      const t0 = comparisonStart(ctx.session, ctx.session.now);
      const window = trades(ctx.session, p.id, t0 - days * DAY, t0);
      let low: PricePoint | undefined, msg: 'exceeds' | 'exceedsLast' = 'exceeds';
      if (window.length) low = window.reduce((a, b) => (b.price < a.price ? b : a));
      else { low = lastTradeBefore(ctx.session.priceHistory.get(p.id), t0); msg = 'exceedsLast'; }
      if (!low || claimed <= low.price + 0.005) return;
      ctx.report({
        messageId: msg, ...at,
        data: { cue, claimed: yuan(claimed), low: yuan(low.price), lowDate: fmtDate(low.ts), days },
        extra: { productId: p.id, claimed, lowestPrice: low.price, lowestAt: new Date(low.ts).toISOString(), windowDays: days },
      });
    };
    return {
      speech(_e, units) {
        const u = units[0];
        const p = speechPinned(ctx);
        if (!u || !p || !ctx.hits(u).length) return;
        for (const r of claimsOf(u).refs) if (r.kind === 'own') check(p, r.cue, r.amount.value, { unit: u, start: r.start, end: r.end });
      },
      'product.pin'(e) {
        const p = e.product;
        if (typeof p.listPrice === 'number' && typeof p.price === 'number' && p.listPrice > p.price) check(p, '划线价', p.listPrice, { event: e });
      },
      'price.change'(e) {
        const p = ctx.session.products.get(e.productId);
        if (p && typeof e.listPrice === 'number' && e.listPrice > e.price) check(p, '划线价', e.listPrice, { event: e });
      },
    };
  },
});

// ------------------------------------------------------------------------------- unverifiable baseline

export const baselineWithoutRecord = defineRule({
  meta: {
    id: 'price-fraud-2022/baseline-without-record', type: 'problem', severity: 'warning', binds: ['merchant', 'streamer'], jurisdiction: 'CN',
    basis: [{ source: 'price-fraud-2022', article: '第十七条第（二）项', evidence: 'T' }],
    category: 'pricing',
    docs: {
      description: m('自称的“原价”“划线价”“专柜价”等比较基准在价格记录中没有任何成交可以核验时，须提供依据。目录条目 price-fraud-2022/no-unverifiable-baseline 的直播数据部分（“市场价”“外面卖”等他人价格见全国规则包）',
        'An own compared price (原价, 划线价, 专柜价) with no transaction record at all needs evidence. Live-data part of catalog entry price-fraud-2022/no-unverifiable-baseline (others\' prices are in the national pack)'),
    },
    messages: {
      noRecord: m('“{{cue}}{{claimed}}元”没有任何成交记录可以核验（需提供依据）', '"{{cue}} {{claimed}} yuan" has no transaction record to verify it (needs evidence)'),
    },
  },
  lexicons: { cue: { terms: REF_TRIGGERS } },
  create(ctx) {
    const done = new Set<string>();
    const hasRecord = (id: string) => {
      const t0 = comparisonStart(ctx.session, ctx.session.now);
      return !!lastTradeBefore(ctx.session.priceHistory.get(id), t0);
    };
    return {
      speech(_e, units) {
        const u = units[0];
        const p = speechPinned(ctx);
        if (!u || !ctx.hits(u).length) return;
        for (const r of claimsOf(u).refs) {
          const key = `${p?.id ?? ''}|${r.kind}|${r.amount.value}`;
          if (done.has(key) || r.kind === 'msrp') continue;
          const data = { cue: r.cue, claimed: yuan(r.amount.value) + (r.amount.approx ? '+' : '') };
          if (r.kind === 'own' && p && !hasRecord(p.id)) {
            done.add(key);
            ctx.report({ messageId: 'noRecord', unit: u, start: r.start, end: r.end, data, extra: { productId: p.id, claimed: r.amount.value } });
          }
        }
      },
      'product.pin'(e) {
        const p = e.product;
        const key = `${p.id}|list|${p.listPrice}`;
        if (typeof p.listPrice !== 'number' || typeof p.price !== 'number' || p.listPrice <= p.price || done.has(key) || hasRecord(p.id)) return;
        done.add(key);
        ctx.report({ messageId: 'noRecord', event: e, data: { cue: '划线价', claimed: yuan(p.listPrice) }, extra: { productId: p.id, claimed: p.listPrice } });
      },
    };
  },
});

// ------------------------------------------------------------------------------- pre-promotion markup

export const noPrePromotionMarkup = defineRule<{ markupDays: number; lookbackDays: number }>({
  meta: {
    id: 'price-fraud-2022/no-pre-promotion-markup', type: 'problem', severity: 'error', binds: ['merchant'], jurisdiction: 'CN',
    basis: [{ source: 'price-fraud-2022', article: '第十七条第（一）项', evidence: 'T' }],
    category: 'pricing',
    defaultOptions: { markupDays: 30, lookbackDays: 90 },
    docs: {
      description: m('促销前无正当理由提价，再以提高后的价格作为折扣、减价基准（默认检查开播前 30 日内的提价）',
        'Raising a price shortly before a promotion (30 days by default) and using the raised price as the discount baseline'),
    },
    messages: {
      markup: m('折扣基准 {{baseline}} 元来自开播前 {{days}} 天（{{date}}）由 {{from}} 元提价至 {{to}} 元的价格', 'The baseline {{baseline}} yuan comes from a raise from {{from}} to {{to}} yuan {{days}} days before the stream ({{date}})'),
    },
  },
  lexicons: { cue: { terms: PRICE_TRIGGERS } },
  create(ctx) {
    const markupDays = ctx.options.markupDays ?? 30, lookbackDays = ctx.options.lookbackDays ?? 90;
    const done = new Set<string>();
    const check = (p: Product, baseline: number, at: { unit?: TextUnit; start?: number; end?: number; event?: LiveEvent }) => {
      if (done.has(p.id) || !(baseline > 0)) return;
      const t0 = comparisonStart(ctx.session, ctx.session.now);
      const h = historyBetween(ctx.session, p.id, t0 - lookbackDays * DAY, t0);
      let raise: [PricePoint, PricePoint] | undefined;
      for (let k = 1; k < h.length; k++) if (h[k].price >= 0.9 * baseline && h[k - 1].price <= 0.8 * baseline) raise = [h[k - 1], h[k]];
      if (!raise || t0 - raise[1].ts > markupDays * DAY) return;
      // the price must have stayed up until the stream: the baseline is the raised price, not an old one
      if (h.slice(h.indexOf(raise[1])).some((x) => x.price < 0.8 * baseline)) return;
      done.add(p.id);
      ctx.report({
        messageId: 'markup', ...at,
        data: { baseline: yuan(baseline), from: yuan(raise[0].price), to: yuan(raise[1].price), date: fmtDate(raise[1].ts), days: Math.max(1, Math.round((t0 - raise[1].ts) / DAY)) },
        extra: { productId: p.id, baseline, raisedFrom: raise[0].price, raisedTo: raise[1].price, raisedAt: new Date(raise[1].ts).toISOString() },
      });
    };
    return {
      speech(_e, units) {
        const u = units[0];
        const p = speechPinned(ctx);
        if (!u || !p || !ctx.hits(u).length) return;
        const c = claimsOf(u);
        for (const r of c.refs) if (r.kind === 'own') check(p, r.amount.value, { unit: u, start: r.start, end: r.end });
        for (const d of c.discounts) {
          const offer = c.offers[0]?.value ?? currentPrice(ctx, p);
          if (offer !== undefined && d.value > 0 && d.value < 1) check(p, offer / d.value, { unit: u, start: d.start, end: d.end });
        }
      },
      'product.pin'(e) {
        const p = e.product;
        if (typeof p.listPrice === 'number' && typeof p.price === 'number' && p.listPrice > p.price) check(p, p.listPrice, { event: e });
      },
    };
  },
});

// ------------------------------------------------------------------------------- lowest-price claims

const LOWEST_TERMS: Record<string, { days: number; crossPlatform: boolean }> = {
  全网最低: { days: Infinity, crossPlatform: true }, 全网最便宜: { days: Infinity, crossPlatform: true }, 全网底价: { days: Infinity, crossPlatform: true },
  找不到更便宜: { days: Infinity, crossPlatform: true }, 买贵退差: { days: Infinity, crossPlatform: true },
  历史最低: { days: Infinity, crossPlatform: false }, 史低: { days: Infinity, crossPlatform: false }, 史上最低: { days: Infinity, crossPlatform: false },
  全年最低: { days: 365, crossPlatform: false }, 今年最低: { days: 365, crossPlatform: false },
  近30天最低: { days: 30, crossPlatform: false }, 近三十天最低: { days: 30, crossPlatform: false }, 三十天最低: { days: 30, crossPlatform: false }, '30天最低': { days: 30, crossPlatform: false },
};

/** `bj-guide/lowest-price-claims` and its Shanghai counterpart share the check; only the basis and region differ. */
export function lowestPriceRule(id: string, jurisdiction: string, basis: LegalBasisRef[], guide: string): RuleDefinition {
  return defineRule({
    meta: {
      id, type: 'problem', severity: 'error', binds: ['streamer', 'operator'], jurisdiction, basis, category: 'pricing',
      docs: {
        description: m(`${guide}：“全网最低价”“历史最低价”“近30天最低价”等表述与本店价格记录矛盾（曾以更低价格成交）的，为不真实表述。仅有表述、无法核验的情形见全国规则包的文字规则`,
          `${guide}: "lowest price" claims contradicted by the shop's own price record. The phrase alone (needs evidence) is the national pack's text rule`),
      },
      messages: {
        contradicted: m('“{{term}}”与价格记录矛盾：该商品 {{date}} 曾以 {{low}} 元成交，低于现价 {{price}} 元', '"{{term}}" is contradicted by the price record: sold at {{low}} on {{date}}, below the current {{price}}'),
      },
    },
    lexicons: { lowest: { terms: Object.keys(LOWEST_TERMS) } },
    create(ctx) {
      const done = new Set<string>();
      return {
        speech(_e, units) {
          const u = units[0];
          if (!u) return;
          const hits = ctx.hits(u);
          if (!hits.length) return;
          const p = ctx.session.pinned;
          for (const h of hits) {
            const spec = LOWEST_TERMS[h.term];
            const key = `${p?.id ?? ''}|${h.term}`;
            if (!spec || done.has(key)) continue;
            done.add(key);
            const offer = claimsOf(u).offers[0]?.value ?? (p ? currentPrice(ctx, p) : undefined);
            const now = ctx.session.now;
            const pts = p ? trades(ctx.session, p.id, spec.days === Infinity ? -Infinity : now - spec.days * DAY, now) : [];
            const low = pts.length ? pts.reduce((a, b) => (b.price < a.price ? b : a)) : undefined;
            const data = { term: u.text.slice(h.start, h.end) };
            if (offer !== undefined && low && low.price < offer - 0.005) {
              ctx.report({ messageId: 'contradicted', unit: u, start: h.start, end: h.end,
                data: { ...data, low: yuan(low.price), date: fmtDate(low.ts), price: yuan(offer) },
                extra: { productId: p?.id, price: offer, lowestPrice: low.price, lowestAt: new Date(low.ts).toISOString() } });
            }
          }
        },
      };
    },
  });
}
