// Runs a rule's examples: a text example is a one-line script (with the example's category as the lint
// setting), a listing example is a `listing` event, an events example is a recorded session.
import { Engine, type Finding, type LiveEvent, type RuleDefinition } from '@liveguard/core';
import { legalSources } from '../sources.js';
import { example, type ExampleInput } from './define.js';

const engines = new WeakMap<RuleDefinition, Engine>();
function engineFor(rule: RuleDefinition): Engine {
  let e = engines.get(rule);
  if (!e) engines.set(rule, (e = new Engine({ rules: [rule], sources: legalSources })));
  return e;
}

/** The findings of `rule` on one example (only that rule's findings). */
export function runExample(rule: RuleDefinition, input: ExampleInput, engine: Engine = engineFor(rule)): Finding[] {
  const ex = example(input);
  // a regional rule's examples are set in its region
  const j = rule.meta.jurisdiction;
  const settings = { ...(ex.category ? { category: ex.category } : {}), ...(j && j !== 'CN' ? { region: j } : {}) };
  let fs: Finding[];
  if (ex.events) fs = engine.lintEvents(ex.events, { source: 'example', settings });
  else if (ex.listing) {
    const product = { id: 'example', ...ex.listing, ...(ex.category && !ex.listing.category ? { category: ex.category } : {}) };
    fs = engine.lintEvents([{ type: 'listing', product } as LiveEvent], { source: 'example', settings });
  } else fs = engine.lintText(ex.text ?? '', { source: 'example', settings });
  return fs.filter((f) => f.ruleId === rule.meta.id);
}

export function describeExample(input: ExampleInput): string {
  const ex = example(input);
  if (ex.text !== undefined) return ex.text;
  if (ex.listing) return `listing ${JSON.stringify(ex.listing)}`;
  // an event sequence: its note, else the event types and the texts they carry (speech, labels…)
  const evs = ex.events ?? [];
  const what = ex.note ?? evs.map((e) => {
    const t = (e as { text?: unknown }).text;
    return typeof t === 'string' ? `${e.type}「${t.length > 24 ? t.slice(0, 24) + '…' : t}」` : e.type;
  }).join(' → ');
  return `${evs.length} events: ${what}`;
}
