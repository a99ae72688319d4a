import { useCallback } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadView } from '../../components/LoadView';
import { api, type CustomerDetail } from '../../lib/api';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { writeRecord } from '../history/historyLogic';
import { ProductsFigure } from '../overview/ProductsFigure';

/** "Kunden › <name>": a customer's products per month, its mapping and agreement, and the writes to it. */
export default function CustomerDetailPage() {
  const { tenantId = '' } = useParams();
  const load = useLoad(useCallback(() => api.dashboardCustomer(tenantId), [tenantId]));
  return <LoadView load={load}>{(c) => <CustomerDetailView detail={c} />}</LoadView>;
}

/** A recorded addition ({"quantity": 3, …}) → its quantity, or null when there is none. */
function quantityOf(json: string): number | null {
  const { quantity } = writeRecord(json);
  return typeof quantity === 'number' ? quantity : null;
}

export function CustomerDetailView({ detail }: { detail: CustomerDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const num = (n: number) => formatNumber(n, lang);
  const c = detail.customer;
  const name = c.showAs || c.name;
  return (
    <section aria-labelledby="customer-title">
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/customers">{t('customerDetail.breadcrumb')}</Link>
          </p>
          <h1 id="customer-title">{name}</h1>
        </div>
      </header>
      <div className="dashboard">
        <section className="card" aria-labelledby="mapping-title">
          <h2 id="mapping-title">{t('customerDetail.mapping')}</h2>
          <dl className="counts">
            <div>
              <dt>{t('customerDetail.company')}</dt>
              <dd>{c.companyId ? `${c.companyName} (${c.companyIdentifier})` : t('customerDetail.notMapped')}</dd>
            </div>
            <div>
              <dt>{t('customerDetail.agreement')}</dt>
              <dd>{c.agreementId ? c.agreementName : t('customerDetail.notMapped')}</dd>
            </div>
            <div>
              <dt>{t('customerDetail.sync')}</dt>
              <dd>{c.syncEnabled ? t('customerDetail.syncOn') : t('customerDetail.syncOff')}</dd>
            </div>
          </dl>
          {c.problems.length > 0 && (
            <p className="card-note warning">
              {t('customerDetail.problems')}: {c.problems.join(', ')}
            </p>
          )}
        </section>

        {detail.products.length === 0 ? (
          <p className="card-note">{t('customerDetail.noUsage')}</p>
        ) : (
          <ProductsFigure
            testId="chart-customer"
            title={t('customerDetail.usageChart')}
            description={t('customerDetail.usageChartDescription')}
            months={detail.months}
            products={detail.products}
          />
        )}

        <section className="card" aria-labelledby="writes-title">
          <h2 id="writes-title">{t('customerDetail.writes')}</h2>
          <p className="card-note">{t('customerDetail.writesDescription')}</p>
          {detail.writes.length === 0 ? (
            <p className="card-value">{t('customerDetail.noWrites')}</p>
          ) : (
            <div className="table-scroll">
              <table className="chart-table">
                <thead>
                  <tr>
                    <th scope="col">{t('customerDetail.when')}</th>
                    <th scope="col">{t('customerDetail.action')}</th>
                    <th scope="col">{t('customerDetail.what')}</th>
                    <th scope="col">{t('customerDetail.before')}</th>
                    <th scope="col">{t('customerDetail.after')}</th>
                    <th scope="col">{t('customerDetail.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.writes.map((w) => {
                    const before = quantityOf(w.before);
                    const after = quantityOf(w.after);
                    return (
                      <tr key={w.id}>
                        <th scope="row">{formatDateTime(w.at, lang)}</th>
                        <td>
                          {w.action === 'create_addition'
                            ? t('customerDetail.create_addition')
                            : t('customerDetail.update_addition')}
                        </td>
                        <td>{w.label}</td>
                        <td>{before === null ? '–' : num(before)}</td>
                        <td>{after === null ? '–' : num(after)}</td>
                        <td>{w.actor}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </section>
  );
}
