import type { Finding } from './types.js';

export interface FixResult { output: string; applied: Finding[]; skipped: Finding[] }

/**
 * Applies the first suggestion with a replacement of each finding, skipping overlapping ones
 * (earlier offsets win), like ESLint's --fix. Offsets are those of `text`.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const fixable = findings
    .filter((f) => f.suggestions.some((s) => s.replacement !== undefined) && f.length > 0 && text.slice(f.offset, f.offset + f.length) === f.text)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const applied: Finding[] = [], skipped: Finding[] = [];
  let out = '', pos = 0;
  for (const f of fixable) {
    if (f.offset < pos) { skipped.push(f); continue; }
    const rep = f.suggestions.find((s) => s.replacement !== undefined)!.replacement!;
    out += text.slice(pos, f.offset) + rep;
    pos = f.offset + f.length;
    applied.push(f);
  }
  out += text.slice(pos);
  return { output: out, applied, skipped };
}
