import { useTranslation } from 'react-i18next';
import { I18nProvider, Link, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { Outlet, useHref, useLocation, useNavigate, type RouteObject } from 'react-router';
import { useAppState } from './lib/appState';
import CustomerDetailPage from './features/customerdetail/CustomerDetailPage';
import DetailsPage from './features/overview/DetailsPage';
import ConfigurePage from './features/products/ConfigurePage';
import CustomersPage from './features/customers/CustomersPage';
import ConnectionsPage from './features/connections/ConnectionsPage';
import SettingsPage from './features/settings/SettingsPage';
import UsageSyncPage from './features/usagesync/UsageSyncPage';
import HistoryPage from './features/history/HistoryPage';
import { historyPath } from './features/history/historyLinks';
import WelcomePage, { FirstRunRedirect } from './features/welcome/WelcomePage';
import { LayoutProbe } from './components/LayoutProbe';

export const routes = {
  details: '/',
  configure: '/configure',
  customers: '/customers',
  usageSync: '/sync',
  history: historyPath,
  connections: '/connections',
  settings: '/settings',
  welcome: '/welcome',
  customerDetail: '/customers/:tenantId',
} as const;

/** The pages inside the shell (App renders them in its Outlet). */
export const pageRoutes: RouteObject[] = [
  { path: routes.details, element: <DetailsPage /> },
  { path: routes.configure, element: <ConfigurePage /> },
  { path: routes.customers, element: <CustomersPage /> },
  { path: routes.usageSync, element: <UsageSyncPage /> },
  { path: routes.history, element: <HistoryPage /> },
  { path: routes.connections, element: <ConnectionsPage /> },
  { path: routes.settings, element: <SettingsPage /> },
  { path: routes.welcome, element: <WelcomePage /> },
  { path: routes.customerDetail, element: <CustomerDetailPage /> },
  { path: '*', element: <DetailsPage /> },
];

/**
 * A sidebar link. Its label may carry soft hyphens (U+00AD) where a long German compound may
 * break in the narrow sidebar ("Nutzungs-synchronisierung"), as WebKitGTK and WebView2 often
 * have no hyphenation dictionary; the accessible name is the label without them.
 */
function NavLink(props: { to: string; children: string }) {
  const { pathname } = useLocation();
  const current = pathname === props.to;
  return (
    <Link
      href={props.to}
      className="nav-link"
      aria-label={props.children.replaceAll('\u00ad', '')}
      aria-current={current ? 'page' : undefined}
    >
      {props.children}
    </Link>
  );
}

export default function App() {
  const { t, i18n } = useTranslation();
  const { info } = useAppState();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    // React Aria formats and parses numbers and dates in the UI language, not the OS's.
    <I18nProvider locale={i18n.language}>
      <AriaRouterProvider navigate={navigate} useHref={useHref}>
        <FirstRunRedirect welcome={info.welcome} to={routes.welcome} />
        <LayoutProbe />
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
                <li>
                  <NavLink to={routes.customers}>{t('nav.customers')}</NavLink>
                </li>
                <li>
                  <NavLink to={routes.usageSync}>{t('nav.usageSync')}</NavLink>
                </li>
                <li>
                  <NavLink to={routes.history}>{t('nav.history')}</NavLink>
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
            {/* Not on the welcome page: it is still asking whether to use demo data. */}
            {info.demo && pathname !== routes.welcome && (
              <p className="demo-banner" role="note">
                <span className="badge badge-demo">{t('demo.badge')}</span> {t('demo.banner')}
              </p>
            )}
            <main id="main" tabIndex={-1}>
              <Outlet />
            </main>
          </div>
        </div>
      </AriaRouterProvider>
    </I18nProvider>
  );
}
