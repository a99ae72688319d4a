import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import App, { pageRoutes } from './App';
import { api, toAppError } from './lib/api';
import { AppStateProvider, applyTheme, parsePreferences } from './lib/appState';
import RecoveryPage from './features/recovery/RecoveryPage';
import { changeLanguage, initI18n, resolveLanguage, systemLanguage } from './lib/i18n';
import './styles.css';

async function boot(root: HTMLElement) {
  const i18n = await initI18n(systemLanguage());
  try {
    const problem = await api.startupProblem();
    if (problem) {
      // The database did not open: only the recovery service is there to ask (and no
      // preferences: the system's theme and language).
      applyTheme('system');
      createRoot(root).render(
        <StrictMode>
          <RecoveryPage problem={problem} />
        </StrictMode>,
      );
      return;
    }
    const [info, prefs] = await Promise.all([api.appInfo(), api.preferences()]);
    const { languageChoice, theme } = parsePreferences(prefs);
    applyTheme(theme);
    await changeLanguage(resolveLanguage(languageChoice));
    // A data router: the configure page's unsaved-changes guard needs useBlocker.
    const router = createHashRouter([
      {
        element: (
          <AppStateProvider info={info} languageChoice={languageChoice} theme={theme}>
            <App />
          </AppStateProvider>
        ),
        children: pageRoutes,
      },
    ]);
    createRoot(root).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  } catch (reason) {
    // The backend did not answer: nothing else can render, so say so plainly.
    root.textContent = i18n.t('app.startFailed', { message: toAppError(reason).message });
  }
}

const root = document.getElementById('root');
if (root) void boot(root);
