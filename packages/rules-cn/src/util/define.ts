// `defineCnRule`: the core rule contract plus what this package's tooling needs — examples that run as
// tests (and as `liveguard rules --validate` checks), and the text of the rule's docs page.
import type { LiveEvent, Message, Product, RuleDefinition } from '@liveguard/core';
import { sourcesById } from '../sources.js';

/** One example: a script line, optionally with a category, or a product listing checked field by field. */
export interface Example {
  text?: string;
  category?: string;
  listing?: Partial<Product> & { title: string };
  events?: LiveEvent[];
  note?: string;
}
export type ExampleInput = string | Example;
export interface RuleExamples { violating: ExampleInput[]; compliant: ExampleInput[] }

export interface CnRuleDefinition<O = any> extends RuleDefinition<O> {
  examples: RuleExamples;
  /** Docs page: what the law requires and how to fix a finding (zh-CN and en). */
  guide: { requirement: Message; fix: Message };
}

export const DOCS_BASE = 'https://liveguard.dev/rules/';

export function defineCnRule<O = any>(def: CnRuleDefinition<O>): CnRuleDefinition<O> {
  const meta = def.meta;
  // A rule applies from its primary source's date, not from the latest date of every supporting source.
  if (!meta.effective) {
    const first = meta.basis.map((b) => sourcesById.get(b.source)?.effective).find(Boolean);
    if (first) meta.effective = first;
  }
  if (!meta.docs.url) meta.docs.url = DOCS_BASE + meta.id;
  if (meta.hasSuggestions === undefined) meta.hasSuggestions = true;
  return def;
}

export const example = (e: ExampleInput): Example => (typeof e === 'string' ? { text: e } : e);
