// Disclosure across events: who sells whose goods in each product segment, whether review/knowledge talk with
// a live purchase link is marked as an ad, and health "knowledge" talk next to links for regulated goods.
import { defineRule, type LiveEvent, type Product, type RuleVisitors } from '@liveguard/core';
import { m, MINUTE, overlaysAfter, type OverlayLike } from './common.js';
import { documented, pin, product, say, session, show, start } from './examples.js';

// ------------------------------------------------------------------------------- who sells whose goods

function stripCompany(name: string): string {
  return name.replace(/[（(][^）)]*[）)]/g, '').replace(/(股份)?有限(责任)?公司$|集团$|公司$|商行$|经营部$/, '');
}
function stripShop(shop: string): string {
  return shop.replace(/(官方)?(旗舰店|专营店|专卖店|店)$/, '');
}

/** The strings whose presence discloses the seller: full name, shop, and their cores. */
export function sellerKeys(p: Product | undefined): string[] {
  const s = p?.seller;
  if (!s?.name) return [];
  const keys = new Set<string>([s.name]);
  const core = stripCompany(s.name);
  if (core.length >= 4) keys.add(core);
  if (core.length >= 6) keys.add(core.slice(2)); // 杭州好物日用品 → 好物日用品 (city prefix dropped when said aloud)
  if (s.shop) { keys.add(s.shop); const sc = stripShop(s.shop); if (sc.length >= 2) keys.add(sc); }
  return [...keys].filter((k) => k.length >= 2);
}

function discloses(text: string | undefined, keys: string[]): boolean {
  if (!text) return false;
  const t = text.replace(/\s+/g, '');
  return keys.some((k) => t.includes(k));
}

export function overlayDiscloses(o: OverlayLike, keys: string[]): boolean {
  if (o.kind === 'seller-identity') return !o.text || discloses(o.text, keys);
  return discloses(o.text, keys);
}

export interface WhoSellsOptions { disclosureWindowMs: number }

export const whoSellsWhoseGoods = documented(defineRule<WhoSellsOptions>({
  meta: {
    id: 'consumer-reg/who-sells-whose-goods', type: 'problem', severity: 'warning', binds: ['operator', 'merchant', 'streamer'], jurisdiction: 'CN',
    basis: [{ source: 'consumer-reg-2024', article: '第十三条', evidence: 'M' }],
    category: 'disclosure',
    defaultOptions: { disclosureWindowMs: 5 * MINUTE },
    docs: {
      description: m('每个上架讲解的商品，须在画面或口播中说明实际经营者（“谁在带货、带谁的货”）；口播的店铺/品牌须与商品链接的经营者一致',
        'For each pinned product the actual seller must be shown or said; the shop or brand said on air must match the listing\'s seller'),
    },
    messages: {
      undisclosed: m('商品“{{title}}”上架 {{minutes}} 分钟内，画面和口播均未说明实际经营者“{{seller}}”',
        'Product "{{title}}": the actual seller "{{seller}}" was neither shown nor said within {{minutes}} min of pinning'),
      noSeller: m('商品“{{title}}”的链接没有经营者信息，无法向消费者说明“带谁的货”', 'Product "{{title}}" has no seller entity in its listing'),
      concealed: m('口播回避或混淆实际经营者：“{{text}}”', 'The host obscures who actually sells the goods: "{{text}}"'),
      mismatch: m('口播的店铺“{{said}}”与商品链接的经营者“{{seller}}”不一致', 'The shop said on air ("{{said}}") differs from the listing\'s seller ("{{seller}}")'),
    },
  },
  lexicons: {
    concealed: { terms: ['厂名就不说了', '厂名不说了', '厂名不方便说', '厂家就不说了', '不方便说是哪个厂', '链接挂的是别人家', '挂的是别人家的店', '挂别人家的链接', '货都是我们的', '货都是我们自己的'] },
    shop: { terms: ['旗舰店', '专营店', '专卖店'] },
  },
  create(ctx) {
    const windowMs = ctx.options.disclosureWindowMs ?? 5 * MINUTE;
    let seg: { product: Product; keys: string[]; at: number; event: LiveEvent; disclosed: boolean; reported: boolean } | undefined;
    const reportedPhrases = new Set<string>();
    const report = () => {
      if (!seg || seg.disclosed || seg.reported || !seg.keys.length) return;
      seg.reported = true;
      ctx.report({
        messageId: 'undisclosed', event: seg.event,
        data: { title: seg.product.title, seller: seg.product.seller?.name ?? '', minutes: Math.round(windowMs / MINUTE) },
        extra: { productId: seg.product.id },
      });
    };
    const advance = (now: number) => { if (seg && now - seg.at > windowMs) report(); };
    const close = () => { report(); seg = undefined; };
    const visitors: RuleVisitors = {
      'product.pin'(e) {
        advance(ctx.session.now);
        close();
        const p = e.product;
        const keys = sellerKeys(p);
        seg = { product: p, keys, at: ctx.session.now, event: e, disclosed: false, reported: false };
        if (!keys.length) { seg.reported = true; ctx.report({ messageId: 'noSeller', event: e, severity: 'error', data: { title: p.title ?? p.id } }); return; }
        seg.disclosed = overlaysAfter(ctx.session, e).some((o) => overlayDiscloses(o, keys));
      },
      'product.unpin'(e) { advance(ctx.session.now); if (seg && seg.product.id === e.product?.id) close(); },
      'overlay.show'(e) {
        advance(ctx.session.now);
        if (seg && !seg.disclosed && overlayDiscloses({ kind: e.kind, text: e.text, since: ctx.session.now }, seg.keys)) seg.disclosed = true;
      },
      speech(e, units) {
        advance(ctx.session.now);
        const u = units[0];
        if (!u) return;
        if (seg && !seg.disclosed && discloses(u.text, seg.keys)) seg.disclosed = true;
        for (const h of ctx.hits(u)) {
          const key = `${seg?.product.id ?? ''}|${h.lexicon}|${h.term}`;
          if (reportedPhrases.has(key)) continue;
          if (h.lexicon === 'concealed') reportedPhrases.add(key);
          if (h.lexicon === 'concealed') ctx.report({ messageId: 'concealed', unit: u, start: h.start, end: h.end, data: { text: u.text.slice(h.start, h.end) } });
          else if (seg?.product.seller?.shop) {
            // the run of characters before 旗舰店 names the shop said on air
            const win = u.text.slice(Math.max(0, h.start - 8), h.start);
            const mm = /([^，。,、！？!?\s由是在从的家]{2,8})$/.exec(win);
            if (!mm) continue;
            const said = mm[1].replace(/官方$/, '');
            if (said.length < 2 || /^(我们|咱们|自己|这|那|官方)/.test(said)) continue;
            if (!seg.keys.some((k) => k.includes(said) || said.includes(stripShop(k)))) {
              if (reportedPhrases.has(`${key}|${said}`)) continue;
              reportedPhrases.add(`${key}|${said}`);
              ctx.report({ messageId: 'mismatch', unit: u, start: h.start - mm[1].length, end: h.end, data: { said: said + u.text.slice(h.start, h.end), seller: seg.product.seller.shop } });
            }
          }
        }
      },
      stats() { advance(ctx.session.now); },
      comment() { advance(ctx.session.now); },
      order() { advance(ctx.session.now); },
      'session.end'() { advance(ctx.session.now); close(); },
    };
    return Object.assign(visitors, { tick: (ts: number) => advance(ts) });
  },
}), {
  violating: [
    session('上架 6 分钟，画面和口播都没有说明经营者',
      start(), pin(0, product()), say(30, '这款面霜很好用，一号链接'), say(400, '还没拍的抓紧')),
    session('口播回避实际经营者',
      start(), pin(0, product()), show(1, 'seller', 'seller-identity', '经营者：杭州好物日用品有限公司'), say(30, '今天这个是我们自己厂里出的，厂名就不说了，放心拍')),
    session('商品链接没有经营者信息',
      start(), pin(0, product({ id: 'p9', title: '手工红糖', category: 'food', seller: undefined }))),
  ],
  compliant: [
    session('画面显示经营者名称',
      start(), pin(0, product()), show(1, 'seller', 'seller-identity', '经营者：杭州好物日用品有限公司'), say(30, '这款面霜很好用，一号链接')),
    session('口播说明发货店铺',
      start(), pin(0, product()), say(30, '这款由好物官方旗舰店发货，售后找店铺客服')),
  ],
}, {
  requirement: {
    'zh-CN': '《消费者权益保护法实施条例》第十三条（条号待核）：通过网络、电视等方式提供商品的经营者，应当在首页、视频画面、语音、商品目录等处以显著方式标明或者说明其真实名称和标识。本规则按商品讲解段（上架到下一次上架）检查：上架后默认 5 分钟内，画面（overlay kind 为 seller-identity，或文字含经营者名称、店铺名）或口播须说明商品链接中的实际经营者；链接没有经营者信息的报错；回避经营者的说法和口播店铺与链接经营者不一致的情形也报告。',
    en: 'Consumer-law implementing regulation art 13 (article number to be verified): sellers offering goods online or on TV must prominently show or state their real name and mark on the homepage, in the video frame, by voice or in the catalogue. Per product segment (pin to next pin) the rule requires the listing\'s actual seller to be shown (overlay kind seller-identity, or text with the seller\'s name or shop) or said within 5 minutes of pinning (configurable); a listing without a seller is an error; phrases that obscure the seller and a spoken shop that differs from the listing\'s seller are reported too.',
  },
  fix: {
    'zh-CN': '每个商品上架时在画面显示实际经营者名称（或店铺名），或由主播口播“本商品由××旗舰店销售”；商品链接须带经营者信息；不要用“厂名就不说了”之类说法回避。',
    en: 'When a product is pinned, show its actual seller (or shop) on screen or have the host say who sells it; give every listing its seller; do not dodge the question ("厂名就不说了").',
  },
});

// ------------------------------------------------------------------------------- ad identifiability

const AD_MARK = /广告|商业推广|推广合作/;

export const adIdentifiability = documented(defineRule({
  meta: {
    id: 'ad-law/ad-identifiability', type: 'problem', severity: 'warning', binds: ['operator', 'streamer', 'merchant'], jurisdiction: 'CN',
    basis: [{ source: 'ad-law', article: '第十四条', evidence: 'T' }, { source: 'internet-ad-2023', article: '第九条', evidence: 'T' }],
    category: 'disclosure',
    docs: {
      description: m('测评、分享、科普类内容同时挂有购买链接时，须显著标明“广告”', 'Review, sharing or knowledge content with a live purchase link must be marked "广告"'),
    },
    messages: {
      unmarked: m('“{{text}}”：挂着购物链接的测评/分享内容未标明“广告”', '"{{text}}": review/sharing content with a purchase link is not marked as an ad'),
    },
  },
  lexicons: { cue: { terms: ['纯分享', '不是广告', '不是打广告', '真实测评', '做个测评', '测评一下', '亲测', '自用分享', '真实体验', '给大家种草', '无广'] } },
  create(ctx) {
    let reportedFor: string | undefined;
    return {
      speech(_e, units) {
        const u = units[0];
        const pinned = ctx.session.pinned;
        if (!u || !pinned || reportedFor === pinned.id) return;
        const hits = ctx.hits(u);
        if (!hits.length) return;
        if (overlaysAfter(ctx.session, undefined).some((o) => o.kind === 'ad-marker' || (!!o.text && AD_MARK.test(o.text)))) return;
        reportedFor = pinned.id;
        const h = hits[0];
        ctx.report({ messageId: 'unmarked', unit: u, start: h.start, end: h.end, data: { text: h.term }, extra: { productId: pinned.id } });
      },
      'product.pin'() { reportedFor = undefined; },
    };
  },
}), {
  violating: [
    session('挂着购物链接说“纯分享”，画面无“广告”标识',
      start(), pin(0, product()), say(10, '我纯分享，不是广告啊，小黄车一号链接')),
    session('挂着购物链接做测评，画面无“广告”标识',
      start(), pin(0, product()), say(10, '今天就是给大家做个真实测评，这款面霜我亲测一个月')),
  ],
  compliant: [
    session('测评时画面显示“广告”',
      start(), pin(0, product()), show(1, 'ad', 'ad-marker', '广告'), say(10, '今天给大家做个真实测评，这款面霜我用了一个月')),
    session('分享时没有挂购物链接',
      start(), say(10, '今天纯分享一下我的护肤步骤，不卖货')),
  ],
}, {
  requirement: {
    'zh-CN': '《广告法》第十四条：广告应当具有可识别性，能够使消费者辨明其为广告。《互联网广告管理办法》第九条：以知识介绍、体验分享、消费测评等形式推销商品并附加购物链接等购买方式的，广告发布者应当显著标明“广告”。本规则在有商品上架（购物链接）时，检查“纯分享”“真实测评”“亲测”等说法出现时画面是否有“广告”标识（overlay kind 为 ad-marker，或文字含“广告”“商业推广”“推广合作”）。',
    en: 'Advertising Law art 14: ads must be identifiable as ads. Internet advertising measures art 9: goods promoted through knowledge, experience-sharing or review content with a purchase link must be marked "广告" prominently. With a product pinned (a live purchase link), the rule checks that an ad marker (overlay kind ad-marker, or text 广告 / 商业推广 / 推广合作) is on screen when 纯分享, 真实测评, 亲测 and the like are said.',
  },
  fix: {
    'zh-CN': '测评、分享、科普段落挂购物链接时，在画面显著位置显示“广告”；不要以“纯分享”“不是广告”掩盖推广性质。',
    en: 'Show a prominent "广告" marker whenever review, sharing or knowledge content runs with a purchase link; do not call it 纯分享 or 不是广告.',
  },
});

// ------------------------------------------------------------------------------- disguised health knowledge

export const REGULATED = new Set(['health-food', 'drug-otc', 'drug-rx', 'medical-device', 'special-medical-food']);

export interface KnowledgeOptions { windowMs: number }

export const disguisedHealthKnowledge = documented(defineRule<KnowledgeOptions>({
  meta: {
    id: 'internet-ad-2023/disguised-health-knowledge', type: 'problem', severity: 'error', binds: ['streamer', 'operator'], jurisdiction: 'CN',
    basis: [{ source: 'internet-ad-2023', article: '第八条', evidence: 'T' }, { source: 'ad-law', article: '第十九条', evidence: 'T' }],
    category: 'medical-claim',
    defaultOptions: { windowMs: 10 * MINUTE },
    docs: {
      description: m('以健康、养生知识讲解的形式变相发布医疗、药品、医疗器械、保健食品、特医食品广告：讲解同时挂出相关购买链接或口播联系方式',
        'Health or wellness talks must not carry purchase links or contact details of related medical, drug, device, health-food or FSMP products'),
    },
    messages: {
      link: m('健康/养生知识讲解期间挂出“{{title}}”的购买链接，构成变相广告', 'A purchase link for "{{title}}" is live during a health-knowledge talk (disguised ad)'),
      contact: m('健康/养生知识讲解中口播联系方式：“{{text}}”', 'Contact details given during a health-knowledge talk: "{{text}}"'),
    },
  },
  lexicons: {
    knowledge: { terms: ['养生知识', '健康知识', '健康讲座', '养生讲座', '养生讲堂', '健康课堂', '养生课', '老专家', '专家讲讲', '请专家', '给大家科普', '科普一下', '怎么调理', '调理方案', '血管堵塞'] },
    contact: { terms: ['加我助理', '加助理', '加我微信', '加微信', '私信我', '打这个电话', '联系电话', '拨打'] },
  },
  create(ctx) {
    const windowMs = ctx.options.windowMs ?? 10 * MINUTE;
    let knowledgeAt = -Infinity, talkStart = -Infinity;
    let linkReportedFor: string | undefined;
    let contactReportedAt = -Infinity;
    const inTalk = (now: number) => now - knowledgeAt <= windowMs;
    return {
      speech(_e, units) {
        const u = units[0];
        if (!u) return;
        const hits = ctx.hits(u);
        if (!hits.length) return;
        const now = ctx.session.now;
        const k = hits.find((h) => h.lexicon === 'knowledge');
        if (k) {
          if (!inTalk(now)) { talkStart = now; linkReportedFor = undefined; }
          knowledgeAt = now;
          const p = ctx.session.pinned;
          if (p && REGULATED.has(String(p.category)) && linkReportedFor !== p.id) {
            linkReportedFor = p.id;
            ctx.report({ messageId: 'link', unit: u, start: k.start, end: k.end, data: { title: p.title }, extra: { productId: p.id } });
          }
        }
        const c = hits.find((h) => h.lexicon === 'contact');
        if (c && inTalk(now) && contactReportedAt < talkStart) {
          contactReportedAt = now;
          ctx.report({ messageId: 'contact', unit: u, start: c.start, end: c.end, data: { text: u.text.slice(c.start, c.end) } });
        }
      },
      'product.pin'(e) {
        const p = e.product;
        if (p.id !== linkReportedFor) linkReportedFor = undefined;
        if (REGULATED.has(String(p.category)) && inTalk(ctx.session.now) && linkReportedFor !== p.id) {
          linkReportedFor = p.id;
          ctx.report({ messageId: 'link', event: e, data: { title: p.title }, extra: { productId: p.id } });
        }
      },
    };
  },
}), {
  violating: [
    session('保健食品链接挂着时讲养生知识',
      start(), pin(0, product({ id: 'p2', title: '鱼油软胶囊', category: 'health-food' })), say(10, '今天请老专家讲讲血管堵塞怎么调理')),
    session('健康讲座中口播联系方式',
      start(), say(10, '今天开个健康讲座，聊聊血压高怎么调理'), say(60, '想了解调理方案的加我助理')),
  ],
  compliant: [
    session('普通化妆品讲解中的科普',
      start(), pin(0, product({ id: 'p4', title: '清爽防晒霜', category: 'cosmetics' })), say(10, '给大家科普一下防晒霜上的SPF是什么意思')),
    session('保健食品讲解，未以养生知识讲座形式进行',
      start(), pin(0, product({ id: 'p2', title: '鱼油软胶囊', category: 'health-food' })), say(10, '这款鱼油每粒含DHA两百毫克，一天两粒')),
  ],
}, {
  requirement: {
    'zh-CN': '《互联网广告管理办法》第八条：禁止以介绍健康、养生知识等形式，变相发布医疗、药品、医疗器械、保健食品、特殊医学用途配方食品广告；介绍健康、养生知识的，不得在同一页面或者同时出现相关产品的购物链接、经营者联系方式等内容。《广告法》第十九条禁止广播电台、电视台、报刊音像出版单位、互联网信息服务提供者以介绍健康、养生知识等形式变相发布此类广告。本规则在“养生知识”“健康讲座”“老专家”等讲解期间（默认 10 分钟内），检查是否挂出保健食品、药品、医疗器械、特医食品的链接，或口播“加我助理”“加微信”等联系方式。',
    en: 'Internet advertising measures art 8: no disguised medical, drug, device, health-food or FSMP ads in the form of health or wellness knowledge; such talks may not carry purchase links or seller contact details for related products on the same page or at the same time. Advertising Law art 19 forbids media and internet information service providers to publish such disguised ads. During a health-knowledge talk (10 minutes by default) the rule reports a live link for health food, drugs, devices or FSMP, and spoken contact details (加我助理, 加微信 …).',
  },
  fix: {
    'zh-CN': '健康、养生知识讲解时不挂相关商品链接、不留联系方式；销售受监管商品时按广告发布（须经审查），与知识讲解明确分开。',
    en: 'Keep health talks free of links and contact details for related products; sell regulated goods as an (approved) ad, clearly separate from any knowledge talk.',
  },
});
