import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../locales/de';

type Reason = Exclude<keyof Messages['usageSync']['reason'], 'other'>;
const reasons = [
  'product_unmapped',
  'product_sync_off',
  'tenant_unknown',
  'customer_unmapped',
  'customer_sync_off',
  'agreement_not_found',
  'agreement_other_company',
  'agreement_cancelled',
  'agreement_expired',
  'several_additions',
  'managed_addition_cancelled',
  'managed_addition_deleted',
  'create_in_doubt',
  'additions_unreadable',
  'changed_since_preview',
] as const satisfies readonly Reason[];

/** A skip reason of package usagesync in the UI language; an unknown one is named as it came. */
export function useReasonText(): (reason: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (reason: string) => {
      const known = reasons.find((r) => r === reason);
      return known ? t(`usageSync.reason.${known}`) : t('usageSync.reason.other', { reason });
    },
    [t],
  );
}
