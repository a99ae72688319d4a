import { useCallback } from 'react';
import { api, type AppError, type CatalogMatch } from '../../../lib/api';
import { useLoad } from '../../../lib/useLoad';

/** The backend answers nothing below this (catalog.MinQueryLength). */
export const minQueryLength = 2;

export type SearchState =
  | { kind: 'short' }
  | { kind: 'loading'; items: CatalogMatch[] }
  | { kind: 'done'; items: CatalogMatch[] }
  | { kind: 'error'; error: AppError };

/** Counts characters like the backend: code points of the trimmed text. */
export function queryLength(text: string): number {
  return [...text.trim()].length;
}

/**
 * Searches the local catalog on every keystroke: the local query answers in well under a
 * millisecond, so a debounce would only add delay. useLoad uses only the newest reply, so a
 * slow answer for old text never replaces the list for the current text. While a request
 * runs, the last list stays visible so the popup does not flicker.
 */
export function useCatalogSearch(text: string, includeInactive: boolean): SearchState {
  const query = text.trim();
  const long = queryLength(query) >= minQueryLength;
  const search = useCallback(
    async () => (await api.catalogSearch(query, includeInactive)) ?? [],
    [query, includeInactive],
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
