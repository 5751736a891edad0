// Post-processing as a pipeline of small steps (textlint's src/messages): suppress → dedupe → sort.
import type { Finding } from '../types.js';
import { suppressByDirective } from './suppress.js';
import { dedupe } from './dedupe.js';
import { sortFindings } from './sort.js';
import { supersede } from './supersede.js';

export interface PostContext {
  /** Ids already reported in this session (re-delivered events never duplicate findings). */
  seen: Set<string>;
  suppressions?: Map<number, Set<string>>;
  /** Rule id → the rule ids its findings supersede on overlapping spans of the same event. */
  supersedes?: ReadonlyMap<string, readonly string[]>;
}

export type PostStep = (findings: Finding[], ctx: PostContext) => Finding[];

export const steps: PostStep[] = [suppressByDirective, supersede, dedupe, sortFindings];

export function postProcess(findings: Finding[], ctx: PostContext): Finding[] {
  return steps.reduce((fs, step) => step(fs, ctx), findings);
}
