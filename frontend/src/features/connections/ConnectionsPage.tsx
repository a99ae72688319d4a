import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectWiseForm } from './ConnectWiseForm';
import { LoadView } from '../../components/LoadView';
import { ModeButton } from './ModeButton';
import { SophosForm } from './SophosForm';
import { api, type ConnectionsState } from '../../lib/api';
import { useAppState } from '../../lib/appState';
import { useLoad } from '../../lib/useLoad';
import { ErrorBox } from '../../components/ErrorBox';

/**
 * "Verbindungen": which data the app works on (demo or real, switchable at any time) and,
 * for real accounts, the ConnectWise and Sophos forms with "test connection".
 */
export default function ConnectionsPage() {
  const { t } = useTranslation();
  const { info } = useAppState();
  return (
    <section aria-labelledby="connections-title">
      <header className="page-header">
        <h1 id="connections-title">{t('connections.title')}</h1>
      </header>
      <section className="card mode-card" aria-labelledby="mode-title">
        <h2 id="mode-title">{t('connections.mode')}</h2>
        <p className="card-value">
          {info.demo && <span className="badge badge-demo">{t('demo.badge')}</span>}{' '}
          {info.demo ? t('connections.modeDemoActive') : t('connections.modeRealActive')}
        </p>
        <p className="field-hint">{t('connections.modeSeparate')}</p>
        <div className="form-actions">
          <ModeButton demo={!info.demo} />
        </div>
      </section>
      {info.demo ? <p className="empty">{t('connections.demoNote')}</p> : <RealAccounts />}
    </section>
  );
}

/** The saved accounts; only loaded with real data open (demo mode needs no settings). */
function RealAccounts() {
  const load = useLoad(api.connections);
  return <LoadView load={load}>{(state) => <Accounts initial={state} />}</LoadView>;
}

function Accounts(props: { initial: ConnectionsState }) {
  const { t } = useTranslation();
  const [state, setState] = useState(props.initial);
  // A reload brings new saved accounts: show them (set while rendering, not in an effect).
  const [initial, setInitial] = useState(props.initial);
  if (initial !== props.initial) {
    setInitial(props.initial);
    setState(props.initial);
  }
  return (
    <>
      {state.keychain.available ? (
        <p className="field-hint secrets-note">{t('connections.secretsNote')}</p>
      ) : (
        <ErrorBox>
          <p>{t('connections.keychainUnavailable')}</p>
          {state.keychain.message && (
            <p className="field-hint">{t('connections.keychainDetail', { message: state.keychain.message })}</p>
          )}
        </ErrorBox>
      )}
      <div className="connections">
        <ConnectWiseForm state={state} onState={setState} />
        <SophosForm state={state} onState={setState} />
      </div>
    </>
  );
}
