// 规则: browse the built-in rules by pack, region, party and legal source, with docs and examples.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Finding, Party, RulePack } from '@liveguard/core';
import { allPacks, legalSources } from '@liveguard/rules-cn';
import { useI18n } from '../i18n.js';
import { PARTY_KEYS, categoryName, regionName } from '../lib/labels.js';
import { pick, ruleExamples, ruleGuide, ruleRows, sourcesOf, type RuleExample } from '../lib/rules.js';
import { lintScript } from '../lib/engine.js';
import { EvidenceBadge } from '../components/Basis.js';
import { SeverityBadge } from '../components/FindingCard.js';
import { findingMessage, isVerified } from '../lib/findings.js';

function Example({ ex, ruleId, packs, bad, region }: { ex: RuleExample; ruleId: string; packs: RulePack[]; bad: boolean; region?: string }) {
  const { t, lang } = useI18n();
  const [result, setResult] = useState<Finding[] | null>(null);
  return (
    <li className={bad ? 'ex bad' : 'ex good'}>
      <span className="ex-text">{ex.text}</span>
      {ex.category ? <span className="sub"> · {categoryName(ex.category, lang)}</span> : null}
      {ex.note ? <span className="sub"> · {ex.note}</span> : null}{' '}
      {ex.runnable ? (
        <button type="button" className="btn-link" onClick={() => setResult(lintScript(ex.text, { region, category: ex.category }, packs).findings.filter((f) => f.ruleId === ruleId))}>
          {t('tryExample')}
        </button>
      ) : null}
      {result ? (
        <span className="ex-result" role="status">
          {result.length ? result.map((f) => <span key={f.id}><SeverityBadge severity={f.severity} /> {findingMessage(f, lang)} </span>) : `✓ ${t('noFindings')}`}
        </span>
      ) : null}
    </li>
  );
}

export function RulesPage({ packs = allPacks, focusRule }: { packs?: RulePack[]; focusRule?: string }) {
  const { t, lang } = useI18n();
  const [pack, setPack] = useState('');
  const [region, setRegion] = useState('');
  const [party, setParty] = useState('');
  const [source, setSource] = useState('');
  const [q, setQ] = useState('');
  const ids = { pack: useId(), region: useId(), party: useId(), source: useId(), q: useId() };
  const rows = useMemo(() => ruleRows(packs), [packs]);
  const sources = useMemo(() => sourcesOf(packs, legalSources), [packs]);
  const regions = useMemo(() => [...new Set(rows.map((r) => r.def.meta.jurisdiction))].sort(), [rows]);
  const usedSources = useMemo(() => [...new Set(rows.flatMap((r) => r.def.meta.basis.map((b) => b.source)))].sort(), [rows]);

  useEffect(() => {
    if (focusRule) document.getElementById(`rule-${focusRule}`)?.scrollIntoView({ block: 'start' });
  }, [focusRule]);

  const needle = q.trim().toLowerCase();
  const shown = rows.filter(({ def, pack: p }) => {
    const m = def.meta;
    if (pack && p.id !== pack) return false;
    if (region && m.jurisdiction !== region) return false;
    if (party && !m.binds.includes(party as Party)) return false;
    if (source && !m.basis.some((b) => b.source === source)) return false;
    if (needle) {
      const hay = `${m.id} ${m.category ?? ''} ${m.docs.description['zh-CN']} ${m.docs.description.en}`.toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });

  return (
    <div className="rules">
      <div className="page-head">
        <h1>{t('rulesTitle')}</h1>
        <p className="intro">{t('rulesIntro')}</p>
      </div>
      <div className="toolbar filters" role="search">
        <label htmlFor={ids.q}>{t('search')}</label>
        <input id={ids.q} type="search" value={q} placeholder={t('searchPlaceholder')} onChange={(e) => setQ(e.target.value)} />
        <label htmlFor={ids.pack}>{t('pack')}</label>
        <select id={ids.pack} value={pack} onChange={(e) => setPack(e.target.value)}>
          <option value="">{t('all')}</option>
          {packs.map((p) => <option key={p.id} value={p.id}>{pick(p.name, lang)}</option>)}
        </select>
        <label htmlFor={ids.region}>{t('jurisdiction')}</label>
        <select id={ids.region} value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">{t('all')}</option>
          {regions.map((r) => <option key={r} value={r}>{regionName(r, lang)}</option>)}
        </select>
        <label htmlFor={ids.party}>{t('party')}</label>
        <select id={ids.party} value={party} onChange={(e) => setParty(e.target.value)}>
          <option value="">{t('all')}</option>
          {(Object.keys(PARTY_KEYS) as Party[]).map((p) => <option key={p} value={p}>{t(PARTY_KEYS[p])}</option>)}
        </select>
        <label htmlFor={ids.source}>{t('source')}</label>
        <select id={ids.source} value={source} onChange={(e) => setSource(e.target.value)}>
          <option value="">{t('all')}</option>
          {usedSources.map((s) => <option key={s} value={s}>{sources.get(s)?.title ?? s}</option>)}
        </select>
      </div>
      <p className="status" role="status">{t('rulesCount', { n: shown.length })}</p>
      {shown.length === 0 ? <p className="empty">{t('noRules')}</p> : null}
      <ul className="rule-list">
        {shown.map(({ def, pack: p }) => {
          const m = def.meta;
          const ex = ruleExamples(def);
          const messages = Object.values(m.messages);
          const guide = ruleGuide(def);
          return (
            <li key={m.id} id={`rule-${m.id}`} className="rule-card card" data-rule={m.id}>
              <div className="finding-head">
                <SeverityBadge severity={m.severity} />
                <h2 className="rule-title"><code>{m.id}</code></h2>
                <span className="sub">{pick(p.name, lang)} · {regionName(m.jurisdiction, lang)}{m.category ? ` · ${m.category}` : ''}{m.fixable ? ` · ${t('fixable')}` : ''}</span>
              </div>
              <p>{pick(m.docs.description, lang)}</p>
              <p className="sub">
                {t('party')}{t('colon')}{m.binds.map((b) => t(PARTY_KEYS[b] ?? 'partyMerchant')).join(lang === 'en' ? ', ' : '、')}
                {m.effective ? ` · ${t('effective')} ${m.effective}` : ''}
              </p>
              <ul className="basis-list">
                {m.basis.map((b, i) => {
                  const s = sources.get(b.source);
                  const ok = isVerified({ ...b, title: '', article: b.article ?? '' });
                  return (
                    <li key={i} className={ok ? 'basis verified' : 'basis unverified'}>
                      <span className={ok ? 'basis-label ok' : 'basis-label caveat'} title={ok ? undefined : t('basisCaveatLong')}>
                        {ok ? t('legalBasis') : `${t('referenceBasis')} · ${t('basisCaveat')}`}
                      </span>{' '}
                      {s?.url ? <a href={s.url} target="_blank" rel="noreferrer">{s.title}</a> : <span>{s ? (lang === 'en' && s.titleEn ? s.titleEn : s.title) : b.source}</span>}
                      {b.article ? <span className="article"> {b.article}</span> : null} <EvidenceBadge grade={b.evidence} />
                    </li>
                  );
                })}
              </ul>
              {!guide.requirement && messages.length ? <p className="sub">{t('message')}{t('colon')}{pick(messages[0], lang)}</p> : null}
              {guide.requirement || guide.fix || ex.invalid.length || ex.valid.length ? (
                <details className="rule-details" open={focusRule === m.id}>
                  <summary>{t('docsAndExamples')}</summary>
                  {guide.requirement ? <p className="guide"><strong>{t('requirement')}{t('colon')}</strong>{pick(guide.requirement, lang)}</p> : null}
                  {guide.fix ? <p className="guide"><strong>{t('howToFix')}{t('colon')}</strong>{pick(guide.fix, lang)}</p> : null}
                  {ex.invalid.length ? (
                    <div><h3 className="ex-h">{t('examplesBad')}</h3><ul className="examples">{ex.invalid.map((x, i) => <Example key={i} ex={x} ruleId={m.id} packs={packs} bad region={m.jurisdiction === 'CN' ? undefined : m.jurisdiction} />)}</ul></div>
                  ) : null}
                  {ex.valid.length ? (
                    <div><h3 className="ex-h">{t('examplesGood')}</h3><ul className="examples">{ex.valid.map((x, i) => <Example key={i} ex={x} ruleId={m.id} packs={packs} bad={false} region={m.jurisdiction === 'CN' ? undefined : m.jurisdiction} />)}</ul></div>
                  ) : null}
                </details>
              ) : null}
              {m.docs.url ? <p><a href={m.docs.url} target="_blank" rel="noreferrer">{t('docs')} ↗</a></p> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
