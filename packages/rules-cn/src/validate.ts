// Rule-pack consistency: the checks of scripts/check-rules.mjs and `liveguard rules --validate`.
// Browser-safe: docs pages are passed in by the caller (the script reads them from disk).
import type { LegalSource, RuleDefinition, RulePack } from '@liveguard/core';
import { legalSources } from './sources.js';
import { example, type ExampleInput, type RuleExamples } from './util/define.js';
import { describeExample, runExample } from './util/examples.js';

export interface PackProblem { ruleId: string; problem: string }

export interface ValidateOptions {
  /** Extra legal sources the pack's basis may cite (besides the registry and pack.sources). */
  sources?: LegalSource[];
  /** Rule ids that must be in the preset (`recommended`); omit to skip the check. */
  preset?: readonly string[];
  /** Returns the rule's docs page (Markdown) or undefined when it has none; omit to skip the check. */
  docsPage?: (rule: RuleDefinition) => string | undefined;
  /** Require a legal basis on every rule (default true; custom packs may cite none). */
  requireBasis?: boolean;
  /** Minimum violating and compliant examples (default 2 each). */
  minExamples?: number;
}

/** The fenced example blocks of a docs page: ```violating / ```compliant, one example a line (JSON for listings). */
export function examplesFromDocs(markdown: string): RuleExamples {
  const out: RuleExamples = { violating: [], compliant: [] };
  const re = /```(violating|compliant)[^\n]*\n([\s\S]*?)```/g;
  for (const m of markdown.matchAll(re)) {
    for (const line of m[2].split('\n').map((l) => l.trim()).filter(Boolean)) {
      out[m[1] as 'violating' | 'compliant'].push(line.startsWith('{') ? (JSON.parse(line) as ExampleInput) : line);
    }
  }
  return out;
}

/** One example as a docs-page line. */
export function exampleLine(e: ExampleInput): string {
  const ex = example(e);
  return ex.text !== undefined && !ex.category && !ex.listing && !ex.events ? ex.text : JSON.stringify(ex);
}

export function validatePack(pack: RulePack, opts: ValidateOptions = {}): PackProblem[] {
  const problems: PackProblem[] = [];
  const known = new Map<string, LegalSource>();
  for (const s of [...legalSources, ...(pack.sources ?? []), ...(opts.sources ?? [])]) known.set(s.id, s);
  const seen = new Set<string>();
  const min = opts.minExamples ?? 2;
  for (const rule of pack.rules) {
    const id = rule.meta?.id ?? '<no id>';
    const p = (problem: string) => problems.push({ ruleId: id, problem });
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) p('id must be `source/short-name` in lower case');
    if (seen.has(id)) p('duplicate rule id');
    seen.add(id);
    const meta = rule.meta;
    if (!meta.messages || !Object.keys(meta.messages).length) p('no messages');
    for (const [k, m] of Object.entries(meta.messages ?? {})) if (!m['zh-CN'] || !m.en) p(`message ${k} needs zh-CN and en`);
    if (!meta.docs?.description?.['zh-CN'] || !meta.docs?.description?.en) p('docs.description needs zh-CN and en');
    if (!meta.basis?.length && opts.requireBasis !== false) p('no legal basis');
    for (const b of meta.basis ?? []) {
      if (!known.has(b.source)) p(`legal basis source "${b.source}" is not in the registry`);
      if (!['T', 'N', 'S', 'M'].includes(b.evidence)) p(`legal basis ${b.source}: evidence must be T, N, S or M`);
    }
    if (opts.preset && !opts.preset.includes(id)) p('not in the recommended preset');
    const examples = (rule as { examples?: RuleExamples }).examples;
    if (!examples) p('no examples (rule.examples.violating / compliant)');
    else {
      if (examples.violating.length < min) p(`needs at least ${min} violating examples (has ${examples.violating.length})`);
      if (examples.compliant.length < min) p(`needs at least ${min} compliant examples (has ${examples.compliant.length})`);
      for (const e of examples.violating) {
        try { if (!runExample(rule, e).length) p(`violating example not reported: ${describeExample(e)}`); } catch (err) { p(`example failed: ${describeExample(e)}: ${(err as Error).message}`); }
      }
      for (const e of examples.compliant) {
        try { const fs = runExample(rule, e); if (fs.length) p(`compliant example reported (${fs[0].text}): ${describeExample(e)}`); } catch (err) { p(`example failed: ${describeExample(e)}: ${(err as Error).message}`); }
      }
    }
    if (opts.docsPage) {
      const page = opts.docsPage(rule);
      if (page === undefined) p('no docs page');
      else {
        const doc = examplesFromDocs(page);
        if (doc.violating.length < min || doc.compliant.length < min) p(`docs page needs ${min}+ violating and ${min}+ compliant example blocks`);
        if (examples) {
          const same = (a: ExampleInput[], b: ExampleInput[]) => JSON.stringify(a.map(exampleLine)) === JSON.stringify(b.map(exampleLine));
          if (!same(doc.violating, examples.violating) || !same(doc.compliant, examples.compliant)) p('docs page examples differ from rule.examples (run scripts/gen-rule-docs.mjs)');
        }
        for (const e of doc.violating) if (!runExample(rule, e).length) p(`docs violating example not reported: ${describeExample(e)}`);
        for (const e of doc.compliant) if (runExample(rule, e).length) p(`docs compliant example reported: ${describeExample(e)}`);
      }
    }
  }
  return problems;
}
