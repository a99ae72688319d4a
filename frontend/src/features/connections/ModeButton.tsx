import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, toAppError } from '../../lib/api';
import { reloadAt } from '../../lib/reload';
import { ErrorBox } from '../../components/ErrorBox';

/** The hash each choice lands on: demo data opens the landing page, connecting the form. */
export const modeTargets = { demo: '#/', real: '#/connections' } as const;

/**
 * One button that switches between demo data and the real accounts ("Demo-Daten verwenden"
 * / "Verbindung einrichten") and reloads the app in the new mode.
 */
export function ModeButton(props: { demo: boolean; primary?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const choose = async () => {
    setBusy(true);
    setError('');
    try {
      await api.switchMode(props.demo);
      reloadAt(props.demo ? modeTargets.demo : modeTargets.real);
    } catch (e) {
      setError(t('connections.switchFailed', { message: toAppError(e).message }));
      setBusy(false);
    }
  };
  return (
    <>
      <Button className={props.primary ? 'button primary' : 'button'} isDisabled={busy} onPress={() => void choose()}>
        {props.demo ? t('connections.useDemo') : t('connections.setUp')}
      </Button>
      {busy && <span role="status">{t('connections.switching')}</span>}
      <ErrorBox message={error} />
    </>
  );
}
