import { useCallback, useState } from 'react';
import { toAppError, type AppError } from './api';

/** Changes staged per record (key) until the page saves them; absent fields keep the saved value. */
export type StagedChanges<S> = Record<string, S>;

/**
 * The staging of an edit-then-save page (Speichern / Verwerfen): stage merges a change into
 * what is staged for its record, discard forgets everything, dirtyCount feeds the
 * unsaved-changes guard (components/LeaveGuard). save sends the staged changes; on success
 * they are forgotten and savedNote is set until the next change is staged, on failure they
 * stay and saveError says why (the page may also show an error of its own there).
 */
export function useStaged<S extends object>() {
  const [staged, setStaged] = useState<StagedChanges<S>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const stage = useCallback((key: string, change: S) => {
    setSavedNote(false);
    setStaged((s) => ({ ...s, [key]: { ...s[key], ...change } }));
  }, []);
  const discard = useCallback(() => setStaged({}), []);
  /** Sends the staged changes; false when nothing was saved (saveError says why). */
  const save = async (send: (staged: StagedChanges<S>) => Promise<unknown>): Promise<boolean> => {
    setSaving(true);
    setSaveError(null);
    try {
      await send(staged);
      setStaged({});
      setSavedNote(true);
      return true;
    } catch (e) {
      setSaveError(toAppError(e));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return {
    staged,
    stage,
    discard,
    dirtyCount: Object.keys(staged).length,
    save,
    saving,
    saveError,
    setSaveError,
    savedNote,
  };
}
