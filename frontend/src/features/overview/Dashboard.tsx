import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../components/ChartFigure';
import { LoadView } from '../../components/LoadView';
import { api, events, type Landing } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { monthLabel, reasonRows, splitRows } from './chartData';
import { BilledChart } from './lazyCharts';
import { ProductsFigure } from './ProductsFigure';
import { ChangesCard } from './ChangesCard';
import { ProblemsCard } from './ProblemsCard';
import { SyncCard } from './SyncCard';

const loadLanding = () => api.dashboardLanding();

/** The landing page's "at a glance" sections: unbilled usage, the two charts, changes, problems. */
export function Dashboard() {
  const landing = useLoad(loadLanding);
  const { reload } = landing;
  // The usage history, tenants and agreements are refreshed in the background at start.
  useEffect(() => events.onDashboardUpdated(reload), [reload]);
  useEffect(() => events.onProductsUpdated(reload), [reload]);
  return <LoadView load={landing}>{(l) => <DashboardView landing={l} />}</LoadView>;
}

/** Marks when the data arrived and when it was on screen (read by the render-time test). */
function useRenderMarks(landing: Landing) {
  performance.mark('dashboard:data');
  useLayoutEffect(() => {
    performance.mark('dashboard:rendered');
    performance.measure('dashboard:render', 'dashboard:data', 'dashboard:rendered');
  }, [landing]);
}

export function DashboardView({ landing }: { landing: Landing }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  useRenderMarks(landing);
  const num = (n: number) => formatNumber(n, lang);
  const split = useMemo(() => splitRows(landing.split, lang), [landing.split, lang]);
  const reasons = reasonRows(landing.unbilled);

  if (!landing.month) {
    return <p className="card-note">{t('overview.noHistory')}</p>;
  }
  return (
    <div className="dashboard">
      <section className="card unbilled" aria-labelledby="unbilled-title">
        <h2 id="unbilled-title">{t('overview.unbilled')}</h2>
        <p className="card-note">
          {t('overview.unbilledOf', {
            month: monthLabel(landing.month, lang),
            unbilled: num(landing.unbilled.unbilled),
            total: num(landing.unbilled.total),
          })}
        </p>
        {reasons.length === 0 ? (
          <p className="card-value">{t('overview.allBilled')}</p>
        ) : (
          <ul className="reason-list" aria-label={t('overview.unbilledReasons')}>
            {reasons.map((r) => (
              <li key={r.reason}>
                <span className="reason-name">
                  {r.href ? (
                    <Link href={r.href}>{t(`overview.reason.${r.reason}`)}</Link>
                  ) : (
                    t(`overview.reason.${r.reason}`)
                  )}
                </span>
                <span className="reason-quantity">{num(r.quantity)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ChartFigure
        testId="chart-billed"
        title={t('overview.billedChart')}
        description={t('overview.billedChartDescription')}
        chart={
          <BilledChart
            rows={split}
            format={num}
            billedName={t('overview.billed')}
            unbilledName={t('overview.unbilledShort')}
          />
        }
        table={{
          columns: [t('overview.month'), t('overview.billed'), t('overview.unbilledShort')],
          rows: split.map((r) => ({ key: r.month, cells: [r.label, num(r.billed), num(r.unbilled)] })),
        }}
        data={split.map((r) => [r.label, r.billed, r.unbilled])}
      />

      <ProductsFigure
        testId="chart-top"
        title={t('overview.topChart')}
        description={t('overview.topChartDescription', { count: landing.top.length })}
        months={landing.months}
        products={landing.top}
      />

      <SyncCard lastRun={landing.lastRun} nextRun={landing.nextRun} />
      <ChangesCard changes={landing.changes} />
      <ProblemsCard problems={landing.problems} />
    </div>
  );
}
