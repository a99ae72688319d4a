import { useCallback } from 'react';
import type { AppError } from './api';
import { delay } from './delay';
import { useLoad } from './useLoad';

/** The backend answers nothing below this (catalog.MinQueryLength, customers.MinQueryLength). */
export const minQueryLength = 2;
/** Long enough to skip the requests of fast typing, short enough to feel instant. */
export const searchDebounceMs = 120;

export type SearchState<T> =
  | { kind: 'short' }
  | { kind: 'loading'; items: T[] }
  | { kind: 'done'; items: T[] }
  | { kind: 'error'; error: AppError };

/** Counts characters like the backend: code points of the trimmed text. */
export function queryLength(text: string): number {
  return [...text.trim()].length;
}

/**
 * Searches the local caches as the user types (a combobox's list). Requests are debounced
 * (typing on within the pause aborts the wait, so nothing is sent), and useLoad uses only the
 * newest reply, so a slow answer for old text never replaces the list for the current text.
 * While a request runs, the last list stays visible so the popup does not flicker. find must
 * be stable (a module's function, or one from useCallback).
 */
export function useTypeahead<T>(text: string, find: (query: string) => Promise<T[] | null>): SearchState<T> {
  const query = text.trim();
  const long = queryLength(query) >= minQueryLength;
  const search = useCallback(
    async (signal: AbortSignal) => {
      await delay(searchDebounceMs, signal);
      return (await find(query)) ?? [];
    },
    [query, find],
  );
  const load = useLoad(long ? search : null);
  switch (load.state) {
    case 'idle':
      return { kind: 'short' };
    case 'loading':
      return { kind: 'loading', items: [] };
    case 'error':
      return load.pending ? { kind: 'loading', items: [] } : { kind: 'error', error: load.error };
    case 'ready':
      return load.pending ? { kind: 'loading', items: load.data } : { kind: 'done', items: load.data };
  }
}
