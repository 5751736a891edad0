// Multi-pattern matcher. (First version: naive scan; replaced by the compiled automaton.)
import { normalizeTerm } from './normalize.js';

export interface PatternInput {
  /** The term as written in the lexicon; it is normalised with the same folds as the text. */
  term: string;
  /** Payload index reported with each hit. */
  id: number;
  /** For terms starting/ending with an ASCII letter: require a non-letter boundary (English whole word). */
  wholeWord?: boolean;
}

export type HitCallback = (id: number, normStart: number, normEnd: number) => void;

export interface Matcher {
  readonly size: number;
  /** Reports every occurrence of every pattern (overlapping ones too) in normalised text. */
  scan(text: string, onHit: HitCallback): void;
}

export function compileMatcher(patterns: readonly PatternInput[]): Matcher {
  const ps = patterns.map((p) => ({ id: p.id, t: normalizeTerm(p.term) })).filter((p) => p.t.length > 0);
  return {
    size: ps.length,
    scan(text, onHit) {
      for (const p of ps) {
        for (let i = text.indexOf(p.t); i >= 0; i = text.indexOf(p.t, i + 1)) onHit(p.id, i, i + p.t.length);
      }
    },
  };
}
