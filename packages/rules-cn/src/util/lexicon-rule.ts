// A term rule built from data: lexicon + exemptions + context (negation, quotation, regulation text,
// co-occurrence, category gates). Most national rules and every custom-pack rule are term rules.
import type { Channel, LegalBasisRef, LexiconTerm, LiveEvent, Message, Party, Product, ReportDescriptor, RuleType, Severity, TextUnit, RuleContext } from '@liveguard/core';
import { normalizeTerm } from '@liveguard/core';
import { requiredLiteralSets } from './regex-literals.js';
import { defineCnRule, type CnRuleDefinition, type RuleExamples } from './define.js';
import { categoryOf, droppedByNormaliser, foldedView, inUnansweredQuestion, isMetaDiscourse, isNotAClaim, nearby, onWordBoundaries, outermost, sentenceAround, unitIsMeta } from './text.js';

export interface LexiconRuleSpec {
  /** Also match homophones of terms of four characters and more (one character swapped for a common one of the same syllable). */
  phonetic?: boolean;
  id: string;
  type?: RuleType;
  severity: Severity;
  binds: Party[];
  jurisdiction?: string;
  basis: LegalBasisRef[];
  category: string;
  description: Message;
  /** Message with a `{{term}}` placeholder. */
  message: Message;
  terms: readonly (string | LexiconTerm)[];
  exempt?: readonly string[];
  /** Extra claims found by pattern on the folded view (original positions; separators not skipped). */
  patterns?: readonly RegExp[];
  /** Report only when this also occurs in the sentence (co-occurrence). */
  requires?: RegExp;
  /** Do not report when this occurs in the sentence (a cited source, a disclaimer…). */
  unless?: RegExp;
  /** Skip denied, quoted and regulation/news sentences (default true); false for terms that are negations themselves (不退不换,
   *  这不是广告), which then skips regulation/news sentences only. */
  claimsOnly?: boolean;
  /** Severity by product category; 'skip' turns the rule off for that category; undefined keeps the default. */
  severityFor?: (category: string | undefined) => Severity | 'skip' | undefined;
  /** Hits must lie on word boundaries (Intl.Segmenter): 大麻烦 is not 大麻. */
  wordBoundary?: boolean | readonly string[];
  channels?: readonly Channel[];
  suggestion?: { message: Message; replacement?: string };
  examples: RuleExamples;
  guide: { requirement: Message; fix: Message };
  /** Extra messages (for `onListing` and `onUnit`). */
  messages?: Record<string, Message>;
  /** Field checks on a product listing (`listing` events; pinned cards in a live session are the live monitor's). */
  onListing?: (ctx: RuleContext<any>, product: Product, event: LiveEvent) => void;
  /** Extra per-unit check after the term hits (co-occurrence across the whole unit…). */
  onUnit?: (ctx: RuleContext<any>, unit: TextUnit, reported: number) => void;
  /** Severity of one hit by its text (overrides the category severity). */
  hitSeverity?: (term: string) => Severity | undefined;
  /** One finding per sentence (the first accepted hit) instead of one per term. */
  oncePerSentence?: boolean;
  /** Extra per-hit filter. */
  accept?: (unit: TextUnit, start: number, end: number, ctx: RuleContext<any>) => boolean;
  /** A necessary condition on the whole unit, tested before any hit is looked at (perf): false only when `accept` (or
   *  `requires`) would reject every hit of the unit — e.g. no audience cue anywhere in it, when `accept` asks for one in the
   *  hit's sentence. */
  gate?: (unit: TextUnit, ctx: RuleContext<any>) => boolean;
}

/** Can `re` be tested on a whole text in place of a part of it (a match in the part is a match in the whole)? True unless it
 *  has anchors, word boundaries or lookarounds, which see the part's edges differently. */
export function partMatchImpliesWhole(re: RegExp): boolean {
  return !/(?<!\\)(?:\^|\$|\\[bB]|\(\?<?[=!])/.test(re.source.replace(/\\\\/g, '').replace(/\[(?:\\.|[^\]])*\]/g, '[]')) && !re.flags.includes('m');
}

/** Rough cost of a literal set as a gate: how often one of its literals occurs in ordinary script text. */
function gateCost(set: readonly string[]): number {
  let c = 0;
  for (const l of set) c += l.length >= 3 ? 1 : l.length === 2 ? 30 : /[0-9]/.test(l) ? 3000 : 1000;
  return c;
}

const escapeRe = (l: string) => l.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
/** Shared tests "the text contains one of these literals", one per distinct set (the digit sets recur in dozens of patterns).
 *  Each remembers its last text: the patterns an utterance opens often share a set. A set of three literals or more is
 *  one regular expression (a character class for the one-character literals: one pass over the text, not one per literal). */
const literalTests = new Map<string, (text: string) => boolean>();
function literalSetTest(lits: readonly string[]): (text: string) => boolean {
  const uniq = [...new Set(lits.filter((l) => l.length > 0))].sort();
  const key = uniq.join('\u0000');
  const known = literalTests.get(key);
  if (known) return known;
  let lastText: string | undefined, last = false;
  let has: (text: string) => boolean;
  if (uniq.length <= 2) has = uniq.length === 1 ? (t) => t.includes(uniq[0]) : (t) => t.includes(uniq[0]) || t.includes(uniq[1]);
  else {
    const singles = uniq.filter((l) => l.length === 1), longer = uniq.filter((l) => l.length > 1);
    const alts = [...longer.map(escapeRe), ...(singles.length ? [`[${singles.map(escapeRe).join('')}]`] : [])];
    const re = new RegExp(alts.join('|'));
    has = (t) => re.test(t);
  }
  const test = (text: string): boolean => {
    if (text === lastText) return last;
    lastText = text;
    return (last = has(text));
  };
  literalTests.set(key, test);
  return test;
}

/** Lexicon of the literals that gate the context patterns (never reported). */
export const TRIGGER = 'pattern-trigger';
/** Every context pattern of every term rule with its trigger literals (for the prefilter's soundness test). */
export const patternRegistry: { rule: string; re: RegExp; triggers: Set<string> | null; sets: Set<string>[] | null }[] = [];

export function lexiconRule(spec: LexiconRuleSpec): CnRuleDefinition {
  const messages: Record<string, Message> = { hit: spec.message };
  if (spec.suggestion) messages.fix = spec.suggestion.message;
  Object.assign(messages, spec.messages ?? {});
  const claimsOnly = spec.claimsOnly !== false;
  // compiled once per rule, not per text unit; each pattern runs only when one of its trigger literals
  // (derived from the pattern) is in the utterance — found by the shared automaton, so near free
  // A pattern runs when one literal of EACH of its required literal sets is in the utterance (a conjunctive
  // prefilter). The most selective set is the gate, looked for by the shared automaton (trigger lexicon);
  // the other sets are checked on the normalised text only once the gate is open (no automaton hits for
  // their often common literals).
  // Literals the normaliser drops (%) cannot be looked for by the automaton; such a set is checked on the
  // raw text instead (with the full-width form of each character).
  const patterns = (spec.patterns ?? []).map((re) => {
    const all = requiredLiteralSets(re, undefined, droppedByNormaliser) ?? [];
    const usable = all.filter((c) => c.every((l) => normalizeTerm(l).length > 0));
    const raw = all.filter((c) => c.every((l) => normalizeTerm(l).length === 0))
      .map((c) => c.flatMap((l) => [l, l.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))]));
    // the gate is the most selective set: few, long literals (a set of digits or of 我 opens on most lines)
    usable.sort((a, b) => gateCost(a) - gateCost(b));
    const usableSets = usable.length ? usable.map((c) => new Set(c)) : null;
    const triggers = usableSets ? usableSets[0] : null;
    const rest = usableSets ? usableSets.slice(1).map((c) => literalSetTest([...c].map((l) => normalizeTerm(l)))) : [];
    return { re: new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), triggers, sets: usableSets, rest, raw };
  });
  const triggerTerms = [...new Set(patterns.flatMap((p) => (p.triggers ? [...p.triggers] : [])))];
  const gatedPatterns = patterns.filter((p) => p.triggers);
  // trigger literal → the gated patterns it opens (perf: one lookup per trigger hit, not a scan of every pattern's set)
  const opensByTrigger = new Map<string, number[]>();
  gatedPatterns.forEach((p, k) => { for (const t of p.triggers!) { const a = opensByTrigger.get(t); if (a) a.push(k); else opensByTrigger.set(t, [k]); } });
  const alwaysPatterns = patterns.filter((p) => !p.triggers);
  // the unit-wide gate: the spec's own, and `requires` (needed in the hit's sentence, so somewhere in the unit) when a match
  // in a sentence is a match in the whole unit
  const requiresRe = spec.requires && partMatchImpliesWhole(spec.requires) ? new RegExp(spec.requires.source, spec.requires.flags.replace(/[gy]/g, '')) : undefined;
  const specGate = spec.gate;
  const gate = requiresRe || specGate
    ? (unit: TextUnit, ctx: RuleContext<any>) => (!requiresRe || requiresRe.test(foldedView(unit))) && (!specGate || specGate(unit, ctx))
    : undefined;
  for (const p of patterns) patternRegistry.push({ rule: spec.id, re: p.re, triggers: p.triggers, sets: p.sets });
  return defineCnRule({
    // without always-on patterns or a per-unit hook, nothing happens on an utterance without a hit
    textRequiresHits: !alwaysPatterns.length && !spec.onUnit,
    meta: {
      id: spec.id, type: spec.type ?? 'problem', severity: spec.severity, binds: spec.binds, jurisdiction: spec.jurisdiction ?? 'CN',
      basis: spec.basis, category: spec.category, docs: { description: spec.description }, messages,
      hasSuggestions: !!spec.suggestion, fixable: spec.suggestion?.replacement !== undefined,
    },
    lexicons: {
      terms: { terms: spec.terms, ...(spec.phonetic ? { phonetic: true } : {}) },
      ...(spec.exempt?.length ? { exempt: { exempt: true, terms: spec.exempt } } : {}),
      // each trigger carries the patterns it opens (perf: no map lookup per trigger hit)
      ...(triggerTerms.length ? { [TRIGGER]: { terms: triggerTerms.map((term) => ({ term, wholeWord: false, data: { opens: opensByTrigger.get(term)! } })) } } : {}),
    },
    create(ctx) {
      const opened = new Int32Array(gatedPatterns.length);
      const openList = new Int32Array(gatedPatterns.length);
      let openStamp = 0;
      const onListing = spec.onListing;
      const suggestions: ReportDescriptor['suggestions'] | undefined = spec.suggestion
        ? [{ messageId: 'fix', ...(spec.suggestion.replacement !== undefined ? { replacement: spec.suggestion.replacement } : {}) }] : undefined;
      return {
        ...(onListing ? {
          listing: (e: LiveEvent & { product: Product }) => onListing(ctx, e.product ?? { id: '', title: '' }, e),
        } : {}),
        text: spec.onUnit ? (unit: TextUnit) => {
          let reported = 0;
          try { reported = scanUnit(unit); } finally { spec.onUnit!(ctx, unit, reported); }
        } : scanUnit,
      };
      function scanUnit(unit: TextUnit): number {
          let n = 0;
          // viewers' comments are not the seller's claims (organised shill comments are a live-monitor rule)
          if (spec.channels ? !spec.channels.includes(unit.channel) : unit.channel === 'comment') return 0;
          // perf: no allocation for the common utterance with no hit and no trigger
          if (!alwaysPatterns.length && !ctx.hasHits(unit)) return 0;
          // a sentence of news or regulation text makes no claim, whatever hits it holds (every hit below would be dropped)
          // (first: the test is shared by every rule, cached on the unit)
          if (unitIsMeta(unit)) return 0;
          if (gate && !gate(unit, ctx)) return 0;
          const rawOk = (p: (typeof patterns)[number]) => p.raw.every((c) => c.some((l) => unit.text.includes(l)));
          const anyTerm = ctx.hasHits(unit, 'terms');
          let active = alwaysPatterns.length ? alwaysPatterns.filter(rawOk) : alwaysPatterns;
          if (gatedPatterns.length && ctx.hasHits(unit, TRIGGER)) {
            const trig = ctx.hits(unit, TRIGGER);
            const nt = unit.norm.text;
            let on: typeof patterns | null = null;
            // perf: one stamp array per rule instance (opened[g] === stamp), no allocation per utterance
            // (the opened patterns are listed as they open and then put in pattern order: a rule may have hundreds of gated
            // patterns and an utterance opens a few)
            const stamp = ++openStamp;
            let nOpen = 0;
            for (let k = 0; k < trig.length; k++) {
              const a = (trig[k].data as { opens?: number[] } | undefined)?.opens;
              if (a) for (let j = 0; j < a.length; j++) if (opened[a[j]] !== stamp) { opened[a[j]] = stamp; openList[nOpen++] = a[j]; }
            }
            // (an insertion sort: a handful of indices, where TypedArray#sort's setup costs more than the sort)
            for (let i = 1; i < nOpen; i++) {
              const x = openList[i];
              let j = i - 1;
              for (; j >= 0 && openList[j] > x; j--) openList[j + 1] = openList[j];
              openList[j + 1] = x;
            }
            for (let q = 0; q < nOpen; q++) {
              const p = gatedPatterns[openList[q]];
              let all = true;
              for (let k = 0; k < p.rest.length && all; k++) all = p.rest[k](nt);
              if (all && rawOk(p)) (on ??= active.slice()).push(p);
            }
            if (on) active = on;
          }
          if (!anyTerm && !active.length) return 0;
          // term hits the rule's own filter drops (an efficacy phrase outside food) must not hide a pattern's claim over the
          // same words: they are filtered before the patterns run (and not again below)
          const terms = anyTerm ? outermost(ctx.hits(unit, 'terms')) : [];
          const found: { start: number; end: number; term?: string; pattern?: true }[] = spec.accept ? terms.filter((h) => spec.accept!(unit, h.start, h.end, ctx)) : terms;
          const v = foldedView(unit);
          for (const { re: g } of active) {
            // perf: exec with lastIndex, not matchAll (which clones the RegExp and allocates an iterator per call)
            g.lastIndex = 0;
            for (let m = g.exec(v); m !== null; m = g.exec(v)) {
              const s = m.index, e = s + m[0].length;
              if (e === s) { g.lastIndex++; continue; }
              if (!found.some((f) => f.start < e && s < f.end)) found.push({ start: s, end: e, pattern: true });
            }
          }
          if (!found.length) return 0;
          const cat = categoryOf(ctx, unit);
          const sev = spec.severityFor?.(cat);
          if (sev === 'skip') return 0;
          let doneSentences: Set<number> | undefined;
          for (const h of found.sort((a, b) => a.start - b.start)) {
            if (spec.wordBoundary) {
              const list = spec.wordBoundary === true ? undefined : spec.wordBoundary;
              if ((!list || list.includes(v.slice(h.start, h.end))) && !onWordBoundaries(v, h.start, h.end)) continue;
            }
            if (spec.requires && !nearby(unit, h, spec.requires)) continue;
            if (spec.unless && nearby(unit, h, spec.unless)) continue;
            if (claimsOnly) {
              if (isNotAClaim(unit, h.start, h.end)) continue;
              // a question is not a claim, unless it is rhetorical and answered at once (卵巢功能减弱？喝它就行！)
              if (inUnansweredQuestion(v, h.start, h.end)) continue;
            } else if (isMetaDiscourse(unit, h.start, h.end)) continue; // (terms that are negations themselves: news and rules still only tell of them)
            if (spec.accept && h.pattern && !spec.accept(unit, h.start, h.end, ctx)) continue;
            // one finding per term per sentence is enough to act on; keep every distinct term
            const key = spec.oncePerSentence ? -1 - sentenceAround(v, h.start, h.end)[0] : h.start;
            if ((doneSentences ??= new Set()).has(key)) continue;
            doneSentences.add(key);
            n++;
            const term = v.slice(h.start, h.end);
            const severity = (spec.hitSeverity ? spec.hitSeverity(term) : undefined) ?? sev;
            const d: ReportDescriptor = { messageId: 'hit', data: { term }, unit, start: h.start, end: h.end };
            if (severity) d.severity = severity;
            if (suggestions) d.suggestions = suggestions;
            ctx.report(d);
          }
          return n;
      }
    },
    examples: spec.examples,
    guide: spec.guide,
  });
}
