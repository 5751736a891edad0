import type { PostStep } from './pipeline.js';

export const sortFindings: PostStep = (fs) =>
  fs.sort((a, b) => a.line - b.line || a.column - b.column || (a.eventSeq ?? 0) - (b.eventSeq ?? 0) || b.length - a.length || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
