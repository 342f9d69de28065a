import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { setRequestLanguage } from './api/index.ts';
import { App } from './app/App.tsx';
import { SessionProvider } from './features/auth/index.ts';
import { setupI18n } from './i18n/index.ts';
import './styles.css';

const i18n = setupI18n(setRequestLanguage);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nextProvider>
  </StrictMode>,
);
