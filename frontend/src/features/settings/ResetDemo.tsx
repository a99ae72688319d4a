import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, toAppError } from '../../lib/api';
import { errorText } from '../../lib/errorText';
import { reloadAt } from '../../lib/reload';
import { ErrorBox } from '../../components/ErrorBox';

/**
 * "Demo zurücksetzen": starts the demo database and the demo ConnectWise sandbox over
 * together, after a confirmation, and reloads the app on the fresh data.
 */
export function ResetDemo() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const reset = async (close: () => void) => {
    setBusy(true);
    setError('');
    try {
      await api.resetDemo();
      reloadAt('#/');
    } catch (e) {
      setError(errorText(toAppError(e), t));
      setBusy(false);
      close();
    }
  };
  return (
    <div className="reset-demo">
      <p className="field-hint">{t('configureDialogs.resetDemoHelp')}</p>
      <DialogTrigger>
        <Button className="button danger">{t('configureDialogs.resetDemo')}</Button>
        <ModalOverlay className="modal-overlay" isDismissable={!busy}>
          <Modal className="modal">
            <Dialog role="alertdialog" className="dialog">
              {({ close }) => (
                <>
                  <Heading slot="title">{t('configureDialogs.resetDemoTitle')}</Heading>
                  <p>{t('configureDialogs.resetDemoText')}</p>
                  <div className="dialog-actions">
                    <Button className="button" autoFocus isDisabled={busy} onPress={close}>
                      {t('configureDialogs.closeCancel')}
                    </Button>
                    <Button className="button danger" isPending={busy} onPress={() => void reset(close)}>
                      {t('configureDialogs.resetDemo')}
                    </Button>
                  </div>
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      <ErrorBox message={error} />
    </div>
  );
}
