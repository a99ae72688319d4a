import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Load } from '../lib/useLoad';
import { ErrorBox } from './ErrorBox';

/** Shows a loading line, an error with "try again", or the loaded content. */
export function LoadView<T>(props: { load: Load<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  const { load } = props;
  if (load.state === 'idle' || load.state === 'loading') return <p aria-busy="true">{t('app.loading')}</p>;
  if (load.state === 'error')
    return (
      <ErrorBox>
        <p>{t('app.loadFailed', { message: load.error.message })}</p>
        <Button onPress={load.reload}>{t('app.retry')}</Button>
      </ErrorBox>
    );
  return <>{props.children(load.data)}</>;
}
