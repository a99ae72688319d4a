import { useCallback } from 'react';
import { api, type CatalogMatch } from '../../../lib/api';
import { useTypeahead, type SearchState as TypeaheadState } from '../../../lib/useTypeahead';

export { minQueryLength, queryLength, searchDebounceMs } from '../../../lib/useTypeahead';
export type SearchState = TypeaheadState<CatalogMatch>;

/** Searches the local catalog as the user types (see useTypeahead). */
export function useCatalogSearch(text: string, includeInactive: boolean): SearchState {
  const find = useCallback((query: string) => api.catalogSearch(query, includeInactive), [includeInactive]);
  return useTypeahead(text, find);
}
