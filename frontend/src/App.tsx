import { useTranslation } from 'react-i18next';
import { Link, RouterProvider } from 'react-aria-components';
import { Route, Routes, useHref, useLocation, useNavigate } from 'react-router';
import { useAppState } from './lib/appState';
import DetailsPage from './pages/DetailsPage';
import ConfigurePage from './pages/ConfigurePage';
import ConnectionsPage from './pages/ConnectionsPage';
import SettingsPage from './pages/SettingsPage';

export const routes = {
  details: '/',
  configure: '/configure',
  connections: '/connections',
  settings: '/settings',
} as const;

function NavLink(props: { to: string; children: string }) {
  const { pathname } = useLocation();
  const current = pathname === props.to;
  return (
    <Link href={props.to} className="nav-link" aria-current={current ? 'page' : undefined}>
      {props.children}
    </Link>
  );
}

export default function App() {
  const { t } = useTranslation();
  const { info } = useAppState();
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={navigate} useHref={useHref}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="shell">
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ⇄
            </span>
            <span>{t('app.name')}</span>
            {info.demo && <span className="badge badge-demo">{t('demo.badge')}</span>}
          </div>
          <nav aria-label={t('nav.label')}>
            <p className="nav-section" id="nav-psa">
              {t('nav.psaIntegration')}
            </p>
            <ul aria-labelledby="nav-psa">
              <li>
                <NavLink to={routes.details}>{t('nav.details')}</NavLink>
              </li>
              <li>
                <NavLink to={routes.configure}>{t('nav.configure')}</NavLink>
              </li>
            </ul>
            <ul>
              <li>
                <NavLink to={routes.connections}>{t('nav.connections')}</NavLink>
              </li>
              <li>
                <NavLink to={routes.settings}>{t('nav.settings')}</NavLink>
              </li>
            </ul>
          </nav>
        </aside>
        <div className="content">
          {info.demo && (
            <p className="demo-banner" role="note">
              <span className="badge badge-demo">{t('demo.badge')}</span> {t('demo.banner')}
            </p>
          )}
          <main id="main" tabIndex={-1}>
            <Routes>
              <Route path={routes.details} element={<DetailsPage />} />
              <Route path={routes.configure} element={<ConfigurePage />} />
              <Route path={routes.connections} element={<ConnectionsPage />} />
              <Route path={routes.settings} element={<SettingsPage />} />
              <Route path="*" element={<DetailsPage />} />
            </Routes>
          </main>
        </div>
      </div>
    </RouterProvider>
  );
}
