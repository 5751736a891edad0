import type { Basis, Evidence } from '@liveguard/core';
import { useI18n } from '../i18n.js';
import { isVerified } from '../lib/findings.js';

const GRADE_KEY = { T: 'evidenceT', N: 'evidenceN', S: 'evidenceS', M: 'evidenceM' } as const;

export function EvidenceBadge({ grade }: { grade: Evidence }) {
  const { t } = useI18n();
  const label = `${t('evidenceGrade')} ${grade}：${t(GRADE_KEY[grade] ?? 'evidenceM')}`;
  return (
    <span className={`grade grade-${grade}`} title={label} aria-label={label}>
      {grade}
    </span>
  );
}

/** Legal bases of a finding or rule. Only grade T is labelled 法律依据 plainly; the rest carry a caveat. */
export function BasisList({ basis }: { basis: readonly Basis[] }) {
  const { t } = useI18n();
  if (!basis.length) return null;
  return (
    <ul className="basis-list">
      {basis.map((b, i) => {
        const ok = isVerified(b);
        return (
          <li key={i} className={ok ? 'basis verified' : 'basis unverified'}>
            <span className={ok ? 'basis-label ok' : 'basis-label caveat'} title={ok ? undefined : t('basisCaveatLong')}>
              {ok ? t('legalBasis') : `${t('referenceBasis')} · ${t('basisCaveat')}`}
            </span>{' '}
            {b.url ? <a href={b.url} target="_blank" rel="noreferrer">{b.title}</a> : <span>{b.title}</span>}
            {b.article ? <span className="article"> {b.article}</span> : null} <EvidenceBadge grade={b.evidence} />
          </li>
        );
      })}
    </ul>
  );
}
