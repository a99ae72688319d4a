import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import App, { pageRoutes } from '../App';
import type { AppInfo } from '../lib/api';
import { AppStateProvider } from '../lib/appState';
import { initI18n, type Language } from '../lib/i18n';

/** Renders the whole shell at path, with the same data router the app uses. */
export async function renderApp(opts: { info: Partial<AppInfo>; language: Language; path?: string }) {
  await initI18n(opts.language);
  const info = {
    version: '1.0.0',
    demo: true,
    welcome: false,
    dataDir: '/data',
    databasePath: '/data/psabridge-demo.db',
    logDir: '/data/logs',
    schemaVersion: 5,
    os: 'linux',
    arch: 'amd64',
    ...opts.info,
  } as AppInfo;
  const router = createMemoryRouter(
    [
      {
        element: (
          <AppStateProvider info={info} languageChoice={opts.language} theme="system">
            <App />
          </AppStateProvider>
        ),
        children: pageRoutes,
      },
    ],
    { initialEntries: [opts.path ?? '/'] },
  );
  return render(<RouterProvider router={router} />);
}
