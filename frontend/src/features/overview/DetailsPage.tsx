import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadView } from '../../components/LoadView';
import { CatalogCard } from './CatalogCard';
import { ScheduleCard } from '../schedule/ScheduleCard';
import { Dashboard } from './Dashboard';
import { api, events } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';

/** Landing page "PSA-Integration › Details zu ConnectWise": the state at a glance. */
export default function DetailsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const overview = useLoad(api.overview);
  const { reload } = overview;
  // Product discovery runs in the background at start: show its counts when it lands.
  useEffect(() => events.onProductsUpdated(reload), [reload]);
  return (
    <section aria-labelledby="details-title">
      <header className="page-header">
        <div>
          <p className="breadcrumb">{t('nav.psaIntegration')}</p>
          <h1 id="details-title">{t('details.title')}</h1>
        </div>
        <Button className="button primary" onPress={() => navigate('/configure')}>
          {t('details.configure')}
        </Button>
      </header>
      <LoadView load={overview}>
        {(o) => (
          <div className="cards">
            <article className="card" aria-labelledby="card-connection">
              <h2 id="card-connection">{t('details.connection')}</h2>
              <p className="card-value">
                {o.demo
                  ? t('details.connectionDemo')
                  : o.connectWise && o.sophos
                    ? t('details.connectionSetUp')
                    : o.connectWise || o.sophos
                      ? t('details.connectionPartial')
                      : t('details.connectionNotSetUp')}
              </p>
            </article>
            <CatalogCard />
            <ScheduleCard />
            <article className="card" aria-labelledby="card-products">
              <h2 id="card-products">{t('details.products')}</h2>
              <dl className="counts">
                <div>
                  <dt>{t('details.mapped')}</dt>
                  <dd>{o.products.mapped}</dd>
                </div>
                <div>
                  <dt>{t('details.unmapped')}</dt>
                  <dd>{o.products.unmapped}</dd>
                </div>
                <div>
                  <dt>{t('details.syncOn')}</dt>
                  <dd>{o.products.syncOn}</dd>
                </div>
                <div>
                  <dt>{t('details.newProducts')}</dt>
                  <dd>{o.products.new}</dd>
                </div>
              </dl>
            </article>
          </div>
        )}
      </LoadView>
      <Dashboard />
    </section>
  );
}
