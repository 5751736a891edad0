import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n.js';
import { useConnection } from '../connection.js';

/** Modal dialog for the API key and server URL; Escape closes, focus stays inside while open. */
export function SettingsDialog() {
  const { t } = useI18n();
  const { config, setConfig, settingsOpen, closeSettings } = useConnection();
  const [key, setKey] = useState(config.key);
  const [baseUrl, setBaseUrl] = useState(config.baseUrl);
  const ref = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), key: useId(), url: useId(), keyHelp: useId(), urlHelp: useId() };
  useEffect(() => {
    if (!settingsOpen) return;
    setKey(config.key);
    setBaseUrl(config.baseUrl);
    const prev = document.activeElement as HTMLElement | null;
    firstRef.current?.focus();
    return () => prev?.focus?.();
  }, [settingsOpen, config]);
  if (!settingsOpen) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); closeSettings(); return; }
    if (e.key !== 'Tab' || !ref.current) return;
    const f = [...ref.current.querySelectorAll<HTMLElement>('input,button,select,textarea,a[href]')].filter((el) => !(el as HTMLButtonElement).disabled);
    if (!f.length) return;
    const first = f[0], last = f[f.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  };
  const save = () => { setConfig({ key: key.trim(), baseUrl: baseUrl.trim() }); closeSettings(); };
  return (
    <div className="modal-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) closeSettings(); }}>
      <div ref={ref} className="modal" role="dialog" aria-modal="true" aria-labelledby={ids.title} onKeyDown={onKeyDown}>
        <h2 id={ids.title}>{t('settingsTitle')}</h2>
        <form onSubmit={(e) => { e.preventDefault(); save(); }}>
          <label htmlFor={ids.key}>{t('apiKey')}</label>
          <input id={ids.key} ref={firstRef} type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} aria-describedby={ids.keyHelp} data-testid="api-key-input" />
          <p id={ids.keyHelp} className="hint">{t('apiKeyHelp')}</p>
          <label htmlFor={ids.url}>{t('serverUrl')}</label>
          <input id={ids.url} type="url" placeholder={typeof location !== 'undefined' ? location.origin : ''} value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} aria-describedby={ids.urlHelp} />
          <p id={ids.urlHelp} className="hint">{t('serverUrlHelp')}</p>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => { setKey(''); }}>{t('clearKey')}</button>
            <span className="spacer" />
            <button type="button" className="btn" onClick={closeSettings}>{t('cancel')}</button>
            <button type="submit" className="btn primary">{t('save')}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
