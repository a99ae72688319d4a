import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * The controlled modal every product dialog uses. The title is the Heading in the "title"
 * slot, so it becomes the dialog's accessible name. Children render only while open, so
 * each opening starts from fresh state and loads fresh data.
 */
export function DialogShell(props: {
  isOpen: boolean;
  onClose(): void;
  title: string;
  size?: 'normal' | 'wide';
  /** A click outside closes the dialog: off for forms, where it would lose typed input. */
  isDismissable?: boolean;
  children: ReactNode;
}) {
  return (
    <ModalOverlay
      className="pd-overlay"
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
      isDismissable={props.isDismissable ?? false}
    >
      <Modal className={props.size === 'wide' ? 'pd-modal pd-wide' : 'pd-modal'}>
        <Dialog className="pd-dialog">
          <Heading slot="title" level={2} className="pd-title">
            {props.title}
          </Heading>
          {props.children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
