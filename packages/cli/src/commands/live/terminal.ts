// The terminal timeline of a replay: product segments and findings in time order, with legal basis.
import { toEpochMs, type Finding, type LiveEvent, type Severity } from '@liveguard/core';

const SYM: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

function clock(ms: number, start: number): string {
  const s = Math.max(0, Math.round((ms - start) / 1000));
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function renderTimeline(source: string, events: readonly LiveEvent[], findings: readonly Finding[], opts: { color?: boolean; locale?: 'zh-CN' | 'en' } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const times = events.filter((e) => e.type !== 'order').map((e) => toEpochMs(e.ts)).filter(Number.isFinite);
  const start = times.length ? Math.min(...times) : 0;
  const end = times.length ? Math.max(...times) : 0;
  const startEv = events.find((e) => e.type === 'session.start') as (LiveEvent & { room?: { name?: string; id?: string; operator?: { name?: string; region?: string } }; hosts?: { name?: string; id: string; kind: string }[] }) | undefined;
  const lines: string[] = [];
  lines.push(c('1', `${source}`) + `  ${startEv?.room?.name ?? startEv?.room?.id ?? ''}  ${Number.isFinite(start) && start ? new Date(start + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') + ' (UTC+8)' : ''}  时长 ${clock(end, start)}  事件 ${events.length}`);
  if (startEv?.hosts?.length) lines.push(`  主播 ${startEv.hosts.map((h) => `${h.name ?? h.id}${h.kind === 'ai' ? '(AI)' : ''}`).join('、')}${startEv.room?.operator?.region ? `  地区 ${startEv.room.operator.region}` : ''}`);
  type Row = { t: number; order: number; text: string };
  const rows: Row[] = [];
  for (const e of events) {
    const t = toEpochMs(e.ts);
    if (e.type === 'product.pin' && Number.isFinite(t)) {
      const p = e.product;
      rows.push({ t, order: 0, text: c('2', `${clock(t, start)}  ▶ 上架 ${p.title ?? p.id}${typeof p.price === 'number' ? ` ¥${p.price}` : ''}${p.category ? ` [${p.category}]` : ''}`) });
    }
  }
  for (const f of findings) {
    const t = toEpochMs(f.ts);
    const msg = opts.locale === 'en' && f.messageEn ? f.messageEn : f.message;
    const basis = f.basis.map((b) => `${b.title}${b.article ? b.article : ''}[${b.evidence}]`).join('；');
    rows.push({
      t: Number.isFinite(t) ? t : end, order: 1,
      text: `${Number.isFinite(t) ? clock(t, start) : '        '}  ${c(COLOR[f.severity], `${SYM[f.severity]} ${f.severity.padEnd(7)}`)} ${msg}${f.text ? `  «${f.text}»` : ''}  ${c('2', f.ruleId)}${basis ? `\n            ${c('2', '依据 ' + basis)}` : ''}`,
    });
  }
  rows.sort((a, b) => a.t - b.t || a.order - b.order);
  lines.push(...rows.map((r) => r.text));
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push('', findings.length ? c(n('error') ? '31' : '33', `${SYM[n('error') ? 'error' : 'warning']} ${findings.length} 个问题 (${n('error')} errors, ${n('warning')} warnings, ${n('info')} info)`) : c('32', '✔ 没有发现问题 (no problems)'));
  return lines.join('\n') + '\n';
}
