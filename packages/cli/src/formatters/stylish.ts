// ESLint-like terminal output, in Chinese by default.
import path from 'node:path';
import type { Basis, Finding } from '@liveguard/core';
import type { Formatter } from './types.js';

const SEV = { 'zh-CN': { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;
const COLOR = { error: 31, warning: 33, info: 36 } as const;

/** Short legal basis: 《广告法》第九条 [T]; grades other than T carry a caveat mark. */
export function shortBasis(b: readonly Basis[]): string {
  if (!b.length) return '';
  const first = b[0];
  const title = first.title.replace(/《中华人民共和国(.+?)》/, '《$1》');
  return `${title}${first.article ? first.article : ''} [${first.evidence}]${b.length > 1 ? ` +${b.length - 1}` : ''}`;
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0x1f000 ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export const stylish: Formatter = (results, ctx) => {
  const c = (code: number, s: string) => (ctx.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const dim = (s: string) => c(2, s);
  const sev = SEV[ctx.locale];
  let out = '';
  let errors = 0, warnings = 0, infos = 0, fixable = 0;
  for (const r of results) {
    if (!r.findings.length) continue;
    const name = path.isAbsolute(r.source) ? path.relative(ctx.cwd, r.source) || r.source : r.source;
    out += `\n${c(4, name)}\n`;
    const rows = r.findings.map((f: Finding) => {
      if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else infos++;
      if (f.suggestions.some((s) => s.replacement !== undefined)) fixable++;
      const msg = ctx.locale === 'en' ? f.messageEn ?? f.message : f.message;
      return [`${f.line}:${f.column}`, sev[f.severity], msg, f.ruleId, shortBasis(f.basis), f.severity] as const;
    });
    const w = [0, 1, 2].map((i) => Math.min(i === 2 ? 60 : 99, Math.max(...rows.map((row) => width(row[i])))));
    for (const row of rows) {
      out += `  ${dim(pad(row[0], w[0]))}  ${c(COLOR[row[5]], pad(row[1], w[1]))}  ${pad(row[2], w[2])}  ${dim(row[3])}  ${dim(row[4])}\n`;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  if (ctx.locale === 'en') {
    out += `\n${c(errors ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`)}\n`;
    if (fixable) out += `  ${fixable} can be fixed with the \`--fix\` option.\n`;
  } else {
    out += `\n${c(errors ? 31 : 33, `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告${infos ? `，${infos} 个提示` : ''}）`)}\n`;
    if (fixable) out += `  其中 ${fixable} 个可用 \`--fix\` 自动修改。\n`;
    out += dim('  依据等级：T 条文已核对；N 官方新闻；S 二手资料；M 未核实——仅 T 级可直接作为“法律依据”引用。\n');
  }
  return out;
};
