// A self-contained HTML report of one session: summary, a timeline chart (inline SVG: viewers, price, AI-label
// coverage band, product segments, finding markers), the findings with their legal basis, and the transcript
// with the reported spans highlighted. No Node imports: the server renders the same report.
import type { Finding, LiveEvent, Severity } from '../types.js';
import { toEpochMs } from '../util.js';
import { buildTimeline, type Timeline } from './timeline.js';

export interface HtmlReportInput {
  source: string;
  events: readonly LiveEvent[];
  findings: readonly Finding[];
  title?: string;
  /** Shown in the footer; pass a fixed value for reproducible output. */
  generatedAt?: string;
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const COLORS: Record<Severity, string> = { error: '#c62828', warning: '#ef6c00', info: '#1565c0' };
const LABEL: Record<Severity, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };
const EVIDENCE: Record<string, string> = { T: '条文已核实', N: '据官方新闻', S: '二手资料，待核实', M: '未经核实' };

function hms(ms: number, start: number): string {
  const s = Math.max(0, Math.round((ms - start) / 1000));
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function chart(tl: Timeline, findings: readonly Finding[]): string {
  const W = 1000, L = 60, R = 60, top = 20, H = 300;
  const plotH = 170, bandY = top + plotH + 20, bandH = 16, segY = bandY + bandH + 10, markY = segY + 26;
  const span = Math.max(1, tl.end - tl.start);
  const x = (t: number) => L + ((t - tl.start) / span) * (W - L - R);
  const parts: string[] = [];
  // axes and time ticks
  parts.push(`<line x1="${L}" y1="${top + plotH}" x2="${W - R}" y2="${top + plotH}" stroke="#999"/>`);
  const step = [60_000, 300_000, 900_000, 1_800_000, 3_600_000].find((s) => span / s <= 10) ?? 7_200_000;
  for (let t = tl.start; t <= tl.end; t += step) {
    parts.push(`<line x1="${x(t).toFixed(1)}" y1="${top}" x2="${x(t).toFixed(1)}" y2="${top + plotH}" stroke="#eee"/><text x="${x(t).toFixed(1)}" y="${top + plotH + 14}" font-size="10" text-anchor="middle" fill="#666">${hms(t, tl.start)}</text>`);
  }
  // viewers (left axis)
  const vmax = Math.max(1, ...tl.viewers.map((v) => v[1])) * 1.1;
  if (tl.viewers.length) {
    const pts = tl.viewers.map(([t, v]) => `${x(t).toFixed(1)},${(top + plotH - (v / vmax) * plotH).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="#5c6bc0" stroke-width="1.5"><title>观看人数 viewers</title></polyline>`);
    parts.push(`<text x="${L - 6}" y="${top + 8}" font-size="10" text-anchor="end" fill="#5c6bc0">${Math.round(vmax)}</text><text x="${L - 6}" y="${top + plotH}" font-size="10" text-anchor="end" fill="#5c6bc0">0</text>`);
  }
  // price of the product on sale (right axis), as steps within each pinned segment
  const allPrices = tl.prices.flatMap((p) => p.points.map((q) => q[1]));
  const pmax = Math.max(1, ...allPrices) * 1.6; // price drawn in the lower part, apart from the viewer curve
  for (const seg of tl.pinned) {
    const s = tl.prices.find((p) => p.productId === seg.productId);
    if (!s) continue;
    let last: number | undefined;
    for (const [t, p] of s.points) if (t <= seg.from) last = p;
    const pts: string[] = [];
    const y = (p: number) => (top + plotH - (p / pmax) * plotH).toFixed(1);
    if (last !== undefined) pts.push(`${x(seg.from).toFixed(1)},${y(last)}`);
    for (const [t, p] of s.points) {
      if (t <= seg.from || t > seg.to) continue;
      if (last !== undefined) pts.push(`${x(t).toFixed(1)},${y(last)}`);
      pts.push(`${x(t).toFixed(1)},${y(p)}`);
      last = p;
    }
    if (last !== undefined) pts.push(`${x(seg.to).toFixed(1)},${y(last)}`);
    if (pts.length) parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="#2e7d32" stroke-width="2"><title>${esc(seg.title)} 价格 price</title></polyline>`);
  }
  if (allPrices.length) {
    const hi = Math.max(...allPrices);
    parts.push(`<text x="${W - R + 6}" y="${(top + plotH - (hi / pmax) * plotH + 4).toFixed(1)}" font-size="10" fill="#2e7d32">¥${hi}</text>`);
  }
  // AI band: grey where no digital human, red where one is on air without a label, green where labelled
  parts.push(`<text x="${L - 6}" y="${bandY + 12}" font-size="10" text-anchor="end" fill="#333">AI 标识</text>`);
  parts.push(`<rect x="${L}" y="${bandY}" width="${W - L - R}" height="${bandH}" fill="#f1f1f1"/>`);
  for (const [a, b] of tl.aiOn) parts.push(`<rect x="${x(a).toFixed(1)}" y="${bandY}" width="${Math.max(0.5, x(b) - x(a)).toFixed(1)}" height="${bandH}" fill="#ef9a9a"><title>数字人出镜 AI host on air ${hms(a, tl.start)}–${hms(b, tl.start)}</title></rect>`);
  for (const [a, b] of tl.labelOn) {
    for (const [c, d] of tl.aiOn) {
      const s = Math.max(a, c), e = Math.min(b, d);
      if (e > s) parts.push(`<rect x="${x(s).toFixed(1)}" y="${bandY}" width="${Math.max(0.5, x(e) - x(s)).toFixed(1)}" height="${bandH}" fill="#81c784"><title>AI 标识可见 label visible ${hms(s, tl.start)}–${hms(e, tl.start)}</title></rect>`);
    }
  }
  // product segments
  tl.pinned.forEach((seg, i) => {
    parts.push(`<rect x="${x(seg.from).toFixed(1)}" y="${segY}" width="${Math.max(0.5, x(seg.to) - x(seg.from)).toFixed(1)}" height="14" fill="${i % 2 ? '#ffe0b2' : '#ffcc80'}"><title>${esc(seg.title)} ${hms(seg.from, tl.start)}–${hms(seg.to, tl.start)}</title></rect>`);
  });
  parts.push(`<text x="${L - 6}" y="${segY + 11}" font-size="10" text-anchor="end" fill="#333">商品</text>`);
  // finding markers
  for (const f of findings) {
    const t = toEpochMs(f.ts);
    if (!Number.isFinite(t)) continue;
    const cx = x(Math.min(Math.max(t, tl.start), tl.end));
    parts.push(`<a href="#f-${esc(f.id)}"><path d="M${cx.toFixed(1)},${markY} l5,10 h-10 z" fill="${COLORS[f.severity]}"><title>${esc(hms(t, tl.start))} ${esc(f.ruleId)}: ${esc(f.message)}</title></path></a>`);
  }
  parts.push(`<text x="${L - 6}" y="${markY + 9}" font-size="10" text-anchor="end" fill="#333">问题</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="时间线 timeline">${parts.join('')}</svg>`;
}

function highlight(text: string, spans: { from: number; to: number; f: Finding }[]): string {
  if (!spans.length) return esc(text);
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  let out = '', pos = 0;
  for (const s of spans) {
    if (s.from < pos) continue;
    out += esc(text.slice(pos, s.from));
    out += `<mark class="${s.f.severity}" title="${esc(s.f.ruleId)}: ${esc(s.f.message)}"><a href="#f-${esc(s.f.id)}">${esc(text.slice(s.from, s.to))}</a></mark>`;
    pos = s.to;
  }
  return out + esc(text.slice(pos));
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const { events, findings, source } = input;
  const tl = buildTimeline(events);
  const startEv = events.find((e) => e.type === 'session.start') as (LiveEvent & { room?: { name?: string; id?: string; operator?: { name?: string; region?: string } } }) | undefined;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const sorted = [...findings].sort((a, b) => (toEpochMs(a.ts) || 0) - (toEpochMs(b.ts) || 0) || (a.eventSeq ?? 0) - (b.eventSeq ?? 0));
  const bySeq = new Map<number, Finding[]>();
  for (const f of findings) if (f.eventSeq !== undefined) { let a = bySeq.get(f.eventSeq); if (!a) bySeq.set(f.eventSeq, (a = [])); a.push(f); }
  const title = input.title ?? `直播合规报告 ${source}`;
  const rows = sorted.map((f) => {
    const basis = f.basis.map((b) => `<div class="basis">${esc(b.title)}${b.article ? ` ${esc(b.article)}` : ''} <span class="ev ev-${esc(b.evidence)}" title="${esc(EVIDENCE[b.evidence] ?? '')}">[${esc(b.evidence)}]</span>${b.evidence !== 'T' ? ` <small>（${esc(EVIDENCE[b.evidence] ?? '')}）</small>` : ''}</div>`).join('');
    return `<tr id="f-${esc(f.id)}" class="${f.severity}"><td><span class="sev ${f.severity}">${LABEL[f.severity]}</span></td><td>${Number.isFinite(toEpochMs(f.ts)) ? hms(toEpochMs(f.ts), tl.start) : ''}</td><td><code>${esc(f.ruleId)}</code></td><td>${esc(f.message)}${f.messageEn ? `<br><small>${esc(f.messageEn)}</small>` : ''}${f.text ? `<br><q>${esc(f.text)}</q>` : ''}</td><td>${basis || '<small>—</small>'}</td></tr>`;
  }).join('\n');
  const transcript = tl.transcript.map((line) => {
    const fs = line.seq !== undefined ? bySeq.get(line.seq) ?? [] : [];
    const spans = fs.filter((f) => f.length > 0 && f.column >= 1).map((f) => ({ from: f.column - 1, to: f.column - 1 + f.length, f }));
    const marks = fs.filter((f) => !(f.length > 0)).map((f) => ` <a class="sev ${f.severity}" href="#f-${esc(f.id)}" title="${esc(f.message)}">${esc(f.ruleId)}</a>`).join('');
    return `<div class="line${fs.length ? ' flagged' : ''}"><span class="t">${hms(line.ts, tl.start)}</span> <span class="who">${esc(line.speaker ?? '')}</span> ${highlight(line.text, spans)}${marks}</div>`;
  }).join('\n');
  const hosts = tl.hosts.map((h) => `${esc(h.name ?? h.id)}${h.kind === 'ai' ? '（数字人 AI）' : ''}`).join('、');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:6px;vertical-align:top;text-align:left}
.sev{color:#fff;border-radius:3px;padding:0 4px;font-size:12px;white-space:nowrap;text-decoration:none}.sev.error{background:#c62828}.sev.warning{background:#ef6c00}.sev.info{background:#1565c0}
mark.error{background:#ffcdd2}mark.warning{background:#ffe0b2}mark.info{background:#bbdefb}mark a{color:inherit;text-decoration:none}
.ev{font-family:monospace}.ev-T{color:#2e7d32}.ev-N,.ev-S,.ev-M{color:#ef6c00}.basis{margin-bottom:2px}
.line{font-size:13px;padding:1px 0}.line .t{color:#888;font-family:monospace}.line .who{color:#5c6bc0}.line.flagged{background:#fffde7}
.summary span{margin-right:16px}.legend span{margin-right:14px;font-size:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
#transcript{max-height:600px;overflow:auto;border:1px solid #eee;padding:8px}
</style></head><body>
<h1>${esc(title)}</h1>
<p class="summary"><span>来源 ${esc(source)}</span>${startEv?.room ? `<span>直播间 ${esc(startEv.room.name ?? startEv.room.id)}</span>` : ''}${startEv?.room?.operator ? `<span>运营者 ${esc(startEv.room.operator.name)}${startEv.room.operator.region ? `（${esc(startEv.room.operator.region)}）` : ''}</span>` : ''}${hosts ? `<span>主播 ${hosts}</span>` : ''}<span>时长 ${hms(tl.end, tl.start)}</span><span>事件 ${events.length}</span></p>
<p class="summary"><span class="sev error">错误 ${count('error')}</span><span class="sev warning">警告 ${count('warning')}</span><span class="sev info">提示 ${count('info')}</span></p>
<h2>时间线 Timeline</h2>
${chart(tl, sorted)}
<p class="legend"><span><i style="background:#5c6bc0"></i>观看人数 viewers</span><span><i style="background:#2e7d32"></i>在售价格 price</span><span><i style="background:#81c784"></i>数字人出镜且有 AI 标识</span><span><i style="background:#ef9a9a"></i>数字人出镜但无标识</span><span><i style="background:#ffcc80"></i>商品讲解段</span><span><i style="background:#c62828"></i>问题</span></p>
<h2>问题与法律依据 Findings and legal basis (${findings.length})</h2>
<p><small>依据等级：T 条文已核实；N 据官方新闻；S 二手资料；M 未经核实。仅 T 级可直接作为“法律依据”展示，其余须先核实原文。</small></p>
<table><thead><tr><th>级别</th><th>时间</th><th>规则</th><th>说明</th><th>依据</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>文字记录 Transcript (${tl.transcript.length})</h2>
<div id="transcript">
${transcript}
</div>
<p><small>Liveguard ${input.generatedAt ? `· ${esc(input.generatedAt)}` : ''}</small></p>
</body></html>
`;
}
