import type { ViewRow } from './staging';

export type SortColumn = 'sophos' | 'usage' | 'cw' | 'sync';
export interface Sort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const compareBy: Record<SortColumn, (a: ViewRow, b: ViewRow) => number> = {
  sophos: (a, b) => collator.compare(a.description || a.productKey, b.description || b.productKey),
  usage: (a, b) => a.usageQuantity - b.usageQuantity || a.usageCustomers - b.usageCustomers,
  // Unmapped rows last when ascending: what is mapped reads first.
  cw: (a, b) =>
    Number(!a.mapped) - Number(!b.mapped) ||
    collator.compare(a.itemDescription || a.itemIdentifier, b.itemDescription || b.itemIdentifier),
  sync: (a, b) => Number(b.syncEnabled) - Number(a.syncEnabled),
};

/** The rows in the chosen order; ties keep the saved order (Array.sort is stable). */
export function sortRows(rows: ViewRow[], sort: Sort | null): ViewRow[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareBy[sort.column](a, b));
}

/**
 * Clicking a column sorts by it, usage biggest first (what to map first), the others A–Z;
 * clicking it again flips the direction.
 */
export function nextSort(current: Sort | null, column: SortColumn): Sort {
  if (current?.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'usage' ? 'descending' : 'ascending' };
}
