// Who may stream: natural-person hosts must be at least 16; 16–17 need a guardian's consent.
import { defineRule } from '@liveguard/core';
import { m } from './common.js';

export const streamerAge = defineRule({
  meta: {
    id: 'live-marketing-2021/streamer-age', type: 'problem', severity: 'error', binds: ['platform', 'operator'], jurisdiction: 'CN',
    basis: [{ source: 'live-marketing-2021', article: '第十七条', evidence: 'T' }, { source: 'minors-online-2023', article: '第三十一条', evidence: 'T' }],
    category: 'minors',
    docs: {
      description: m('直播营销人员须年满十六周岁；十六至十八周岁须经监护人同意', 'Live-marketing hosts must be at least 16; hosts aged 16–17 need a guardian\'s consent'),
    },
    messages: {
      under16: m('主播“{{name}}”年龄 {{age}} 岁，未满十六周岁，不得从事直播营销', 'Host "{{name}}" is {{age}}, under 16, and may not host live marketing'),
      guardian: m('主播“{{name}}”年龄 {{age}} 岁，须有监护人同意的记录', 'Host "{{name}}" is {{age}}; a guardian\'s consent must be on record'),
    },
  },
  create(ctx) {
    return {
      'session.start'(e) {
        for (const h of e.hosts ?? []) {
          if (h.kind !== 'human' || typeof h.age !== 'number') continue;
          const data = { name: h.name ?? h.id, age: h.age };
          if (h.age < 16) ctx.report({ messageId: 'under16', event: e, data, extra: { hostId: h.id, age: h.age } });
          else if (h.age < 18 && !(h as { guardianConsent?: unknown }).guardianConsent) {
            ctx.report({ messageId: 'guardian', severity: 'warning', event: e, data, extra: { hostId: h.id, age: h.age } });
          }
        }
      },
    };
  },
});
