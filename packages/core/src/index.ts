export * from './types.js';
export * from './rule.js';
export * from './util.js';
export { Engine, ConfigError, parseScript, byPosition } from './engine/engine.js';
export type { EngineOptions, SessionOptions, SessionRunner, EventLocation, ParsedScript } from './engine/engine.js';
export { DENY_RULE_ID, denyListRule } from './engine/deny-rule.js';
export { SessionState } from './session/state.js';
export { normalizeForMatching, normalizeTerm, toOriginalRange, SOFT_SEPARATOR } from './text/normalize.js';
export type { NormalizedText } from './text/normalize.js';
export { compileMatcher, referenceScan, matchKey } from './text/matcher.js';
export { pinyinKey, pinyinOf } from './text/pinyin.js';
export { condenseSpacedCjk, type Condensed } from './text/condense.js';
export type { Matcher, PatternInput } from './text/matcher.js';
export { applyFixes } from './fix.js';
import { Engine, type EngineOptions } from './engine/engine.js';
import type { LintSettings } from './rule.js';
import type { Finding } from './types.js';

const cache = new WeakMap<object, Engine>();
/** textlint-style convenience: lint a script with the given rules/packs (the engine is cached per options object). */
export function lintText(text: string, options: EngineOptions & { source?: string; settings?: LintSettings }): Finding[] {
  let engine = cache.get(options);
  if (!engine) cache.set(options, (engine = new Engine(options)));
  return engine.lintText(text, { source: options.source, settings: options.settings });
}
export { parsePriceCsv } from './session/prices.js';
export type { PriceRow, PriceCsvError } from './session/prices.js';
export { buildTimeline } from './report/timeline.js';
export type { Timeline } from './report/timeline.js';
export { renderHtmlReport } from './report/html.js';
export type { HtmlReportInput } from './report/html.js';
