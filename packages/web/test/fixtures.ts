// A small, stable rule pack for component tests (the real packs change as teammates add rules).
import { defineRule, type RulePack, type Finding } from '@liveguard/core';

const absolute = defineRule({
  meta: {
    id: 'test/absolute', type: 'problem', severity: 'warning', binds: ['streamer'], jurisdiction: 'CN', category: 'absolute-terms',
    basis: [{ source: 'ad-law', article: '第九条第（三）项', evidence: 'T' }, { source: 'ad-absolute-guide-2023', evidence: 'N' }],
    docs: { description: { 'zh-CN': '测试：绝对化用语', en: 'Test: absolute terms' } },
    messages: { hit: { 'zh-CN': '使用了绝对化用语“{{term}}”', en: 'Absolute term "{{term}}"' } },
    fixable: true,
  },
  lexicons: { terms: { terms: [{ term: '最好', data: { rep: '很好' } }, { term: '全网最低价', data: { rep: '优惠价' } }] } },
  create(ctx) {
    return {
      text(unit) {
        for (const h of ctx.hits(unit, 'terms')) {
          ctx.report({
            messageId: 'hit', data: { term: h.term }, unit, start: h.start, end: h.end,
            suggestions: [{ desc: { 'zh-CN': `改为“${h.data?.rep}”`, en: `Use "${h.data?.rep}"` }, replacement: String(h.data?.rep) }],
          });
        }
      },
    };
  },
});

const diversion = defineRule({
  meta: {
    id: 'test/diversion', type: 'problem', severity: 'error', binds: ['operator', 'streamer'], jurisdiction: '330000', category: 'diversion',
    basis: [{ source: 'zj-guide-2024', evidence: 'M' }],
    docs: { description: { 'zh-CN': '测试：私下交易引流', en: 'Test: private-trade diversion' } },
    messages: { hit: { 'zh-CN': '引导私下交易“{{term}}”', en: 'Diverts to a private trade "{{term}}"' } },
  },
  lexicons: { terms: { terms: ['加微信'] } },
  create(ctx) {
    return { text(unit) { for (const h of ctx.hits(unit, 'terms')) ctx.report({ messageId: 'hit', data: { term: h.term }, unit, start: h.start, end: h.end }); } };
  },
});
(absolute as unknown as Record<string, unknown>).examples = { violating: ['这是全网最低价'], compliant: ['最近很忙'] };
(absolute as unknown as Record<string, unknown>).guide = {
  requirement: { 'zh-CN': '广告不得使用绝对化用语', en: 'No absolute terms in ads' },
  fix: { 'zh-CN': '改为可证实的表述', en: 'State a provable fact' },
};

export const testPacks: RulePack[] = [
  {
    id: 'test-national', name: { 'zh-CN': '测试全国规则', en: 'Test national' }, rules: [absolute],
    sources: [
      { id: 'ad-law', title: '《中华人民共和国广告法》', evidence: 'T' },
      { id: 'ad-absolute-guide-2023', title: '《广告绝对化用语执法指南》', evidence: 'N' },
    ],
  },
  { id: 'test-zj', name: { 'zh-CN': '测试浙江规则', en: 'Test Zhejiang' }, region: '330000', rules: [diversion], sources: [{ id: 'zj-guide-2024', title: '《浙江省网络直播营销行为规范指引》', evidence: 'N' }] },
];

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'f1', ruleId: 'test/absolute', severity: 'warning', message: '使用了绝对化用语“最好”', messageEn: 'Absolute term "最好"', source: 's',
    line: 1, column: 1, endLine: 1, endColumn: 3, offset: 0, length: 2, text: '最好',
    basis: [{ source: 'ad-law', title: '《中华人民共和国广告法》', article: '第九条第（三）项', evidence: 'T' }],
    suggestions: [{ desc: '改为“很好”', descEn: 'Use "很好"', replacement: '很好' }],
    ...over,
  };
}
