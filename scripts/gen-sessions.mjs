#!/usr/bin/env node
// Writes the recorded-session fixtures under fixtures/sessions/<name>/session.jsonl (and prices.csv where a
// session needs a price history from other channels). Deterministic: a seeded PRNG per session, fixed dates.
// Each session is hours long with thousands of speech events, overlays, product pins, prices, stock, orders,
// comments and viewer stats; honest sessions must come out clean, the others carry the violations their
// README line describes. Run: node scripts/gen-sessions.mjs [outDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.argv[2] ? path.resolve(process.argv[2]) : path.join(ROOT, 'fixtures/sessions');
const DAY = 86_400_000;
/** Segment lengths are multiplied by this: sessions run 3–4 hours with 2,000+ utterances each. */
const SCALE = 1.6;

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const iso = (ms) => new Date(ms + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
const cnDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 129 → 一百二十九 (spoken prices in the transcript, as ASR writes them). */
function cn(n) {
  if (n < 10) return cnDigits[n];
  if (n < 20) return '十' + (n % 10 ? cnDigits[n % 10] : '');
  const units = [[1000, '千'], [100, '百'], [10, '十']];
  let out = '', zero = false, started = false;
  for (const [u, name] of units) {
    const d = Math.floor(n / u) % 10;
    if (d) { if (zero && started) out += '零'; out += cnDigits[d] + name; started = true; zero = false; } else if (started) zero = true;
  }
  if (n % 10) out += (zero && started ? '零' : '') + cnDigits[n % 10];
  return out;
}

const FILLERS = [
  '欢迎刚进直播间的朋友们', '喜欢主播的可以点个关注', '有问题可以打在公屏上，我一个一个回答', '看到有朋友问发什么快递，默认中通，偏远地区顺丰',
  '下单之后四十八小时内发货', '我们再来看一下这个细节', '大家看一下这个质地', '感谢大家的点赞', '稍等一下我喝口水', '后台的同学帮我看一下订单',
  '新来的朋友可以先看看详情页', '我们今天的节奏是一个一个讲', '有什么想看的款式可以在评论区说', '我把镜头拉近一点给大家看', '售后有问题直接找店铺客服',
  '支持七天无理由退换', '收到货有任何问题都可以联系客服处理', '我们慢慢讲，不着急', '这个颜色在灯光下会偏亮一点，以实物为准', '家人们晚上好',
];
const PITCH = {
  cosmetics: ['这款面霜主打补水保湿，质地是乳霜状的', '上脸很好推开，不黏腻', '敏感肌建议先在耳后试用', '成分表在详情页第三张图，大家可以看一下',
    '五十毫升一瓶，正常用量能用两个月左右', '保质期三年，开封后建议十二个月内用完', '秋冬干燥的时候可以厚涂一层', '早晚洁面以后取黄豆大小的量'],
  'health-food': ['这款是蓝帽子保健食品，批准文号在详情页', '适宜人群是成年人，孕妇和儿童不适宜食用', '每天两粒，随餐吃', '保健食品不是药物，不能代替药物治疗疾病',
    '一瓶六十粒，可以吃一个月', '请按标签上的食用量食用，不要超量', '配料表在详情页，大家下单前看一下'],
  food: ['这款坚果是每日小包装，一天一包', '一箱三十包，独立包装方便携带', '保质期一百八十天，放在阴凉干燥的地方', '配料表很简单，大家可以放大看',
    '口味是原味的，没有额外调味', '小朋友吃的时候注意大人看护，别整颗吞'],
  'medical-device': ['这款是家用电子血压计，医疗器械注册证编号在详情页', '使用前请仔细阅读说明书', '袖带适合臂围二十二到三十二厘米',
    '测量的时候保持安静坐姿', '用四节五号电池，也可以接电源'],
  clothing: ['这件外套是聚酯纤维面料，防泼水', '尺码表在详情页，一百六十五身高一百一十斤穿M码', '有黑色和卡其色两个颜色', '袖口是可调节的魔术贴',
    '洗涤建议手洗或者轻柔模式', '内里是网布，透气'],
  kitchen: ['这口锅是三层钢的，电磁炉和燃气灶都能用', '直径二十八厘米，三到五口之家够用', '锅盖是钢化玻璃的，能看到里面', '手柄做了隔热处理',
    '第一次用之前用热水洗一遍就行', '重量一点八公斤'],
};
const COMMENTS = ['主播好', '发什么快递', '有赠品吗', '多少钱', '已拍', '这个颜色好看', '尺码怎么选', '能便宜点吗', '什么时候发货', '支持退换吗', '上链接',
  '来了来了', '主播今天好漂亮', '敏感肌能用吗', '已经回购第三次了', '孕妇能用吗', '包邮吗', '声音好好听', '怎么没有小号', '下一个讲什么'];

class Builder {
  constructor(name, seed, startIso, meta) {
    this.name = name; this.rand = mulberry32(seed); this.t = Date.parse(startIso); this.start = this.t; this.events = [];
    this.meta = meta; this.stock = new Map(); this.price = new Map(); this.pinned = undefined; this.csv = [];
    this.push({ type: 'session.start', ...meta });
  }
  pick(a) { return a[Math.floor(this.rand() * a.length)]; }
  push(e, at = this.t) { this.events.push({ ...e, ts: iso(at), _t: at, _i: this.events.length }); }
  wait(sec) { this.t += Math.round(sec * 1000); }
  say(text, speaker = this.meta.hosts[0].id, dur) {
    const d = dur ?? Math.max(2, Math.min(9, text.length * 0.22 + this.rand() * 1.5));
    this.push({ type: 'speech', text, speaker, endTs: iso(this.t + d * 1000) });
    this.wait(d + 0.5 + this.rand() * 2.5);
  }
  show(id, kind, text, bbox) { this.push({ type: 'overlay.show', id, kind, ...(text ? { text } : {}), ...(bbox ? { bbox } : {}) }); }
  hide(id) { this.push({ type: 'overlay.hide', id }); }
  pin(p) {
    this.pinned = p; this.price.set(p.id, p.price);
    if (!this.stock.has(p.id)) this.stock.set(p.id, p.stock ?? 500);
    this.push({ type: 'product.pin', product: { ...p, stock: this.stock.get(p.id) } });
  }
  unpin() { if (this.pinned) this.push({ type: 'product.unpin', product: { id: this.pinned.id } }); this.pinned = undefined; }
  setPrice(pid, price, listPrice) { this.price.set(pid, price); this.push({ type: 'price.change', productId: pid, price, ...(listPrice ? { listPrice } : {}) }); }
  setStock(pid, n) { this.stock.set(pid, n); this.push({ type: 'stock.change', productId: pid, stock: n }); }
  order(pid, qty = 1, price = this.price.get(pid)) {
    const s = this.stock.get(pid) ?? Infinity;
    if (s < qty) return false;
    this.push({ type: 'order', productId: pid, qty, price, channel: 'live' });
    if (Number.isFinite(s)) this.setStock(pid, s - qty);
    return true;
  }
  promo(id, kind, text, conditions) { this.push({ type: 'promo.rule', id, kind, text, ...(conditions ? { conditions } : {}) }); }
  /** A product segment of `minutes`: pitch and filler speech, orders at the live price, optional scripted lines. */
  segment(p, minutes, { host, speakers, scripted = [], orderRate = 0.35, pitch = PITCH[p.category] ?? PITCH.clothing, onStart, onEnd } = {}) {
    this.pin(p);
    onStart?.();
    const end = this.t + minutes * SCALE * 60_000;
    const script = [...scripted].sort((a, b) => a.at - b.at);
    const t0 = this.t;
    while (this.t < end) {
      const sp = speakers ? this.pick(speakers) : host;
      if (script.length && this.t - t0 >= script[0].at * 1000) {
        const s = script.shift();
        if (s.do) s.do(); else this.say(s.text, s.speaker ?? sp ?? undefined);
        continue;
      }
      this.say(this.rand() < 0.55 ? this.pick(pitch) : this.pick(FILLERS), sp ?? undefined);
      if (this.rand() < orderRate) this.order(p.id, this.rand() < 0.8 ? 1 : 2);
    }
    for (const s of script) if (s.do) s.do(); else this.say(s.text, s.speaker);
    onEnd?.();
    this.unpin();
  }
  /** Viewer stats every 30 s and organic comments, merged by time with the main events. */
  background({ viewers = [800, 3000], commentEverySec = 4, extraComments = [] } = {}) {
    const end = this.t;
    let v = viewers[0];
    for (let t = this.start + 15_000; t < end; t += 30_000) {
      v = Math.max(50, Math.round(v + (this.rand() - 0.45) * (viewers[1] - viewers[0]) * 0.08));
      v = Math.min(v, viewers[1]);
      this.push({ type: 'stats', viewers: v, likes: Math.round((t - this.start) / 100), orders: 0 }, t);
    }
    let n = 0;
    for (let t = this.start + 5_000; t < end; t += Math.round((0.3 + this.rand() * 1.4) * commentEverySec * 1000)) {
      const u = Math.floor(this.rand() * 40000);
      this.push({ type: 'comment', user: { id: `u${u}`, ip: `${1 + (u % 200)}.${(u * 7) % 256}.${(u * 13) % 256}.${u % 250}` }, text: this.pick(COMMENTS) }, t);
      n++;
    }
    for (const c of extraComments) this.push(c.e, c.at);
  }
  end() { this.push({ type: 'session.end' }); }
  /** Orders on other channels before (or after) the stream, as the CSV price history. */
  history(pid, days, price, perDay = 3, channel = 'tmall', offsetDays = 0) {
    for (let d = days; d >= 1; d--) for (let k = 0; k < perDay; k++) {
      this.csv.push([pid, iso(this.start - (d - offsetDays) * DAY + k * 3_600_000 + 9 * 3_600_000), typeof price === 'function' ? price(d) : price, 1, channel]);
    }
  }
  write() {
    const dir = path.join(OUT, this.name);
    fs.mkdirSync(dir, { recursive: true });
    const evs = this.events.sort((a, b) => a._t - b._t || a._i - b._i).map(({ _t, _i, ...e }) => e);
    // post-session orders (price after the stream) stay after session.end, as recorded
    fs.writeFileSync(path.join(dir, 'session.jsonl'), evs.map((e) => JSON.stringify(e)).join('\n') + '\n');
    if (this.csv.length) fs.writeFileSync(path.join(dir, 'prices.csv'), 'productId,ts,price,qty,channel\n' + this.csv.map((r) => r.join(',')).join('\n') + '\n');
    const speech = evs.filter((e) => e.type === 'speech').length;
    return { name: this.name, events: evs.length, speech, bytes: fs.statSync(path.join(dir, 'session.jsonl')).size };
  }
}

const seller = (name, shop) => ({ name, creditCode: '91330000' + String(name.length * 7919).padStart(10, '0'), shop });
const CREAM = { id: 'sku-cream', title: '玻尿酸保湿面霜 50ml', category: 'cosmetics', brand: '润之源', seller: seller('杭州润之源化妆品有限公司', '润之源官方旗舰店'), price: 129, listPrice: 159, stock: 800 };
const SERUM = { id: 'sku-serum', title: '保湿精华液 30ml', category: 'cosmetics', brand: '润之源', seller: seller('杭州润之源化妆品有限公司', '润之源官方旗舰店'), price: 99, listPrice: 119, stock: 600 };
const NUTS = { id: 'sku-nuts', title: '每日坚果 30包', category: 'food', brand: '山野记', seller: seller('临安山野记食品有限公司', '山野记旗舰店'), price: 89, listPrice: 109, stock: 1500 };
const JACKET = { id: 'sku-jacket', title: '防泼水连帽外套', category: 'other', brand: '行者', seller: seller('广州行者服饰有限公司', '行者服饰专营店'), price: 199, listPrice: 259, stock: 400 };
const POT = { id: 'sku-pot', title: '三层钢炒锅 28cm', category: 'other', brand: '匠炊', seller: seller('永康匠炊厨具有限公司', '匠炊厨具旗舰店'), price: 159, listPrice: 199, stock: 300 };
const FISHOIL = { id: 'sku-fishoil', title: '深海鱼油软胶囊 60粒', category: 'health-food', brand: '康源', approvalNo: '国食健注G20240000', adApprovalNo: '沪食健广审（视）第260101-00001号', description: '保健食品不是药物，不能代替药物治疗疾病。适宜人群：成年人；不适宜人群：孕妇、儿童。', seller: seller('上海康源营养品有限公司', '康源保健旗舰店'), price: 168, listPrice: 198, stock: 900 };
const BPM = { id: 'sku-bpm', title: '家用电子血压计', category: 'medical-device', brand: '安测', seller: seller('深圳安测医疗器械有限公司', '安测医疗旗舰店'), price: 239, listPrice: 299, stock: 500 };
const SELLER_BOX = [0.02, 0.9, 0.35, 0.06];
const LABEL_BOX = [0.78, 0.03, 0.2, 0.05];
const sellerText = (p) => `经营者：${p.seller.name}（${p.seller.shop}）`;
const HEALTH_NOTICE = '保健食品不是药物，不能代替药物治疗疾病';
const DEVICE_NOTICE = '请仔细阅读产品说明书或者在医务人员的指导下购买和使用';

function honestSegment(b, p, minutes, extra = {}) {
  b.segment(p, minutes, {
    ...extra,
    onStart: () => { b.show(`seller-${p.id}`, 'seller-identity', sellerText(p), SELLER_BOX); extra.onStart?.(); },
    onEnd: () => { extra.onEnd?.(); b.hide(`seller-${p.id}`); },
  });
}
const room = (id, name, operator, region) => ({ id, name, platform: 'douyin', operator: { name: operator, creditCode: '91000000MA0000000X', region } });

const sessions = [];

// 1. honest cosmetics room in Beijing: true compared prices, a true "近30天最低价", seller shown, clean
sessions.push(() => {
  const b = new Builder('honest-cosmetics-bj', 101, '2026-03-12T19:30:00+08:00', {
    room: room('bj-001', '润之源美妆直播间', '北京星河文化传媒有限公司', '110105'), hosts: [{ id: 'h1', name: '林可', kind: 'human', age: 27 }],
  });
  b.history(CREAM.id, 30, 159); b.history(SERUM.id, 30, 119);
  b.say('家人们晚上好，今天给大家带来润之源的两款保湿产品');
  for (let round = 0; round < 3; round++) {
    honestSegment(b, CREAM, 25, { host: 'h1', scripted: [
      { at: 30, text: `日常价${cn(159)}，今天直播间${cn(129)}` },
      { at: 300, text: '近三十天店里都没有卖过比今天更低的价格，成交记录都在后台' },
      { at: 600, text: '这款由润之源官方旗舰店发货，经营主体是杭州润之源化妆品有限公司' },
    ] });
    honestSegment(b, SERUM, 20, { host: 'h1', scripted: [{ at: 40, text: `精华液划线价${cn(119)}，今天${cn(99)}到手` }] });
  }
  b.say('今天的直播就到这里，感谢大家');
  b.background({ viewers: [600, 4200] });
  b.end();
  return b;
});

// 2. honest AI-hosted room in Zhejiang: label on throughout, opening spoken cue, scarcity backed by stock, clean
sessions.push(() => {
  const b = new Builder('honest-ai-host-zj', 202, '2026-04-02T10:00:00+08:00', {
    room: room('zj-101', '山野记坚果数字人直播间', '杭州山野记电子商务有限公司', '330185'), hosts: [{ id: 'ai1', name: '小禾（AI数字人）', kind: 'ai', likenessConsentId: 'LC-2026-0012' }],
    audienceRegions: ['330000', '320000'],
  });
  b.show('ai-label', 'ai-label', '本直播间主播为AI数字人', LABEL_BOX);
  b.say('大家好，我是AI数字人主播小禾，本场直播画面由AI生成', 'ai1');
  b.history(NUTS.id, 20, 109);
  for (let round = 0; round < 6; round++) {
    honestSegment(b, NUTS, 24, { host: 'ai1', orderRate: 0.5, scripted: [
      { at: 20, text: `划线价${cn(109)}，今天直播间${cn(89)}一箱` },
      { at: 400, do: () => { const s = b.stock.get(NUTS.id); b.say(`这一箱的库存只剩最后${s}件，屏幕右下角是实时库存`, 'ai1'); } },
    ] });
    b.say('我们休息两分钟，马上回来', 'ai1');
    b.wait(120);
  }
  b.background({ viewers: [300, 1500] });
  b.end();
  return b;
});

// 3. honest health food in Shanghai: disclaimer on screen through every segment, clean
sessions.push(() => {
  const b = new Builder('honest-health-food-sh', 303, '2026-05-06T20:00:00+08:00', {
    room: room('sh-301', '康源营养直播间', '上海康源营养品有限公司', '310104'), hosts: [{ id: 'h1', name: '周医生助理小陈', kind: 'human', age: 31 }],
  });
  b.history(FISHOIL.id, 30, 198);
  for (let round = 0; round < 5; round++) {
    honestSegment(b, FISHOIL, 26, { host: 'h1', orderRate: 0.3,
      onStart: () => b.show(`notice-${round}`, 'disclaimer', HEALTH_NOTICE, [0.02, 0.82, 0.6, 0.05]), onEnd: () => b.hide(`notice-${round}`),
      scripted: [{ at: 60, text: `划线价${cn(198)}，今天${cn(168)}` }] });
    b.say('我们下一轮再讲一遍食用方法');
  }
  b.background({ viewers: [400, 2000] });
  b.end();
  return b;
});

// 4. honest multi-product room in Guangzhou: prize draw with full rules, a true gift value, clean
sessions.push(() => {
  const b = new Builder('honest-multi-product-gz', 404, '2026-03-20T19:00:00+08:00', {
    room: room('gz-401', '行者生活馆', '广州行者服饰有限公司', '440106'), hosts: [{ id: 'h1', name: '阿杰', kind: 'human', age: 30 }, { id: 'h2', name: '小雨', kind: 'human', age: 24 }],
  });
  b.history(JACKET.id, 15, 259); b.history(POT.id, 15, 199); b.history(SERUM.id, 15, 119);
  b.promo('draw-1', 'lottery', '福袋：保温杯1个，共10份', '参与条件：关注主播并发送口令“行者”，10分钟后开奖，中奖名单公屏公示，三天内发货');
  b.promo('gift-1', 'gift', '下单外套赠收纳袋1个', '每单限赠1个，赠完即止');
  for (let round = 0; round < 3; round++) {
    honestSegment(b, JACKET, 22, { speakers: ['h1', 'h2'], scripted: [
      { at: 30, text: `外套划线价${cn(259)}，今天${cn(199)}` },
      { at: 200, text: '福袋已经发出，参与方式看福袋说明，十分钟后开奖' },
    ] });
    honestSegment(b, POT, 18, { speakers: ['h1', 'h2'], scripted: [{ at: 30, text: `炒锅日常价${cn(199)}，今天${cn(159)}` }] });
    honestSegment(b, SERUM, 12, { speakers: ['h2'], scripted: [{ at: 30, text: `拍炒锅赠送一套精华液小样，店铺在售价${cn(99)}元` }] });
  }
  b.background({ viewers: [900, 5200], commentEverySec: 3 });
  b.end();
  return b;
});

// 5. AI host whose label drops out, is covered by a promo card, and who claims to be a real person (Zhejiang)
sessions.push(() => {
  const b = new Builder('ai-label-dropout-zj', 505, '2026-04-15T19:00:00+08:00', {
    room: room('zj-505', '润之源AI直播间', '宁波某某网络科技有限公司', '330203'), hosts: [{ id: 'ai1', name: '主播小美（真人）', kind: 'ai' }],
  });
  b.history(CREAM.id, 20, 159);
  b.say('欢迎来到直播间', 'ai1');
  b.show('ai-label', 'ai-label', 'AI生成', LABEL_BOX);
  for (let round = 0; round < 5; round++) {
    honestSegment(b, CREAM, 25, { host: 'ai1', scripted: round === 1 ? [
      { at: 60, do: () => b.hide('ai-label') }, { at: 240, do: () => b.show('ai-label-2', 'ai-label', 'AI生成', LABEL_BOX) },
    ] : round === 2 ? [
      { at: 100, do: () => b.show('promo-card', 'promo', '限时福利 立即抢购', [0.7, 0.0, 0.3, 0.15]) }, { at: 500, do: () => b.hide('promo-card') },
      { at: 700, text: '我是真人主播哦，不是AI，放心拍', speaker: 'ai1' },
    ] : [] });
  }
  b.background({ viewers: [500, 2500] });
  b.end();
  return b;
});

// 6. price fraud on cosmetics: 原价 above the 7-day low, a baseline of "外面", a markup before the stream
sessions.push(() => {
  const b = new Builder('price-fraud-cosmetics', 606, '2026-03-25T20:00:00+08:00', {
    room: room('gd-606', '美妆优选直播间', '广州某某美妆贸易有限公司', '440104'), hosts: [{ id: 'h1', name: '小琪', kind: 'human', age: 26 }],
  });
  b.history(CREAM.id, 30, 129);
  b.history(SERUM.id, 40, (d) => (d > 5 ? 99 : 199));
  const cream = { ...CREAM, listPrice: 399, price: 99 };
  const serum = { ...SERUM, listPrice: 199, price: 99 };
  for (let round = 0; round < 3; round++) {
    honestSegment(b, cream, 25, { host: 'h1', scripted: [
      { at: 30, text: `原价${cn(399)}，直播间只要${cn(99)}` },
      { at: 200, text: '外面店里都卖八百多，我这只要一百九' },
      { at: 500, text: '专柜价四位数的品质，今天三折都不到' },
    ] });
    honestSegment(b, serum, 20, { host: 'h1', scripted: [{ at: 30, text: '今天五折，只要九十九' }] });
  }
  b.background({ viewers: [700, 3800] });
  b.end();
  return b;
});

// 7. fake scarcity to a Zhejiang audience from a Yangzhou room: stock contradicts, sold out but selling, price not restored
sessions.push(() => {
  const b = new Builder('fake-scarcity-zj-audience', 707, '2026-04-08T20:00:00+08:00', {
    room: room('js-707', '扬州好物直播间', '扬州某某电子商务有限公司', '321002'), hosts: [{ id: 'h1', name: '大刘', kind: 'human', age: 35 }],
    audienceRegions: ['330000', '320000', '310000'],
  });
  const pot = { ...POT, stock: 6000 };
  b.history(POT.id, 20, 199);
  for (let round = 0; round < 4; round++) {
    honestSegment(b, pot, 28, { host: 'h1', orderRate: 0.5, scripted: round === 0 ? [
      { at: 60, text: '只剩最后500单，拍完就没了' },
      { at: 600, text: '已经抢空了，没抢到的别着急' },
    ] : round === 1 ? [{ at: 100, text: '倒计时五分钟，手慢无' }, { at: 900, text: '最后三分钟，倒计时开始' }]
      : round === 3 ? [{ at: 120, text: `下播马上恢复原价，今天只要${cn(159)}` }] : [] });
  }
  b.background({ viewers: [1000, 6000] });
  b.end();
  const after = b.t + 3_600_000 * 14;
  for (let k = 0; k < 6; k++) b.push({ type: 'order', productId: POT.id, qty: 1, price: 159, channel: 'tmall' }, after + k * 1_800_000);
  return b;
});

// 8. disguised health knowledge for older viewers: a wellness talk with a health food pinned, no disclaimer, contact
sessions.push(() => {
  const b = new Builder('health-knowledge-disguised', 808, '2026-03-18T09:00:00+08:00', {
    room: room('hn-808', '康养大讲堂', '某某健康咨询有限公司', '430102'), hosts: [{ id: 'h1', name: '王老师', kind: 'human', age: 58 }],
  });
  b.history(FISHOIL.id, 30, 198);
  b.say('叔叔阿姨们早上好，今天请老专家给大家讲讲养生知识');
  for (let round = 0; round < 4; round++) {
    honestSegment(b, FISHOIL, 30, { host: 'h1', scripted: [
      { at: 30, text: '今天给大家科普一下血管堵塞怎么调理' },
      { at: 400, text: '想了解调理方案的加我助理' },
    ] });
  }
  b.background({ viewers: [200, 900] });
  b.end();
  return b;
});

// 9. organised shill comments: bursts of near-identical efficacy testimonials from two IP ranges
sessions.push(() => {
  const b = new Builder('shill-comments-burst', 909, '2026-05-12T20:00:00+08:00', {
    room: room('zj-909', '山野记零食铺', '临安山野记食品有限公司', '330112'), hosts: [{ id: 'h1', name: '阿月', kind: 'human', age: 29 }],
  });
  b.history(NUTS.id, 20, 109);
  for (let round = 0; round < 5; round++) honestSegment(b, NUTS, 26, { host: 'h1', scripted: [{ at: 30, text: `划线价${cn(109)}，今天${cn(89)}` }] });
  const extra = [];
  for (const [burst, base] of [[0, 40 * 60_000], [1, 95 * 60_000]]) {
    for (let k = 0; k < 36; k++) {
      extra.push({ at: b.start + base + k * 7_000, e: { type: 'comment', user: { id: `shill${burst}-${k}`, ip: `112.64.${30 + (k % 2)}.${10 + k}` }, text: `吃了两盒瘦了${8 + (k % 4)}斤${k % 3 ? '！' : '，真的有效'}` } });
    }
  }
  b.background({ viewers: [800, 3000], extraComments: extra });
  b.end();
  return b;
});

// 10. a 15-year-old host, a draw without published rules, an over-cap prize, a mystery gift, concealed seller
sessions.push(() => {
  const b = new Builder('minor-host-and-draw', 1010, '2026-03-28T18:00:00+08:00', {
    room: room('hb-1010', '小甜的零食屋', '某某商贸有限公司', '420106'), hosts: [{ id: 'h1', name: '小甜', kind: 'human', age: 15 }, { id: 'h2', name: '甜妈', kind: 'human', age: 41 }],
  });
  b.history(NUTS.id, 20, 109);
  const nuts = { ...NUTS, seller: seller('某某食品贸易有限公司', '甜甜零食专营店') };
  for (let round = 0; round < 4; round++) {
    b.segment(nuts, 30, { speakers: ['h1', 'h2'], scripted: round === 0 ? [
      { at: 60, text: '福袋里有台苹果手机，关注就能抽', speaker: 'h2' },
      { at: 200, do: () => b.promo('draw-x', 'lottery', '抽价值六万元的电动车一台') },
      { at: 400, text: '前一百名下单的还有神秘大礼', speaker: 'h2' },
      { at: 800, text: '今天这个是我们自己厂里出的，厂名就不说了，放心拍', speaker: 'h2' },
    ] : [] });
  }
  b.background({ viewers: [300, 1600] });
  b.end();
  return b;
});

// 11. a medical device without the ad-law art 16 advisory on screen, in an otherwise honest room
sessions.push(() => {
  const b = new Builder('device-notice-missing', 1111, '2026-04-20T20:00:00+08:00', {
    room: room('sz-1111', '安测健康家电', '深圳安测医疗器械有限公司', '440305'), hosts: [{ id: 'h1', name: '陈工', kind: 'human', age: 38 }],
  });
  b.history(BPM.id, 30, 299); b.history(POT.id, 30, 199);
  for (let round = 0; round < 3; round++) {
    honestSegment(b, BPM, 25, { host: 'h1', scripted: [{ at: 30, text: `划线价${cn(299)}，今天${cn(239)}` }],
      ...(round === 0 ? { onStart: () => b.show('adv', 'disclaimer', DEVICE_NOTICE, [0.02, 0.82, 0.6, 0.05]), onEnd: () => b.hide('adv') } : {}) });
    honestSegment(b, POT, 20, { host: 'h1', scripted: [{ at: 30, text: `炒锅日常价${cn(199)}，今天${cn(159)}` }] });
  }
  b.background({ viewers: [300, 1200] });
  b.end();
  return b;
});

// 12. Beijing room: "全网最低价" and "历史最低价" contradicted by the shop's own earlier sales
sessions.push(() => {
  const b = new Builder('lowest-price-claims-bj', 1212, '2026-05-20T19:30:00+08:00', {
    room: room('bj-1212', '京城好物', '北京某某电子商务有限公司', '110108'), hosts: [{ id: 'h1', name: '老赵', kind: 'human', age: 45 }],
  });
  b.history(JACKET.id, 60, (d) => (d === 45 ? 169 : 259));
  for (let round = 0; round < 4; round++) {
    honestSegment(b, JACKET, 30, { host: 'h1', scripted: round === 0 ? [
      { at: 40, text: `全网最低价，今天只要${cn(199)}` }, { at: 300, text: '这是历史最低价，错过就没有了' },
    ] : [{ at: 40, text: `外套划线价${cn(259)}，今天${cn(199)}` }] });
  }
  b.background({ viewers: [500, 2600] });
  b.end();
  return b;
});

fs.mkdirSync(OUT, { recursive: true });
const summary = sessions.map((f) => f().write());
for (const s of summary) console.log(`${s.name.padEnd(30)} ${String(s.events).padStart(6)} events ${String(s.speech).padStart(5)} speech ${(s.bytes / 1024).toFixed(0).padStart(5)} KiB`);
