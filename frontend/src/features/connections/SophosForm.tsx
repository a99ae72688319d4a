import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, type ConnectionsState } from '../../lib/api';
import { useConnectionForm } from './useConnectionForm';
import { SophosResult } from './ConnectionResult';
import { FormActions } from './FormActions';
import { FormStatus } from './FormStatus';
import { PlainField } from './PlainField';
import { SecretField } from './SecretField';

/** The Sophos Central Partner API credential: client ID and client secret. */
export function SophosForm(props: { state: ConnectionsState; onState: (s: ConnectionsState) => void }) {
  const { t } = useTranslation();
  const saved = props.state.sophos;
  const f = useConnectionForm({
    initial: { clientId: saved.clientId, clientSecret: '' },
    required: () => ['clientId', ...(saved.clientSecretSet ? [] : (['clientSecret'] as const))],
    secretFields: ['clientSecret'],
    save: api.saveSophos,
    test: api.testSophos,
    onState: props.onState,
  });
  return (
    <section className="card connection" aria-labelledby="sophos-title">
      <h2 id="sophos-title">{t('connections.sophos.title')}</h2>
      <p className="field-hint">{t('connections.sophos.help')}</p>
      <Form
        aria-labelledby="sophos-title"
        className="connection-form"
        validationBehavior="aria"
        validationErrors={f.errors}
        onSubmit={(e) => {
          e.preventDefault();
          void f.save();
        }}
      >
        <PlainField
          name="clientId"
          label={t('connections.sophos.clientId')}
          value={f.values.clientId}
          onChange={f.set('clientId')}
          disabled={f.busy !== null}
        />
        <SecretField
          name="clientSecret"
          label={t('connections.sophos.clientSecret')}
          value={f.values.clientSecret}
          onChange={f.set('clientSecret')}
          isSet={saved.clientSecretSet}
          disabled={f.busy !== null}
          onRemove={() => void f.remove(() => api.removeSecret('sophos.clientSecret'))}
        />
        <FormActions
          busy={f.busy !== null}
          keychainAvailable={props.state.keychain.available}
          onTest={() => void f.test()}
        />
      </Form>
      <FormStatus busy={f.busy} saved={f.saved} alert={f.alert}>
        {f.result && <SophosResult r={f.result} />}
      </FormStatus>
    </section>
  );
}
