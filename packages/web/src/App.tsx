import { lazy, Suspense, useEffect, useRef } from 'react';
import { useI18n, type MessageKey } from './i18n.js';
import { useConnection } from './connection.js';
import { useRoute, type Route } from './router.js';
import { ScriptChecker } from './pages/ScriptChecker.js';
import { SettingsDialog } from './components/SettingsDialog.js';

const LiveRooms = lazy(() => import('./pages/LiveRooms.js').then((m) => ({ default: m.LiveRooms })));
const SessionPage = lazy(() => import('./pages/SessionPage.js').then((m) => ({ default: m.SessionPage })));
const RulesPage = lazy(() => import('./pages/RulesPage.js').then((m) => ({ default: m.RulesPage })));
const AdminPage = lazy(() => import('./pages/AdminPage.js').then((m) => ({ default: m.AdminPage })));

const NAV: { href: string; key: MessageKey; pages: Route['page'][] }[] = [
  { href: '#/check', key: 'navCheck', pages: ['check'] },
  { href: '#/live', key: 'navLive', pages: ['live', 'session'] },
  { href: '#/rules', key: 'navRules', pages: ['rules'] },
  { href: '#/admin', key: 'navAdmin', pages: ['admin'] },
];

export function App() {
  const { t, lang, setLang } = useI18n();
  const { who, config, openSettings } = useConnection();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  // Move focus to the new page's content on navigation (not on first load) for keyboard and screen-reader users.
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    mainRef.current?.focus();
  }, [route.page]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>{t('skipToContent')}</a>
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">✓</span>
          <span className="brand-name">{t('appName')}</span>
        </div>
        <nav aria-label={t('mainNav')}>
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={n.pages.includes(route.page) ? 'page' : undefined}>{t(n.key)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <span className="who" data-testid="who">
            {config.key
              ? who?.tenant || who?.role
                ? <>{t('tenant')}: <strong>{who.tenant ?? '—'}</strong> · {t('role')}: <strong>{who.role ?? '—'}</strong></>
                : <span className="key-set">{t('apiKey')} ••••{config.key.slice(-4)}</span>
              : <span className="muted">{t('notConnected')}</span>}
          </span>
          <button type="button" className="btn header-btn" onClick={openSettings}>{t('settings')}</button>
          <button
            type="button"
            className="btn header-btn"
            lang={lang === 'en' ? 'zh-CN' : 'en'}
            aria-label={t('switchLanguageLabel')}
            onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
            data-testid="lang-toggle"
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<p className="loading" role="status">…</p>}>
          {route.page === 'check' ? <ScriptChecker /> : null}
          {route.page === 'live' ? <LiveRooms /> : null}
          {route.page === 'session' ? <SessionPage id={route.id} /> : null}
          {route.page === 'rules' ? <RulesPage focusRule={route.rule} /> : null}
          {route.page === 'admin' ? <AdminPage /> : null}
        </Suspense>
      </main>
      <SettingsDialog />
    </>
  );
}
