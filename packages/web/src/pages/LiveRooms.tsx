// 直播监控: the tenant's sessions with finding counts that follow the server's SSE stream.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Finding, Severity } from '@liveguard/core';
import { useI18n } from '../i18n.js';
import { useConnection } from '../connection.js';
import { apiJson, toFindings, toSessionList, type SessionSummary } from '../lib/api.js';
import { useFindingStream } from '../lib/useStream.js';
import { SEVERITY_ORDER, findingMessage } from '../lib/findings.js';
import { sessionHref } from '../router.js';
import { NeedKey, StreamIndicator } from '../components/StreamStatus.js';
import { SeverityBadge } from '../components/FindingCard.js';

/** Sessions whose findings are loaded individually so that filters count exactly; beyond it, list counts are used. */
const DETAIL_LIMIT = 50;

function fmtTime(v: string | number | undefined, lang: string): string {
  if (v === undefined) return '—';
  const d = new Date(typeof v === 'number' ? v : Date.parse(v));
  return Number.isNaN(d.getTime()) ? String(v) : d.toLocaleString(lang);
}

export function LiveRooms() {
  const { t, lang } = useI18n();
  const { config, openSettings } = useConnection();
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  const [byId, setById] = useState<Map<string, Map<string, Finding>>>(new Map());
  const [recent, setRecent] = useState<Finding[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [sev, setSev] = useState<Severity | 'all'>('all');
  const [rule, setRule] = useState('');
  const ids = { sev: useId(), rule: useId() };
  const refetchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(async () => {
    if (!config.key) return;
    setLoading(true);
    try {
      const list = toSessionList(await apiJson(config, '/v1/sessions'));
      setSessions(list);
      setError(null);
      const details = await Promise.all(
        list.slice(0, DETAIL_LIMIT).map(async (s) => {
          try {
            return [s.id, toFindings(await apiJson(config, `/v1/sessions/${encodeURIComponent(s.id)}/findings`))] as const;
          } catch {
            return [s.id, null] as const;
          }
        }),
      );
      setById((prev) => {
        const next = new Map(prev);
        for (const [id, fs] of details) {
          if (!fs) continue;
          const m = new Map(next.get(id) ?? []);
          for (const f of fs) m.set(f.id, f);
          next.set(id, m);
        }
        return next;
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }, [config]);

  useEffect(() => { void load(); }, [load]);

  const status = useFindingStream(config, (f) => {
    const sid = f.session ?? '';
    setById((prev) => {
      const next = new Map(prev);
      const m = new Map(next.get(sid) ?? []);
      m.set(f.id, f);
      next.set(sid, m);
      return next;
    });
    setRecent((r) => [f, ...r.filter((x) => x.id !== f.id)].slice(0, 100));
    // A finding of a session the list doesn't know yet: refresh the list (coalesced).
    setSessions((list) => {
      if (sid && !list.some((s) => s.id === sid)) {
        clearTimeout(refetchTimer.current);
        refetchTimer.current = setTimeout(() => void load(), 300);
      }
      return list;
    });
  });
  useEffect(() => () => clearTimeout(refetchTimer.current), []);

  const match = useCallback((f: Finding) => (sev === 'all' || f.severity === sev) && (!rule || f.ruleId === rule), [sev, rule]);
  const allRules = useMemo(() => {
    const s = new Set<string>();
    for (const m of byId.values()) for (const f of m.values()) s.add(f.ruleId);
    for (const x of sessions) for (const r of Object.keys(x.rules)) s.add(r);
    return [...s].sort();
  }, [byId, sessions]);

  const countsFor = (s: SessionSummary): Record<Severity, number> => {
    const m = byId.get(s.id);
    if (!m) {
      // No finding details: the list's counts (rule filter can't be applied to them).
      return rule ? { error: 0, warning: 0, info: 0 } : s.counts;
    }
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of m.values()) if (!rule || f.ruleId === rule) c[f.severity]++;
    return c;
  };

  if (!config.key) {
    return (
      <div>
        <div className="page-head"><h1>{t('liveTitle')}</h1><p className="intro">{t('liveIntro')}</p></div>
        <NeedKey onOpen={openSettings} />
      </div>
    );
  }

  const rows = sessions.map((s) => ({ s, c: countsFor(s) }));
  const visibleRows = rows.filter(({ c }) => (sev === 'all' && !rule) || (sev === 'all' ? c.error + c.warning + c.info > 0 : c[sev] > 0));
  const feed = recent.filter(match).slice(0, 30);

  return (
    <div className="live">
      <div className="page-head">
        <h1>{t('liveTitle')}</h1>
        <p className="intro">{t('liveIntro')}</p>
        <StreamIndicator status={status} />
      </div>
      <div className="toolbar" role="group" aria-label={t('filterSeverity')}>
        <label htmlFor={ids.sev}>{t('severity')}</label>
        <select id={ids.sev} value={sev} onChange={(e) => setSev(e.target.value as Severity | 'all')} data-testid="filter-severity">
          <option value="all">{t('all')}</option>
          {SEVERITY_ORDER.map((s) => <option key={s} value={s}>{t(s)}</option>)}
        </select>
        <label htmlFor={ids.rule}>{t('rule')}</label>
        <select id={ids.rule} value={rule} onChange={(e) => setRule(e.target.value)} data-testid="filter-rule">
          <option value="">{t('all')}</option>
          {allRules.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
        <span className="toolbar-sep" />
        <button type="button" className="btn" onClick={() => void load()} disabled={loading}>{t('retry')}</button>
      </div>
      {error ? <p className="error" role="alert">{t('loadError', { reason: error })}</p> : null}
      <div className="live-grid">
        <section aria-labelledby="sessions-h">
          <h2 id="sessions-h" className="section-title">{t('sessions')}</h2>
          {sessions.length === 0 && !loading ? <p className="empty">{t('noSessions')}</p> : null}
          {sessions.length ? (
            <div className="table-wrap">
              <table className="sessions-table" data-testid="sessions-table">
                <thead>
                  <tr>
                    <th scope="col">{t('room')}</th>
                    <th scope="col">{t('platform')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('started')}</th>
                    {SEVERITY_ORDER.map((s) => <th scope="col" key={s} className="num">{t(s)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {visibleRows.map(({ s, c }) => (
                    <tr key={s.id} data-session={s.id}>
                      <th scope="row"><a href={sessionHref(s.id)}>{s.room?.name ?? s.room?.id ?? s.id}</a><div className="sub">{s.id}</div></th>
                      <td>{s.room?.platform ?? '—'}</td>
                      <td><span className={`pill ${s.status === 'ended' ? 'ended' : 'live'}`}>{s.status === 'ended' ? t('ended') : t('live')}</span></td>
                      <td>{fmtTime(s.startedAt, lang)}</td>
                      {SEVERITY_ORDER.map((k) => (
                        <td key={k} className={`num count-${k}${sev !== 'all' && sev !== k ? ' dim' : ''}`} data-count={k}>
                          {c[k]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
        <section aria-labelledby="feed-h" className="feed">
          <h2 id="feed-h" className="section-title">{t('recentFindings')}</h2>
          <ol className="feed-list" aria-live="polite" data-testid="feed">
            {feed.map((f) => (
              <li key={f.id} className={`feed-item sev-${f.severity}`}>
                <SeverityBadge severity={f.severity} /> <code>{f.ruleId}</code>
                <div>
                  {f.text ? <q>{f.text}</q> : null} {findingMessage(f, lang)}
                </div>
                {f.session ? <a href={sessionHref(f.session)} className="sub">{f.session}{f.ts ? ` · ${fmtTime(f.ts, lang)}` : ''}</a> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
