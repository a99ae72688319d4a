import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../../components/ErrorBox';
import { AppError, type CustomersRefreshState } from '../../lib/api';
import { errorText } from '../../lib/errorText';

/** Each refresh part whose last run failed, said in the user's language; the page shows the cache. */
export function RefreshFailures({ failures }: { failures: CustomersRefreshState['failures'] }) {
  const { t, i18n } = useTranslation();
  if (failures.length === 0) return null;
  return (
    <ErrorBox>
      {failures.map((f) => {
        const part = i18n.exists(`customers.refreshPart.${f.part}`)
          ? t(`customers.refreshPart.${f.part as 'tenants'}`)
          : f.part;
        const reason =
          f.error?.reason === 'not_connected'
            ? t('customers.refreshNotConnected')
            : errorText(new AppError(f.error?.code ?? 'upstream', f.error?.message ?? ''), t);
        return <p key={f.part}>{t('customers.refreshPartFailed', { part, reason })}</p>;
      })}
    </ErrorBox>
  );
}

/** A rejected save: the tenant, the column and the broken rule in the user's language. */
export function SaveFailure({ error, tenant }: { error: AppError; tenant: string }) {
  const { t, i18n } = useTranslation();
  const fieldKey = `customers.field.${error.field}`;
  const reasonKey = `customers.saveReason.${error.reason}`;
  return (
    <ErrorBox>
      {t('customers.saveFailed', {
        tenant,
        field: error.field && i18n.exists(fieldKey) ? t(fieldKey as 'customers.field.company') : (error.field ?? ''),
        message:
          error.reason && i18n.exists(reasonKey) ? t(reasonKey as 'customers.saveReason.invalid_id') : error.message,
      })}
    </ErrorBox>
  );
}
