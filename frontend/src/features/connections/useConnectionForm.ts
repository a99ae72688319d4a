import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type ConnectionsState } from '../../lib/api';

type Values = Record<string, string>;

/**
 * State and actions shared by the ConnectWise and Sophos forms: the values typed in,
 * errors per field (checked here first, then as the backend names them), the running
 * action, the last test result, and saving. Secret fields are emptied after a save: the
 * backend keeps them and never sends them back.
 */
export function useConnectionForm<F extends Values, R>(o: {
  initial: F;
  /** Fields that must not be empty (secrets only while none is stored). */
  required: (values: F) => (keyof F & string)[];
  /** Why a required field must be filled, when it is more than "please fill in". */
  whyRequired?: (field: keyof F & string, values: F) => string | undefined;
  secretFields: (keyof F & string)[];
  save: (values: F) => Promise<ConnectionsState>;
  test: (values: F) => Promise<R>;
  onState: (state: ConnectionsState) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<F>(o.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [saved, setSaved] = useState(false);
  const [result, setResult] = useState<R | null>(null);
  const [alert, setAlert] = useState('');

  const set = (field: keyof F & string) => (v: string) => {
    setValues((prev) => ({ ...prev, [field]: v }));
    setErrors(({ [field]: _, ...rest }) => rest);
    setSaved(false);
  };

  const check = (): boolean => {
    const missing = o.required(values).filter((f) => (values[f] ?? '').trim() === '');
    setErrors(Object.fromEntries(missing.map((f) => [f, o.whyRequired?.(f, values) ?? t('connections.required')])));
    return missing.length === 0;
  };

  const fail = (reason: unknown) => {
    const e = toAppError(reason);
    if (e.field && e.field in values) setErrors({ [e.field]: e.message });
    else if (e.code === 'keychain') setAlert(t('connections.keychainUnavailable'));
    else setAlert(t('connections.failed', { message: e.message }));
  };

  const run = async (kind: 'test' | 'save') => {
    setAlert('');
    setSaved(false);
    if (!check()) return;
    setBusy(kind);
    try {
      if (kind === 'test') {
        setResult(null);
        setResult(await o.test(values));
      } else {
        const state = await o.save(values);
        const cleared = Object.fromEntries(o.secretFields.map((f) => [f, '']));
        setValues((prev) => ({ ...prev, ...cleared }));
        setSaved(true);
        o.onState(state);
      }
    } catch (reason) {
      fail(reason);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (action: () => Promise<ConnectionsState>) => {
    setAlert('');
    try {
      o.onState(await action());
    } catch (reason) {
      fail(reason);
    }
  };

  return { values, set, errors, busy, saved, result, alert, test: () => run('test'), save: () => run('save'), remove };
}
