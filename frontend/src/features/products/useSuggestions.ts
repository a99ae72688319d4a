import { useEffect, useMemo } from 'react';
import { api, events, type ProductSuggestion } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';

/** The suggested catalog item per unmapped product (by key); refreshed with the products. */
export function useSuggestions(): ReadonlyMap<string, ProductSuggestion> {
  const load = useLoad(api.productSuggestions);
  const { reload } = load;
  useEffect(() => events.onProductsUpdated(reload), [reload]);
  // Suggestions come from the catalog: a finished refresh may bring new ones.
  useEffect(() => events.onCatalogFinished(reload), [reload]);
  const list = load.state === 'ready' ? load.data : null;
  return useMemo(() => new Map((list ?? []).map((s) => [s.productKey, s])), [list]);
}
