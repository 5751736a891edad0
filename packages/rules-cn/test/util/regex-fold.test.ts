// The context patterns run on the folded view (util/text.ts foldedView): traditional → simplified, full width → half width,
// lower case, one character for one. A character the fold changes can never occur in that view, so a pattern written with
// it is silently dead: 显著 folds to 显着 (著 → 着), and /症状…显著改善/ matched nothing until it was written 显[著着].
// This test reads every regular expression in the pack's sources (regex literals, and strings written as regex source)
// and fails on a character the fold changes whose folded form is not written beside it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '@liveguard/core';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
// Chinese digits stay as written in the folded view (util/text.ts KEEP)
const KEEP = new Set('〇零一二三四五六七八九十百千万幺两壹贰叁肆伍陆柒捌玖拾兩萬');
// the live monitor's number parser reads the raw text, not the folded view
const RAW_TEXT_FILES = new Set(['live/numbers.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

/** [line, regex source] of every regex literal and every string that is regex source (contains a group or a class). */
function regexSources(file: string): [number, string][] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: [number, string][] = [];
  const visit = (n: ts.Node) => {
    let text: string | undefined;
    if (ts.isRegularExpressionLiteral(n)) text = n.text.slice(1, n.text.lastIndexOf('/'));
    else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n))
      && /\(\?[:=!<]|\[\^|\]\{|\)\{[0-9]/.test(n.text)) text = n.text;
    if (text !== undefined) out.push([sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, text]);
    n.forEachChild(visit);
  };
  visit(sf);
  return out;
}

describe('regular expressions and the folded view', () => {
  const files = sourceFiles(SRC).filter((f) => !RAW_TEXT_FILES.has(path.relative(SRC, f).split(path.sep).join('/')));
  it('reads the pack\'s regular expressions', () => {
    // (a guard against the walk finding nothing, which would pass the test below vacuously)
    expect(files.reduce((n, f) => n + regexSources(f).length, 0)).toBeGreaterThan(500);
  });
  it('writes no character the fold changes without its folded form', () => {
    const dead: string[] = [];
    for (const f of files) {
      for (const [line, re] of regexSources(f)) {
        for (const c of new Set(re.match(/[\u3400-\u9fff]/g) ?? [])) {
          if (KEEP.has(c)) continue;
          const folded = normalizeForMatching(c).text;
          if (folded.length === 1 && folded !== c && !re.includes(folded)) dead.push(`${path.relative(SRC, f)}:${line} ${c} → ${folded}`);
        }
      }
    }
    expect(dead).toEqual([]);
  });
});
