import { useCallback, useEffect, useRef, useState } from 'react';
import { api, events, toAppError, type AppError, type ProductRow } from '../../lib/api';

/** The Sophos products with their saved mappings; reloaded when the backend says they changed. */
export function useProducts() {
  const [rows, setRows] = useState<ProductRow[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    return api.products().then(
      (r) => {
        if (mine !== generation.current) return; // a newer reload is under way
        setRows(r);
        setError(null);
      },
      (e: unknown) => mine === generation.current && setError(toAppError(e)),
    );
  }, []);
  useEffect(() => {
    void reload();
    return events.onProductsUpdated(() => void reload());
  }, [reload]);
  return { rows, error, reload };
}
