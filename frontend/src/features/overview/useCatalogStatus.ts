import { useCallback, useEffect, useState } from 'react';
import { api, events, toAppError, type AppError, type CatalogStatus } from '../../lib/api';

/** The catalog cache's state, kept live by the backend's progress and finished events. */
export function useCatalogStatus() {
  const [status, setStatus] = useState<CatalogStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const reload = useCallback(() => {
    api.catalogStatus().then(
      (s) => {
        setStatus(s);
        setError(null);
      },
      (e: unknown) => setError(toAppError(e)),
    );
  }, []);

  useEffect(() => {
    reload();
    const offProgress = events.onCatalogProgress((p) =>
      setStatus((s) => (s ? ({ ...s, refreshing: true, progress: p } as CatalogStatus) : s)),
    );
    const offFinished = events.onCatalogFinished(() => reload());
    return () => {
      offProgress();
      offFinished();
    };
  }, [reload]);

  const run = useCallback(
    (action: () => Promise<void>) => {
      action().then(reload, (e: unknown) => setError(toAppError(e)));
    },
    [reload],
  );

  return {
    status,
    error,
    refresh: (full: boolean) => run(() => api.catalogRefresh(full)),
    cancel: () => run(() => api.catalogCancelRefresh()),
  };
}
