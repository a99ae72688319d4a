import { useCallback, useState } from 'react';

/** Changes staged per record (key) until the page saves them; absent fields keep the saved value. */
export type StagedChanges<S> = Record<string, S>;

/**
 * The staging of an edit-then-save page (Speichern / Verwerfen): stage merges a change into
 * what is staged for its record, discard forgets everything, dirtyCount feeds the
 * unsaved-changes guard (components/LeaveGuard).
 */
export function useStaged<S extends object>() {
  const [staged, setStaged] = useState<StagedChanges<S>>({});
  const stage = useCallback(
    (key: string, change: S) => setStaged((s) => ({ ...s, [key]: { ...s[key], ...change } })),
    [],
  );
  const discard = useCallback(() => setStaged({}), []);
  return { staged, stage, discard, dirtyCount: Object.keys(staged).length };
}
