import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n.js';
import { ConnectionProvider } from './connection.js';
import { App } from './App.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ConnectionProvider>
        <App />
      </ConnectionProvider>
    </I18nProvider>
  </StrictMode>,
);
