import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Landing } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { historyHref } from '../history/historyLinks';
import { known, runCounts, runResults } from '../history/historyLogic';
import { monthLabel } from './chartData';

/** "Letzte Nutzungssynchronisierung": the last run (linking to it in the history) and the next scheduled one. */
export function SyncCard({ lastRun, nextRun }: { lastRun: Landing['lastRun']; nextRun: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="card" aria-labelledby="card-sync">
      <h2 id="card-sync">{t('details.lastSync')}</h2>
      {lastRun ? (
        <>
          <p className="card-value">
            {t('overview.lastSyncResult', {
              month: monthLabel(lastRun.month, lang),
              result: t(`history.result.${known(runResults, lastRun.result, 'failed')}`),
            })}
          </p>
          <p className="card-note">{formatDateTime(lastRun.startedAt, lang)}</p>
          <p className="card-note">{t('history.counts', runCounts(lastRun.counts))}</p>
          <Link className="button" href={historyHref(lastRun.id)}>
            {t('usageSync.last.open')}
          </Link>
        </>
      ) : (
        <p className="card-value">{t('details.never')}</p>
      )}
      <h3>{t('overview.nextSync')}</h3>
      <p className="card-note">{nextRun ? formatDateTime(nextRun, lang) : t('overview.notScheduled')}</p>
    </section>
  );
}
