// Notices that must stay on screen while a product of a category is pinned: the health-food disclaimer, the
// OTC-drug and medical-device advisories of ad-law art 16. The spoken/text claims of the same catalog entries are
// checked by the national pack; these rules check the overlay over the product segment.
import { defineRule, type LiveEvent, type Message, type RuleDefinition, type RuleMeta, type TextUnit } from '@liveguard/core';
import { CoverageTracker, fmtTime, m, overlaysAfter, pinnedAfter, type OverlayLike } from './common.js';

interface NoticeSpec {
  /** Categories that need the notice, with the test an overlay's text must pass and a label for messages. */
  categories: Record<string, { test: (text: string) => boolean; notice: string }>;
}

export interface NoticeOptions { allowedGapMs: number }

function noticeRule(meta: Omit<RuleMeta, 'messages' | 'defaultOptions'>, spec: NoticeSpec, missing: Message): RuleDefinition<NoticeOptions> {
  return defineRule<NoticeOptions>({
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
  });
}

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
  'Health food "{{title}}" is on sale but the disclaimer "{{notice}}" has been off screen for more than {{gap}} s since {{from}}'));

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
  '"{{title}}" is on sale but the advisory "{{notice}}" has been off screen for more than {{gap}} s since {{from}}'));
