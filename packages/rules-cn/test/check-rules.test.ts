// CI gate for rule consistency (the check of scripts/check-rules.mjs on every built-in pack): docs page with
// runnable examples in sync with rule.examples, legal basis in the registry, a place in `recommended`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '@liveguard/core';
import { livePack, loadCustomPack, nationalPack, recommended, regionalPacks, validatePack } from '../src/index.js';

const PKG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(PKG, '../..');
/** As scripts/check-rules.mjs: the rule's folder README.md (national rules), else docs/rules/<id>.md (live and regional rules). */
const docsPage = (r: RuleDefinition) => {
  for (const f of [path.join(PKG, 'src/rules', r.meta.id, 'README.md'), path.join(ROOT, 'docs/rules', `${r.meta.id}.md`)]) {
    if (fs.existsSync(f)) return fs.readFileSync(f, 'utf8');
  }
  return undefined;
};
const problemsOf = (pack: typeof nationalPack) =>
  validatePack(pack, { preset: recommended.map((r) => r.meta.id), docsPage }).map((p) => `${p.ruleId}: ${p.problem}`);

describe('rule consistency', () => {
  it('the national pack has no problems', () => {
    expect(problemsOf(nationalPack)).toEqual([]);
  });
  it('the cn-live pack has no problems (examples are event sequences, pages in docs/rules)', () => {
    expect(livePack.rules.length).toBeGreaterThan(0);
    expect(problemsOf(livePack)).toEqual([]);
  });
  it('the regional packs have no problems', () => {
    for (const pack of regionalPacks) expect(problemsOf(pack), pack.id).toEqual([]);
  });
  it('reports what is missing', () => {
    const pack = loadCustomPack({ id: 'bad', rules: [{ id: 'x/y', message: { 'zh-CN': '命中{{term}}' }, terms: ['坏词'], examples: { violating: ['好词'], compliant: ['坏词'] } }] });
    const problems = validatePack(pack, { preset: [], docsPage: () => undefined }).map((p) => p.problem);
    expect(problems).toContain('no legal basis');
    expect(problems).toContain('not in the recommended preset');
    expect(problems).toContain('no docs page');
    expect(problems.some((p) => p.startsWith('violating example not reported'))).toBe(true);
    expect(problems.some((p) => p.startsWith('compliant example reported'))).toBe(true);
  });
  it('the example custom pack validates and runs', async () => {
    const json = JSON.parse(fs.readFileSync(path.join(PKG, 'examples/custom-pack.json'), 'utf8'));
    const pack = loadCustomPack(json);
    expect(validatePack(pack)).toEqual([]);
    const { Engine } = await import('@liveguard/core');
    const fs2 = new Engine({ packs: [pack] }).lintText('今天的面膜是网红爆款，最近很火');
    expect(fs2.map((f) => [f.ruleId, f.text])).toEqual([['acme/no-wanghong-baokuan', '网红爆款']]);
  });
  it('rejects malformed custom packs with the field named', () => {
    expect(() => loadCustomPack({ id: 'p', rules: [{ id: 'Bad Id', message: { 'zh-CN': 'x' }, terms: ['a'] }] })).toThrow(/rules\[0\].*id/);
    expect(() => loadCustomPack({ id: 'p', rules: [{ id: 'a/b', message: { 'zh-CN': 'x' }, terms: [] }] })).toThrow(/terms/);
    expect(() => loadCustomPack({ id: 'p', rules: [{ id: 'a/b', message: { 'zh-CN': 'x' }, terms: ['a'], phonetic: 'yes' }] })).toThrow(/phonetic/);
  });
  it('a phonetic custom term also matches a homophone spelling; a plain one does not', async () => {
    const { Engine } = await import('@liveguard/core');
    const rule = (phonetic: boolean) => ({ id: 'acme/x', message: { 'zh-CN': '命中{{term}}' }, terms: ['好评返现'], phonetic });
    const lint = (phonetic: boolean) => new Engine({ packs: [loadCustomPack({ id: 'p', rules: [rule(phonetic)] })] }).lintText('亲，好平返现哦').map((f) => f.text);
    expect(lint(true)).toEqual(['好平返现']);
    expect(lint(false)).toEqual([]);
  });
});
