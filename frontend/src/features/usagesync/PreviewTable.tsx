import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SyncRow } from '../../lib/api';
import { actionOf, formatQuantity, showsProrate, type Totals } from './previewLogic';
import { useReasonText } from './useReasonText';

/** What a row offers to fix: choose one of several additions, or allow re-creating a managed one. */
export interface RowActions {
  onChoose?(row: SyncRow): void;
  onRecreate?(row: SyncRow): void;
}

const rowKey = (r: SyncRow) => `${r.tenantId}|${r.productKey}|${r.agreementId}|${r.catalogItemId}`;

/**
 * One row per customer and product: the Sophos quantity, the addition's current and new
 * quantity, the action and why. A plain table: rows are not selectable, Tab walks the buttons.
 */
export function PreviewTable(props: { rows: SyncRow[]; totals: Totals } & RowActions) {
  const { t, i18n } = useTranslation();
  const reasonText = useReasonText();
  const q = (n: number) => formatQuantity(n, i18n.language);
  return (
    <div className="table-scroll">
      <table aria-label={t('usageSync.tableLabel')} className="product-table sync-table">
        <thead>
          <tr>
            <th scope="col">{t('usageSync.col.customer')}</th>
            <th scope="col" className="col-product">
              {t('usageSync.col.product')}
            </th>
            <th scope="col">{t('usageSync.col.agreement')}</th>
            <th scope="col" className="num">
              {t('usageSync.col.sophos')}
            </th>
            <th scope="col" className="num">
              {t('usageSync.col.current')}
            </th>
            <th scope="col" className="num">
              {t('usageSync.col.next')}
            </th>
            <th scope="col">{t('usageSync.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 && (
            <tr>
              <td colSpan={7} className="empty-row">
                {t('usageSync.noRows')}
              </td>
            </tr>
          )}
          {props.rows.map((row) => {
            const action = actionOf(row);
            const skipped = action === 'skip';
            return (
              <tr key={rowKey(row)} data-action={action}>
                <th scope="row">
                  <div className="product-name">{row.tenantName || row.tenantId}</div>
                </th>
                <td>
                  <div>{row.productDescription || row.productKey}</div>
                  <div className="product-meta">
                    <code>{row.productKey}</code>
                  </div>
                </td>
                <td>{row.agreementName || (row.agreementId ? `#${row.agreementId}` : '')}</td>
                <td className="num">{q(row.sophosQuantity)}</td>
                <td className="num">
                  {row.currentQuantity == null ? (
                    <span className="muted">{skipped ? '' : t('usageSync.noAddition')}</span>
                  ) : (
                    q(row.currentQuantity)
                  )}
                </td>
                <td className="num">
                  {skipped ? '' : q(row.newQuantity)}
                  {showsProrate(row) && (
                    <span className="badge badge-prorate" title={t('usageSync.proratedHint')}>
                      {t('usageSync.prorated')}
                    </span>
                  )}
                </td>
                <td>
                  <span className={`badge action-${action}`}>{t(`usageSync.action.${action}`)}</span>
                  {row.reason && <div className="reason">{reasonText(row.reason)}</div>}
                  {row.error && <div className="reason warning">{row.error}</div>}
                  {row.reason === 'several_additions' && props.onChoose && (
                    <Button className="button small" onPress={() => props.onChoose?.(row)}>
                      {t('usageSync.choose.open')}
                    </Button>
                  )}
                  {(row.reason === 'managed_addition_cancelled' || row.reason === 'managed_addition_deleted') &&
                    props.onRecreate && (
                      <Button className="button small" onPress={() => props.onRecreate?.(row)}>
                        {t('usageSync.recreate.open')}
                      </Button>
                    )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('usageSync.totals')}
            </th>
            <td className="num">{q(props.totals.sophos)}</td>
            <td className="num">{q(props.totals.current)}</td>
            <td className="num">{q(props.totals.next)}</td>
            <td className="muted">{t('usageSync.totalsNote')}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
