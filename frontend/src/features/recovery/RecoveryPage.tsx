import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, toAppError, type StartupProblem } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { ErrorBox } from '../../components/ErrorBox';

const problems = ['corrupt', 'read_only', 'too_new', 'window_open'] as const;

/**
 * Shown instead of the app when the database did not open: names the file and the
 * problem, offers the copies taken before upgrades (the broken file is moved aside, never
 * deleted) or to quit.
 */
export default function RecoveryPage(props: { problem: StartupProblem }) {
  const { t, i18n } = useTranslation();
  const p = props.problem;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [brokenCopy, setBrokenCopy] = useState('');
  const kind = problems.find((k) => k === p.problem) ?? 'unreadable';

  const open = async (path: string) => {
    setBusy(true);
    setError('');
    try {
      setBrokenCopy((await api.recoveryOpenBackup(path)).brokenCopy);
    } catch (e) {
      setError(t('recovery.restoreFailed', { message: toAppError(e).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t(kind === 'window_open' ? 'recovery.windowOpenTitle' : 'recovery.title')}</h1>
      <p>{t(`recovery.problem.${kind}`)}</p>
      <p>
        {t(kind === 'window_open' ? 'recovery.folder' : 'recovery.file')} <code>{p.databasePath}</code>
      </p>
      <details>
        <summary>{t('recovery.detail')}</summary>
        <pre>{p.detail}</pre>
      </details>
      {kind === 'window_open' ? null : brokenCopy ? (
        <section className="card" aria-labelledby="recovery-restored">
          <h2 id="recovery-restored">{t('recovery.restoredTitle')}</h2>
          <p role="status">
            {t('recovery.restored')} <code>{brokenCopy}</code>
          </p>
          <Button className="button primary" onPress={() => void api.recoveryRestart()}>
            {t('recovery.restart')}
          </Button>
        </section>
      ) : (
        <section className="card" aria-labelledby="recovery-backups">
          <h2 id="recovery-backups">{t('recovery.backupsTitle')}</h2>
          {p.backups.length === 0 ? (
            <p>{t('recovery.noBackups')}</p>
          ) : (
            <>
              <p>{t('recovery.backupsHelp')}</p>
              <ul className="recovery-backups">
                {p.backups.map((b) => (
                  <li key={b.path}>
                    <Button className="button" isDisabled={busy} onPress={() => void open(b.path)}>
                      {t('recovery.openBackup', {
                        date: formatDateTime(b.modified, i18n.language),
                        version: b.schemaVersion,
                      })}
                    </Button>
                    <code>{b.path}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <ErrorBox message={error} />
        </section>
      )}
      <Button className="button" onPress={() => void api.recoveryQuit()}>
        {t('recovery.quit')}
      </Button>
    </main>
  );
}
