// RuleTester in the ESLint style: valid/invalid cases, message ids, spans, severity, and the legal basis
// each invalid case proves (resolved through the registry, never a bare source id).
import { expect, it, describe } from 'vitest';
import type { Finding, RuleDefinition } from '@liveguard/core';
import { runExample } from '../src/util/examples.js';
import { sourcesById } from '../src/sources.js';
import type { ExampleInput } from '../src/util/define.js';

export interface InvalidCase {
  text?: string; category?: string; listing?: Record<string, unknown> & { title: string };
  errors: { messageId?: string; text?: string; severity?: 'error' | 'warning' | 'info'; /** the fix's replacement text; null: a description only */ replacement?: string | null }[] | number;
}
export type ValidCase = ExampleInput;

function messageMatches(rule: RuleDefinition, messageId: string, f: Finding): boolean {
  const m = rule.meta.messages[messageId];
  if (!m) throw new Error(`${rule.meta.id} has no message ${messageId}`);
  const re = (s: string) => new RegExp('^' + s.split(/\{\{\s*\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*') + '$');
  return re(m['zh-CN']).test(f.message) && (!f.messageEn || re(m.en).test(f.messageEn));
}

export function assertBasis(rule: RuleDefinition, f: Finding): void {
  expect(f.basis.length, `${rule.meta.id}: finding without legal basis`).toBeGreaterThan(0);
  expect(f.basis.map((b) => b.source)).toEqual(rule.meta.basis.map((b) => b.source));
  for (const b of f.basis) {
    const src = sourcesById.get(b.source);
    expect(src, `basis source ${b.source} is not in the registry`).toBeDefined();
    expect(b.title).toBe(src!.title);
    expect(['T', 'N', 'S', 'M']).toContain(b.evidence);
  }
}

export function ruleTester(rule: RuleDefinition, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const v of cases.valid) {
      const label = typeof v === 'string' ? v : v.text ?? JSON.stringify(v.listing);
      it(`valid: ${label}`, () => {
        const fs = runExample(rule, v);
        expect(fs.map((f) => `${f.text}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.text ?? JSON.stringify(c.listing)}`, () => {
        const fs = runExample(rule, c as ExampleInput);
        if (typeof c.errors === 'number') expect(fs.length).toBe(c.errors);
        else {
          expect(fs.length, fs.map((f) => f.text).join(' | ')).toBe(c.errors.length);
          c.errors.forEach((e, i) => {
            const f = fs[i];
            if (e.messageId) expect(messageMatches(rule, e.messageId, f), `message ${e.messageId} vs ${f.message}`).toBe(true);
            if (e.text !== undefined) {
              expect(f.text).toBe(e.text);
              if (c.text !== undefined) expect(c.text.slice(f.offset, f.offset + f.length)).toBe(e.text);
            }
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.replacement !== undefined) expect(f.suggestions?.find((x) => x.replacement !== undefined)?.replacement ?? null).toBe(e.replacement);
          });
        }
        for (const f of fs) assertBasis(rule, f);
      });
    }
  });
}
