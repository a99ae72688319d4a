import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { historyHref } from '../history/historyLinks';
import { known, runCounts, runResults } from '../history/historyLogic';

/** The landing page's "Letzte Nutzungssynchronisierung": the newest run, linking to it in the history. */
export function LastSyncCard() {
  const { t, i18n } = useTranslation();
  const last = useLoad(api.syncLastRun);
  const run = last.state === 'ready' ? last.data : null;
  return (
    <article className="card" aria-labelledby="card-sync">
      <h2 id="card-sync">{t('details.lastSync')}</h2>
      {last.state === 'loading' && <p aria-busy="true">{t('app.loading')}</p>}
      {last.state === 'error' && <p className="card-note">{t('app.loadFailed', { message: last.error.message })}</p>}
      {last.state === 'ready' && !run && <p className="card-value">{t('details.never')}</p>}
      {run && (
        <>
          <p className="card-value">
            {t('usageSync.last.summary', {
              month: run.month,
              result: t(`history.result.${known(runResults, run.result, 'failed')}`),
            })}
          </p>
          <p className="card-note">
            {t('usageSync.last.at', {
              time: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
                new Date(run.startedAt),
              ),
            })}
          </p>
          <p className="card-note">{t('usageSync.last.counts', runCounts(run.counts))}</p>
          <div className="refresh-row">
            <Link className="button" href={historyHref(run.id)}>
              {t('usageSync.last.open')}
            </Link>
          </div>
        </>
      )}
    </article>
  );
}
