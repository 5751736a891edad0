// Price claims checked against the price history (orders, imported sales, list-price changes): compared prices
// and the 7-day rule, pre-promotion markups, unverifiable baselines, and "lowest price" claims.
import {
  defineRule, type LegalBasisRef, type LiveEvent, type PricePoint, type Product, type RuleContext, type RuleDefinition, type TextUnit,
} from '@liveguard/core';
import { findAmounts, type SpokenAmount } from './numbers.js';
import { outermost } from '../util/text.js';
import { comparisonStart, DAY, fmtDate, historyBetween, lowerBound, m, trades, yuan } from './common.js';
import { cityIn, daysBefore, documented, order, pin, product, say, session, start, type RuleGuide } from './examples.js';

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

export const referencePrice7Day = documented(defineRule<{ days: number }>({
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
}), {
  violating: [
    session('口播原价 399，开播前 7 日内最低成交价 129',
      order(daysBefore(5), 139), order(daysBefore(3), 129), start(), pin(0, product()), say(10, '原价三百九十九，直播间只要九十九')),
    session('划线价 299，开播前 7 日内最低成交价 159',
      order(daysBefore(2), 159), start(), pin(0, product({ listPrice: 299 }))),
  ],
  compliant: [
    session('口播原价等于 7 日内最低成交价',
      order(daysBefore(5), 129), order(daysBefore(3), 129), start(), pin(0, product()), say(10, '原价一百二十九，今天九十九')),
    session('划线价等于 7 日内最低成交价',
      order(daysBefore(6), 169), order(daysBefore(2), 159), start(), pin(0, product({ listPrice: 159 }))),
  ],
}, {
  requirement: {
    'zh-CN': '《明码标价和禁止价格欺诈规定》第十六条：经营者以低于被比较价格的价格销售，被比较价格（原价、划线价、日常价、专柜价等）未注明依据的，不得高于本次比较前七日内在同一交易场所成交的有交易记录的最低价格；前七日内没有交易的，以最后一次成交价格为准。《规范促销行为暂行规定》第二十一条规定了同样的七日规则。本规则用价格历史（开播前的订单、导入的成交记录）核对口播的“原价/日常价/专柜价……”和商品的划线价（listPrice）。',
    en: 'Price-fraud provisions art 16: a compared price (原价, 划线价, 日常价, 专柜价) given without its basis may not exceed the lowest recorded transaction price at the same venue in the 7 days before the comparison, or the last transaction price if there was none. Promotion provisions art 21 set the same 7-day rule. The rule checks spoken compared prices and the listing\'s listPrice against the price history (orders before the stream, imported sales).',
  },
  fix: {
    'zh-CN': '被比较价格只用开播前七日内本店的最低成交价（或注明被比较价格的依据，如“厂商建议零售价”）；同步修改商品链接的划线价。',
    en: 'Compare only with your own lowest transaction price of the 7 days before (or state the basis of the compared price, e.g. 厂商建议零售价), and correct the listing\'s list price.',
  },
});

// ------------------------------------------------------------------------------- unverifiable baseline

export const baselineWithoutRecord = documented(defineRule({
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
}), {
  violating: [
    session('口播专柜价，没有任何成交记录',
      start(), pin(0, product()), say(20, '专柜卖1280，我们今天三折')),
    session('划线价 299，没有任何成交记录',
      start(), pin(0, product({ listPrice: 299 }))),
  ],
  compliant: [
    session('口播原价有成交记录可核验',
      order(daysBefore(3), 129), start(), pin(0, product()), say(10, '原价一百二十九，今天九十九')),
    session('标明厂商建议零售价',
      start(), pin(0, product()), say(10, '厂商建议零售价399，今天直播间到手99')),
  ],
}, {
  requirement: {
    'zh-CN': '《明码标价和禁止价格欺诈规定》第十七条第（二）项：不得使用无依据或者无从比较的价格，作为折价、减价的计算基准或者被比较价格。本规则检查本店自称的比较基准（原价、划线价、专柜价、日常价等）：价格历史中没有任何成交记录可以核验时，报告为需要提供依据（警告）。“市场价”“外面卖”等他人价格由全国规则 price-fraud-2022/no-unverifiable-baseline 检查；“厂商建议零售价”不在此列。',
    en: 'Price-fraud provisions art 17(2): no baseless or incomparable price as a discount baseline or compared price. The rule checks your own compared prices (原价, 划线价, 专柜价, 日常价 …): with no transaction record at all to verify them, it reports that evidence is needed (warning). Others\' prices (市场价, 外面卖) are the national rule price-fraud-2022/no-unverifiable-baseline; a manufacturer\'s suggested retail price is not in scope.',
  },
  fix: {
    'zh-CN': '只用有成交记录可核验的本店价格作比较基准，导入价格历史（liveguard replay --prices）；无法核验的，删除比较价。',
    en: 'Use only own prices that transaction records can verify, and import the price history (liveguard replay --prices); remove a compared price you cannot verify.',
  },
});

// ------------------------------------------------------------------------------- pre-promotion markup

export const noPrePromotionMarkup = documented(defineRule<{ markupDays: number; lookbackDays: number }>({
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
}), {
  violating: [
    session('开播前 3 天由 99 元提价到 199 元，再说“五折只要99”',
      order(daysBefore(40), 99), order(daysBefore(20), 99), order(daysBefore(3), 199), order(daysBefore(1), 199),
      start(), pin(0, product()), say(10, '今天五折，只要99')),
    session('开播前 10 天改价到 199 元，作为划线价',
      order(daysBefore(40), 99), { type: 'price.change', ts: daysBefore(10), productId: 'p1', price: 199 } as LiveEvent,
      start(), pin(0, product({ listPrice: 199 }))),
  ],
  compliant: [
    session('价格一直是 199 元',
      order(daysBefore(40), 199), order(daysBefore(20), 199), order(daysBefore(3), 199), start(), pin(0, product()), say(10, '今天五折，只要99')),
    session('提价发生在两个月前，此后一直按 199 元销售',
      order(daysBefore(80), 99), order(daysBefore(60), 199), order(daysBefore(20), 199), order(daysBefore(5), 199),
      start(), pin(0, product()), say(10, '今天五折，只要99')),
  ],
}, {
  requirement: {
    'zh-CN': '《明码标价和禁止价格欺诈规定》第十七条第（一）项：经营者没有合理理由，不得在折价、减价前临时显著提高标示价格并作为折价、减价计算基准。本规则从口播（原价、“五折+到手价”）或划线价得出折扣基准，在价格历史中查找开播前（默认 30 日内）把价格从不高于基准 80% 提到不低于基准 90% 的提价，且提价后价格一直维持到开播。',
    en: 'Price-fraud provisions art 17(1): without good reason, no temporary, marked raise of the displayed price before a discount, used as the discount baseline. The rule derives the baseline from what is said (原价, or 五折 plus the offer price) or the list price, and looks in the price history for a raise from ≤ 80 % to ≥ 90 % of the baseline within 30 days (default) before the stream that held until the stream.',
  },
  fix: {
    'zh-CN': '以提价前的实际成交价作为折扣基准，或去掉折扣表述；确有合理理由（如成本上涨）提价的，留存证据。',
    en: 'Use the price before the raise as the baseline, or drop the discount wording; keep evidence if the raise had a good reason (e.g. higher costs).',
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
/** What each regional guide says about lowest-price claims (the guides' article numbers are unknown). */
const LOWEST_GUIDE: Record<string, RuleGuide['requirement']> = {
  'bj-guide-2024': { 'zh-CN': '《北京市直播带货合规指引》（据新闻）：不得以“全网最低价”等不实表述误导消费者。', en: 'Beijing guide (news): do not mislead consumers with untrue statements such as "全网最低价".' },
  'sh-guide-2022': { 'zh-CN': '《上海市网络直播营销活动合规指引》（据新闻）：不得虚构“全网最低价”“历史最低价”。', en: 'Shanghai guide (news): "全网最低价" and "历史最低价" may not be fabricated.' },
};

/** Sessions in a room of the guide's region. */
const lowestPriceExamples = (region: string) => ({
  violating: [
    session('说“历史最低价，只要99”，该商品曾以 79 元成交',
      order(daysBefore(100), 79), start(undefined, region), pin(0, product()), say(10, '这是历史最低价，只要99')),
    session('说“近30天最低价”，该商品 10 天前以 89 元成交',
      order(daysBefore(10), 89), start(undefined, region), pin(0, product()), say(10, '近30天最低价，只要99')),
  ],
  compliant: [
    session('近 30 天最低成交价 109 元，现价 99 元',
      order(daysBefore(100), 119), order(daysBefore(10), 109), start(undefined, region), pin(0, product()), say(10, '这是近30天最低价，只要99')),
    session('历史成交价都不低于 99 元',
      order(daysBefore(200), 129), order(daysBefore(30), 99), start(undefined, region), pin(0, product()), say(10, '这是历史最低价，只要99')),
  ],
});

export function lowestPriceRule(id: string, jurisdiction: string, basis: LegalBasisRef[], guide: string): RuleDefinition {
  const regional = LOWEST_GUIDE[basis[0]?.source] ?? { 'zh-CN': '', en: '' };
  return documented(defineRule({
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
          // one finding per claim: 近30天最低 also contains 30天最低
          for (const h of outermost(hits)) {
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
  }), lowestPriceExamples(cityIn(jurisdiction)), {
    requirement: {
      'zh-CN': `${regional['zh-CN']}《明码标价和禁止价格欺诈规定》第十九条第（四）项禁止使用虚假的或者使人误解的标价内容和价格手段。本规则把“全网最低价”“历史最低价”“全年最低价”“近30天最低价”等说法与本店价格记录核对：所称期间内曾以低于现价（或口播到手价）的价格成交的，说法与记录矛盾。只有说法、没有价格记录可以核验的情形见全国规则包的文字规则。`,
      en: `${regional.en} Price-fraud provisions art 19(4) forbid false or misleading price content and price tactics. The rule checks 全网最低价, 历史最低价, 全年最低价, 近30天最低价 and the like against the shop's own price record: a sale below the current (or spoken) price within the claimed period contradicts the claim. A claim that no record can check is the national pack's text rule.`,
    },
    fix: {
      'zh-CN': '核对所称期间的成交记录后再说“最低价”，或改为可核验的具体表述（如“比昨天便宜20元”）。',
      en: 'Check the sales record for the claimed period before saying "lowest price", or use a specific, verifiable statement instead.',
    },
  });
}
