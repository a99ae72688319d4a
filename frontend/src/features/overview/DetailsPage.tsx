import { useEffect } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadView } from '../../components/LoadView';
import { CatalogCard } from './CatalogCard';
import { ScheduleCard } from '../schedule/ScheduleCard';
import { CustomersCard } from '../customers/CustomersCard';
import { Dashboard } from './Dashboard';
import { api, events } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { useProducts } from '../products/useProducts';

/** A count that opens the configure page filtered to the rows it counts. */
function CountLink(props: { show: string; label: string; count: number; warn?: boolean }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>
        <Link
          href={`/configure?show=${props.show}`}
          className={props.warn && props.count > 0 ? 'count-link count-warn' : 'count-link'}
          aria-label={`${props.label}: ${props.count}`}
        >
          {props.count}
        </Link>
      </dd>
    </div>
  );
}

/** Landing page "PSA-Integration › Details zu ConnectWise": the state at a glance. */
export default function DetailsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const overview = useLoad(api.overview);
  const { reload } = overview;
  // Mappings ConnectWise changed under us (deleted, inactive, renamed) need the admin's eye.
  const flagged = useProducts().rows?.filter((r) => r.stale !== '').length ?? 0;
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
                {o.demo ? (
                  t('details.connectionDemo')
                ) : o.connectWise && o.sophos ? (
                  t('details.connectionSetUp')
                ) : (
                  <Link href="/connections" className="count-link">
                    {o.connectWise || o.sophos ? t('details.connectionPartial') : t('details.connectionNotSetUp')}
                  </Link>
                )}
              </p>
            </article>
            <CatalogCard />
            <ScheduleCard />
            <article className="card" aria-labelledby="card-products">
              <h2 id="card-products">{t('details.products')}</h2>
              <dl className="counts">
                <CountLink show="mapped" label={t('details.mapped')} count={o.products.mapped} />
                <CountLink show="unmapped" label={t('details.unmapped')} count={o.products.unmapped} />
                <CountLink show="syncOn" label={t('details.syncOn')} count={o.products.syncOn} />
                <CountLink show="new" label={t('details.newProducts')} count={o.products.new} />
                <CountLink show="stale" label={t('detailsLinks.flagged')} count={flagged} warn />
              </dl>
            </article>
            <CustomersCard counts={o.customers} />
          </div>
        )}
      </LoadView>
      <Dashboard />
    </section>
  );
}
