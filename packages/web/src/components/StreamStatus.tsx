import { useI18n } from '../i18n.js';
import type { StreamStatus } from '../lib/api.js';

export function StreamIndicator({ status }: { status: StreamStatus | 'off' }) {
  const { t } = useI18n();
  if (status === 'off') return null;
  const label = status === 'open' ? t('streamConnected') : status === 'connecting' ? t('streamConnecting') : t('streamError');
  return (
    <span className={`stream-status ${status}`} role="status" data-testid="stream-status" data-status={status}>
      <span className="dot" aria-hidden="true" /> {label}
    </span>
  );
}

export function NeedKey({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="note">
      <p>{t('needKey')}</p>
      <button type="button" className="btn primary" onClick={onOpen}>{t('openSettings')}</button>
    </div>
  );
}
