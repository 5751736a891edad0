// Promotions: gifts (赠品) and prize draws (福袋/抽奖), checked against the published promo rules and the prices.
import { defineRule, type PromoRuleEvent, type TextUnit } from '@liveguard/core';
// Findings anchored at an event (no text span) are deduplicated per rule and event, so a second finding on the
// same event is anchored at its text span.
import { findAmounts } from './numbers.js';
import { m, MINUTE, yuan } from './common.js';
import { at, documented, pin, product, say, session, start } from './examples.js';
import type { LiveEvent } from '@liveguard/core';

const promo = (sec: number, id: string, kind: PromoRuleEvent['kind'], text: string, conditions?: string): LiveEvent =>
  ({ type: 'promo.rule', ts: at(sec), id, kind, text, ...(conditions ? { conditions } : {}) }) as LiveEvent;
const EYE_CREAM = product({ id: 'g1', title: '修护眼霜', price: 89 });

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

export const giftValueVsPrice = documented(defineRule({
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
}), {
  violating: [
    session('口播赠品价值 599 元，本店眼霜售价 89 元',
      start(), pin(0, EYE_CREAM), pin(5, product()), say(10, '拍一单送价值599元的眼霜')),
    session('赠品规则没有写数量',
      start(), pin(0, product()), promo(5, 'gift1', 'gift', '下单送精美赠品')),
  ],
  compliant: [
    session('口播赠品价值等于本店售价',
      start(), pin(0, EYE_CREAM), pin(5, product()), say(10, '拍一单送价值89元的眼霜')),
    session('赠品规则写明数量',
      start(), pin(0, product()), promo(5, 'gift1', 'gift', '每单赠送修护眼霜旅行装1支')),
  ],
}, {
  requirement: {
    'zh-CN': '《广告法》第八条第二款：广告中表明推销的商品附带赠送的，应当明示所附带赠送商品或者服务的品种、规格、数量、期限和方式。《明码标价和禁止价格欺诈规定》第十八条：赠品标示价格或价值的，应当标示赠品在同一经营场所当前销售价格。本规则把口播“送价值N元的X”与本场已上架商品 X 的售价核对，并检查已发布的赠品规则（promo.rule，kind 为 gift）是否写明数量。',
    en: 'Advertising Law art 8 para 2: an ad stating that goods come with a gift must specify the gift\'s kind, specification, quantity, period and manner. Price-fraud provisions art 18: a stated gift price or value must be the gift\'s current selling price at the same venue. The rule checks a spoken "送价值N元的X" against the selling price of product X in this session, and that published gift rules (promo.rule of kind gift) state a quantity.',
  },
  fix: {
    'zh-CN': '赠品价值按本店现售价口播或标示；赠品规则写明品种、规格、数量。',
    en: 'State a gift\'s value at its current selling price in the shop; give kind, specification and quantity in the gift rule.',
  },
});

// ------------------------------------------------------------------------------- prize draws

export const PRIZE_CAP = 50_000;

export const prizeDrawDisclosure = documented(defineRule({
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
}), {
  violating: [
    session('口播抽奖，此前未公布抽奖规则',
      start(), say(5, '福袋里有台苹果手机，关注就能抽')),
    session('抽奖规则没有开奖时间',
      start(), promo(5, 'lot1', 'lottery', '评论口令参与，抽3名送手机')),
  ],
  compliant: [
    session('先公布完整的抽奖规则，再口播开奖',
      start(), promo(5, 'lot1', 'lottery', '福袋：关注并评论口令参与，10分钟后开奖，共5份保温杯'), say(615, '福袋开奖啦，恭喜中奖的家人')),
    session('抽奖规则的条件写在 conditions 中',
      start(), promo(5, 'lot2', 'lottery', '整点福袋抽奖', '加入粉丝团可参与，20:30开奖，名额10个')),
  ],
}, {
  requirement: {
    'zh-CN': '《规范促销行为暂行规定》第十三条（二手资料）：有奖销售前应明确公布奖项种类、参与条件和方式、开奖时间和方式、奖金金额或奖品价格、名称、种类、数量或中奖概率等信息。本规则检查已发布的抽奖规则（promo.rule，kind 为 lottery）是否写明奖品数量或中奖概率、开奖时间和参与条件，以及口播抽奖前是否已发布任何抽奖规则。五万元最高奖金额见全国规则包。',
    en: 'Promotion provisions art 13 (secondary sources): before a prize promotion, publish the prizes, conditions and manner of participation, draw time and manner, prize value, name, kind, quantity or odds. The rule checks that published draw rules (promo.rule of kind lottery) give the prize quantity or odds, the draw time and the conditions, and that some draw rules were published before a draw is announced on air. The 50,000-yuan cap is the national pack\'s.',
  },
  fix: {
    'zh-CN': '开播抽奖前在直播间发布完整规则：奖品名称和数量（或中奖概率）、参与条件、开奖时间和方式。',
    en: 'Publish the full draw rules before announcing a draw: prize name and quantity (or odds), conditions, draw time and manner.',
  },
});
