// `--deny-list` terms become one rule, `custom/deny-list`, that reports every hit.
import { defineRule, type RuleDefinition } from '../rule.js';

export const DENY_RULE_ID = 'custom/deny-list';

export function denyListRule(terms: readonly string[]): RuleDefinition {
  return defineRule({
    meta: {
      id: DENY_RULE_ID, type: 'problem', severity: 'error', binds: ['operator', 'streamer', 'merchant'], jurisdiction: 'CN',
      basis: [], category: 'custom',
      docs: { description: { 'zh-CN': '用户自定义的禁用词', en: 'User-defined denied terms' } },
      messages: { denied: { 'zh-CN': '命中自定义禁用词“{{term}}”', en: 'Denied term "{{term}}"' } },
    },
    lexicons: { deny: { terms } },
    create(context) {
      return {
        text(unit) {
          for (const h of context.hits(unit)) context.report({ messageId: 'denied', data: { term: h.term }, unit, start: h.start, end: h.end });
        },
      };
    },
  });
}
