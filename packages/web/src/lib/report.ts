// The checked script as a standalone HTML report (download) — the same markup is printed for PDF.
import type { Finding } from '@liveguard/core';
import { translate, type Lang, type MessageKey } from '../i18n.js';
import { findingMessage, isVerified, segmentText, suggestionText, countBySeverity } from './findings.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface ReportInput {
  text: string;
  findings: Finding[];
  lang: Lang;
  settingsLabel: string;
  generatedAt?: Date;
}

/** The report body (no <html> wrapper): used by the print view and the HTML export. */
export function reportBody({ text, findings, lang, settingsLabel, generatedAt = new Date() }: ReportInput): string {
  const t = (k: MessageKey, d?: Record<string, string | number>) => translate(lang, k, d);
  const index = new Map(findings.map((f, i) => [f.id, i + 1]));
  const script = segmentText(text, findings)
    .map((s) => {
      if (!s.findings.length) return esc(s.text);
      const sev = s.findings.some((f) => f.severity === 'error') ? 'error' : s.findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      const refs = s.findings.map((f) => index.get(f.id)).join(',');
      return `<mark class="sev-${sev}" title="${esc(s.findings.map((f) => f.ruleId).join(', '))}">${esc(s.text)}<sup>${refs}</sup></mark>`;
    })
    .join('');
  const c = countBySeverity(findings);
  const rows = findings
    .map((f, i) => {
      const basis = f.basis
        .map((b) => {
          const label = isVerified(b) ? t('legalBasis') : `${t('referenceBasis')}（${t('basisCaveat')}）`;
          return `<li><span class="lbl">${esc(label)}</span> ${esc(b.title)} ${esc(b.article)} <span class="grade grade-${b.evidence}">${b.evidence}</span></li>`;
        })
        .join('');
      const sugg = f.suggestions
        .map((s) => `<li>${esc(suggestionText(s, lang))}${s.replacement !== undefined ? ` → ${s.replacement ? `<code>${esc(s.replacement)}</code>` : esc(t('deleteSpan'))}` : ''}</li>`)
        .join('');
      return `<tr class="sev-${f.severity}"><td>${i + 1}</td><td>${f.line}:${f.column}</td><td>${esc(t(f.severity))}</td>` +
        `<td><code>${esc(f.ruleId)}</code></td><td><q>${esc(f.text)}</q><br>${esc(findingMessage(f, lang))}` +
        `${basis ? `<ul class="basis">${basis}</ul>` : ''}${sugg ? `<ul class="sugg">${sugg}</ul>` : ''}</td></tr>`;
    })
    .join('');
  return `<header><h1>${esc(t('reportTitle'))}</h1>
<p>${esc(t('reportGenerated'))}: ${esc(generatedAt.toLocaleString(lang))} · ${esc(t('reportSettings'))}: ${esc(settingsLabel)} ·
${esc(t('findingsCount', { n: findings.length }))} (${esc(t('error'))} ${c.error} / ${esc(t('warning'))} ${c.warning} / ${esc(t('info'))} ${c.info})</p></header>
<section><h2>${esc(t('reportScript'))}</h2><pre class="script">${script}</pre></section>
<section><h2>${esc(t('reportFindings'))}</h2>${findings.length ? `<table><thead><tr><th>#</th><th>${esc(t('line'))}</th><th>${esc(t('severity'))}</th><th>${esc(t('rule'))}</th><th>${esc(t('message'))}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p>${esc(t('noFindings'))}</p>`}</section>
<footer><p>${esc(t('reportDisclaimer'))}</p></footer>`;
}

export const REPORT_CSS = `
body{font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1a1a1a;max-width:960px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.25rem}
pre.script{white-space:pre-wrap;word-break:break-word;font:inherit;background:#fafafa;border:1px solid #ddd;padding:1rem;border-radius:4px}
mark{border-radius:2px;padding:0 1px}mark.sev-error{background:#fde2e1;border-bottom:2px solid #b4232c}
mark.sev-warning{background:#fff1c2;border-bottom:2px solid #8a5a00}mark.sev-info{background:#dcebff;border-bottom:2px solid #1d5fb4}
mark sup{font-size:.65em;color:#555;margin-left:1px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}ul{margin:.25rem 0;padding-left:1.2rem}.lbl{font-weight:600}
.grade{display:inline-block;border:1px solid #666;border-radius:3px;padding:0 4px;font-size:.8em}
.grade-T{border-color:#1b6e3a;color:#1b6e3a}footer{margin-top:2rem;color:#555;font-size:.85rem}
tr{break-inside:avoid}`;

export function reportDocument(input: ReportInput): string {
  return `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${esc(translate(input.lang, 'reportTitle'))}</title><style>${REPORT_CSS}</style></head><body>${reportBody(input)}</body></html>`;
}
