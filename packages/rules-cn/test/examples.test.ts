// Every rule's own examples run as tests: violating ones must be reported, compliant ones must not.
import { describe, expect, it } from 'vitest';
import { nationalPack } from '../src/index.js';
import type { CnRuleDefinition } from '../src/util/define.js';
import { describeExample, runExample } from '../src/util/examples.js';
import { assertBasis } from './rule-tester.js';

for (const rule of nationalPack.rules as CnRuleDefinition[]) {
  describe(`${rule.meta.id} examples`, () => {
    for (const ex of rule.examples.violating) {
      it(`违规 ${describeExample(ex)}`, () => {
        const fs = runExample(rule, ex);
        expect(fs.length, 'no finding').toBeGreaterThan(0);
        for (const f of fs) assertBasis(rule, f);
      });
    }
    for (const ex of rule.examples.compliant) {
      it(`合规 ${describeExample(ex)}`, () => {
        expect(runExample(rule, ex).map((f) => `${f.text} ${f.message}`)).toEqual([]);
      });
    }
  });
}
