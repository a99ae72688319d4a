import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * Runs load on mount, whenever load changes (pass a stable function: a module's, or one from
 * useCallback) and on reload(). Only the newest request's answer is used: starting another
 * one or unmounting aborts the signal of the one before, and its late reply is dropped, so a
 * slow answer to an old question never replaces the current one. While a newer request runs
 * the last answer stays (pending is true), so lists do not flicker. A null loader means there
 * is nothing to load: the result goes back to idle.
 */
export function useLoad<T>(load: Loader<T> | null): Load<T> {
  const [result, setResult] = useState<LoadResult<T>>(load ? { state: 'loading' } : { state: 'idle' });
  const [pending, setPending] = useState(load !== null);
  const running = useRef<AbortController | null>(null);

  const run = useCallback(() => {
    running.current?.abort();
    running.current = null;
    if (!load) {
      setResult({ state: 'idle' });
      setPending(false);
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    const settle = (next: (previous: LoadResult<T>) => LoadResult<T>) => {
      if (controller.signal.aborted) return;
      setResult(next);
      setPending(false);
    };
    setResult((r) => (r.state === 'idle' ? { state: 'loading' } : r));
    setPending(true);
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
  }, [load]);

  useEffect(() => {
    run();
    return () => running.current?.abort();
  }, [run]);

  return { ...result, pending, reload: run };
}
