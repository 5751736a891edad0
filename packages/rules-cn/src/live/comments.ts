// Shill comments: bursts of near-identical efficacy testimonials from many accounts but few IP ranges.
import { defineRule, type LiveEvent, type TextUnit } from '@liveguard/core';
import { m, MINUTE } from './common.js';

export interface ShillOptions { windowMs: number; minAccounts: number; maxIpRanges: number; similarity: number; suspectedAccounts: number }

interface Item { ts: number; user: string; ip?: string }
interface Cluster { grams: Set<string>; text: string; items: Item[]; reported: boolean; last: number }

function bigrams(s: string): Set<string> {
  const g = new Set<string>();
  const t = s.replace(/\d+(\.\d+)?/g, '#');
  for (let i = 0; i + 1 < t.length; i++) g.add(t.slice(i, i + 2));
  if (t.length === 1) g.add(t);
  return g;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}
const ipRange = (ip: string) => (ip.includes(':') ? ip.split(':').slice(0, 4).join(':') : ip.split('.').slice(0, 3).join('.'));

export const fakeReviewsAndShillComments = defineRule<ShillOptions>({
  meta: {
    id: 'online-trade/fake-reviews-and-shill-comments', type: 'problem', severity: 'error', binds: ['operator', 'merchant', 'agency'], jurisdiction: 'CN',
    basis: [
      // AUCL is left out: its false-publicity article is art 8 in the 2019 text and art 9 since 2025-10-01, and a
      // basis cannot change with the session date. See README.md.
      { source: 'ecommerce-law', article: '第十七条', evidence: 'T' },
      { source: 'online-trade-2021', article: '第十四条', evidence: 'M' },
    ],
    category: 'reviews',
    defaultOptions: { windowMs: 10 * MINUTE, minAccounts: 8, maxIpRanges: 3, similarity: 0.5, suspectedAccounts: 20 },
    docs: {
      description: m('评论区成批出现来自少数 IP 段的雷同功效“证言”，疑似组织刷评（水军、职业弹幕）',
        'Bursts of near-identical efficacy testimonials from few IP ranges: organised shill comments'),
    },
    messages: {
      organised: m('{{minutes}} 分钟内 {{accounts}} 个账号发布雷同功效评论“{{text}}”，仅来自 {{ranges}} 个 IP 段，疑似组织刷评',
        '{{accounts}} accounts posted near-identical efficacy comments ("{{text}}") within {{minutes}} min from only {{ranges}} IP ranges'),
      suspected: m('{{minutes}} 分钟内 {{accounts}} 个账号发布雷同功效评论“{{text}}”，疑似刷评', '{{accounts}} accounts posted near-identical efficacy comments ("{{text}}") within {{minutes}} min'),
    },
  },
  lexicons: {
    efficacy: { terms: ['瘦了', '掉了', '斤', '血压', '血糖', '血脂', '好了', '管用', '有效', '见效', '稳了', '治好', '不疼了', '不痛了', '白了', '消了', '降了', '睡得香', '效果', '神了', '灵'] },
  },
  create(ctx) {
    const o = ctx.options;
    let clusters: Cluster[] = [];
    let lastSweep = -Infinity;
    return {
      comment(e, units: readonly TextUnit[]) {
        const u = units[0];
        if (!u || !ctx.hits(u).length) return;
        const now = ctx.session.now;
        if (now - lastSweep > MINUTE) {
          lastSweep = now;
          clusters = clusters.filter((c) => now - c.last <= o.windowMs);
        }
        const grams = bigrams(u.norm.text);
        let best: Cluster | undefined, bestSim = 0;
        for (const c of clusters) {
          const s = jaccard(grams, c.grams);
          if (s > bestSim) { bestSim = s; best = c; }
        }
        if (!best || bestSim < o.similarity) clusters.push((best = { grams, text: u.text, items: [], reported: false, last: now }));
        best.items.push({ ts: now, user: e.user?.id ?? '', ip: e.user?.ip });
        best.last = now;
        if (best.reported) return;
        if (now - best.items[0].ts > o.windowMs) best.items = best.items.filter((i) => now - i.ts <= o.windowMs);
        if (best.items.length < o.minAccounts) return;
        const users = new Set(best.items.map((i) => i.user));
        if (users.size < o.minAccounts) return;
        const withIp = best.items.filter((i) => i.ip);
        const ranges = new Set(withIp.map((i) => ipRange(i.ip!)));
        const data = { accounts: users.size, text: best.text, minutes: Math.round(o.windowMs / MINUTE), ranges: ranges.size };
        const extra = { accounts: users.size, ipRanges: [...ranges], comments: best.items.length, windowMs: o.windowMs };
        if (withIp.length * 2 >= best.items.length && ranges.size <= o.maxIpRanges) {
          best.reported = true;
          ctx.report({ messageId: 'organised', unit: u, data, extra });
        } else if (users.size >= o.suspectedAccounts) {
          best.reported = true;
          ctx.report({ messageId: 'suspected', severity: 'warning', unit: u, data, extra });
        }
      },
    };
  },
});

export type { LiveEvent };
