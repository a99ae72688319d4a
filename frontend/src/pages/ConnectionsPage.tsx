import { useTranslation } from 'react-i18next';
import { useAppState } from '../lib/appState';

/** "Verbindungen": the ConnectWise and Sophos accounts this install talks to. */
export default function ConnectionsPage() {
  const { t } = useTranslation();
  const { info } = useAppState();
  return (
    <section aria-labelledby="connections-title">
      <header className="page-header">
        <h1 id="connections-title">{t('connections.title')}</h1>
      </header>
      <p className="empty">{info.demo ? t('connections.demoNote') : t('connections.notSetUp')}</p>
    </section>
  );
}
