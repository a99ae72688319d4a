import { useTranslation } from 'react-i18next';
import type { SyncPreview } from '../../lib/api';
import { formatQuantity } from './previewLogic';

/** Usage the preview does not bill: skipped usage per product, and lines without a customer. */
export function UnbilledSections(props: { preview: SyncPreview }) {
  const { t, i18n } = useTranslation();
  const { preview } = props;
  const q = (n: number) => formatQuantity(n, i18n.language);
  return (
    <div className="sync-sections">
      <section aria-labelledby="sync-unbilled" className="card">
        <h2 id="sync-unbilled">{t('usageSync.unbilled.title')}</h2>
        {preview.unbilled.length === 0 ? (
          <p className="muted">{t('usageSync.unbilled.none')}</p>
        ) : (
          <table className="compact-table" aria-labelledby="sync-unbilled">
            <thead>
              <tr>
                <th scope="col">{t('usageSync.unbilled.product')}</th>
                <th scope="col" className="num">
                  {t('usageSync.unbilled.quantity')}
                </th>
                <th scope="col" className="num">
                  {t('usageSync.unbilled.rows')}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.unbilled.map((u) => (
                <tr key={u.productKey}>
                  <th scope="row">{u.description || u.productKey}</th>
                  <td className="num">{q(u.quantity)}</td>
                  <td className="num">{u.rows}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="sync-unassigned" className="card">
        <h2 id="sync-unassigned">{t('usageSync.unassigned.title')}</h2>
        {preview.unassigned.length === 0 ? (
          <p className="muted">{t('usageSync.unassigned.none')}</p>
        ) : (
          <table className="compact-table" aria-labelledby="sync-unassigned">
            <thead>
              <tr>
                <th scope="col">{t('usageSync.unassigned.product')}</th>
                <th scope="col" className="num">
                  {t('usageSync.unassigned.quantity')}
                </th>
                <th scope="col" className="num">
                  {t('usageSync.unassigned.lines')}
                </th>
                <th scope="col">{t('usageSync.unassigned.serials')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.unassigned.map((u) => (
                <tr key={u.productKey}>
                  <th scope="row">{u.description || u.productKey}</th>
                  <td className="num">{q(u.quantity)}</td>
                  <td className="num">{u.lines}</td>
                  <td className="serials">{u.serials.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {preview.unkeyed > 0 && (
          <p className="warning">{t('usageSync.unassigned.unkeyed', { count: preview.unkeyed })}</p>
        )}
      </section>
    </div>
  );
}
