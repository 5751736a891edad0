// A plain HTML session report (used when core provides no report generator).
import type { SessionReport } from '../services/sessions.js';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const SEV: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

export function renderReportHtml(r: SessionReport): string {
  const s = r.session;
  const rows = r.findings.map((f) => `<tr class="${esc(f.severity)}"><td>${esc(f.eventSeq ?? '')}</td><td>${esc(f.ts ?? '')}</td><td>${esc(SEV[f.severity] ?? f.severity)}</td>`
    + `<td><code>${esc(f.ruleId)}</code></td><td>${esc(f.message)}${f.messageEn ? `<br><small>${esc(f.messageEn)}</small>` : ''}</td><td>${esc(f.text)}</td>`
    + `<td>${f.basis.map((b) => `${esc(b.title)} ${esc(b.article)}${b.evidence === 'T' ? '' : ` <small>(依据等级 ${esc(b.evidence)}，待核实)</small>`}`).join('<br>')}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>直播合规报告 ${esc(s.id)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
tr.error td:nth-child(3){color:#b00020}tr.warning td:nth-child(3){color:#a15c00}.ok{color:#0a7d32}.bad{color:#b00020}</style></head>
<body><h1>直播合规报告 <small>Session report</small></h1>
<p>会话 Session <code>${esc(s.id)}</code> · 状态 ${esc(s.status)} · 创建 ${esc(s.createdAt)} · 事件 ${r.summary.events} · 问题 ${r.summary.findings}
 （错误 ${r.summary.bySeverity.error ?? 0} / 警告 ${r.summary.bySeverity.warning ?? 0} / 提示 ${r.summary.bySeverity.info ?? 0}）</p>
<p>证据链 Evidence chain: ${r.verify.ok ? `<span class="ok">完整 intact（${r.verify.checked} 条已校验）</span>` : `<span class="bad">第 ${esc(r.verify.firstBad)} 条被篡改或缺失 (first bad seq ${esc(r.verify.firstBad)})</span>`}
 · head <code>${esc(s.headHash)}</code></p>
<table><thead><tr><th>#</th><th>时间 time</th><th>级别</th><th>规则 rule</th><th>说明 message</th><th>原文 text</th><th>法律依据 basis</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="7">未发现问题 (no findings)</td></tr>'}
</tbody></table></body></html>
`;
}
