import { useTranslation } from 'react-i18next';
import { api, type ConnectionsState } from '../../lib/api';
import { useConnectionForm } from './useConnectionForm';
import { ConnectWiseResult } from './ConnectionResult';
import { ConnectionCard } from './ConnectionCard';
import { PlainField } from './PlainField';
import { SecretField } from './SecretField';

/** The ConnectWise PSA account: site, company ID, API member keys and clientId. */
export function ConnectWiseForm(props: { state: ConnectionsState; onState: (s: ConnectionsState) => void }) {
  const { t } = useTranslation();
  const saved = props.state.connectWise;
  // The stored keys are used only with the saved site and company ID: for another one,
  // both keys must be typed again (the backend refuses it too).
  const otherAccount = (v: { site: string; companyId: string }) =>
    v.site.trim().toLowerCase() !== saved.site.toLowerCase() || v.companyId.trim() !== saved.companyId;
  const f = useConnectionForm({
    initial: { site: saved.site, companyId: saved.companyId, publicKey: '', privateKey: '', clientId: saved.clientId },
    required: (v) => [
      'site',
      'companyId',
      'clientId',
      ...(saved.publicKeySet && !otherAccount(v) ? [] : (['publicKey'] as const)),
      ...(saved.privateKeySet && !otherAccount(v) ? [] : (['privateKey'] as const)),
    ],
    whyRequired: (field, v) =>
      (field === 'publicKey' || field === 'privateKey') &&
      (saved.publicKeySet || saved.privateKeySet) &&
      otherAccount(v)
        ? t('connections.connectWise.keysForOtherAccount')
        : undefined,
    secretFields: ['publicKey', 'privateKey'],
    save: api.saveConnectWise,
    test: api.testConnectWise,
    onState: props.onState,
  });
  const plain = (name: 'site' | 'companyId' | 'clientId', label: string, placeholder?: string) => (
    <PlainField
      name={name}
      label={label}
      value={f.values[name]}
      onChange={f.set(name)}
      disabled={f.busy !== null}
      placeholder={placeholder}
    />
  );
  const secret = (name: 'publicKey' | 'privateKey', label: string) => (
    <SecretField
      name={name}
      label={label}
      value={f.values[name]}
      onChange={f.set(name)}
      isSet={saved[`${name}Set`]}
      disabled={f.busy !== null}
      onRemove={() => void f.remove(() => api.removeSecret(`connectWise.${name}`))}
    />
  );
  return (
    <ConnectionCard
      id="cw-title"
      title={t('connections.connectWise.title')}
      help={t('connections.connectWise.help')}
      form={f}
      keychainAvailable={props.state.keychain.available}
      result={f.result && <ConnectWiseResult r={f.result} />}
    >
      {plain('site', t('connections.connectWise.site'), t('connections.connectWise.siteHelp'))}
      {plain('companyId', t('connections.connectWise.companyId'))}
      {secret('publicKey', t('connections.connectWise.publicKey'))}
      {secret('privateKey', t('connections.connectWise.privateKey'))}
      {plain('clientId', t('connections.connectWise.clientId'))}
    </ConnectionCard>
  );
}
