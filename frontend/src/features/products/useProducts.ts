import { useEffect } from 'react';
import { api, events } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';

/** The Sophos products with their saved mappings; reloaded when the backend says they changed. */
export function useProducts() {
  const load = useLoad(api.products);
  const { reload } = load;
  useEffect(() => events.onProductsUpdated(reload), [reload]);
  return {
    rows: load.state === 'ready' ? load.data : null,
    error: load.state === 'error' ? load.error : null,
    reload,
  };
}
