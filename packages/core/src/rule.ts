// The rule contract: ESLint's `meta` + `create(context)`, plus what this field needs
// (parties bound, jurisdiction, legal basis with evidence grade, lexicons compiled into the shared automaton).
import type { z } from 'zod';
import type {
  EventOfType, EventType, LegalBasisRef, LegalSource, LiveEvent, Locale, Party, Product, ProductCategory, Severity,
  Suggestion, Host, SessionStartEvent,
} from './types.js';
import type { NormalizedText } from './text/normalize.js';

export interface Message { 'zh-CN': string; en: string }

export interface LexiconTerm {
  term: string;
  /** Payload returned with each hit (e.g. a suggested replacement, a sub-category). */
  data?: Record<string, unknown>;
  /** Override the default English whole-word behaviour for terms with ASCII letters at an edge. */
  wholeWord?: boolean;
}
export interface LexiconSpec {
  terms: readonly (string | LexiconTerm)[];
  /**
   * An exemption lexicon: hits of the rule's other lexicons that lie inside a hit of an exemption lexicon are
   * not returned by `context.hits` (最近 exempts 最, 第一次 exempts 第一).
   */
  exempt?: boolean;
  /**
   * Also match homophones (design.md: "for lexicons marked phonetic, homophones via pinyin"): a term of four Han characters
   * and more also matches every spelling with one character replaced by a common character of the same toneless syllable
   * (好平返现 → 好评返现, 加我威信 → 加我微信) — spellings chosen to dodge word lists, and what speech recognition writes by
   * accident. Shorter terms stay exact (their variants are too often words of their own). A homophone hit carries the
   * lexicon term as its `term`.
   */
  phonetic?: boolean;
}

export type RuleType = 'problem' | 'suggestion' | 'evidence';

export interface RuleMeta {
  /** `source/short-name`, as in the rules catalog. */
  id: string;
  type: RuleType;
  severity: Severity;
  binds: Party[];
  /** `CN` for national rules, or a GB/T 2260 region code (`330000` Zhejiang). */
  jurisdiction: string;
  /** Regional guides that protect the consumers of their region also apply when the audience is there. */
  protectsAudience?: boolean;
  basis: LegalBasisRef[];
  /** ISO date from which the rule applies; defaults to the latest `effective` date of its basis sources. */
  effective?: string;
  /** Short label for grouping (`absolute-terms`, `medical-claim`, `pricing` …) used by `--category` filters. */
  category?: string;
  docs: { description: Message; url?: string };
  messages: Record<string, Message>;
  /** Options schema (zod) and defaults; the engine validates user options against it. */
  schema?: z.ZodType;
  defaultOptions?: Record<string, unknown>;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /**
   * Rules whose findings this rule's findings replace on the same span of the same event: a data-backed
   * finding (仅剩5单 checked against stock) supersedes the text rule's "needs evidence" warning.
   */
  supersedes?: string[];
}

export interface RuleDefinition<O = any> {
  meta: RuleMeta;
  lexicons?: Record<string, LexiconSpec>;
  /**
   * The `text` visitor does nothing on a unit where none of the rule's lexicons has a hit, so the engine skips
   * the call there (perf: most utterances hit nothing, and a session runs dozens of rules on each).
   */
  textRequiresHits?: boolean;
  create(context: RuleContext<O>): RuleVisitors;
}

export type Channel = 'speech' | 'overlay' | 'comment' | 'listing' | 'promo' | 'product';

/** A piece of text a rule looks at: an utterance, an overlay text, a listing field… */
export interface TextUnit {
  readonly event: LiveEvent;
  readonly channel: Channel;
  /** The event field the text came from: `text`, `title`, `description`, `attributes.功效` … */
  readonly field: string;
  readonly text: string;
  readonly norm: NormalizedText;
  /** Where the unit's text starts in the source document (UTF-16 offset, 1-based line and column). */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** Set when the engine condensed word-segmented or spaced-out text (客官 小本生意 这边 …, 加 微 信): `text` is then the
   *  text without the spaces between Chinese characters, and this is the text as given with, per position of `text` (and
   *  one past its end), the position there. Findings are mapped back by the engine; rules read `text` only. */
  readonly source?: { readonly text: string; readonly pos: Int32Array };
}

export interface LexiconHit {
  lexicon: string;
  term: string;
  data?: Record<string, unknown>;
  /** Range in the unit's original text. */
  start: number;
  end: number;
  /** Range in the unit's normalised text. */
  normStart: number;
  normEnd: number;
}

export interface SuggestionDescriptor {
  messageId?: string;
  desc?: Message | string;
  data?: Record<string, string | number>;
  replacement?: string;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** A text unit and a range in its original text; without them the finding points at the event. */
  unit?: TextUnit;
  start?: number;
  end?: number;
  event?: LiveEvent;
  severity?: Severity;
  suggestions?: SuggestionDescriptor[];
  /** Extra machine-readable facts (measured gap, observed price …). */
  extra?: Record<string, unknown>;
}

export interface LintSettings {
  /** Product category of the script or listing, when known. */
  category?: ProductCategory | string;
  /** Region (GB/T 2260) of the room operator. */
  region?: string;
  audienceRegions?: string[];
  /** ISO date the content is judged at. */
  date?: string;
  locale?: Locale;
}

export interface PricePoint { ts: number; price: number; qty?: number; channel?: string }

/** What the engine knows about the session so far; rules read it, only the engine writes it. */
export interface SessionView {
  readonly id: string;
  readonly start?: SessionStartEvent;
  readonly hosts: ReadonlyMap<string, Host>;
  /** Overlays on screen now, by overlay id. */
  readonly overlays: ReadonlyMap<string, { kind: string; text?: string; since: number; bbox?: [number, number, number, number] }>;
  readonly pinned?: Product;
  readonly pinnedSince?: number;
  readonly products: ReadonlyMap<string, Product>;
  /** Price history per product id (orders, imported CSV, price changes), oldest first. */
  readonly priceHistory: ReadonlyMap<string, readonly PricePoint[]>;
  readonly stock: ReadonlyMap<string, number>;
  /** Timestamp (epoch ms) of the event being processed. */
  readonly now: number;
  readonly startedAt?: number;
  readonly eventCount: number;
  /** The product category in force: the pinned product's, else the settings' category. */
  readonly category?: string;
}

export interface RuleContext<O = Record<string, unknown>> {
  readonly id: string;
  readonly options: O;
  readonly settings: Readonly<LintSettings>;
  readonly session: SessionView;
  /** This rule's lexicon hits in the unit (all lexicons, or one), minus exempted and allow-listed spans. */
  hits(unit: TextUnit, lexicon?: string): LexiconHit[];
  /** Whether `hits(unit, lexicon)` would return anything, without allocating (for the hot path). */
  hasHits(unit: TextUnit, lexicon?: string): boolean;
  report(descriptor: ReportDescriptor): void;
}

type EventVisitors = { [K in EventType]?: (event: EventOfType<K>, units: readonly TextUnit[]) => void };
export type RuleVisitors = EventVisitors & {
  /** Called for every text unit of every text-bearing event, before the event's own visitor. */
  text?: (unit: TextUnit) => void;
  /** Called when the clock advances without an event (SessionRunner.tick), for temporal rules. */
  tick?: (ts: number) => void;
};

export function defineRule<O = Record<string, unknown>>(def: RuleDefinition<O>): RuleDefinition<O> {
  return def;
}

/** A set of rules with the legal sources they cite. */
export interface RulePack {
  id: string;
  name: Message;
  /** Region code for regional packs. */
  region?: string;
  rules: RuleDefinition[];
  sources?: LegalSource[];
}

export interface RuleConfigEntry { severity?: Severity | 'off'; options?: Record<string, unknown> }

export type { Suggestion };
