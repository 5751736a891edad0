// Notices that must stay on screen while a product of a category is pinned: the health-food disclaimer, the
// OTC-drug and medical-device advisories of ad-law art 16. The spoken/text claims of the same catalog entries are
// checked by the national pack; these rules check the overlay over the product segment.
import { defineRule, type LiveEvent, type Message, type RuleMeta, type TextUnit } from '@liveguard/core';
import { CoverageTracker, fmtTime, m, overlaysAfter, pinnedAfter, type OverlayLike } from './common.js';
import { documented, hide, pin, product, say, session, show, start, type RuleGuide } from './examples.js';
import type { RuleExamples } from '../util/define.js';

interface NoticeSpec {
  /** Categories that need the notice, with the test an overlay's text must pass and a label for messages. */
  categories: Record<string, { test: (text: string) => boolean; notice: string }>;
}

export interface NoticeOptions { allowedGapMs: number }

function noticeRule(meta: Omit<RuleMeta, 'messages' | 'defaultOptions'>, spec: NoticeSpec, missing: Message, examples: RuleExamples, guide: RuleGuide) {
  return documented(defineRule<NoticeOptions>({
    meta: { ...meta, defaultOptions: { allowedGapMs: 10_000 }, messages: { missing } },
    create(ctx) {
      const o = ctx.options;
      let segProduct: { id: string; title: string; category: string } | undefined;
      const tracker = new CoverageTracker(o.allowedGapMs, (from, now, event) => {
        const c = segProduct ? spec.categories[segProduct.category] : undefined;
        ctx.report({
          messageId: 'missing', event,
          data: { title: segProduct?.title ?? '', notice: c?.notice ?? '', from: fmtTime(from), gap: Math.round(o.allowedGapMs / 1000) },
          extra: { productId: segProduct?.id, gapStart: new Date(from).toISOString(), detectedAt: new Date(now).toISOString() },
        });
      });
      const has = (overlays: OverlayLike[], category: string) => {
        const c = spec.categories[category];
        return overlays.some((ov) => !!ov.text && c.test(ov.text));
      };
      const step = (e: LiveEvent) => {
        const now = ctx.session.now;
        tracker.advance(now);
        if (e.type !== 'product.pin' && e.type !== 'product.unpin' && e.type !== 'overlay.show' && e.type !== 'overlay.hide' && e.type !== 'session.end') return;
        const p = e.type === 'session.end' ? undefined : pinnedAfter(ctx.session, e);
        const cat = p ? String(p.category ?? '') : '';
        const required = !!p && cat in spec.categories;
        const fresh = e.type === 'product.pin';
        if (fresh || !p) segProduct = required && p ? { id: p.id, title: p.title, category: cat } : undefined;
        tracker.update(required, required ? has(overlaysAfter(ctx.session, e), cat) : true, now, e, fresh);
      };
      const visitors: Record<string, (e: any, u: readonly TextUnit[]) => void> = {};
      for (const t of ['session.start', 'speech', 'overlay.show', 'overlay.hide', 'product.pin', 'product.unpin', 'price.change',
        'stock.change', 'order', 'promo.rule', 'comment', 'stats', 'session.end']) visitors[t] = step;
      return Object.assign(visitors, { tick: (ts: number) => tracker.advance(ts) });
    },
  }), examples, guide);
}

const FISH_OIL = product({ id: 'p2', title: '鱼油软胶囊', category: 'health-food' });
const MASSAGER = product({ id: 'p3', title: '颈椎理疗仪', category: 'medical-device' });
const IBUPROFEN = product({ id: 'p5', title: '布洛芬缓释胶囊', category: 'drug-otc' });

const HEALTH_DISCLAIMER = (t: string) => /不能代替药物/.test(t.replace(/\s+/g, ''));

export const healthFoodDisclaimerVisible = noticeRule({
  id: 'ad-law/health-food-disclaimer-visible', type: 'problem', severity: 'error', binds: ['operator', 'streamer', 'merchant'], jurisdiction: 'CN',
  basis: [
    { source: 'food-safety-law', article: '第七十九条', evidence: 'T' },
    { source: 'ad-law', article: '第十八条', evidence: 'T' },
    { source: 'health-ad-review-2020', evidence: 'N' },
  ],
  category: 'health-food',
  docs: {
    description: m('保健食品讲解期间，画面须持续显示“本品不能代替药物”（或“保健食品不是药物，不能代替药物治疗疾病”）。对应目录条目 ad-law/health-food-claims 的直播画面部分',
      'While a health food is pinned, the disclaimer "本品不能代替药物" must stay on screen (live part of catalog entry ad-law/health-food-claims)'),
  },
}, {
  categories: { 'health-food': { test: HEALTH_DISCLAIMER, notice: '本品不能代替药物' } },
}, m('保健食品“{{title}}”讲解期间，画面自 {{from}} 起超过 {{gap}} 秒未显示“{{notice}}”提示',
  'Health food "{{title}}" is on sale but the disclaimer "{{notice}}" has been off screen for more than {{gap}} s since {{from}}'), {
  violating: [
    session('保健食品讲解期间画面没有“本品不能代替药物”',
      start(), pin(0, FISH_OIL), say(30, '一天两粒，坚持吃')),
    session('提示语显示一会儿后被撤下',
      start(), pin(0, FISH_OIL), show(1, 'd', 'disclaimer', '本品不能代替药物'), hide(20, 'd'), say(40, '一天两粒，坚持吃')),
  ],
  compliant: [
    session('讲解期间画面持续显示提示语',
      start(), pin(0, FISH_OIL), show(2, 'd', 'disclaimer', '保健食品不是药物，不能代替药物治疗疾病'), say(30, '一天两粒，坚持吃')),
    session('上架 5 秒内显示提示语（允许的间隙为 10 秒）',
      start(), pin(0, FISH_OIL), show(5, 'd', 'disclaimer', '本品不能代替药物'), say(30, '一天两粒，坚持吃')),
  ],
}, {
  requirement: {
    'zh-CN': '《广告法》第十八条：保健食品广告应当显著标明“本品不能代替药物”。《食品安全法》第七十九条要求保健食品广告声明“本品不能代替药物”；2020年广告审查办法（据新闻）要求“保健食品不是药物，不能代替药物治疗疾病”。两种声明都接受。本规则在保健食品（类别 health-food）上架讲解期间，要求画面持续显示含“不能代替药物”的提示，缺失超过允许间隙（默认 10 秒）即报告。功效断言等口播内容由全国规则 ad-law/health-food-claims 检查。',
    en: 'Advertising Law art 18: health-food ads must prominently state "本品不能代替药物". Food Safety Law art 79 requires the same statement in health-food ads; the 2020 ad-review measures (news) require "保健食品不是药物，不能代替药物治疗疾病"; either is accepted. While a health food (category health-food) is pinned, the rule requires a notice containing 不能代替药物 on screen, and reports a gap longer than the allowed one (10 s by default). Spoken claims are the national rule ad-law/health-food-claims.',
  },
  fix: {
    'zh-CN': '保健食品上架讲解的整段时间，在画面固定位置显示“保健食品不是药物，不能代替药物治疗疾病”（或“本品不能代替药物”），不要中途撤下。',
    en: 'Keep "保健食品不是药物，不能代替药物治疗疾病" (or "本品不能代替药物") on screen for the whole time a health food is pinned.',
  },
});

export const drugDeviceNoticeVisible = noticeRule({
  id: 'ad-law/drug-device-notice-visible', type: 'problem', severity: 'error', binds: ['operator', 'streamer', 'merchant'], jurisdiction: 'CN',
  basis: [{ source: 'ad-law', article: '第十六条', evidence: 'T' }],
  category: 'medical-claim',
  docs: {
    description: m('非处方药、医疗器械讲解期间，画面须持续显示广告法第十六条要求的忠告语。对应目录条目 ad-law/drug-device-claims 的直播画面部分',
      'While an OTC drug or a medical device is pinned, the advisory of ad-law art 16 must stay on screen (live part of catalog entry ad-law/drug-device-claims)'),
  },
}, {
  categories: {
    'drug-otc': { test: (t) => /说明书/.test(t) && /药师/.test(t), notice: '请按药品说明书或者在药师指导下购买和使用' },
    'medical-device': { test: (t) => /说明书/.test(t) && /医务人员/.test(t), notice: '请仔细阅读产品说明书或者在医务人员的指导下购买和使用' },
  },
}, m('“{{title}}”讲解期间，画面自 {{from}} 起超过 {{gap}} 秒未显示忠告语“{{notice}}”',
  '"{{title}}" is on sale but the advisory "{{notice}}" has been off screen for more than {{gap}} s since {{from}}'), {
  violating: [
    session('医疗器械讲解期间没有忠告语',
      start(), pin(0, MASSAGER), say(30, '每天用二十分钟')),
    session('非处方药讲解，画面提示缺少“在药师指导下”',
      start(), pin(0, IBUPROFEN), show(1, 'n', 'disclaimer', '请按说明书使用'), say(30, '需要的可以拍')),
  ],
  compliant: [
    session('医疗器械讲解期间显示忠告语',
      start(), pin(0, MASSAGER), show(1, 'n', 'disclaimer', '请仔细阅读产品说明书或者在医务人员的指导下购买和使用'), say(30, '每天用二十分钟')),
    session('非处方药讲解期间显示忠告语',
      start(), pin(0, IBUPROFEN), show(1, 'n', 'disclaimer', '请按药品说明书或者在药师指导下购买和使用'), say(30, '需要的可以拍')),
  ],
}, {
  requirement: {
    'zh-CN': '《广告法》第十六条：推荐给个人自用的医疗器械的广告，应当显著标明“请仔细阅读产品说明书或者在医务人员的指导下购买和使用”；非处方药广告应当显著标明“请按药品说明书或者在药师指导下购买和使用”。本规则在非处方药（drug-otc）或医疗器械（medical-device）上架讲解期间，要求画面持续显示对应忠告语，缺失超过允许间隙（默认 10 秒）即报告。疗效断言等口播内容由全国规则 ad-law/drug-device-claims 检查。',
    en: 'Advertising Law art 16: ads for medical devices for personal use must prominently state "请仔细阅读产品说明书或者在医务人员的指导下购买和使用", OTC drug ads "请按药品说明书或者在药师指导下购买和使用". While an OTC drug (drug-otc) or a medical device (medical-device) is pinned, the rule requires the matching advisory on screen and reports a gap longer than the allowed one (10 s by default). Spoken claims are the national rule ad-law/drug-device-claims.',
  },
  fix: {
    'zh-CN': '非处方药、医疗器械上架讲解的整段时间，在画面固定位置完整显示广告法第十六条规定的忠告语。',
    en: 'Keep the full advisory of Advertising Law art 16 on screen for the whole time an OTC drug or a medical device is pinned.',
  },
});
