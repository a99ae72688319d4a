import { useCallback, useEffect, useRef, useState } from 'react';
import { api, events, toAppError, type AppError, type SyncProgress, type SyncResult } from '../../lib/api';

/** The push of a preview: started here, followed through the backend's events. */
export interface SyncRunState {
  running: boolean;
  progress: SyncProgress | null;
  /** The result of the push started on this page (not of earlier ones). */
  result: SyncResult | null;
  error: AppError | null;
  start(previewId: string): Promise<void>;
  cancel(): void;
  clear(): void;
}

export function useSyncRun(): SyncRunState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [result, setResult] = useState<SyncResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  // Events may arrive out of order: a progress report after the result must not bring the
  // progress bar back. Set when a result arrives, cleared when the next push starts.
  const finished = useRef(false);

  useEffect(() => {
    let live = true;
    // A push started before this page opened is still shown with its progress.
    api.syncStatus().then(
      (st) => {
        if (!live || !st.running) return;
        setRunning(true);
        setProgress(st.progress);
      },
      () => {},
    );
    const offProgress = events.onSyncProgress((p) => {
      if (finished.current) return;
      setRunning(true);
      setProgress(p);
    });
    const offFinished = events.onSyncFinished((r) => {
      finished.current = true;
      setRunning(false);
      setResult(r);
    });
    return () => {
      live = false;
      offProgress();
      offFinished();
    };
  }, []);

  const start = useCallback(async (previewId: string) => {
    finished.current = false;
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 0 });
    setRunning(true);
    try {
      await api.syncApply(previewId);
    } catch (reason) {
      setRunning(false);
      setProgress(null);
      setError(toAppError(reason));
    }
  }, []);
  const cancel = useCallback(() => void api.syncCancel().catch(() => {}), []);
  const clear = useCallback(() => {
    setResult(null);
    setError(null);
    setProgress(null);
  }, []);
  return { running, progress, result, error, start, cancel, clear };
}
