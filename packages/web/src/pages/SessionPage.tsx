// One live session: timeline, transcript with highlights, findings, evidence verification and export.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Finding } from '@liveguard/core';
import { useI18n } from '../i18n.js';
import { useConnection } from '../connection.js';
import { ApiError, apiFetch, apiJson, downloadResponse, toEvents, toFindings, toSessionSummary } from '../lib/api.js';
import { useFindingStream } from '../lib/useStream.js';
import { spanInText, worstSeverity } from '../lib/findings.js';
import { NeedKey, StreamIndicator } from '../components/StreamStatus.js';
import { FindingCard } from '../components/FindingCard.js';
import { Timeline, epoch } from '../components/Timeline.js';

type Ev = Record<string, unknown>;

/** The session's events: from the evidence bundle (events with their hashes), else GET …/events. */
async function loadEvents(cfg: Parameters<typeof apiJson>[0], id: string): Promise<Ev[]> {
  const base = `/v1/sessions/${encodeURIComponent(id)}`;
  for (const path of [`${base}/evidence`, `${base}/events`]) {
    try {
      const res = await apiFetch(cfg, path, { headers: { Accept: 'application/json, application/x-ndjson' } });
      const text = await res.text();
      let body: unknown = text;
      try { body = JSON.parse(text); } catch { /* NDJSON */ }
      const ev = toEvents(body);
      if (ev.length) return ev;
    } catch { /* try the next */ }
  }
  return [];
}

function Highlighted({ text, findings, onPick }: { text: string; findings: Finding[]; onPick: (f: Finding) => void }) {
  const spans = findings.map((f) => ({ f, s: spanInText(text, f) })).filter((x): x is { f: Finding; s: [number, number] } => !!x.s).sort((a, b) => a.s[0] - b.s[0]);
  const out: ReactNode[] = [];
  let pos = 0;
  for (const { f, s } of spans) {
    if (s[0] < pos) continue;
    if (s[0] > pos) out.push(text.slice(pos, s[0]));
    out.push(
      <mark key={f.id} className={`hl sev-${f.severity}`} data-rule={f.ruleId}>
        <button type="button" className="mark-btn" onClick={() => onPick(f)} aria-label={`${f.ruleId}: ${f.message}`}>{text.slice(s[0], s[1])}</button>
      </mark>,
    );
    pos = s[1];
  }
  out.push(text.slice(pos));
  return <>{out}</>;
}

export function SessionPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { config, openSettings } = useConnection();
  const [info, setInfo] = useState<ReturnType<typeof toSessionSummary> | null>(null);
  const [findings, setFindings] = useState<Map<string, Finding>>(new Map());
  const [events, setEvents] = useState<Ev[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [verify, setVerify] = useState<{ ok: boolean; checked: number; firstBad?: number } | null>(null);
  const [verifyErr, setVerifyErr] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const cardRefs = useRef(new Map<string, HTMLLIElement>());
  const evTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const base = `/v1/sessions/${encodeURIComponent(id)}`;

  const refreshEvents = useCallback(async () => setEvents(await loadEvents(config, id)), [config, id]);

  const load = useCallback(async () => {
    if (!config.key) return;
    try {
      const [s, fs] = await Promise.all([apiJson<Ev>(config, base), apiJson(config, `${base}/findings`)]);
      setInfo(toSessionSummary({ id, ...(s ?? {}) }));
      setFindings((prev) => { const m = new Map(prev); for (const f of toFindings(fs)) m.set(f.id, f); return m; });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? `404 — ${id}` : e instanceof Error ? e.message : String(e));
    }
    await refreshEvents();
  }, [config, base, id, refreshEvents]);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => () => clearTimeout(evTimer.current), []);
  // While the session is live, the transcript and timeline follow new events even when they raise no finding.
  const ended = info?.status === 'ended';
  useEffect(() => {
    if (!config.key || ended) return;
    const h = setInterval(() => void refreshEvents(), 3000);
    return () => clearInterval(h);
  }, [config.key, ended, refreshEvents]);

  const status = useFindingStream(config, (f) => {
    if (f.session !== id) return;
    setFindings((prev) => new Map(prev).set(f.id, f));
    clearTimeout(evTimer.current);
    evTimer.current = setTimeout(() => void refreshEvents(), 400);
  }, `/v1/stream?session=${encodeURIComponent(id)}`);

  const list = useMemo(() => [...findings.values()].sort((a, b) => (a.eventSeq ?? 0) - (b.eventSeq ?? 0) || epoch(a.ts) - epoch(b.ts)), [findings]);
  const speech = events.filter((e) => e.type === 'speech' && typeof e.text === 'string');
  const findingsOf = (e: Ev) => list.filter((f) => (f.eventSeq !== undefined && f.eventSeq === e.seq) || (f.eventSeq === undefined && f.ts !== undefined && epoch(f.ts) === epoch(e.ts)));

  const pick = (f: Finding) => {
    setActive(f.id);
    const el = cardRefs.current.get(f.id);
    el?.scrollIntoView({ block: 'nearest' });
    el?.querySelector<HTMLElement>('button, a')?.focus();
  };

  const doVerify = async () => {
    setVerifyErr(null);
    try { setVerify(await apiJson(config, `${base}/evidence/verify`)); } catch (e) { setVerify(null); setVerifyErr(e instanceof Error ? e.message : String(e)); }
  };
  const doExport = async (path: string, name: string) => {
    try { await downloadResponse(await apiFetch(config, path), name); } catch (e) { setVerifyErr(e instanceof Error ? e.message : String(e)); }
  };

  if (!config.key) return <NeedKey onOpen={openSettings} />;
  const fmt = (ts: unknown) => { const n = epoch(ts); return Number.isFinite(n) ? new Date(n).toLocaleTimeString(lang) : ''; };

  return (
    <div className="session">
      <p><a href="#/live" className="back">← {t('back')}</a></p>
      <div className="page-head">
        <h1>{info?.room?.name ?? t('sessionTitle', { id })}</h1>
        <p className="intro sub">{id}{info?.room?.platform ? ` · ${info.room.platform}` : ''}{info?.room?.operator?.name ? ` · ${info.room.operator.name}` : ''}</p>
        <StreamIndicator status={status} />
      </div>
      {error ? <p className="error" role="alert">{t('loadError', { reason: error })}</p> : null}
      <section aria-labelledby="tl-h" className="card">
        <h2 id="tl-h" className="section-title">{t('timeline')}</h2>
        <Timeline events={events} findings={list} onMarker={pick} />
      </section>
      <div className="session-grid">
        <section aria-labelledby="tr-h" className="card">
          <h2 id="tr-h" className="section-title">{t('transcript')}</h2>
          {speech.length === 0 ? <p className="empty">{t('noTranscript')}</p> : null}
          <ol className="transcript" data-testid="transcript">
            {speech.map((e, i) => {
              const fs = findingsOf(e);
              const sev = worstSeverity(fs);
              return (
                <li key={String(e.seq ?? i)} className={sev ? `has-${sev}` : undefined}>
                  <time className="ts">{fmt(e.ts)}</time>
                  {e.speaker ? <span className="speaker">{String(e.speaker)}</span> : null}
                  <span className="utterance"><Highlighted text={String(e.text)} findings={fs} onPick={pick} /></span>
                </li>
              );
            })}
          </ol>
        </section>
        <section aria-labelledby="sf-h" className="card">
          <h2 id="sf-h" className="section-title">{t('findings')} <span className="count" data-testid="session-finding-count">{list.length}</span></h2>
          <ol className="finding-list" aria-live="polite" data-testid="session-findings">
            {list.map((f) => (
              <FindingCard
                key={f.id}
                ref={(el) => { if (el) cardRefs.current.set(f.id, el); else cardRefs.current.delete(f.id); }}
                finding={f}
                active={f.id === active}
              />
            ))}
          </ol>
          {list.length === 0 ? <p className="empty">{t('noFindings')}</p> : null}
        </section>
      </div>
      <section aria-labelledby="ev-h" className="card">
        <h2 id="ev-h" className="section-title">{t('evidence')}</h2>
        <div className="toolbar">
          <button type="button" className="btn primary" onClick={() => void doVerify()} data-testid="verify">{t('verifyEvidence')}</button>
          <button type="button" className="btn" onClick={() => void doExport(`${base}/evidence`, `liveguard-evidence-${id}.json`)}>{t('exportEvidence')}</button>
          <button type="button" className="btn" onClick={() => void doExport(`${base}/report?format=html`, `liveguard-report-${id}.html`)}>{t('downloadReport')}</button>
          <span className="sub">{t('events')}: {events.length}</span>
        </div>
        <div role="status" data-testid="verify-result">
          {verify ? (
            <p className={verify.ok ? 'ok' : 'error'}>
              {verify.ok ? t('verifyOk', { n: verify.checked }) : t('verifyBad', { n: verify.firstBad ?? '?' })}
            </p>
          ) : null}
          {verifyErr ? <p className="error">{verifyErr}</p> : null}
        </div>
      </section>
    </div>
  );
}
