import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DialogShell } from '../../components/DialogShell';
import { ErrorBox } from '../../components/ErrorBox';
import { api, toAppError, type SyncRow } from '../../lib/api';
import { formatQuantity } from './previewLogic';

/** Several additions for one product on an agreement: the user picks the one PSA Bridge manages. */
export function ChooseAdditionDialog(props: { previewId: string; row: SyncRow; onClose(): void; onChosen(): void }) {
  const { t, i18n } = useTranslation();
  const { row } = props;
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const choose = async (additionId: number) => {
    setBusy(true);
    setError('');
    try {
      await api.syncChooseAddition(props.previewId, row.agreementId, row.catalogItemId, additionId);
      props.onChosen();
    } catch (reason) {
      setError(t('usageSync.actionFailed', { message: toAppError(reason).message }));
      setBusy(false);
    }
  };
  return (
    <DialogShell isOpen onClose={props.onClose} title={t('usageSync.choose.title')} size="wide" isDismissable>
      <p>
        {t('usageSync.choose.intro', {
          agreement: row.agreementName || `#${row.agreementId}`,
          product: row.productDescription || row.productKey,
        })}
      </p>
      <ErrorBox message={error} />
      <table className="product-table" aria-label={t('usageSync.choose.tableLabel')}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('usageSync.choose.quantity')}
            </th>
            <th scope="col">{t('usageSync.choose.effective')}</th>
            <th scope="col">{t('usageSync.choose.cancelledOn')}</th>
            <th scope="col">{t('usageSync.choose.description')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('usageSync.choose.pick')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {row.candidates.map((c) => (
            <tr key={c.additionId}>
              <td className="num">{formatQuantity(c.quantity, i18n.language)}</td>
              <td>{c.effectiveDate}</td>
              <td>{c.cancelledDate}</td>
              <td>{c.description}</td>
              <td>
                <Button className="button small" isDisabled={busy} onPress={() => void choose(c.additionId)}>
                  {t('usageSync.choose.pick')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pd-actions">
        <Button className="button" onPress={props.onClose}>
          {t('usageSync.choose.cancel')}
        </Button>
      </div>
    </DialogShell>
  );
}
