// Custom packs: plain data (JSON or YAML, parsed by the caller) → a RulePack of term rules.
import type { LegalBasisRef, RulePack, Severity } from '@liveguard/core';
import { lexiconRule } from './util/lexicon-rule.js';
import type { ExampleInput } from './util/define.js';

export interface CustomRuleSpec {
  id: string;
  severity?: Severity;
  message: { 'zh-CN': string; en?: string };
  terms: string[];
  exempt?: string[];
  /** Also match homophones of terms of four characters and more (好平返现 for 好评返现). */
  phonetic?: boolean;
  basis?: LegalBasisRef[];
  description?: { 'zh-CN': string; en?: string };
  /** Report only when this regular expression also matches the sentence. */
  requires?: string;
  /** Skip denied, quoted and regulation/news sentences (default true). */
  claimsOnly?: boolean;
  examples?: { violating?: ExampleInput[]; compliant?: ExampleInput[] };
}
export interface CustomPackSpec { id: string; name?: { 'zh-CN': string; en?: string }; rules: CustomRuleSpec[] }

export class CustomPackError extends Error {
  constructor(message: string) { super(message); this.name = 'CustomPackError'; }
}

const SEVERITIES = ['error', 'warning', 'info'];

/** Validates the shape of a parsed custom pack and builds its term rules; throws CustomPackError naming the field. */
export function loadCustomPack(obj: unknown): RulePack {
  const fail = (where: string, what: string): never => { throw new CustomPackError(`自定义规则包 ${where}: ${what}`); };
  if (!obj || typeof obj !== 'object') fail('(root)', 'must be an object { id, rules: [...] }');
  const spec = obj as CustomPackSpec;
  if (typeof spec.id !== 'string' || !spec.id) fail('id', 'must be a non-empty string');
  if (!Array.isArray(spec.rules)) fail('rules', 'must be an array');
  const rules = spec.rules.map((r, i) => {
    const at = `rules[${i}]${r && typeof r.id === 'string' ? ` (${r.id})` : ''}`;
    if (!r || typeof r !== 'object') fail(at, 'must be an object');
    if (typeof r.id !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(r.id)) fail(`${at}.id`, 'must look like "source/short-name" (lower case)');
    if (r.severity !== undefined && !SEVERITIES.includes(r.severity)) fail(`${at}.severity`, 'must be error, warning or info');
    if (!r.message || typeof r.message['zh-CN'] !== 'string') fail(`${at}.message`, 'needs a zh-CN text (use {{term}} for the matched term)');
    if (!Array.isArray(r.terms) || !r.terms.length || r.terms.some((t) => typeof t !== 'string' || !t.trim())) fail(`${at}.terms`, 'must be a non-empty array of strings');
    if (r.exempt !== undefined && (!Array.isArray(r.exempt) || r.exempt.some((t) => typeof t !== 'string'))) fail(`${at}.exempt`, 'must be an array of strings');
    if (r.phonetic !== undefined && typeof r.phonetic !== 'boolean') fail(`${at}.phonetic`, 'must be true or false');
    for (const [k, b] of (r.basis ?? []).entries()) {
      if (!b || typeof b.source !== 'string' || !['T', 'N', 'S', 'M'].includes(b.evidence)) fail(`${at}.basis[${k}]`, 'needs { source, article?, evidence: T|N|S|M }');
    }
    let requires: RegExp | undefined;
    if (r.requires !== undefined) { try { requires = new RegExp(r.requires); } catch (e) { fail(`${at}.requires`, (e as Error).message); } }
    const message = { 'zh-CN': r.message['zh-CN'], en: r.message.en ?? r.message['zh-CN'] };
    return lexiconRule({
      id: r.id, severity: r.severity ?? 'warning', binds: ['streamer', 'operator', 'merchant'], basis: r.basis ?? [], category: 'custom',
      description: r.description ? { 'zh-CN': r.description['zh-CN'], en: r.description.en ?? r.description['zh-CN'] } : message,
      message, terms: r.terms.map((t) => t.trim()), exempt: r.exempt, phonetic: r.phonetic, requires, claimsOnly: r.claimsOnly,
      examples: { violating: r.examples?.violating ?? [], compliant: r.examples?.compliant ?? [] },
      guide: { requirement: message, fix: message },
    });
  });
  return { id: spec.id, name: { 'zh-CN': spec.name?.['zh-CN'] ?? spec.id, en: spec.name?.en ?? spec.name?.['zh-CN'] ?? spec.id }, rules };
}
