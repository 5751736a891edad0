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

export const giftDisclosure = defineRule({
  meta: {
    id: 'ad-law/gift-disclosure', type: 'problem', severity: 'warning', binds: ['streamer', 'merchant'], jurisdiction: 'CN',
    basis: [{ source: 'ad-law', article: '第八条第二款', evidence: 'T' }, { source: 'price-fraud-2022', article: '第十八条', evidence: 'T' }],
    category: 'pricing',
    docs: {
      description: m('附赠商品须明示品种、数量；标示赠品价值的，须为同一场所的现行售价', 'Gifts must state kind and quantity; a stated gift value must be its current selling price at the same venue'),
    },
    messages: {
      overstated: m('赠品“{{gift}}”口播价值 {{claimed}} 元，高于本店现售价 {{price}} 元', 'The gift "{{gift}}" is said to be worth {{claimed}} yuan but sells here at {{price}} yuan'),
      undisclosed: m('“{{text}}”：赠品未明示品种、数量（未公布赠品规则）', '"{{text}}": the gift\'s kind and quantity are not disclosed'),
      noQuantity: m('赠品规则“{{text}}”未写明数量', 'The gift rule "{{text}}" does not state a quantity'),
    },
  },
  lexicons: {
    gift: { terms: ['送价值', '赠价值', '赠送价值', '送一个价值', '送一支价值', '送一瓶价值', '加赠', '赠品'] },
    mystery: { terms: ['神秘大礼', '神秘礼物', '神秘礼品', '神秘好礼', '惊喜礼物', '惊喜大礼'] },
  },
  create(ctx) {
    let giftRules = 0;
    const done = new Set<string>();
    return {
      'promo.rule'(e) {
        if (e.kind !== 'gift') return;
        giftRules++;
        if (!QTY.test(promoText(e))) ctx.report({ messageId: 'noQuantity', event: e, data: { text: e.text } });
      },
      speech(_e, units) {
        const u = units[0];
        if (!u) return;
        const hits = ctx.hits(u);
        if (!hits.length) return;
        for (const h of hits) {
          if (h.lexicon === 'mystery' && giftRules === 0 && !done.has('mystery')) {
            done.add('mystery');
            ctx.report({ messageId: 'undisclosed', unit: u, start: h.start, end: h.end, data: { text: u.text.slice(h.start, h.end) } });
          }
        }
        if (!hits.some((h) => h.lexicon === 'gift')) return;
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

export const prizeDrawRules = defineRule({
  meta: {
    id: 'promo-2020/prize-draw-rules', type: 'problem', severity: 'warning', binds: ['operator', 'merchant'], jurisdiction: 'CN',
    basis: [{ source: 'promo-2020', article: '第十三条', evidence: 'S' }, { source: 'promo-2020', article: '第十七条', evidence: 'S' }],
    category: 'promotion',
    docs: {
      description: m('抽奖式有奖销售前须公布奖项种类、参与条件、开奖时间方式、奖品数量或中奖概率等；最高奖金额不得超过五万元',
        'Before a prize draw, publish prize kinds, conditions, draw time and method, quantity or odds; the top prize may not exceed 50,000 yuan'),
    },
    messages: {
      missing: m('抽奖规则“{{text}}”缺少：{{missing}}', 'The draw rule "{{text}}" lacks: {{missingEn}}'),
      cap: m('抽奖奖品价值 {{value}} 元，超过五万元上限', 'The prize is worth {{value}} yuan, above the 50,000-yuan cap'),
      unpublished: m('“{{text}}”：口播抽奖，但此前未公布抽奖规则', '"{{text}}": a draw is announced on air without published draw rules'),
    },
  },
  lexicons: { draw: { terms: ['福袋', '抽奖', '抽一台', '抽一部', '抽免单', '抽中', '开奖'] } },
  create(ctx) {
    let published = 0, lastUnpublished = -Infinity;
    const capCheck = (units: readonly TextUnit[]) => {
      for (const u of units) for (const v of valueClaims(u.text)) if (v.value > PRIZE_CAP) {
        ctx.report({ messageId: 'cap', severity: 'error', unit: u, start: v.start, end: v.end, data: { value: yuan(v.value) }, extra: { value: v.value } });
        return;
      }
    };
    return {
      'promo.rule'(e, units) {
        if (e.kind !== 'lottery') return;
        published++;
        const t = promoText(e);
        const missing: [string, string][] = [];
        if (!(QTY.test(t) || /中奖率|概率|名额/.test(t))) missing.push(['奖品数量或中奖概率', 'prize quantity or odds']);
        if (!/开奖|分钟后|点整|时间|截止/.test(t)) missing.push(['开奖时间', 'draw time']);
        if (!/参与|条件|关注|评论|口令|下单|加入粉丝团/.test(t)) missing.push(['参与条件', 'participation conditions']);
        if (missing.length) ctx.report({ messageId: 'missing', event: e, data: { text: e.text, missing: missing.map((x) => x[0]).join('、'), missingEn: missing.map((x) => x[1]).join(', ') } });
        capCheck(units);
      },
      speech(_e, units) {
        const u = units[0];
        if (!u) return;
        const hits = ctx.hits(u);
        if (!hits.length) return;
        capCheck(units);
        const now = ctx.session.now;
        if (published === 0 && now - lastUnpublished > 30 * MINUTE) {
          lastUnpublished = now;
          ctx.report({ messageId: 'unpublished', unit: u, start: hits[0].start, end: hits[0].end, data: { text: hits[0].term } });
        }
      },
    };
  },
});
