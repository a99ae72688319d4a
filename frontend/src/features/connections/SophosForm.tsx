import { useTranslation } from 'react-i18next';
import { api, type ConnectionsState } from '../../lib/api';
import { useConnectionForm } from './useConnectionForm';
import { SophosResult } from './ConnectionResult';
import { ConnectionCard } from './ConnectionCard';
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
    <ConnectionCard
      id="sophos-title"
      title={t('connections.sophos.title')}
      help={t('connections.sophos.help')}
      form={f}
      keychainAvailable={props.state.keychain.available}
      result={f.result && <SophosResult r={f.result} />}
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
    </ConnectionCard>
  );
}
