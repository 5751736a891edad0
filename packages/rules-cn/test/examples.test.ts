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

describe('describeExample (names examples in test titles and check-rules problems)', () => {
  it('names an event sequence by its note, else by its events and their texts', () => {
    const events = [{ type: 'session.start' }, { type: 'speech', text: '家人们，这款是全网最低价，错过再等一年' }] as never[];
    expect(describeExample({ events, note: '只说最低价，没有比价依据' })).toBe('2 events: 只说最低价，没有比价依据');
    expect(describeExample({ events })).toBe('2 events: session.start → speech「家人们，这款是全网最低价，错过再等一年」');
    expect(describeExample({ events: [{ type: 'speech', text: '一二三四五六七八九十一二三四五六七八九十一二三四五六' }] as never[] }))
      .toBe('1 events: speech「一二三四五六七八九十一二三四五六七八九十一二三四…」');
  });
  it('names text and listing examples as before', () => {
    expect(describeExample('最好的面霜')).toBe('最好的面霜');
    expect(describeExample({ listing: { title: '某牌鱼油' } })).toBe('listing {"title":"某牌鱼油"}');
  });
});
