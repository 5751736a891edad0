// Shill comments: bursts of near-identical efficacy testimonials from many accounts but few IP ranges.
import { defineRule, type LiveEvent, type TextUnit } from '@liveguard/core';
import { m, MINUTE } from './common.js';
import { at, documented, session, start } from './examples.js';

const comment = (sec: number, user: string, ip: string, text: string): LiveEvent => ({ type: 'comment', ts: at(sec), user: { id: user, ip }, text }) as LiveEvent;
/** `n` accounts posting `text` (digits varied) 5 s apart, their IPs from `ip(i)`. */
const burst = (n: number, ip: (i: number) => string, text: (i: number) => string): LiveEvent[] =>
  Array.from({ length: n }, (_, i) => comment(10 + i * 5, `u${i + 1}`, ip(i), text(i)));

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

export const fakeReviewsAndShillComments = documented(defineRule<ShillOptions>({
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
}), {
  violating: [
    session('8 个账号在 1 分钟内发布雷同减肥证言，来自 2 个 IP 段',
      start(), ...burst(8, (i) => `10.0.${i % 2}.${i + 1}`, (i) => `吃了两盒瘦了${8 + (i % 3)}斤！`)),
    session('8 个账号发布雷同降压证言，来自同一 IP 段',
      start(), ...burst(8, (i) => `172.16.5.${i + 10}`, (i) => (i % 2 ? '我妈用了血压都稳了' : '我妈用了血压都稳了！'))),
  ],
  compliant: [
    session('内容各异的自然评论',
      start(), ...['主播好美', '发什么快递', '吃了两盒瘦了八斤', '多少钱', '我妈用了血压都稳了', '有赠品吗'].map((t, i) => comment(10 + i * 5, `o${i + 1}`, `1.2.${i}.4`, t))),
    session('雷同好评来自 8 个不同 IP 段（不足以认定组织刷评）',
      start(), ...burst(8, (i) => `36.${100 + i}.20.${i + 1}`, (i) => `吃了两盒瘦了${8 + (i % 3)}斤！`)),
  ],
}, {
  requirement: {
    'zh-CN': '《电子商务法》第十七条：电子商务经营者不得以虚构交易、编造用户评价等方式进行虚假或者引人误解的商业宣传。《网络交易监督管理办法》第十四条（条号未核实）禁止虚构交易、编造用户评价。本规则在评论区中查找默认 10 分钟内至少 8 个账号发布的雷同功效“证言”（二元组 Jaccard 相似度 ≥ 0.5）：来自不超过 3 个 IP 段（/24）的报错（疑似组织刷评），没有 IP 集中但账号达到 20 个的报警告。',
    en: 'E-commerce Law art 17: e-commerce operators may not use fictitious transactions or fabricated user reviews for false or misleading commercial publicity. Online-trade measures art 14 (article number unverified) forbid the same. The rule looks in the comments for near-identical efficacy testimonials (bigram Jaccard ≥ 0.5) from at least 8 accounts within 10 minutes (defaults): from 3 IP ranges (/24) or fewer it is an error (organised shill comments); 20 or more accounts without IP concentration is a warning.',
  },
  fix: {
    'zh-CN': '停止组织或购买刷评、“职业弹幕”；删除并如实处理已发布的虚假评论，只展示真实买家的评价。',
    en: 'Stop organising or buying shill comments; remove the fake ones and show only genuine buyers\' reviews.',
  },
});

export type { LiveEvent };
