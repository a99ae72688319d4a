import { useTranslation } from 'react-i18next';
import type { Landing } from '../../lib/api';
import { monthLabel } from './chartData';

const results = ['running', 'succeeded', 'partial', 'failed', 'cancelled', 'interrupted'] as const;

/** The last usage sync run and the next scheduled one. */
export function SyncCard({ lastRun, nextRun }: { lastRun: Landing['lastRun']; nextRun: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const result = lastRun && results.find((r) => r === lastRun.result);
  return (
    <section className="card" aria-labelledby="card-sync">
      <h2 id="card-sync">{t('details.lastSync')}</h2>
      {lastRun ? (
        <>
          <p className="card-value">
            {t('overview.lastSyncResult', {
              month: monthLabel(lastRun.month, lang),
              result: result ? t(`overview.result.${result}`) : lastRun.result,
            })}
          </p>
          <p className="card-note">{when.format(new Date(lastRun.startedAt))}</p>
        </>
      ) : (
        <p className="card-value">{t('details.never')}</p>
      )}
      <h3>{t('overview.nextSync')}</h3>
      <p className="card-note">{nextRun ? when.format(new Date(nextRun)) : t('overview.notScheduled')}</p>
    </section>
  );
}
