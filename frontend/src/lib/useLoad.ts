import { useCallback, useEffect, useState } from 'react';
import { toAppError, type AppError } from './api';

/** What a load has produced so far. */
export type LoadResult<T> =
  | { state: 'idle' } // nothing to load: the loader is null
  | { state: 'loading' } // the first answer is not in yet
  | { state: 'error'; error: AppError; data: T | undefined } // data: the last answer, if any
  | { state: 'ready'; data: T };

/** The latest answer, whether a request is still running, and a way to ask again. */
export type Load<T> = LoadResult<T> & { pending: boolean; reload: () => void };

/** Asks the backend; the signal is aborted as soon as the answer would no longer be used. */
export type Loader<T> = (signal: AbortSignal) => Promise<T>;

/** The last answer used, and the request (loader and reload count) it answered. */
interface Answer<T> {
  load: Loader<T> | null;
  generation: number;
  result: LoadResult<T>;
}

/**
 * Runs load on mount, whenever load changes (pass a stable function: a module's, or one from
 * useCallback) and on reload(). Only the newest request's answer is used: starting another
 * one or unmounting aborts the signal of the one before, and its late reply is dropped, so a
 * slow answer to an old question never replaces the current one. While a newer request runs
 * the last answer stays (pending is true), so lists do not flicker. A null loader means there
 * is nothing to load: the result goes back to idle, and the next load starts from loading.
 */
export function useLoad<T>(load: Loader<T> | null): Load<T> {
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<Answer<T>>({ load: null, generation: 0, result: { state: 'idle' } });
  // Forget the last answer once there is nothing to load (set while rendering, as React
  // advises for state that follows an input, rather than in an effect).
  if (!load && answer.result.state !== 'idle') setAnswer({ load: null, generation, result: { state: 'idle' } });

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    const settle = (next: (previous: LoadResult<T>) => LoadResult<T>) => {
      if (!controller.signal.aborted) setAnswer((a) => ({ load, generation, result: next(a.result) }));
    };
    // A loader that throws instead of rejecting is reported like a rejection.
    new Promise<T>((resolve) => resolve(load(controller.signal))).then(
      (data) => settle(() => ({ state: 'ready', data })),
      (reason: unknown) =>
        settle((previous) => ({
          state: 'error',
          error: toAppError(reason),
          data: previous.state === 'ready' || previous.state === 'error' ? previous.data : undefined,
        })),
    );
    return () => controller.abort();
  }, [load, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  if (!load) return { state: 'idle', pending: false, reload };
  const pending = answer.load !== load || answer.generation !== generation;
  const result: LoadResult<T> = answer.result.state === 'idle' ? { state: 'loading' } : answer.result;
  return { ...result, pending, reload };
}
