import type { PostStep } from './pipeline.js';

/** Drops findings that a superseding rule's finding covers on the same event (overlapping spans). */
export const supersede: PostStep = (fs, ctx) => {
  const map = ctx.supersedes;
  if (!map || map.size === 0 || fs.length < 2) return fs;
  const dropped = new Set<number>();
  fs.forEach((a, i) => {
    const victims = map.get(a.ruleId);
    if (!victims) return;
    fs.forEach((b, j) => {
      if (i === j || !victims.includes(b.ruleId) || a.eventSeq !== b.eventSeq || a.source !== b.source) return;
      const overlap = a.length === 0 || b.length === 0 ? a.offset === b.offset : a.offset < b.offset + b.length && b.offset < a.offset + a.length;
      if (overlap) dropped.add(j);
    });
  });
  return dropped.size ? fs.filter((_, j) => !dropped.has(j)) : fs;
};
