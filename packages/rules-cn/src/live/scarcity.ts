// Scarcity and urgency claims checked against stock, orders and the price after the stream (Zhejiang guide:
// no false stock, limited-quantity or limited-time claims). Certain contradictions are reported at the event
// that proves them; claims that no data can check are reported as needing evidence when the session ends.
import { defineRule, type LegalBasisRef, type RuleDefinition, type TextUnit } from '@liveguard/core';
import { parseChineseNumber } from './numbers.js';
import { claimsOf } from './pricing.js';
import { fmtDate, fmtTime, m, MINUTE, yuan } from './common.js';
import { at, cityIn, documented, order, pin, product, say, session, start } from './examples.js';
import type { LiveEvent } from '@liveguard/core';

const stockAt = (sec: number, stock: number): LiveEvent => ({ type: 'stock.change', ts: at(sec), productId: 'p1', stock }) as LiveEvent;

const COUNTDOWN_RE = /(倒计时|最后|限时|还剩|仅剩|只剩)\s*([0-9零〇一二两三四五六七八九十]+)\s*分钟/;
const QTY_RE = /(最后|仅剩|只剩|就剩|还剩|限量|仅限前|只有)(最后)?\s*([0-9零〇一二两三四五六七八九十百千万]+)\s*(单|件|份|套|盒|瓶|个|组|台|支)/;

export interface ScarcityOptions { stockFactor: number; minExcess: number; soldOutGraceMs: number; restoreCheckHours: number }

interface QtyClaim { pid: string; q: number; unit: TextUnit; start: number; end: number; sold: number; stockKnown: boolean; done: boolean }
interface SoldOut { pid: string; at: number; unit: TextUnit; start: number; end: number; done: boolean }
interface Deadline { pid: string; price: number | undefined; unit: TextUnit; start: number; end: number }

export function fakeScarcityRule(id: string, jurisdiction: string, basis: LegalBasisRef[], protectsAudience: boolean): RuleDefinition<ScarcityOptions> {
  return documented(defineRule<ScarcityOptions>({
    meta: {
      id, type: 'problem', severity: 'warning', binds: ['streamer', 'operator', 'merchant'], jurisdiction, protectsAudience, basis,
      // a scarcity claim checked against stock and sales replaces the text rule's "needs evidence" warning
      supersedes: ['zj-guide/scarcity-urgency-phrases'],
      category: 'scarcity',
      defaultOptions: { stockFactor: 2, minExcess: 20, soldOutGraceMs: 60_000, restoreCheckHours: 48 },
      docs: {
        description: m('不得虚构库存、限量、限时信息制造紧迫感：“仅剩N单”对照库存和成交，“已抢空”对照后续成交，“下播恢复原价”对照下播后的价格',
          'No false stock, limited-quantity or limited-time claims: checked against stock, orders and the price after the stream'),
      },
      messages: {
        stock: m('“{{text}}”与库存不符：当时库存 {{stock}} 件', '"{{text}}" contradicts the stock: {{stock}} in stock at the time'),
        sales: m('“{{text}}”之后同一商品又成交 {{sold}} 件，超过所称数量 {{q}}', '"{{text}}": {{sold}} more were sold afterwards, more than the {{q}} claimed'),
        soldOut: m('称“{{text}}”后，该商品于 {{at}} 仍在成交', '"{{text}}" was said, but the product was still selling at {{at}}'),
        notRestored: m('称“{{text}}”，但下播后 {{date}} 仍以 {{price}} 元成交', '"{{text}}" was said, but it still sold at {{price}} yuan after the stream ({{date}})'),
        countdown: m('“{{text}}”：{{prev}} 开始的倒计时早已结束、价格未变，又重新倒计时', '"{{text}}": the countdown started at {{prev}} ran out with the price unchanged, and is restarted'),
        needsEvidence: m('“{{text}}”：没有库存或价格数据可以核验（需提供依据）', '"{{text}}": no stock or price data to check it (needs evidence)'),
      },
    },
    lexicons: {
      qty: { terms: ['最后', '仅剩', '只剩', '就剩', '还剩', '限量', '仅限前', '只有'] },
      soldOut: { terms: ['已抢空', '抢空了', '抢光了', '秒空', '售罄', '卖完了', '没货了', '断货了'] },
      countdown: { terms: ['分钟'] },
      deadline: { terms: ['下播恢复', '下播就恢复', '下播涨价', '下播就涨', '明天恢复', '明天涨价', '恢复原价', '下播后恢复'] },
    },
    create(ctx) {
      const o = ctx.options;
      const claims: QtyClaim[] = [];
      const soldOuts: SoldOut[] = [];
      const deadlines: Deadline[] = [];
      // a claim repeated verbatim is one claim: contradicted once, reported once
      const said = new Set<string>();
      const countdowns = new Map<string, { at: number; until: number; price: number | undefined; reported: boolean }>();
      const snippet = (u: TextUnit, s: number, e: number) => u.text.slice(s, e);
      return {
        speech(_e, units) {
          const u = units[0];
          const p = ctx.session.pinned;
          if (!u || !p) return;
          const hits = ctx.hits(u);
          if (!hits.length) return;
          const lex = new Set(hits.map((h) => h.lexicon));
          if (lex.has('qty')) {
            const mm = QTY_RE.exec(u.text);
            const q = mm ? parseChineseNumber(mm[3]) : NaN;
            const key = `${p.id}|${q}`;
            if (mm && Number.isFinite(q) && !said.has(key) && !claims.some((c) => c.pid === p.id && c.q === q && !c.done)) {
              said.add(key);
              const start = mm.index, end = mm.index + mm[0].length;
              const stock = ctx.session.stock.get(p.id);
              if (stock !== undefined && stock > q * o.stockFactor && stock - q >= o.minExcess) {
                ctx.report({ messageId: 'stock', severity: 'error', unit: u, start, end, data: { text: snippet(u, start, end), stock }, extra: { productId: p.id, claimed: q, stock } });
              } else claims.push({ pid: p.id, q, unit: u, start, end, sold: 0, stockKnown: stock !== undefined, done: false });
            }
          }
          if (lex.has('countdown')) {
            const mm = COUNTDOWN_RE.exec(u.text);
            const minutes = mm ? parseChineseNumber(mm[2]) : NaN;
            if (mm && minutes > 0 && minutes <= 180) {
              const now = ctx.session.now;
              const price = ctx.session.products.get(p.id)?.price;
              const prev = countdowns.get(p.id);
              if (prev && !prev.reported && now > prev.until + o.soldOutGraceMs && price !== undefined && prev.price !== undefined && price <= prev.price + 0.005) {
                ctx.report({ messageId: 'countdown', severity: 'error', unit: u, start: mm.index, end: mm.index + mm[0].length,
                  data: { text: mm[0], prev: fmtTime(prev.at) }, extra: { productId: p.id, previousStart: new Date(prev.at).toISOString(), previousEnd: new Date(prev.until).toISOString(), price } });
                countdowns.set(p.id, { at: now, until: now + minutes * MINUTE, price, reported: true });
              } else if (!prev || now > prev.until) countdowns.set(p.id, { at: now, until: now + minutes * MINUTE, price, reported: prev?.reported ?? false });
            }
          }
          if (lex.has('soldOut')) {
            const h = hits.find((x) => x.lexicon === 'soldOut')!;
            if (!soldOuts.some((x) => x.pid === p.id && !x.done)) soldOuts.push({ pid: p.id, at: ctx.session.now, unit: u, start: h.start, end: h.end, done: false });
          }
          if (lex.has('deadline')) {
            const h = hits.find((x) => x.lexicon === 'deadline')!;
            const cur = ctx.session.products.get(p.id)?.price;
            const offer = claimsOf(u).offers[0]?.value ?? (typeof cur === 'number' ? cur : undefined);
            if (!deadlines.some((d) => d.pid === p.id && d.price === offer)) deadlines.push({ pid: p.id, price: offer, unit: u, start: h.start, end: h.end });
          }
        },
        order(e) {
          const now = ctx.session.now;
          for (const c of claims) {
            if (c.done || c.pid !== e.productId) continue;
            c.sold += e.qty ?? 1;
            if (c.sold > c.q) {
              c.done = true;
              ctx.report({ messageId: 'sales', severity: 'error', unit: c.unit, start: c.start, end: c.end,
                data: { text: snippet(c.unit, c.start, c.end), sold: c.sold, q: c.q }, extra: { productId: c.pid, claimed: c.q, soldAfter: c.sold, provenBy: e.seq } });
            }
          }
          for (const s of soldOuts) {
            if (s.done || s.pid !== e.productId || now - s.at <= o.soldOutGraceMs) continue;
            s.done = true;
            ctx.report({ messageId: 'soldOut', severity: 'error', unit: s.unit, start: s.start, end: s.end,
              data: { text: snippet(s.unit, s.start, s.end), at: fmtTime(now) }, extra: { productId: s.pid, provenBy: e.seq } });
          }
        },
        'stock.change'(e) {
          // a restock ends earlier quantity claims: they were about the old batch
          const before = ctx.session.stock.get(e.productId);
          if (before !== undefined && e.stock > before) for (const c of claims) if (c.pid === e.productId && !c.done) { c.done = true; c.stockKnown = true; }
        },
        'session.end'() {
          const end = ctx.session.now;
          for (const c of claims) {
            if (c.done || c.stockKnown || c.sold > 0) continue;
            ctx.report({ messageId: 'needsEvidence', unit: c.unit, start: c.start, end: c.end, data: { text: snippet(c.unit, c.start, c.end) }, extra: { productId: c.pid } });
          }
          for (const d of deadlines) {
            const text = snippet(d.unit, d.start, d.end);
            const after = (ctx.session.priceHistory.get(d.pid) ?? []).filter((x) => x.ts > end && x.ts <= end + o.restoreCheckHours * 60 * MINUTE && x.channel !== 'pin');
            if (!after.length || d.price === undefined) {
              ctx.report({ messageId: 'needsEvidence', unit: d.unit, start: d.start, end: d.end, data: { text }, extra: { productId: d.pid } });
              continue;
            }
            const same = after.find((x) => x.price <= d.price! + 0.005);
            if (same) ctx.report({ messageId: 'notRestored', severity: 'error', unit: d.unit, start: d.start, end: d.end,
              data: { text, price: yuan(same.price), date: fmtDate(same.ts) }, extra: { productId: d.pid, livePrice: d.price, afterPrice: same.price, afterAt: new Date(same.ts).toISOString() } });
          }
        },
      };
    },
  }), {
    violating: [
      session('称“只剩最后500单”，当时库存 6000 件',
        start(undefined, cityIn(jurisdiction)), pin(0, product({ stock: 6000 })), say(10, '只剩最后500单，拍完就没了')),
      session('称“仅剩20单”，之后又卖出 25 件',
        start(undefined, cityIn(jurisdiction)), pin(0, product()), say(10, '仅剩20单'), order(at(20), 99, 15), order(at(30), 99, 10)),
    ],
    compliant: [
      session('库存 50 件时称“仅剩50单”，随后卖完',
        start(undefined, cityIn(jurisdiction)), pin(0, product()), stockAt(1, 50), say(10, '仅剩50单'), order(at(20), 99, 30), order(at(30), 99, 20)),
      session('倒计时结束后调价，再开始新的倒计时',
        start(undefined, cityIn(jurisdiction)), pin(0, product()), say(10, '倒计时五分钟，手慢无'),
        { type: 'price.change', ts: at(400), productId: 'p1', price: 129 } as LiveEvent, say(900, '倒计时三分钟')),
    ],
  }, {
    requirement: {
      'zh-CN': '《浙江省网络直播营销行为规范指引》（据新闻）：不得以虚假的库存、限量、限时信息吸引关注或诱导冲动消费（制造虚假紧迫感）；《网络反不正当竞争暂行规定》（据新闻）禁止谎称现货、虚构预订、虚假抢购；《网络交易监督管理办法》第十四条（条号未核实）禁止虚构交易等虚假宣传。本规则把“仅剩N单”与当时库存和之后的成交核对，把“已抢空”与之后的成交核对，把“下播恢复原价”与下播后的价格核对，并报告价格未变却反复重新开始的倒计时；没有数据可以核验的说法在下播时报告为需要提供依据。适用于浙江的直播间及面向浙江消费者的直播。',
      en: 'Zhejiang guide (news): no false stock, limited-quantity or limited-time information to attract attention or induce impulse buying; the online unfair-competition provisions (news) forbid fake stock, fictitious pre-orders and fake rush buying; online-trade measures art 14 (article number unverified) forbid fictitious transactions and other false publicity. The rule checks 仅剩N单 against the stock at the time and later sales, 已抢空 against later sales, 下播恢复原价 against the price after the stream, and reports a countdown restarted with the price unchanged; claims no data can check are reported as needing evidence at the end of the session. Applies to rooms in Zhejiang and streams aimed at Zhejiang consumers.',
    },
    fix: {
      'zh-CN': '只说与实时库存、成交一致的数量；说了“已抢空”就下架；限时优惠到期后确实恢复价格，不要反复重新倒计时。',
      en: 'Only state quantities that match live stock and sales; unpin a product you call sold out; really end a time-limited price when the time is up instead of restarting the countdown.',
    },
  });
}
