import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import App from './App';
import { api, toAppError } from './lib/api';
import { AppStateProvider, applyTheme, parsePreferences } from './lib/appState';
import { changeLanguage, initI18n, resolveLanguage, systemLanguage } from './lib/i18n';
import './styles.css';

async function boot(root: HTMLElement) {
  const i18n = await initI18n(systemLanguage());
  try {
    const [info, prefs] = await Promise.all([api.appInfo(), api.preferences()]);
    const { languageChoice, theme } = parsePreferences(prefs);
    applyTheme(theme);
    await changeLanguage(resolveLanguage(languageChoice));
    createRoot(root).render(
      <StrictMode>
        <HashRouter>
          <AppStateProvider info={info} languageChoice={languageChoice} theme={theme}>
            <App />
          </AppStateProvider>
        </HashRouter>
      </StrictMode>,
    );
  } catch (reason) {
    // The backend did not answer: nothing else can render, so say so plainly.
    root.textContent = i18n.t('app.startFailed', { message: toAppError(reason).message });
  }
}

const root = document.getElementById('root');
if (root) void boot(root);
