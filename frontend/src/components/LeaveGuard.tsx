import { useEffect } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/** Asks before unsaved changes are thrown away by leaving the page or reloading the window. */
export function LeaveGuard(props: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => props.dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!props.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [props.dirty]);
  if (blocker.state !== 'blocked') return null;
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={false}>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{t('configure.leaveTitle')}</Heading>
          <p>{t('configure.leaveText')}</p>
          <div className="dialog-actions">
            <Button className="button" autoFocus onPress={() => blocker.reset()}>
              {t('configure.leaveStay')}
            </Button>
            <Button className="button danger" onPress={() => blocker.proceed()}>
              {t('configure.leaveDiscard')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
