import { lazy } from 'react';

// Recharts lives in its own chunk: the landing page's first paint does not wait for it.
export const BilledChart = lazy(() => import('./charts').then((m) => ({ default: m.BilledChart })));
export const ProductsChart = lazy(() => import('./charts').then((m) => ({ default: m.ProductsChart })));
