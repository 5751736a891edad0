// Promotions: gifts (赠品) and prize draws (福袋/抽奖), checked against the published promo rules and the prices.
import { defineRule, type PromoRuleEvent, type TextUnit } from '@liveguard/core';
// Findings anchored at an event (no text span) are deduplicated per rule and event, so a second finding on the
// same event is anchored at its text span.
import { findAmounts } from './numbers.js';
import { m, MINUTE, yuan } from './common.js';

const QTY = /[0-9零〇一二两三四五六七八九十百千万]+\s*(个|份|件|支|瓶|盒|袋|包|片|只|套|张|台|名|位|人)|每(单|人|位)/;

function promoText(e: PromoRuleEvent): string { return `${e.text ?? ''} ${e.conditions ?? ''}`; }

/** The figure after 价值 (value of a gift or prize) and the noun that follows it. */
export function valueClaims(text: string): { value: number; noun: string; start: number; end: number }[] {
  const out: { value: number; noun: string; start: number; end: number }[] = [];
  for (let i = text.indexOf('价值'); i >= 0; i = text.indexOf('价值', i + 2)) {
    const a = findAmounts(text.slice(i + 2, i + 16)).find((x) => x.kind === 'amount');
    if (!a || a.start > 2) continue;
    const after = text.slice(i + 2 + a.end).replace(/^(元|块钱|块)?(的)?/, '');
    const noun = (/^[\u4e00-\u9fa5A-Za-z0-9]{1,10}/.exec(after)?.[0] ?? '').replace(/[一两二三四五六七八九十0-9]+(个|支|瓶|盒|台|部|件|套)?$/, '');
    out.push({ value: a.value, noun, start: i, end: i + 2 + a.end });
  }
  return out;
}

export const giftValueVsPrice = defineRule({
  meta: {
    id: 'ad-law/gift-value-vs-price', type: 'problem', severity: 'warning', binds: ['streamer', 'merchant'], jurisdiction: 'CN',
    supersedes: ['ad-law/gift-disclosure'],
    basis: [{ source: 'ad-law', article: '第八条第二款', evidence: 'T' }, { source: 'price-fraud-2022', article: '第十八条', evidence: 'T' }],
    category: 'pricing',
    docs: {
      description: m('标示赠品价值的，须为同一场所的现行售价（与店内商品价格核对）；赠品规则须写明数量。目录条目 ad-law/gift-disclosure 的直播数据部分，文字部分见全国规则包',
        'A stated gift value must be the current selling price at the same venue (checked against the shop\'s prices); gift rules must state a quantity. Live-data part of catalog entry ad-law/gift-disclosure'),
    },
    messages: {
      overstated: m('赠品“{{gift}}”口播价值 {{claimed}} 元，高于本店现售价 {{price}} 元', 'The gift "{{gift}}" is said to be worth {{claimed}} yuan but sells here at {{price}} yuan'),
      noQuantity: m('赠品规则“{{text}}”未写明数量', 'The gift rule "{{text}}" does not state a quantity'),
    },
  },
  lexicons: {
    gift: { terms: ['送价值', '赠价值', '赠送价值', '送一个价值', '送一支价值', '送一瓶价值', '加赠', '赠品'] },
  },
  create(ctx) {
    const done = new Set<string>();
    return {
      'promo.rule'(e) {
        if (e.kind !== 'gift') return;
        if (!QTY.test(promoText(e))) ctx.report({ messageId: 'noQuantity', event: e, data: { text: e.text } });
      },
      speech(_e, units) {
        const u = units[0];
        if (!u) return;
        if (!ctx.hits(u).length) return;
        for (const v of valueClaims(u.text)) {
          if (v.noun.length < 2) continue;
          let best: { title: string; price: number } | undefined;
          for (const p of ctx.session.products.values()) {
            if (typeof p.price !== 'number' || !p.title) continue;
            for (let k = 0; k + 2 <= v.noun.length; k++) if (p.title.includes(v.noun.slice(k))) { best = { title: p.title, price: p.price }; break; }
            if (best) break;
          }
          const key = `${v.noun}|${v.value}`;
          if (!best || v.value <= best.price + 0.005 || done.has(key)) continue;
          done.add(key);
          ctx.report({ messageId: 'overstated', unit: u, start: v.start, end: v.end, data: { gift: v.noun, claimed: yuan(v.value), price: yuan(best.price) },
            extra: { claimed: v.value, sellingPrice: best.price, product: best.title } });
        }
      },
    };
  },
});

// ------------------------------------------------------------------------------- prize draws

export const PRIZE_CAP = 50_000;

export const prizeDrawDisclosure = defineRule({
  meta: {
    id: 'promo-2020/prize-draw-disclosure', type: 'problem', severity: 'warning', binds: ['operator', 'merchant'], jurisdiction: 'CN',
    basis: [{ source: 'promo-2020', article: '第十三条', evidence: 'S' }],
    category: 'promotion',
    docs: {
      description: m('抽奖式有奖销售前须公布奖项种类、参与条件、开奖时间方式、奖品数量或中奖概率等：核对已发布的抽奖规则，及口播抽奖前是否已发布规则。目录条目 promo-2020/prize-draw-rules 的直播数据部分（五万元上限见全国规则包）',
        'Before a prize draw, publish prizes, conditions, draw time, quantity or odds: checks published draw rules and draws announced before any rules. Live-data part of catalog entry promo-2020/prize-draw-rules (the 50,000-yuan cap is in the national pack)'),
    },
    messages: {
      missing: m('抽奖规则“{{text}}”缺少：{{missing}}', 'The draw rule "{{text}}" lacks: {{missingEn}}'),
      unpublished: m('“{{text}}”：口播抽奖，但此前未公布抽奖规则', '"{{text}}": a draw is announced on air without published draw rules'),
    },
  },
  lexicons: { draw: { terms: ['福袋', '抽奖', '抽一台', '抽一部', '抽免单', '抽中', '开奖'] } },
  create(ctx) {
    let published = 0, lastUnpublished = -Infinity;
    return {
      'promo.rule'(e) {
        if (e.kind !== 'lottery') return;
        published++;
        const t = promoText(e);
        const missing: [string, string][] = [];
        if (!(QTY.test(t) || /中奖率|概率|名额/.test(t))) missing.push(['奖品数量或中奖概率', 'prize quantity or odds']);
        if (!/开奖|分钟后|点整|时间|截止/.test(t)) missing.push(['开奖时间', 'draw time']);
        if (!/参与|条件|关注|评论|口令|下单|加入粉丝团/.test(t)) missing.push(['参与条件', 'participation conditions']);
        if (missing.length) ctx.report({ messageId: 'missing', event: e, data: { text: e.text, missing: missing.map((x) => x[0]).join('、'), missingEn: missing.map((x) => x[1]).join(', ') } });
      },
      speech(_e, units) {
        const u = units[0];
        if (!u) return;
        const hits = ctx.hits(u);
        if (!hits.length) return;
        const now = ctx.session.now;
        if (published === 0 && now - lastUnpublished > 30 * MINUTE) {
          lastUnpublished = now;
          ctx.report({ messageId: 'unpublished', unit: u, start: hits[0].start, end: hits[0].end, data: { text: hits[0].term } });
        }
      },
    };
  },
});
