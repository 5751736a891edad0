import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requiredLiteralSets, requiredLiterals } from '../../src/util/regex-literals.js';
import { partMatchImpliesWhole, patternRegistry } from '../../src/util/lexicon-rule.js';
import { allPacks } from '../../src/index.js';
import { normalizeForMatching, type TextUnit } from '@liveguard/core';
import { foldedView, isMetaDiscourse, metaDiscourseSlow, metaPrefilterLiterals, sentenceAround, unitIsMeta } from '../../src/util/text.js';

describe('requiredLiterals', () => {
  it('derives literals every match must contain', () => {
    expect(requiredLiterals(/保价\s*[0-9一二三]+\s*天/)).toEqual(['保价']);
    expect(requiredLiterals(/(?:地震|台风|灾)[^。]{0,14}(?:囤|抢购)/)).toEqual(['囤', '抢购']);
    expect(requiredLiterals(/\d+%/)).toEqual(['%']); // dropped later by the rule: the normaliser removes %
    expect(requiredLiterals(/(?:送|赠)[^，]{0,4}价值\s*[0-9]+\s*(?:元|块)/)).toEqual(['价值']);
    expect(requiredLiterals(/a|bc/)).toEqual(['a', 'bc']);
    expect(requiredLiterals(/(?<![0-9])1[3-9]\d{9}/)).toEqual(['13', '14', '15', '16', '17', '18', '19']);
    expect(requiredLiterals(/[元块]钱/)).toEqual(['元钱', '块钱']);
  });
  it('multiplies adjacent exact parts into longer literals (optional parts included, supersets dropped)', () => {
    expect(requiredLiterals(/(?:月|年|日)(?:入|赚)/)).toEqual(['月入', '月赚', '年入', '年赚', '日入', '日赚']);
    expect(requiredLiterals(/每(?:卖出?|喝)\s*[0-9]+/)).toEqual(['每卖', '每喝']);
    // a repeated part ends one product and starts the next: 人 + a digit, and a digit + 万
    expect(requiredLiteralSets(/(?:用户|人)[0-9]+万/)?.[0]).toEqual([...'0123456789'].map((d) => d + '万'));
    // too many products: cut, restarted
    expect(requiredLiterals(/[a-x][a-x][a-x]q/)?.length).toBeLessThanOrEqual(24);
    expect(requiredLiterals(/(?:a)?b/)).toEqual(['b']);
    // a character the normaliser drops never joins a product (5%的 would be looked for as 的)
    expect(requiredLiteralSets(/[0-9]%的(?:用户|顾客)/, undefined, (ch) => ch === '%')?.[0]).toEqual(['的用户', '的顾客']);
  });
  it('gives up where nothing is required', () => {
    for (const re of [/a?b*/, /.+/, /a|[\u4e00-\u9fa5]/, /(?:x)?/, /[^0-9]/]) expect(requiredLiterals(re), String(re)).toBeNull();
  });
  it('expands a small character range into its characters', () => {
    expect(requiredLiterals(/[0-9]+/)).toEqual([...'0123456789']);
    expect(requiredLiterals(/a|[0-2]/)).toEqual(['a', '0', '1', '2']);
  });
  it('puts literal sets with a very common character last (never the gate while another set can be)', () => {
    expect(requiredLiteralSets(/(?:用户|人)\s*万/)?.[0]).toEqual(['万']);
    expect(requiredLiteralSets(/(?:用户|人)\s*万/)?.at(-1)).toEqual(['用户', '人']);
  });
  it('is sound on random strings: a match always contains a derived literal', () => {
    const res = [/(?:回购率|好评率)[^，。]{0,4}[0-9]+%/, /连续[0-9一二三]+年[^，。]{0,6}(?:销量|第一)/, /谁(?:拿|买)谁(?:发|赚)/, /(?:明年|以后)?(?:肯定|一定)大?(?:涨|赚)/];
    const alphabet = [...'回购率好评连续年销量第一谁拿买发赚明年以后肯定一定大涨0123%，。x'];
    for (const re of res) {
      const lits = requiredLiterals(re)!;
      expect(lits, String(re)).not.toBeNull();
      fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const m = re.exec(chars.join(''));
        return !m || lits.some((l) => m[0].includes(l));
      }), { numRuns: 3000 });
    }
  });
});

describe('pattern prefilter of the national term rules', () => {
  it('every pattern match on every example and eval sentence contains one of its triggers', () => {
    expect(allPacks.length).toBeGreaterThan(0); // loads the rules, which fills the registry
    const texts: string[] = [];
    for (const p of allPacks) for (const r of p.rules) {
      const ex = (r as { examples?: { violating?: unknown[]; compliant?: unknown[] } }).examples;
      for (const e of [...(ex?.violating ?? []), ...(ex?.compliant ?? [])]) texts.push(typeof e === 'string' ? e : String((e as { text?: string }).text ?? ''));
    }
    const dev = path.resolve(__dirname, '../../../../fixtures/eval/dev.jsonl');
    if (fs.existsSync(dev)) for (const l of fs.readFileSync(dev, 'utf8').split('\n').filter(Boolean)) texts.push(JSON.parse(l).text);
    expect(patternRegistry.length).toBeGreaterThan(10);
    let checked = 0;
    for (const { rule, re, triggers, sets } of patternRegistry) {
      if (!triggers || !sets) continue;
      for (const t of texts) {
        const folded = t.normalize('NFKC').toLowerCase();
        for (const m of folded.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
          checked++;
          // every required set must be satisfied by the match (the prefilter is a conjunction)
          for (const set of sets) expect([...set].some((l) => m[0].includes(l.toLowerCase())), `${rule} ${re} on ${t}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('the narration prefilter (isMetaDiscourse)', () => {
  it('derives its literals from the cue pattern', () => {
    expect(metaPrefilterLiterals(), 'the cue pattern has a literal in every branch').not.toBeNull();
    expect(metaPrefilterLiterals()).toContain('广告法');
    expect(metaPrefilterLiterals()).toContain('某');
  });
  it('answers exactly as the plain regex test on every sentence of every evaluation file and rule example', () => {
    const dir = path.resolve(__dirname, '../../../../fixtures/eval');
    const texts: string[] = [];
    for (const pack of allPacks) for (const r of pack.rules) {
      const ex = (r as { examples?: { violating?: unknown[]; compliant?: unknown[] } }).examples;
      for (const e of [...(ex?.violating ?? []), ...(ex?.compliant ?? [])]) texts.push(typeof e === 'string' ? e : String((e as { text?: string }).text ?? ''));
    }
    for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl')) : []) {
      for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)) texts.push(JSON.parse(l).text);
    }
    // numbered regulation items and a cue split by punctuation the normaliser drops (违。法 is no cue)
    texts.push('（三）使用“国家级”用语；', '二、不得宣称治疗', '违。法', '某宝同款', '张女士说吃了好', '记者：这个能治病吗');
    expect(texts.length).toBeGreaterThan(2000);
    let sentences = 0, meta = 0;
    for (const text of texts) {
      const unit = { text, norm: normalizeForMatching(text) } as unknown as TextUnit;
      const v = foldedView(unit);
      let last = -1;
      for (let i = 0; i < v.length; i++) {
        const [s, e] = sentenceAround(v, i, i + 1);
        if (s === last) continue;
        last = s;
        sentences++;
        const slow = metaDiscourseSlow(v.slice(s, e));
        if (slow) meta++;
        expect(isMetaDiscourse(unit, i, i + 1), `${text} [${s}, ${e})`).toBe(slow);
      }
    }
    expect(sentences).toBeGreaterThan(3000);
    expect(meta).toBeGreaterThan(500);
  });
  it('skips a whole unit only where every hit would be reported as news or regulation text (unitIsMeta)', () => {
    // the rules skip a unit unitIsMeta calls news or regulation text before looking at its hits: that is sound only when the
    // sentence around ANY range a hit can cover is meta discourse. Checked on every range (up to 24 characters) of every
    // evaluation sentence it accepts (and it must decline texts of two sentences and short-cut nothing in a claim)
    const dir = path.resolve(__dirname, '../../../../fixtures/eval');
    const texts: string[] = [];
    for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl')) : []) {
      for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)) texts.push(JSON.parse(l).text);
    }
    expect(texts.length).toBeGreaterThan(2000);
    let skipped = 0;
    const failures: string[] = [];
    const unitOf = (text: string) => ({ text, norm: normalizeForMatching(text) } as unknown as TextUnit);
    for (const text of texts) {
      if (!unitIsMeta(unitOf(text))) continue;
      skipped++;
      const unit = unitOf(text);
      const v = foldedView(unit);
      // (ranges that start on a character other than punctuation or a space: a hit never starts on those)
      for (let i = 0; i < v.length; i++) {
        if (/[\s\p{P}]/u.test(v[i])) continue;
        for (let j = i + 1; j <= Math.min(v.length, i + 24); j++) if (!isMetaDiscourse(unit, i, j)) failures.push(`${text} [${i}, ${j})`);
      }
    }
    expect(failures).toEqual([]);
    expect(skipped).toBeGreaterThan(1500);
    expect(unitIsMeta(unitOf('据报道，该店宣称全网最低价。'))).toBe(true);
    // two sentences, one of them a claim: never skipped whole
    expect(unitIsMeta(unitOf('据报道，该店宣称全网最低价。我们家才是全网最低价！'))).toBe(false);
    expect(unitIsMeta(unitOf('我们家才是全网最低价'))).toBe(false);
  });
});

describe('partMatchImpliesWhole (the unit-wide gate of a term rule)', () => {
  it('accepts plain alternations and classes, rejects anchors, word boundaries and lookarounds', () => {
    for (const re of [/叔叔|阿姨/, /[5-8]0岁以上/, /a[^b]c/, /[$^]x/, /\$5/, /\\d/]) expect(partMatchImpliesWhole(re), re.source).toBe(true);
    for (const re of [/^x/, /x$/, /\bx/, /x\B/, /(?<!不)要/, /(?<=a)b/, /要(?!不)/, /(?=a)a/, /x/m]) expect(partMatchImpliesWhole(re), re.source).toBe(false);
  });
  it('is sound: where it holds, a match in any part of a text is a match in the whole', () => {
    const res = [/叔叔|阿姨|[五六七八]十岁以上/, /a[^，。]{0,3}b/, /(?:ab|ba)+c?/].filter(partMatchImpliesWhole);
    expect(res).toHaveLength(3);
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', '叔', '阿', '姨', '五', '十', '岁', '以', '上', '，')).map((a) => a.join('')), fc.nat(), fc.nat(), (s, i, j) => {
      const [a, b] = [i % (s.length + 1), j % (s.length + 1)].sort((x, y) => x - y);
      for (const re of res) if (re.test(s.slice(a, b))) expect(re.test(s)).toBe(true);
    }));
  });
});
