import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError, toAppError } from './api';

export type Load<T> =
  | { state: 'loading' }
  | { state: 'error'; error: AppError; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void };

/** Runs load on mount and on reload(); a reply that arrives after a newer request is dropped. */
export function useLoad<T>(load: () => Promise<T>): Load<T> {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    load().then(
      (data) => mine === generation.current && setResult({ state: 'ready', data, reload: run }),
      (reason: unknown) => mine === generation.current && setResult({ state: 'error', error: toAppError(reason), reload: run }),
    );
  }, [load]);
  useEffect(() => {
    run();
    return () => {
      generation.current++;
    };
  }, [run]);
  return result;
}
