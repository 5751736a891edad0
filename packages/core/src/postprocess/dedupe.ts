import type { Finding } from '../types.js';
import type { PostStep } from './pipeline.js';

const rank = { error: 3, warning: 2, info: 1 } as const;

/** One finding per id, and per rule and span (the more severe wins); ids already reported are dropped. */
export const dedupe: PostStep = (fs, ctx) => {
  // perf: an event's findings are few; below 9 a pairwise comparison, no key strings (same result as the map below)
  if (fs.length < 9) {
    const out: Finding[] = [];
    for (const f of fs) {
      if (ctx.seen.has(f.id)) continue;
      let k = 0;
      while (k < out.length && !sameSpan(out[k], f)) k++;
      if (k === out.length) out.push(f);
      else if (rank[f.severity] > rank[out[k].severity]) out[k] = f;
    }
    return out;
  }
  const bySpan = new Map<string, Finding>();
  for (const f of fs) {
    if (ctx.seen.has(f.id)) continue;
    const key = `${f.ruleId}|${f.eventSeq ?? ''}|${f.offset}|${f.length}|${f.line}`;
    const prev = bySpan.get(key);
    if (!prev || rank[f.severity] > rank[prev.severity]) bySpan.set(key, f);
  }
  return [...bySpan.values()];
};

function sameSpan(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.eventSeq === b.eventSeq && a.offset === b.offset && a.length === b.length && a.line === b.line;
}
