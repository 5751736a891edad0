// AI / digital-human labelling over time: which intervals a digital human is on air, whether an AI label is on
// screen (and not covered by another overlay) for all of them, and what the digital human says about itself.
import { defineRule, type LiveEvent, type RuleMeta, type SessionView, type TextUnit } from '@liveguard/core';
import { CoverageTracker, eventMs, fmtTime, isCovered, m, overlaysAfter, type OverlayLike } from './common.js';
import { aiStart, documented, hide, say, session, show, type RuleGuide } from './examples.js';
import type { RuleExamples } from '../util/define.js';

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
  examples: RuleExamples;
  guide: RuleGuide;
}

function aiLabelRule(v: Variant) {
  return documented(defineRule<AiLabelOptions>({
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
  }), v.examples, v.guide);
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
  examples: {
    violating: [
      session('AI 标识开播 30 秒后撤下，数字人继续讲解',
        aiStart(), show(0, 'ai', 'ai-label', 'AI数字人主播'), say(10, '欢迎来到直播间', 'ai1'), hide(30, 'ai'), say(40, '这款面霜一号链接', 'ai1')),
      session('标识在画面上，但数字人自称真人',
        aiStart(), show(0, 'ai', 'ai-label', 'AI数字人主播'), say(5, '我是真人主播哦，不是AI', 'ai1')),
    ],
    compliant: [
      session('AI 标识全程显示',
        aiStart(), show(0, 'ai', 'ai-label', 'AI数字人主播'), say(10, '欢迎来到直播间', 'ai1'), say(600, '今天就到这里', 'ai1')),
      session('切换画面时标识中断 3 秒（未超过允许的 5 秒）',
        aiStart(), show(0, 'ai', 'ai-label', 'AI数字人主播'), hide(30, 'ai'), show(33, 'ai2', 'ai-label', '本直播由AI生成'), say(40, '我们继续', 'ai1')),
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《直播电商监督管理办法》第三十七条：在直播电商中使用人工智能生成的人物形象的，应当按照规定进行标识，并持续向消费者提示。本规则读取 session.start 中的主播类型（kind: "ai"）和发言人（speech.speaker），要求数字人出镜的每一段时间画面上都有 AI 标识（overlay kind 为 ai-label，或文字含“AI生成”“数字人”“虚拟主播”等），中断超过允许间隙（默认 5 秒）即报告；数字人自称真人同样报告。',
      en: 'Live e-commerce measures art 37: AI-generated persons used in live commerce must be labelled and consumers continuously reminded. The rule reads the hosts\' kind (session.start) and speech.speaker, and requires an AI label (overlay kind ai-label, or text such as AI生成 / 数字人 / 虚拟主播) on screen over every digital-human interval; a gap longer than the allowed one (5 s by default) is reported, as is a digital human claiming to be a real person.',
    },
    fix: {
      'zh-CN': '在数字人出镜期间全程显示“AI生成”“数字人主播”等标识，切换场景时不要撤下；话术中不要让数字人自称真人。',
      en: 'Keep an "AI生成" / "数字人主播" label on screen for as long as the digital human is on air, also across scene changes; never script the digital human to claim to be human.',
    },
  },
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
  examples: {
    violating: [
      session('AI 标识被后出现的商品卡片遮挡',
        aiStart('小美', '330100'), show(0, 'ai', 'ai-label', 'AI生成', [0.8, 0.05, 0.15, 0.05]), show(20, 'card', 'promo', '限时秒杀', [0.6, 0, 0.4, 0.2]), say(40, '一号链接已经上架', 'ai1')),
      session('数字人名称暗示真人',
        aiStart('主播小美（真人）', '330100'), show(0, 'ai', 'ai-label', 'AI生成'), say(5, '欢迎来到直播间', 'ai1')),
    ],
    compliant: [
      session('AI 标识全程显示在名称旁',
        aiStart('小美', '330100'), show(0, 'ai', 'ai-label', '虚拟主播·AI生成', [0.8, 0.05, 0.15, 0.05]), say(10, '欢迎来到直播间', 'ai1'), say(300, '今天就到这里', 'ai1')),
      session('商品卡片不遮挡 AI 标识',
        aiStart('小美', '330100'), show(0, 'ai', 'ai-label', 'AI生成', [0.8, 0.05, 0.15, 0.05]), show(20, 'card', 'promo', '限时秒杀', [0, 0.75, 0.4, 0.2]), say(40, '一号链接已经上架', 'ai1')),
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《浙江省网络直播营销行为规范指引》（据新闻）：使用深度合成技术生成的 AI 数字人可能导致混淆的，应在合理位置、区域持续显著标识，与自然人的名称、形象明显区分，不得通过技术手段删除、篡改、隐匿标识。本规则在“持续标识”之外，还把被其他画面元素遮挡（默认超过 30% 面积）的标识视为缺失，并检查数字人名称是否冒充真人。',
      en: 'Zhejiang guide (news): AI digital humans that may cause confusion must be labelled continuously and prominently in a reasonable position, clearly apart from natural persons\' names and images, and the label must not be removed, altered or hidden. Besides continuous labelling the rule counts a label covered by another overlay (more than 30 % of its area by default) as missing, and checks that the digital host\'s name does not pose as a real person.',
    },
    fix: {
      'zh-CN': '把 AI 标识放在不会被商品卡片、贴片遮挡的位置并全程显示；数字人名称中不要出现“真人”“本人出镜”等字样。',
      en: 'Place the AI label where product cards and stickers do not cover it and keep it on for the whole time; keep 真人 / 本人出镜 out of the digital host\'s name.',
    },
  },
});

// ------------------------------------------------------------------------------------------- opening label

export interface OpeningOptions { toleranceMs: number; minDurationMs: number }

/** ai-label-2025 art 4: a label at the opening of AI-generated audio-visual content (≥ 2 s per GB 45438 §5.4 [S]). */
export const explicitLabelAv = documented(defineRule<OpeningOptions>({
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
}), {
  violating: [
    session('数字人开播 10 秒后才出现 AI 标识，也没有语音提示',
      aiStart(), say(1, '欢迎来到直播间', 'ai1'), show(10, 'ai', 'ai-label', 'AI生成')),
    session('开场 AI 标识只显示了 1 秒',
      aiStart(), show(0, 'ai', 'ai-label', 'AI生成'), hide(1, 'ai'), say(5, '欢迎来到直播间', 'ai1')),
  ],
  compliant: [
    session('开场即显示 AI 标识并保持',
      aiStart(), show(0, 'ai', 'ai-label', 'AI生成'), say(5, '欢迎来到直播间', 'ai1')),
    session('开场语音提示由 AI 生成',
      aiStart(), say(1, '大家好，我是AI生成的数字人主播小美', 'ai1')),
  ],
}, {
  requirement: {
    'zh-CN': '《人工智能生成合成内容标识办法》第四条（条号据二手资料）：对生成合成的视频、音频、虚拟场景等内容添加显式标识，视频在起始画面及播放周边适当位置添加显著提示标识，音频在起始位置添加语音或提示音标识；GB 45438—2025（二手资料）要求起始画面的标识持续不少于 2 秒。本规则要求数字人开播后 3 秒内出现 AI 标识（或数字人口播“AI生成/合成”提示），且开场标识显示不少于 2 秒。',
    en: 'AI-label measures art 4 (article number from secondary sources): AI-generated video, audio and virtual scenes carry an explicit label, for video a prominent label on the opening frame and around playback, for audio a spoken cue at the start; GB 45438-2025 (secondary sources) asks for at least 2 s on the opening frame. The rule requires an AI label within 3 s of the digital human going on air (or a spoken "AI生成/合成" cue by the digital human), shown for at least 2 s.',
  },
  fix: {
    'zh-CN': '数字人开播时立即显示“AI生成”等显式标识并至少保持 2 秒（宜全程保持），或在开场由数字人口播“以下内容由AI生成”。',
    en: 'Show an explicit "AI生成" label as soon as the digital human goes on air and keep it for at least 2 s (better: throughout), or open with a spoken "以下内容由AI生成".',
  },
});

export type { OverlayLike };
