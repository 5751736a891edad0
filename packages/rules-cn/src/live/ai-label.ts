// AI / digital-human labelling over time: which intervals a digital human is on air, whether an AI label is on
// screen (and not covered by another overlay) for all of them, and what the digital human says about itself.
import { defineRule, type LiveEvent, type RuleDefinition, type RuleMeta, type SessionView, type TextUnit } from '@liveguard/core';
import { CoverageTracker, eventMs, fmtTime, isCovered, m, overlaysAfter, type OverlayLike } from './common.js';

export const AI_LABEL_TEXT = /(AI|ＡＩ|人工智能)\s*(生成|合成|数字人|主播|虚拟)|数字人|虚拟主播|虚拟人|虚拟形象|由\s*AI/i;
const CLAIMS_HUMAN = /(我|本人|主播|咱)(是|就是|可是|绝对是|真的是)(个|一个)?(活生生的)?真人|(?<!不是)真人主播|(我|本人)(可)?不是(AI|ＡＩ|机器人|数字人|虚拟人|假人)/i;
const NAME_POSES_HUMAN = /真人|本人出镜/;

export function isAiLabel(o: { kind: string; text?: string }): boolean {
  return o.kind === 'ai-label' || (!!o.text && AI_LABEL_TEXT.test(o.text));
}

export interface AiLabelOptions { allowedGapMs: number; maxCoveredFraction: number }
const defaults: AiLabelOptions = { allowedGapMs: 5000, maxCoveredFraction: 0.3 };

/** Which hosts are digital humans and whether one is on air, from session.start hosts and speech.speaker. */
export class AiPresence {
  readonly ai = new Set<string>();
  readonly human = new Set<string>();
  readonly names = new Map<string, string>();
  on = false;
  /** Applies an event; returns true if the AI presence changed. */
  apply(e: LiveEvent): boolean {
    const before = this.on;
    if (e.type === 'session.start') {
      for (const h of e.hosts ?? []) {
        (h.kind === 'ai' ? this.ai : this.human).add(h.id);
        if (h.name) this.names.set(h.id, h.name);
      }
      this.on = this.ai.size > 0 && this.human.size === 0;
    } else if (e.type === 'speech') {
      const sp = e.speaker;
      if (sp && this.ai.has(sp)) this.on = true;
      else if (sp && this.human.has(sp)) this.on = false;
      else if (!sp && this.ai.size > 0 && this.human.size === 0) this.on = true;
    } else if (e.type === 'session.end') this.on = false;
    return before !== this.on;
  }
  isAiSpeech(e: LiveEvent): boolean {
    if (e.type !== 'speech') return false;
    return e.speaker ? this.ai.has(e.speaker) : this.ai.size > 0 && this.human.size === 0;
  }
}

function labelStatus(s: SessionView, e: LiveEvent | undefined, maxCovered: number, checkCover: boolean): { visible: boolean; coveredOnly: boolean } {
  const all = overlaysAfter(s, e);
  let any = false;
  for (const o of all) {
    if (!isAiLabel(o)) continue;
    any = true;
    if (!checkCover || !isCovered(o, all, maxCovered)) return { visible: true, coveredOnly: false };
  }
  return { visible: false, coveredOnly: any };
}

interface Variant {
  meta: Omit<RuleMeta, 'messages' | 'defaultOptions'>;
  checkCover: boolean;
  claimsHuman: boolean;
  nameCheck: boolean;
}

function aiLabelRule(v: Variant): RuleDefinition<AiLabelOptions> {
  return defineRule<AiLabelOptions>({
    meta: {
      ...v.meta,
      defaultOptions: { ...defaults },
      messages: {
        gap: m('数字人/AI 生成主播出镜期间，AI 标识自 {{from}} 起缺失超过 {{gap}} 秒：须在画面中持续、显著地提示',
          'While a digital human is on air, the AI label has been missing for more than {{gap}} s since {{from}}; it must stay on screen'),
        covered: m('AI 标识自 {{from}} 起被其他画面元素遮挡超过 {{gap}} 秒',
          'The AI label has been covered by another overlay for more than {{gap}} s since {{from}}'),
        claimsHuman: m('数字人主播自称真人：“{{text}}”', 'A digital human claims to be a real person: "{{text}}"'),
        name: m('数字人主播的名称“{{name}}”暗示真人，须与自然人明显区分', 'The digital host\'s name "{{name}}" poses as a real person'),
      },
    },
    create(ctx) {
      const o = { ...defaults, ...ctx.options };
      const presence = new AiPresence();
      const claimed = new Set<string>();
      let coveredOnly = false;
      const tracker = new CoverageTracker(o.allowedGapMs, (from, _now, event) => {
        ctx.report({
          messageId: coveredOnly ? 'covered' : 'gap', event,
          data: { from: fmtTime(from), gap: Math.round(o.allowedGapMs / 1000) },
          extra: { gapStart: new Date(from).toISOString(), detectedAt: new Date(_now).toISOString(), allowedGapMs: o.allowedGapMs },
        });
      });
      const step = (e: LiveEvent, units: readonly TextUnit[]) => {
        const now = ctx.session.now;
        tracker.advance(now);
        const changed = presence.apply(e);
        if (v.nameCheck && e.type === 'session.start') {
          for (const h of e.hosts ?? []) if (h.kind === 'ai' && h.name && NAME_POSES_HUMAN.test(h.name)) ctx.report({ messageId: 'name', event: e, data: { name: h.name } });
        }
        if (v.claimsHuman && presence.isAiSpeech(e)) {
          const u = units[0];
          const mm = u && CLAIMS_HUMAN.exec(u.text);
          // the same sentence said again is the same claim
          if (mm && !claimed.has(u.text)) {
            claimed.add(u.text);
            ctx.report({ messageId: 'claimsHuman', unit: u, start: mm.index, end: mm.index + mm[0].length, data: { text: mm[0] } });
          }
        }
        const relevant = changed || e.type === 'overlay.show' || e.type === 'overlay.hide' || e.type === 'session.start';
        if (!relevant) return;
        const st = labelStatus(ctx.session, e, o.maxCoveredFraction, v.checkCover);
        coveredOnly = !st.visible && st.coveredOnly;
        tracker.update(presence.on, st.visible, now, e);
      };
      const visitors: Record<string, (e: any, u: readonly TextUnit[]) => void> = {};
      for (const t of ['session.start', 'speech', 'overlay.show', 'overlay.hide', 'product.pin', 'product.unpin', 'price.change',
        'stock.change', 'order', 'promo.rule', 'comment', 'stats', 'session.end', 'listing']) visitors[t] = step;
      return Object.assign(visitors, { tick: (ts: number) => tracker.advance(ts) });
    },
  });
}

export const aiPersonContinuousLabel = aiLabelRule({
  meta: {
    id: 'live-ecom/ai-person-continuous-label', type: 'problem', severity: 'error', binds: ['operator'], jurisdiction: 'CN',
    basis: [{ source: 'live-ecom-supervision', article: '第三十七条', evidence: 'T' }],
    category: 'ai-label',
    docs: {
      description: m('使用 AI 生成的人物形象直播时，须按规定标识并持续向消费者提示（允许的间隙可配置，默认 5 秒）',
        'AI-generated persons in live commerce must be labelled and consumers continuously reminded (configurable gap, 5 s by default)'),
    },
  },
  checkCover: false, claimsHuman: true, nameCheck: false,
});

export const zjAiDigitalHumanLabel = aiLabelRule({
  meta: {
    id: 'zj-guide/ai-digital-human-label', type: 'problem', severity: 'error', binds: ['operator', 'streamer'],
    jurisdiction: '330000', protectsAudience: true,
    basis: [{ source: 'zj-guide-2024', evidence: 'N' }],
    category: 'ai-label',
    docs: {
      description: m('浙江指引：AI 数字人须在合理位置持续、显著标识，不得遮挡、隐匿标识，名称形象须与自然人明显区分',
        'Zhejiang guide: label AI digital humans continuously and prominently, never covered or hidden, clearly apart from natural persons'),
    },
  },
  checkCover: true, claimsHuman: false, nameCheck: true,
});

// ------------------------------------------------------------------------------------------- opening label

export interface OpeningOptions { toleranceMs: number; minDurationMs: number }

/** ai-label-2025 art 4: a label at the opening of AI-generated audio-visual content (≥ 2 s per GB 45438 §5.4 [S]). */
export const explicitLabelAv = defineRule<OpeningOptions>({
  meta: {
    id: 'ai-label-2025/explicit-label-av', type: 'problem', severity: 'error', binds: ['platform', 'operator', 'streamer'], jurisdiction: 'CN',
    basis: [{ source: 'ai-label-2025', article: '第四条', evidence: 'S' }],
    category: 'ai-label',
    defaultOptions: { toleranceMs: 3000, minDurationMs: 2000 },
    docs: {
      description: m('AI 生成合成的音视频（数字人直播开场）须有显式标识：开场画面显示标识或语音提示',
        'AI-generated audio-visual content (a digital-human stream\'s opening) needs an explicit label: on the opening frame or a spoken cue'),
    },
    messages: {
      opening: m('数字人开播 {{tolerance}} 秒内未出现 AI 显式标识，也无语音提示', 'No explicit AI label (or spoken cue) within {{tolerance}} s of the digital human going on air'),
      short: m('开场 AI 标识仅显示 {{shown}} 秒，少于 {{min}} 秒', 'The opening AI label was shown for only {{shown}} s (less than {{min}} s)'),
    },
  },
  create(ctx) {
    const o = ctx.options;
    const presence = new AiPresence();
    let openAt = NaN, openEvent: LiveEvent | undefined, done = false, labelFrom = NaN;
    const check = (now: number) => {
      if (done || !Number.isFinite(openAt) || Number.isFinite(labelFrom)) return;
      if (now - openAt > o.toleranceMs) {
        done = true;
        ctx.report({ messageId: 'opening', event: openEvent, data: { tolerance: o.toleranceMs / 1000 } });
      }
    };
    const step = (e: LiveEvent, units: readonly TextUnit[]) => {
      if (done) return;
      const now = ctx.session.now;
      check(now);
      presence.apply(e);
      if (!done && !Number.isFinite(openAt) && presence.on) { openAt = now; openEvent = e; }
      if (done || !Number.isFinite(openAt)) return;
      if (presence.isAiSpeech(e) && units[0] && AI_LABEL_TEXT.test(units[0].text) && /(生成|合成)/.test(units[0].text) && now - openAt <= o.toleranceMs) {
        done = true; // spoken cue at the opening
        return;
      }
      const labels = overlaysAfter(ctx.session, e).filter(isAiLabel);
      if (!Number.isFinite(labelFrom)) {
        if (labels.length && now - openAt <= o.toleranceMs) labelFrom = now;
      } else if (!labels.length) {
        const shown = now - labelFrom;
        done = true;
        if (shown < o.minDurationMs) ctx.report({ messageId: 'short', event: e, data: { shown: (shown / 1000).toFixed(1), min: o.minDurationMs / 1000 } });
      } else if (now - labelFrom >= o.minDurationMs) done = true;
    };
    const visitors: Record<string, (e: any, u: readonly TextUnit[]) => void> = {};
    for (const t of ['session.start', 'speech', 'overlay.show', 'overlay.hide', 'product.pin', 'product.unpin', 'price.change',
      'stock.change', 'order', 'promo.rule', 'comment', 'stats', 'session.end', 'listing']) visitors[t] = step;
    return Object.assign(visitors, { tick: (ts: number) => check(ts) });
  },
});

export type { OverlayLike };
