import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SyncResult } from '../../lib/api';
import { historyHref } from '../history/historyLinks';

const results = ['succeeded', 'partial', 'failed', 'cancelled'] as const;

/** The result of a push: what was written, what not, and a link to its writes in the history. */
export function RunSummary(props: { result: SyncResult }) {
  const { t } = useTranslation();
  const r = props.result;
  const c = (k: string) => r.counts[k] ?? 0;
  const result = results.find((x) => x === r.result) ?? 'failed';
  return (
    <section className={`card run-summary result-${result}`} aria-labelledby="sync-result" role="status">
      <h2 id="sync-result">
        {t('usageSync.result.title')}: {t(`usageSync.result.${result}`)}
      </h2>
      <p>
        {t('usageSync.result.summary', {
          month: r.month,
          created: c('create') + c('adopted'),
          updated: c('update') + c('zero'),
          unchanged: c('unchanged'),
          skipped: c('skip') + c('not_run'),
          conflicts: c('conflict'),
          failed: c('failed'),
        })}
      </p>
      {r.error && <p className="warning">{r.error.message}</p>}
      {r.errors.length > 0 && (
        <details>
          <summary>{t('usageSync.result.errors')}</summary>
          <ul>
            {r.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      )}
      {r.runId > 0 && (
        <Link className="button" href={historyHref(r.runId)}>
          {t('usageSync.result.openHistory')}
        </Link>
      )}
    </section>
  );
}
