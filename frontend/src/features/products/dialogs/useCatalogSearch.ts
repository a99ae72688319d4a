import { useCallback } from 'react';
import { api, type AppError, type CatalogMatch } from '../../../lib/api';
import { useLoad } from '../../../lib/useLoad';

/** The backend answers nothing below this (catalog.MinQueryLength). */
export const minQueryLength = 2;

export type SearchState =
  | { kind: 'short' }
  // query: the text the items answer (the list may still show the last text's while loading)
  | { kind: 'loading'; items: CatalogMatch[]; query: string; hasMore: boolean }
  | { kind: 'done'; items: CatalogMatch[]; query: string; hasMore: boolean }
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
  const search = useCallback(async () => {
    const found = await api.catalogSearch(query, includeInactive);
    return { query, items: found.matches ?? [], hasMore: found.hasMore };
  }, [query, includeInactive]);
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
