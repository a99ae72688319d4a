import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CustomerCounts } from '../../lib/api';
import type { Show } from './staging';

/** The customers path with a filter, for links from elsewhere (the landing page). */
export const customersPath = (show: Show) => (show === 'all' ? '/customers' : `/customers?show=${show}`);

const figures = ['mapped', 'unmapped', 'syncOn', 'problems'] as const;

/** The landing page's customer counts, each a link to the Kunden page filtered to them. */
export function CustomersCard(props: { counts: CustomerCounts }) {
  const { t } = useTranslation();
  return (
    <article className="card customers-card" aria-labelledby="card-customers">
      <h2 id="card-customers">
        <Link href={customersPath('all')}>{t('customers.landing.title')}</Link>
      </h2>
      <dl className="counts">
        {figures.map((f) => (
          <div key={f}>
            <dt>{t(`customers.landing.${f}`)}</dt>
            <dd>
              <Link
                href={customersPath(f)}
                aria-label={t('customers.landing.showFiltered', {
                  count: props.counts[f],
                  what: t(`customers.landing.${f}`),
                })}
              >
                {props.counts[f]}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
