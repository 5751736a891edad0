import type { PostStep } from './pipeline.js';

/** `# liveguard-disable-next-line RULE[, RULE] -- reason` drops the listed rules' findings on the next line. */
export const suppressByDirective: PostStep = (fs, ctx) => {
  const sup = ctx.suppressions;
  if (!sup || sup.size === 0) return fs;
  return fs.filter((f) => {
    const rules = sup.get(f.line);
    return !rules || (rules.size > 0 && !rules.has(f.ruleId));
  });
};
