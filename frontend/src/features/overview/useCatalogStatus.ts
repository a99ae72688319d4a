import { useCallback, useEffect, useState } from 'react';
import { api, events, toAppError, type AppError, type CatalogProgress, type CatalogStatus } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';

/**
 * Something that happened to one loaded status: progress events of a running refresh, or a
 * refresh/cancel the backend refused. Kept with the status it belongs to, so the next status
 * from the backend (which knows the outcome) replaces it.
 */
interface Since {
  status: CatalogStatus;
  progress?: CatalogProgress;
  error?: AppError;
}

/** The catalog cache's state, kept live by the backend's progress and finished events. */
export function useCatalogStatus() {
  const load = useLoad(api.catalogStatus);
  const { reload } = load;
  // After a failed reload the last status stays on screen, with the error under it.
  const loaded = (load.state === 'ready' || load.state === 'error' ? load.data : undefined) ?? null;
  const [since, setSince] = useState<Since | null>(null);
  const current = since && since.status === loaded ? since : null;

  useEffect(() => {
    const offProgress = events.onCatalogProgress((progress) =>
      setSince((s) => (loaded ? { ...(s?.status === loaded ? s : null), status: loaded, progress } : s)),
    );
    const offFinished = events.onCatalogFinished(reload);
    return () => {
      offProgress();
      offFinished();
    };
  }, [loaded, reload]);

  const run = useCallback(
    (action: () => Promise<void>) => {
      action().then(reload, (e: unknown) => {
        if (loaded) setSince((s) => ({ ...(s?.status === loaded ? s : null), status: loaded, error: toAppError(e) }));
      });
    },
    [loaded, reload],
  );

  const status =
    loaded && current?.progress
      ? ({ ...loaded, refreshing: true, progress: current.progress } as CatalogStatus)
      : loaded;
  return {
    status,
    error: current?.error ?? (load.state === 'error' ? load.error : null),
    refresh: (full: boolean) => run(() => api.catalogRefresh(full)),
    cancel: () => run(() => api.catalogCancelRefresh()),
  };
}
