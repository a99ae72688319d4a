import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** "Verbindung testen" and "Speichern" of an account form; saving needs the keychain. */
export function FormActions(props: { busy: boolean; keychainAvailable: boolean; onTest(): void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button className="button" isDisabled={props.busy} onPress={props.onTest}>
        {t('connections.test')}
      </Button>
      <Button type="submit" className="button primary" isDisabled={props.busy || !props.keychainAvailable}>
        {t('connections.save')}
      </Button>
    </div>
  );
}
