import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SyncSettingsState } from '../../lib/api';
import { SyncSettingsDialog } from './SyncSettingsDialog';

/** "Synchronisierungseinstellungen": opens the sync settings dialog. */
export function SyncSettingsButton(props: { onSaved?(state: SyncSettingsState): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button" onPress={() => setOpen(true)}>
        {t('syncSettings.button')}
      </Button>
      {open && <SyncSettingsDialog isOpen onClose={() => setOpen(false)} onSaved={props.onSaved} />}
    </>
  );
}
