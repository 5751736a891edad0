import type { Finding } from '@liveguard/core';
import { forwardRef } from 'react';
import { useI18n } from '../i18n.js';
import { findingMessage, suggestionText } from '../lib/findings.js';
import { BasisList } from './Basis.js';

export function SeverityBadge({ severity }: { severity: Finding['severity'] }) {
  const { t } = useI18n();
  return <span className={`sev-badge sev-${severity}`}>{t(severity)}</span>;
}

interface Props {
  finding: Finding;
  active?: boolean;
  onSelect?: (f: Finding) => void;
  onApply?: (f: Finding) => void;
  ruleDescription?: string;
}

export const FindingCard = forwardRef<HTMLLIElement, Props>(function FindingCard({ finding: f, active, onSelect, onApply, ruleDescription }, ref) {
  const { t, lang } = useI18n();
  const fix = f.suggestions.find((s) => s.replacement !== undefined);
  return (
    <li ref={ref} className={`finding-card sev-${f.severity}${active ? ' active' : ''}`} data-finding-id={f.id} data-rule={f.ruleId} aria-current={active ? 'true' : undefined}>
      <div className="finding-head">
        <SeverityBadge severity={f.severity} />
        <code className="rule-id">{f.ruleId}</code>
        <span className="pos">
          {f.session && f.ts
            ? <time dateTime={f.ts}>{new Date(f.ts).toLocaleTimeString(lang)}</time>
            : lang === 'en' ? `${t('line')} ${f.line}, ${t('column')} ${f.column}` : `第 ${f.line} ${t('line')} 第 ${f.column} ${t('column')}`}
        </span>
      </div>
      <p className="finding-msg">
        {f.text ? <q className="finding-text">{f.text}</q> : null} {findingMessage(f, lang)}
      </p>
      {ruleDescription ? <p className="rule-desc">{ruleDescription}</p> : null}
      <BasisList basis={f.basis} />
      {f.suggestions.length ? (
        <ul className="suggestions" aria-label={t('suggestion')}>
          {f.suggestions.map((s, i) => (
            <li key={i}>
              <span className="sugg-label">{t('suggestion')}{t('colon')}</span>
              {suggestionText(s, lang)}
              {s.replacement !== undefined ? (
                <>
                  {' '}<span className="sugg-arrow" aria-hidden="true">→</span>{' '}
                  {s.replacement ? <code className="replacement">{s.replacement}</code> : <span className="replacement del">{t('deleteSpan')}</span>}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="finding-actions">
        {onSelect ? (
          <button type="button" className="btn-link" onClick={() => onSelect(f)} aria-label={`${t('jumpToFinding')}: ${f.text}`}>
            {t('jumpToFinding')}
          </button>
        ) : null}
        {onApply && fix ? (
          <button type="button" className="btn small primary" onClick={() => onApply(f)} aria-label={`${t('applyFix')}: ${f.text} → ${fix.replacement || t('deleteSpan')}`}>
            {t('applyFix')}
          </button>
        ) : null}
      </div>
    </li>
  );
});
