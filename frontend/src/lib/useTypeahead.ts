import { useCallback } from 'react';
import type { AppError } from './api';
import { useLoad } from './useLoad';

/** The backend answers nothing below this (catalog.MinQueryLength, customers.MinQueryLength). */
export const minQueryLength = 2;

/** One reply of a typeahead search: the matches and whether more matched than were returned. */
export interface Found<T> {
  items: T[];
  hasMore: boolean;
}

export type SearchState<T> =
  | { kind: 'short' }
  // query: the text the items answer (the list may still show the last text's while loading)
  | { kind: 'loading'; items: T[]; query: string; hasMore: boolean }
  | { kind: 'done'; items: T[]; query: string; hasMore: boolean }
  | { kind: 'error'; error: AppError };

/** Counts characters like the backend: code points of the trimmed text. */
function queryLength(text: string): number {
  return [...text.trim()].length;
}

/**
 * Searches a local cache on every keystroke (a combobox's list): the local query answers in
 * well under a millisecond, so a debounce would only add delay. useLoad uses only the newest
 * reply, so a slow answer for old text never replaces the list for the current text. While a
 * request runs, the last list stays visible so the popup does not flicker. find must be
 * stable (a module's function, or one from useCallback).
 */
export function useTypeahead<T>(text: string, find: (query: string) => Promise<Found<T>>): SearchState<T> {
  const query = text.trim();
  const long = queryLength(query) >= minQueryLength;
  const search = useCallback(async () => ({ query, ...(await find(query)) }), [query, find]);
  const load = useLoad(long ? search : null);
  switch (load.state) {
    case 'idle':
      return { kind: 'short' };
    case 'loading':
      return { kind: 'loading', items: [], query: '', hasMore: false };
    case 'error':
      return load.pending
        ? { kind: 'loading', items: [], query: '', hasMore: false }
        : { kind: 'error', error: load.error };
    case 'ready':
      return { kind: load.pending ? 'loading' : 'done', ...load.data };
  }
}
