import { useCallback } from 'react';
import { api, type CatalogMatch } from '../../../lib/api';
import { useTypeahead, type SearchState as TypeaheadState } from '../../../lib/useTypeahead';

export type SearchState = TypeaheadState<CatalogMatch>;

/** Searches the local catalog on every keystroke (see useTypeahead), with "more results". */
export function useCatalogSearch(text: string, includeInactive: boolean): SearchState {
  const find = useCallback(
    async (query: string) => {
      const found = await api.catalogSearch(query, includeInactive);
      return { items: found.matches ?? [], hasMore: found.hasMore };
    },
    [includeInactive],
  );
  return useTypeahead(text, find);
}
