import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DialogShell } from '../../components/DialogShell';

/** "In ConnectWise übertragen?" naming how many additions are created and updated. */
export function ConfirmPushDialog(props: {
  isOpen: boolean;
  month: string;
  creates: number;
  updates: number;
  onCancel(): void;
  onPush(): void;
}) {
  const { t } = useTranslation();
  return (
    <DialogShell isOpen={props.isOpen} onClose={props.onCancel} title={t('usageSync.confirm.title')} isDismissable>
      <p>{t('usageSync.confirm.body', { creates: props.creates, updates: props.updates, month: props.month })}</p>
      <div className="pd-actions">
        <Button className="button" onPress={props.onCancel}>
          {t('usageSync.confirm.cancel')}
        </Button>
        <Button className="button primary" autoFocus onPress={props.onPush}>
          {t('usageSync.confirm.push')}
        </Button>
      </div>
    </DialogShell>
  );
}
