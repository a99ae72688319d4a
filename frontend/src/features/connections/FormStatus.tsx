import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../../components/ErrorBox';

/** The live region under a connection form: progress, "saved", an error, or the test result. */
export function FormStatus(props: {
  busy: 'test' | 'save' | null;
  saved: boolean;
  alert: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorBox message={props.alert} />
      <div role="status" aria-live="polite" className="form-status">
        {props.busy === 'test' && <p>{t('connections.testing')}</p>}
        {props.busy === 'save' && <p>{t('connections.saving')}</p>}
        {props.saved && <p className="saved-note">{t('connections.saved')}</p>}
        {props.children}
      </div>
    </>
  );
}
