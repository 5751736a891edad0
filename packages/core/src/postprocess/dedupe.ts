import type { Finding } from '../types.js';
import type { PostStep } from './pipeline.js';

const rank = { error: 3, warning: 2, info: 1 } as const;

/** One finding per id, and per rule and span (the more severe wins); ids already reported are dropped. */
export const dedupe: PostStep = (fs, ctx) => {
  const bySpan = new Map<string, Finding>();
  for (const f of fs) {
    if (ctx.seen.has(f.id)) continue;
    const key = `${f.ruleId}|${f.eventSeq ?? ''}|${f.offset}|${f.length}|${f.line}`;
    const prev = bySpan.get(key);
    if (!prev || rank[f.severity] > rank[prev.severity]) bySpan.set(key, f);
  }
  return [...bySpan.values()];
};
