import { useEffect, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, events } from '../../lib/api';

/**
 * Closing the window with staged changes: the backend (App.BeforeClose) keeps the window
 * open and asks; this offers save and close / discard and close / cancel. The backend learns
 * the number of staged changes from here, so a window without changes closes at once.
 */
export function CloseGuard(props: { unsaved: number; onSave(): Promise<boolean> }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const [saving, setSaving] = useState(false);
  const { unsaved } = props;

  useEffect(() => {
    void api.windowSetUnsaved(unsaved).catch(() => {});
  }, [unsaved]);
  // Leaving the page takes its staged changes along (LeaveGuard asked): nothing to lose then.
  useEffect(() => () => void api.windowSetUnsaved(0).catch(() => {}), []);
  useEffect(() => events.onCloseRequested(() => setAsked(true)), []);

  if (!asked || unsaved === 0) return null;
  const saveAndClose = async () => {
    setSaving(true);
    const saved = await props.onSave();
    setSaving(false);
    if (saved) await api.windowClose();
    else setAsked(false); // the page shows why Save failed; the window stays open
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={false}>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{t('configureDialogs.closeTitle')}</Heading>
          <p>{t('configureDialogs.closeText', { count: unsaved })}</p>
          <div className="dialog-actions">
            <Button className="button primary" isPending={saving} onPress={() => void saveAndClose()}>
              {t('configureDialogs.closeSave')}
            </Button>
            <Button className="button danger" isDisabled={saving} onPress={() => void api.windowClose()}>
              {t('configureDialogs.closeDiscard')}
            </Button>
            <Button className="button" autoFocus isDisabled={saving} onPress={() => setAsked(false)}>
              {t('configureDialogs.closeCancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
