// Helpers over findings shared by the checker, the report and the live views.
import type { Basis, Finding, Severity } from '@liveguard/core';
import type { Lang } from '../i18n.js';

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function findingMessage(f: Finding, lang: Lang): string {
  return lang === 'en' && f.messageEn ? f.messageEn : f.message;
}

export function suggestionText(s: Finding['suggestions'][number], lang: Lang): string {
  return lang === 'en' && s.descEn ? s.descEn : s.desc;
}

/** Only grade T (article text verified) may be presented as a legal basis without a caveat. */
export const isVerified = (b: Basis) => b.evidence === 'T';

export interface Segment { text: string; start: number; findings: Finding[] }

/**
 * Splits `text` into runs covered by the same set of findings, so overlapping spans render as nested
 * highlights without losing any finding. Spans that don't match the text (stale findings) are ignored.
 */
export function segmentText(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings.filter((f) => f.length > 0 && f.offset >= 0 && f.offset + f.length <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) { cuts.add(f.offset); cuts.add(f.offset + f.length); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i], e = points[i + 1];
    if (e <= s) continue;
    out.push({ text: text.slice(s, e), start: s, findings: spans.filter((f) => f.offset <= s && f.offset + f.length >= e) });
  }
  return out;
}

export function worstSeverity(fs: readonly Finding[]): Severity | undefined {
  for (const s of SEVERITY_ORDER) if (fs.some((f) => f.severity === s)) return s;
  return undefined;
}

export function countBySeverity(fs: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of fs) c[f.severity] = (c[f.severity] ?? 0) + 1;
  return c;
}

/** A finding's span inside one event text: the offset if it matches, else the first occurrence of its text. */
export function spanInText(text: string, f: Finding): [number, number] | undefined {
  if (f.length > 0 && text.slice(f.offset, f.offset + f.length) === f.text) return [f.offset, f.offset + f.length];
  if (f.text) {
    const i = text.indexOf(f.text);
    if (i >= 0) return [i, i + f.text.length];
  }
  return undefined;
}
