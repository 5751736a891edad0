// Session timeline as inline SVG: viewers (line), price (step line), AI-label coverage band, finding markers.
import { useMemo } from 'react';
import type { Finding } from '@liveguard/core';
import { useI18n } from '../i18n.js';

type Ev = Record<string, unknown>;

const W = 1000, PAD_L = 56, PAD_R = 56, TOP = 12, CHART_H = 150, BAND_Y = 176, BAND_H = 14, MARK_Y = 212, AXIS_Y = 238, H = 256;

export function epoch(ts: unknown): number {
  if (typeof ts === 'number') return ts;
  if (typeof ts === 'string') { const n = Date.parse(ts); return Number.isNaN(n) ? NaN : n; }
  return NaN;
}

export interface TimelineData {
  t0: number; t1: number;
  viewers: [number, number][];
  price: [number, number][];
  /** Intervals with an AI label on screen. */
  labelled: [number, number][];
  /** Whether an AI host appears in the session (then unlabelled time is a gap). */
  aiHost: boolean;
  markers: { t: number; f: Finding }[];
}

export function timelineData(events: Ev[], findings: Finding[]): TimelineData {
  const times = events.map((e) => epoch(e.ts)).filter(Number.isFinite);
  for (const f of findings) { const t = epoch(f.ts); if (Number.isFinite(t)) times.push(t); }
  const t0 = times.length ? Math.min(...times) : 0;
  let t1 = times.length ? Math.max(...times) : 1;
  if (t1 <= t0) t1 = t0 + 1000;
  const viewers: [number, number][] = [], price: [number, number][] = [], labelled: [number, number][] = [];
  const open = new Map<string, number>();
  let pinned: string | undefined, aiHost = false;
  for (const e of events) {
    const t = epoch(e.ts);
    if (!Number.isFinite(t)) continue;
    switch (e.type) {
      case 'session.start':
        aiHost = ((e.hosts as { kind?: string }[] | undefined) ?? []).some((h) => h.kind === 'ai');
        break;
      case 'stats': if (typeof e.viewers === 'number') viewers.push([t, e.viewers]); break;
      case 'product.pin': {
        const p = e.product as { id?: string; price?: number } | undefined;
        pinned = p?.id;
        if (typeof p?.price === 'number') price.push([t, p.price]);
        break;
      }
      case 'price.change':
        if (typeof e.price === 'number' && (!pinned || e.productId === pinned)) price.push([t, e.price]);
        break;
      case 'overlay.show': if (e.kind === 'ai-label' && typeof e.id === 'string' && !open.has(e.id)) open.set(e.id, t); break;
      case 'overlay.hide': if (typeof e.id === 'string' && open.has(e.id)) { labelled.push([open.get(e.id)!, t]); open.delete(e.id); } break;
      case 'session.end': for (const [id, s] of open) { labelled.push([s, t]); open.delete(id); } break;
    }
  }
  for (const s of open.values()) labelled.push([s, t1]);
  const markers = findings.map((f) => ({ t: epoch(f.ts), f })).filter((m) => Number.isFinite(m.t));
  return { t0, t1, viewers, price, labelled, aiHost, markers };
}

const niceMax = (v: number) => {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
};

export function Timeline({ events, findings, onMarker }: { events: Ev[]; findings: Finding[]; onMarker?: (f: Finding) => void }) {
  const { t, lang } = useI18n();
  const d = useMemo(() => timelineData(events, findings), [events, findings]);
  const x = (ts: number) => PAD_L + ((ts - d.t0) / (d.t1 - d.t0)) * (W - PAD_L - PAD_R);
  const vMax = niceMax(Math.max(0, ...d.viewers.map((v) => v[1])));
  const pMax = niceMax(Math.max(0, ...d.price.map((v) => v[1])));
  const yV = (v: number) => TOP + CHART_H - (v / vMax) * CHART_H;
  const yP = (v: number) => TOP + CHART_H - (v / pMax) * CHART_H;
  const viewerPath = d.viewers.map(([ts, v], i) => `${i ? 'L' : 'M'}${x(ts).toFixed(1)},${yV(v).toFixed(1)}`).join('');
  let pricePath = '';
  d.price.forEach(([ts, v], i) => {
    pricePath += i ? `H${x(ts).toFixed(1)}V${yP(v).toFixed(1)}` : `M${x(ts).toFixed(1)},${yP(v).toFixed(1)}`;
  });
  if (d.price.length) pricePath += `H${x(d.t1).toFixed(1)}`;
  const ticks = Array.from({ length: 6 }, (_, i) => d.t0 + ((d.t1 - d.t0) * i) / 5);
  const fmt = (ms: number) => new Date(ms).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const covered = d.labelled.reduce((n, [a, b]) => n + (b - a), 0);
  const coverage = Math.min(1, covered / (d.t1 - d.t0));

  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="tl-title tl-desc" data-testid="timeline">
        <title id="tl-title">{t('timeline')}</title>
        <desc id="tl-desc">{t('timelineDesc')}</desc>
        {/* grid and axes */}
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD_L} x2={W - PAD_R} y1={TOP + CHART_H * (1 - f)} y2={TOP + CHART_H * (1 - f)} className="grid" />
            <text x={PAD_L - 6} y={TOP + CHART_H * (1 - f) + 4} textAnchor="end" className="axis viewers-axis">{Math.round(vMax * f)}</text>
            {d.price.length ? <text x={W - PAD_R + 6} y={TOP + CHART_H * (1 - f) + 4} className="axis price-axis">¥{+(pMax * f).toFixed(2)}</text> : null}
          </g>
        ))}
        {viewerPath ? <path d={viewerPath} className="viewers-line" /> : null}
        {pricePath ? <path d={pricePath} className="price-line" /> : null}
        {/* AI-label band */}
        <text x={PAD_L - 6} y={BAND_Y + BAND_H - 3} textAnchor="end" className="axis">{t('aiLabel')}</text>
        <rect x={PAD_L} y={BAND_Y} width={W - PAD_L - PAD_R} height={BAND_H} className={d.aiHost ? 'band-gap' : 'band-none'}>
          <title>{d.aiHost ? t('aiLabelMissing') : t('aiLabel')}</title>
        </rect>
        {d.labelled.map(([a, b], i) => (
          <rect key={i} x={x(a)} y={BAND_Y} width={Math.max(1, x(b) - x(a))} height={BAND_H} className="band-on">
            <title>{`${t('aiLabel')} ${fmt(a)}–${fmt(b)}`}</title>
          </rect>
        ))}
        {/* findings */}
        <line x1={PAD_L} x2={W - PAD_R} y1={MARK_Y} y2={MARK_Y} className="grid" />
        {d.markers.map(({ t: ts, f }) => (
          <circle
            key={f.id}
            cx={x(ts)}
            cy={MARK_Y}
            r={6}
            className={`marker sev-${f.severity}`}
            data-rule={f.ruleId}
            onClick={onMarker ? () => onMarker(f) : undefined}
          >
            <title>{`${fmt(ts)} ${f.ruleId}: ${lang === 'en' && f.messageEn ? f.messageEn : f.message}`}</title>
          </circle>
        ))}
        {ticks.map((ts, i) => (
          <text key={i} x={x(ts)} y={AXIS_Y + 10} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} className="axis">{fmt(ts)}</text>
        ))}
      </svg>
      <figcaption className="legend">
        <span><i className="swatch viewers" aria-hidden="true" />{t('viewers')}</span>
        <span><i className="swatch price" aria-hidden="true" />{t('price')}</span>
        <span><i className="swatch band-on" aria-hidden="true" />{t('aiLabelCoverage')} {Math.round(coverage * 100)}%</span>
        {d.aiHost ? <span><i className="swatch band-gap" aria-hidden="true" />{t('aiLabelMissing')}</span> : null}
        <span><i className="swatch marker-error" aria-hidden="true" />{t('findings')} {d.markers.length}</span>
      </figcaption>
    </figure>
  );
}
