import { useEffect, useRef, useState } from 'react';
import { api, toAppError, type AppError, type CatalogMatch } from '../../../lib/api';

/** The backend answers nothing below this (catalog.MinQueryLength). */
export const minQueryLength = 2;
/** Long enough to skip the requests of fast typing, short enough to feel instant. */
export const searchDebounceMs = 120;

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
 * Searches the local catalog as the user types. Requests are debounced, and a reply is
 * used only if no newer request was started since, so a slow answer for old text never
 * replaces the list for the current text. While a request runs, the last list stays
 * visible so the popup does not flicker.
 */
export function useCatalogSearch(text: string, includeInactive: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'short' });
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const query = text.trim();
    if (queryLength(query) < minQueryLength) {
      setState({ kind: 'short' });
      return;
    }
    setState((s) => ({ kind: 'loading', items: s.kind === 'done' || s.kind === 'loading' ? s.items : [] }));
    const timer = setTimeout(() => {
      api.catalogSearch(query, includeInactive).then(
        (items) => {
          if (request === latest.current) setState({ kind: 'done', items: items ?? [] });
        },
        (reason: unknown) => {
          if (request === latest.current) setState({ kind: 'error', error: toAppError(reason) });
        },
      );
    }, searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text, includeInactive]);

  return state;
}
