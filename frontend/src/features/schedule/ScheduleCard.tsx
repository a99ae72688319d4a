import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadView } from '../../components/LoadView';
import { api, toAppError, type ScheduleStatus } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { runResults } from '../history/historyLogic';
import { formatMonth, formatRunTime } from './dates';

type Result = (typeof runResults)[number];

/**
 * The landing page's "Geplante Synchronisierung": the next scheduled run and the last one's
 * result. A scheduled run that failed is an alert until the user marks it seen.
 */
export function ScheduleCard() {
  const load = useLoad(api.scheduleStatus);
  return <LoadView load={load}>{(status) => <Card status={status} onSeen={load.reload} />}</LoadView>;
}

function Card({ status, onSeen }: { status: ScheduleStatus; onSeen(): void }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState('');
  const lang = i18n.language;
  const last = status.lastScheduledRun;
  const result = (r: string) => t(`syncSettings.results.${r as Result}`);
  return (
    <article className={status.failedUnseen ? 'card schedule-alert' : 'card'} aria-labelledby="card-schedule">
      <h2 id="card-schedule">{t('syncSettings.cardTitle')}</h2>
      {status.failedUnseen && last && (
        <div role="alert" className="pd-alert">
          <p>
            {t('syncSettings.failedAlert', {
              date: formatRunTime(last.startedAt, lang),
              month: formatMonth(last.month, lang),
              result: result(last.result),
            })}{' '}
            {t('syncSettings.failedCounts', { failed: last.failed, conflicts: last.conflicts })}
          </p>
          <Button
            className="button small"
            onPress={() =>
              void api.markScheduledRunSeen(last.id).then(onSeen, (e: unknown) => setError(toAppError(e).message))
            }
          >
            {t('syncSettings.markSeen')}
          </Button>
        </div>
      )}
      <p className="card-value">
        {status.demo
          ? t('syncSettings.cardDemo')
          : status.nextRun > 0
            ? t('syncSettings.nextRun', { date: formatRunTime(status.nextRun, lang) })
            : t('syncSettings.cardOff')}
      </p>
      {last && !status.failedUnseen && (
        <p className="card-note">
          {t('syncSettings.lastRun', { date: formatRunTime(last.startedAt, lang), result: result(last.result) })}
        </p>
      )}
      {error && <p className="card-note warning">{error}</p>}
    </article>
  );
}
