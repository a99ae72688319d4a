import { Button } from 'react-aria-components';
import { JobProgress } from '../../components/JobProgress';
import { useTranslation } from 'react-i18next';
import { formatAge, formatNumber } from '../../lib/format';
import type { Messages } from '../../locales/de';
import { useCatalogStatus } from './useCatalogStatus';
import { errorText } from '../../lib/errorText';
import { toAppError } from '../../lib/api';

/** The refresh phases of app/catalog_runner.go; a phase this frontend does not know reads as the first. */
const phases = [
  'lookups',
  'items',
  'sweep',
  'finished',
] as const satisfies readonly (keyof Messages['catalog']['phase'])[];
const phaseKey = (phase: string | undefined) =>
  `catalog.phase.${phases.find((p) => p === phase) ?? 'lookups'}` as const;

/** The landing page's card for the local ConnectWise catalog: size, age, refresh. */
export function CatalogCard() {
  const { t, i18n } = useTranslation();
  const { status, error, refresh, cancel } = useCatalogStatus();
  const lang = i18n.language;

  return (
    <article className="card" aria-labelledby="card-catalog">
      <h2 id="card-catalog">{t('details.catalog')}</h2>
      {!status ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <>
          <p className="card-value">
            {status.lastRefresh === 0
              ? t('details.catalogNever')
              : t('catalog.items', { count: status.itemCount, formatted: formatNumber(status.itemCount, lang) })}
          </p>
          {status.lastRefresh > 0 && (
            <p className="card-note">{t('catalog.updated', { age: formatAge(status.ageMs, lang) })}</p>
          )}
          {!status.connected && <p className="card-note">{t('catalog.notConnected')}</p>}
          {status.offline && (
            <p className="card-note warning" role="status">
              {t('catalog.offline')}
            </p>
          )}
          {status.lastError && !status.offline && status.lastError.code !== 'canceled' && (
            <p className="card-note warning" role="status">
              {t('catalog.failed', { message: errorText(toAppError(status.lastError), t) })}
            </p>
          )}
          {status.refreshing ? (
            <div className="refresh-row">
              <JobProgress
                label={t(phaseKey(status.progress?.phase))}
                progress={status.progress}
                formatValue={(done, total) =>
                  t('catalog.progress', { done: formatNumber(done, lang), total: formatNumber(total, lang) })
                }
              />
              <Button className="button" onPress={cancel}>
                {t('catalog.cancel')}
              </Button>
            </div>
          ) : (
            status.connected && (
              <div className="refresh-row">
                <Button className="button" onPress={() => refresh(false)}>
                  {t('catalog.refresh')}
                </Button>
                <Button className="button subtle" onPress={() => refresh(true)}>
                  {t('catalog.fullRefresh')}
                </Button>
              </div>
            )
          )}
        </>
      )}
      {error && (
        <p className="card-note warning" role="alert">
          {errorText(error, t)}
        </p>
      )}
    </article>
  );
}
