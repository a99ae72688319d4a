import { useTranslation } from 'react-i18next';
import { LoadView } from '../components/LoadView';
import { api } from '../lib/api';
import { useLoad } from '../lib/useLoad';

/** "Nutzungssynchronisierung konfigurieren": one row per Sophos product. */
export default function ConfigurePage() {
  const { t } = useTranslation();
  const overview = useLoad(api.overview);
  return (
    <section aria-labelledby="configure-title">
      <header className="page-header">
        <div>
          <p className="breadcrumb">{t('nav.psaIntegration')}</p>
          <h1 id="configure-title">{t('configure.title')}</h1>
        </div>
      </header>
      <LoadView load={overview}>
        {(o) => (o.products.total === 0 ? <p className="empty">{t('configure.empty')}</p> : null)}
      </LoadView>
    </section>
  );
}
