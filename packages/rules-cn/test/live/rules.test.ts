import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '@liveguard/core';
import { at, ids, product, run, start, T0 } from './helpers.js';

const sp = (sec: number, text: string, speaker = 'h1') => ({ type: 'speech', ts: at(sec), text, speaker } as LiveEvent);
const pin = (sec: number, p = product()) => ({ type: 'product.pin', ts: at(sec), product: p } as LiveEvent);
const show = (sec: number, id: string, kind: string, text?: string, bbox?: number[]) => ({ type: 'overlay.show', ts: at(sec), id, kind, text, bbox } as LiveEvent);
const hide = (sec: number, id: string) => ({ type: 'overlay.hide', ts: at(sec), id } as LiveEvent);
const seller = (sec: number) => show(sec, 'seller', 'seller-identity', '经营者：杭州好物日用品有限公司');
const endAt = (sec: number) => ({ type: 'session.end', ts: at(sec) } as LiveEvent);
const aiStart = (extra: Record<string, unknown> = {}) => start({ hosts: [{ id: 'ai1', name: '小美', kind: 'ai' }], ...extra });

describe('AI label coverage', () => {
  it('is clean when the label stays on', () => {
    const fs = run([aiStart(), show(0, 'l', 'ai-label', 'AI数字人主播'), sp(10, '大家好', 'ai1'), sp(600, '下播啦', 'ai1'), endAt(601)]);
    expect(ids(fs).filter((r) => r.includes('ai'))).toEqual([]);
  });
  it('reports a gap longer than 5 s as soon as it is certain, once, pointing at the hide', () => {
    const fs = run([aiStart(), show(0, 'l', 'ai-label', 'AI生成'), sp(10, '大家好', 'ai1'), hide(30, 'l'), sp(33, '继续'), sp(40, '继续', 'ai1'), sp(50, '继续', 'ai1'), show(60, 'l2', 'ai-label'), endAt(100)]);
    const gap = fs.filter((f) => f.ruleId === 'live-ecom/ai-person-continuous-label');
    expect(gap).toHaveLength(1);
    expect(gap[0].eventSeq).toBe(4);
    expect(gap[0].basis[0]).toMatchObject({ source: 'live-ecom-supervision', article: '第三十七条', evidence: 'T' });
  });
  it('tolerates a gap within the allowed 5 s', () => {
    const fs = run([aiStart(), show(0, 'l', 'ai-label'), hide(30, 'l'), show(34, 'l2', 'ai-label'), sp(40, '好', 'ai1'), endAt(100)]);
    expect(ids(fs)).not.toContain('live-ecom/ai-person-continuous-label');
  });
  it('reports a digital human claiming to be a real person', () => {
    const fs = run([aiStart(), show(0, 'l', 'ai-label'), sp(5, '我是真人主播哦，不是AI', 'ai1'), endAt(10)]);
    expect(fs.find((f) => f.ruleId === 'live-ecom/ai-person-continuous-label')?.text).toBe('我是真人');
  });
  it('zj: a covered label counts as missing; a name posing as human', () => {
    const fs = run([
      aiStart({ room: { id: 'r', operator: { name: 'x', region: '330100' } }, hosts: [{ id: 'ai1', name: '主播小美（真人）', kind: 'ai' }] }),
      show(0, 'l', 'ai-label', 'AI生成', [0.8, 0.05, 0.15, 0.05]), show(20, 'card', 'promo', '限时秒杀', [0.6, 0, 0.4, 0.2]), sp(40, '好', 'ai1'), endAt(60),
    ]);
    const zj = fs.filter((f) => f.ruleId === 'zj-guide/ai-digital-human-label');
    expect(zj.map((f) => f.message)).toEqual([expect.stringContaining('主播小美（真人）'), expect.stringContaining('遮挡')]);
    expect(ids(fs)).not.toContain('live-ecom/ai-person-continuous-label');
  });
  it('applies by date: the national rule from 2026-02-01, the Zhejiang guide earlier in Zhejiang', () => {
    const old = (region: string) => ({ ...aiStart({ room: { id: 'r', operator: { name: 'x', region } } }), ts: Date.parse('2025-10-01T12:00:00Z') } as LiveEvent);
    const evs = (region: string) => [old(region), { type: 'speech', ts: Date.parse('2025-10-01T12:01:00Z'), text: '大家好', speaker: 'ai1' } as LiveEvent];
    expect(ids(run(evs('440100')))).not.toContain('live-ecom/ai-person-continuous-label');
    expect(ids(run(evs('440100')))).toContain('ai-label-2025/explicit-label-av');
    expect(ids(run(evs('330200')))).toContain('zj-guide/ai-digital-human-label');
  });
  it('needs an opening label (ai-label-2025)', () => {
    const fs = run([aiStart(), sp(1, '欢迎来到直播间', 'ai1'), show(10, 'l', 'ai-label'), endAt(20)]);
    expect(ids(fs)).toContain('ai-label-2025/explicit-label-av');
  });
});

describe('who sells whose goods', () => {
  it('is clean when the seller is shown', () => {
    const fs = run([start(), pin(0), seller(1), sp(30, '这款面霜很好用'), endAt(900)]);
    expect(ids(fs)).not.toContain('consumer-reg/who-sells-whose-goods');
  });
  it('is clean when the shop is said', () => {
    const fs = run([start(), pin(0), sp(30, '这款由好物官方旗舰店发货'), endAt(900)]);
    expect(ids(fs)).not.toContain('consumer-reg/who-sells-whose-goods');
  });
  it('reports undisclosed segments after the window, concealment and a mismatched shop', () => {
    const fs = run([start(), pin(0), sp(30, '今天这个是我们自己厂里出的，厂名就不说了，放心拍'), sp(40, '这是美颜官方旗舰店的货'), sp(400, '继续'), endAt(900)]);
    const w = fs.filter((f) => f.ruleId === 'consumer-reg/who-sells-whose-goods').sort((a, b) => a.eventSeq! - b.eventSeq!);
    expect(w.map((f) => f.data?.productId ?? f.text)).toEqual(['p1', '厂名就不说了', '美颜官方旗舰店']);
    expect(w[0].eventSeq).toBe(2);
  });
});

describe('notices', () => {
  it('health food without the disclaimer', () => {
    const fs = run([start(), pin(0, product({ category: 'health-food', title: '鱼油软胶囊' })), seller(1), sp(30, '一天两粒'), endAt(60)]);
    expect(ids(fs)).toContain('ad-law/health-food-disclaimer-visible');
  });
  it('health food with the disclaimer', () => {
    const fs = run([start(), pin(0, product({ category: 'health-food' })), seller(1), show(2, 'd', 'disclaimer', '保健食品不是药物，不能代替药物治疗疾病'), sp(30, '一天两粒'), endAt(60)]);
    expect(ids(fs)).not.toContain('ad-law/health-food-disclaimer-visible');
  });
  it('medical device advisory', () => {
    const fs = run([start(), pin(0, product({ category: 'medical-device', title: '颈椎理疗仪' })), seller(1), sp(30, '每天用二十分钟'), endAt(60)]);
    expect(fs.find((f) => f.ruleId === 'ad-law/drug-device-notice-visible')?.message).toContain('医务人员');
  });
});

describe('prices', () => {
  const hist = (prices: [number, number][]): [string, { ts: number; price: number; qty: number; channel: string }][] =>
    prices.map(([daysAgo, price]) => ['p1', { ts: T0 - daysAgo * 86_400_000, price, qty: 1, channel: 'tmall' }]);
  it('原价 above the 7-day low', () => {
    const fs = run([start(), pin(0), seller(1), sp(10, '原价三百九十九，直播间只要九十九')], { prices: hist([[3, 129], [5, 139]]) });
    const f = fs.find((x) => x.ruleId === 'price-fraud-2022/reference-price-7-day')!;
    expect(f.text).toBe('原价三百九十九');
    expect(f.data).toMatchObject({ claimed: 399, lowestPrice: 129 });
  });
  it('a true 原价 is clean', () => {
    const fs = run([start(), pin(0), seller(1), sp(10, '原价一百二十九，今天九十九')], { prices: hist([[3, 129], [5, 129]]) });
    expect(ids(fs).filter((r) => r.startsWith('price-fraud'))).toEqual([]);
  });
  it('own baselines without any transaction record need evidence; others\' prices are the text rule\'s', () => {
    const fs = run([start(), pin(0), seller(1), sp(10, '外面店里都卖八百多，我这只要一百九'), sp(20, '专柜卖1280，我们今天三折')]);
    const f = fs.filter((x) => x.ruleId === 'price-fraud-2022/baseline-without-record');
    expect(f.map((x) => [x.severity, x.text])).toEqual([['warning', '专柜卖1280']]);
  });
  it('markup before the promotion', () => {
    const fs = run([start(), pin(0), seller(1), sp(10, '今天五折，只要99')], { prices: hist([[40, 99], [20, 99], [3, 199], [1, 199]]) });
    expect(ids(fs)).toContain('price-fraud-2022/no-pre-promotion-markup');
  });
  it('lowest-price claims in Beijing', () => {
    const bj = start({ room: { id: 'r', operator: { name: 'x', region: '110105' } } });
    const fs = run([bj, pin(0), seller(1), sp(10, '这是历史最低价，只要99'), sp(20, '全网最低价')], { prices: hist([[100, 79]]) });
    expect(fs.filter((f) => f.ruleId === 'bj-guide/lowest-price-contradicted').map((f) => [f.severity, f.text])).toEqual([['error', '历史最低'], ['error', '全网最低']]);
    const ok = run([bj, pin(0), seller(1), sp(10, '这是近30天最低价，只要99'), sp(20, '全网最低价')], { prices: hist([[10, 109], [100, 119]]) });
    expect(ids(ok)).not.toContain('bj-guide/lowest-price-contradicted');
    expect(ids(run([start(), pin(0), sp(10, '历史最低价')], { prices: hist([[100, 79]]) }))).not.toContain('bj-guide/lowest-price-contradicted');
  });
  it('one finding per lowest-price claim (近30天最低 also contains 30天最低)', () => {
    const bj = start({ room: { id: 'r', operator: { name: 'x', region: '110105' } } });
    const fs = run([bj, pin(0), seller(1), sp(10, '近30天最低价，只要99')], { prices: hist([[10, 89]]) });
    expect(fs.filter((f) => f.ruleId === 'bj-guide/lowest-price-contradicted').map((f) => f.text)).toEqual(['近30天最低']);
  });
});

describe('scarcity (Zhejiang audience)', () => {
  const zj = start({ audienceRegions: ['330000'] });
  const stock = (sec: number, n: number) => ({ type: 'stock.change', ts: at(sec), productId: 'p1', stock: n } as LiveEvent);
  const order = (sec: number, qty: number, price = 99) => ({ type: 'order', ts: at(sec), productId: 'p1', qty, price } as LiveEvent);
  it('仅剩N单 against stock and against later sales', () => {
    const a = run([zj, pin(0, product({ stock: 6000 })), seller(1), sp(10, '只剩最后500单，拍完就没了')]);
    expect(a.find((f) => f.ruleId === 'zj-guide/fake-scarcity-urgency')?.data).toMatchObject({ claimed: 500, stock: 6000 });
    const b = run([zj, pin(0), seller(1), sp(10, '仅剩20单'), order(20, 15), order(30, 10)]);
    expect(b.find((f) => f.ruleId === 'zj-guide/fake-scarcity-urgency')?.data).toMatchObject({ claimed: 20, soldAfter: 25 });
  });
  it('true scarcity is clean', () => {
    const fs = run([zj, pin(0), stock(1, 50), seller(1), sp(10, '仅剩50单'), order(20, 30), order(30, 20)]);
    expect(ids(fs)).not.toContain('zj-guide/fake-scarcity-urgency');
  });
  it('下播恢复原价 against the price after the session', () => {
    const fs = run([zj, pin(0), seller(1), sp(10, '下播恢复原价，今天只要99'), endAt(100)], { prices: [['p1', { ts: at(3600 * 20), price: 99, qty: 1, channel: 'tmall' }]] });
    expect(fs.find((f) => f.ruleId === 'zj-guide/fake-scarcity-urgency')?.message).toContain('下播后');
  });
  it('a countdown restarted after it ran out, price unchanged', () => {
    const fs = run([zj, pin(0), seller(1), sp(10, '倒计时五分钟，手慢无'), sp(200, '还有一分钟'), sp(900, '最后三分钟，倒计时开始')]);
    expect(fs.filter((f) => f.ruleId === 'zj-guide/fake-scarcity-urgency').map((f) => f.text)).toEqual(['最后三分钟']);
    const ok = run([zj, pin(0), seller(1), sp(10, '倒计时五分钟'), { type: 'price.change', ts: at(400), productId: 'p1', price: 129 } as LiveEvent, sp(900, '倒计时三分钟')]);
    expect(ids(ok)).not.toContain('zj-guide/fake-scarcity-urgency');
  });
  it('does not apply outside Zhejiang', () => {
    expect(ids(run([start(), pin(0, product({ stock: 6000 })), sp(10, '只剩最后500单')]))).not.toContain('zj-guide/fake-scarcity-urgency');
  });
});

describe('promotions, people, comments', () => {
  it('gift value above its selling price', () => {
    const fs = run([start(), pin(0, product({ id: 'g', title: '修护眼霜', price: 89 })), pin(5), seller(6), sp(10, '拍一单送价值599元的眼霜')]);
    expect(fs.find((f) => f.ruleId === 'ad-law/gift-value-vs-price')?.data).toMatchObject({ claimed: 599, sellingPrice: 89 });
  });
  it('prize draw rules', () => {
    const fs = run([start(), sp(5, '福袋里有台苹果手机，关注就能抽'),
      { type: 'promo.rule', ts: at(10), id: 'l1', kind: 'lottery', text: '抽价值六万元的汽车' } as LiveEvent]);
    expect(fs.filter((f) => f.ruleId === 'promo-2020/prize-draw-disclosure').map((f) => f.message)).toEqual([
      expect.stringContaining('此前未公布抽奖规则'), expect.stringContaining('奖品数量或中奖概率、开奖时间、参与条件')]);
  });
  it('shill comment bursts from few IPs', () => {
    const cs = Array.from({ length: 10 }, (_, i) => ({ type: 'comment', ts: at(10 + i * 5), user: { id: `u${i}`, ip: `10.0.${i % 2}.${i}` }, text: `吃了两盒瘦了${8 + (i % 3)}斤！` } as LiveEvent));
    const fs = run([start(), ...cs]);
    expect(fs.filter((f) => f.ruleId === 'online-trade/fake-reviews-and-shill-comments')).toHaveLength(1);
    const organic = ['主播好美', '发什么快递', '吃了两盒瘦了八斤', '多少钱', '我妈用了血压都稳了', '有赠品吗'].map((text, i) => ({ type: 'comment', ts: at(i), user: { id: `o${i}`, ip: `1.2.${i}.4` }, text } as LiveEvent));
    expect(ids(run([start(), ...organic]))).not.toContain('online-trade/fake-reviews-and-shill-comments');
  });
});

describe('pack hygiene', () => {
  it('no live or regional rule id collides with a national rule', async () => {
    const { nationalPack } = await import('../../src/index.js');
    const { liveRules } = await import('../../src/live/index.js');
    const { regionalPacks } = await import('../../src/regional/index.js');
    const national = new Set(nationalPack.rules.map((r) => r.meta.id));
    const mine = [...liveRules, ...regionalPacks.flatMap((p) => p.rules)].map((r) => r.meta.id);
    expect(mine.filter((id) => national.has(id))).toEqual([]);
    expect(new Set(mine).size).toBe(mine.length);
  });
  it('every basis source is in the registry and regional rules match their pack region', async () => {
    const { sourcesById } = await import('../../src/sources.js');
    const { liveRules } = await import('../../src/live/index.js');
    const { regionalPacks } = await import('../../src/regional/index.js');
    for (const r of [...liveRules, ...regionalPacks.flatMap((p) => p.rules)]) for (const b of r.meta.basis) expect(sourcesById.has(b.source), `${r.meta.id}: ${b.source}`).toBe(true);
    for (const p of regionalPacks) for (const r of p.rules) expect(r.meta.jurisdiction).toBe(p.region);
  });
});

describe('deterministic ids', () => {
  it('same input, same ids', () => {
    const ev = [aiStart(), sp(1, '欢迎', 'ai1'), endAt(30)];
    expect(run(ev).map((f) => f.id)).toEqual(run(ev).map((f) => f.id));
  });
});
