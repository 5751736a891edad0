import type { SessionStartEvent } from '@liveguard/core';
import { defineCnRule } from '../../../util/define.js';

export default defineCnRule({
  meta: {
    id: 'live-marketing-2021/streamer-age',
    type: 'problem',
    severity: 'error',
    binds: ['platform', 'operator'],
    jurisdiction: 'CN',
    basis: [
      { source: 'live-marketing-2021', article: '第十七条', evidence: 'T' },
      { source: 'minors-tipping-2022', evidence: 'N' },
      { source: 'minors-online-2023', article: '第三十一条', evidence: 'T' },
      { source: 'sh-guide-2022', evidence: 'N' },
    ],
    category: 'minors',
    docs: { description: { 'zh-CN': '直播营销人员或直播间运营者为自然人的，应当年满十六周岁；十六至十八周岁的须经监护人同意', en: 'Natural-person streamers and room operators must be at least 16; 16–18 need guardian consent' } },
    messages: {
      underAge: { 'zh-CN': '主播“{{name}}”年龄{{age}}岁，未满十六周岁不得从事直播营销', en: 'Host "{{name}}" is {{age}}, under the minimum age of 16' },
      needsConsent: { 'zh-CN': '主播“{{name}}”年龄{{age}}岁，须有监护人同意', en: 'Host "{{name}}" is {{age}} and needs guardian consent' },
    },
  },
  create(ctx) {
    return {
      'session.start'(e: SessionStartEvent) {
        for (const h of e.hosts ?? []) {
          if (h.kind !== 'human' || typeof h.age !== 'number') continue;
          const data = { name: h.name ?? h.id, age: h.age };
          if (h.age < 16) ctx.report({ messageId: 'underAge', data, event: e });
          else if (h.age < 18 && !(h as { guardianConsentId?: string }).guardianConsentId) ctx.report({ messageId: 'needsConsent', data, event: e, severity: 'warning' });
        }
      },
    };
  },
  examples: {
    violating: [
      { events: [{ type: 'session.start', ts: '2025-03-01T10:00:00+08:00', hosts: [{ id: 'h1', name: '小明', kind: 'human', age: 15 }] }] },
      { events: [{ type: 'session.start', ts: '2025-03-01T10:00:00+08:00', hosts: [{ id: 'h1', name: '小红', kind: 'human', age: 17 }] }] },
    ],
    compliant: [
      { events: [{ type: 'session.start', ts: '2025-03-01T10:00:00+08:00', hosts: [{ id: 'h1', name: '主播A', kind: 'human', age: 25 }] }] },
      { events: [{ type: 'session.start', ts: '2025-03-01T10:00:00+08:00', hosts: [{ id: 'h1', name: '小红', kind: 'human', age: 17, guardianConsentId: 'GC-1' } as never] }] },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《网络直播营销管理办法（试行）》第十七条：直播营销人员或者直播间运营者为自然人的，应当年满十六周岁；十六周岁以上的未成年人申请成为直播营销人员或者直播间运营者的，应当经监护人同意。《未成年人网络保护条例》第三十一条要求动态核验主播身份。本规则读取 session.start 中主播的 age（及 guardianConsentId）。',
      en: 'Live-marketing measures art 17 (minimum age 16; guardian consent for 16–18); Minors Online Protection Regulation art 31. Reads hosts\' age (and guardianConsentId) from session.start.',
    },
    fix: { 'zh-CN': '由成年主播直播；16–18岁主播须留存监护人同意书。', en: 'Use adult hosts; keep guardian consent for 16–18.' },
  },
});
