import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SyncedTwice } from './syncedTwice';

/** Before Save: one ConnectWise product synced from several Sophos products is allowed, but asked. */
export function SyncedTwiceDialog(props: { found: SyncedTwice[]; onSave(): void; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={false}>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{t('configureDialogs.twiceTitle')}</Heading>
          <p>{t('configureDialogs.twiceText')}</p>
          <ul>
            {props.found.map((f) => (
              <li key={f.itemId}>
                {t('configureDialogs.twiceItem', { item: f.item, products: f.products.join(', ') })}
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <Button className="button" autoFocus onPress={props.onBack}>
              {t('configureDialogs.twiceBack')}
            </Button>
            <Button className="button primary" onPress={props.onSave}>
              {t('configureDialogs.twiceSave')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
