import type { SyncRow } from '../../lib/api';

/** Every action a row can have: the preview's, then the outcomes a push adds (app/usagesync_dto.go). */
export const actions = [
  'create',
  'update',
  'zero',
  'unchanged',
  'skip',
  'adopted',
  'conflict',
  'failed',
  'not_run',
] as const;
export type Action = (typeof actions)[number];

/** A row's action as this frontend knows it; an unknown one reads as skipped. */
export function actionOf(row: Pick<SyncRow, 'action'>): Action {
  return actions.find((a) => a === row.action) ?? 'skip';
}

/** The order rows are listed in: what will be written first, skipped rows last. */
const actionRank: Record<Action, number> = {
  conflict: 0,
  failed: 1,
  create: 2,
  adopted: 3,
  update: 4,
  zero: 5,
  not_run: 6,
  unchanged: 7,
  skip: 8,
};

/** Rows by action (writes first, skipped last), then customer and product, in the UI language's order. */
export function sortRows(rows: readonly SyncRow[], lang: string): SyncRow[] {
  const text = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...rows].sort(
    (a, b) =>
      actionRank[actionOf(a)] - actionRank[actionOf(b)] ||
      text.compare(a.tenantName || a.tenantId, b.tenantName || b.tenantId) ||
      text.compare(a.productDescription || a.productKey, b.productDescription || b.productKey),
  );
}

/** The table's filters: one action (or all) and a customer (by name or tenant id, any case). */
export interface RowFilter {
  action: Action | 'all';
  customer: string;
}

export function filterRows(rows: readonly SyncRow[], f: RowFilter): SyncRow[] {
  const needle = f.customer.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (f.action === 'all' || actionOf(r) === f.action) &&
      (needle === '' ||
        r.tenantName.toLocaleLowerCase().includes(needle) ||
        r.tenantId.toLocaleLowerCase().includes(needle)),
  );
}

/** Sums at the six decimals the backend rounds usage to, so 0.1 + 0.2 shows as 0.3. */
function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

/** The totals line of the table for the rows shown. */
export interface Totals {
  rows: number;
  /** Sophos usage of all rows shown. */
  sophos: number;
  /** Usage that is billed: rows that are not skipped. */
  billed: number;
  /** Current and new quantity of the additions written or checked. */
  current: number;
  next: number;
  byAction: Partial<Record<Action, number>>;
}

export function totals(rows: readonly SyncRow[]): Totals {
  const t: Totals = { rows: rows.length, sophos: 0, billed: 0, current: 0, next: 0, byAction: {} };
  for (const r of rows) {
    const a = actionOf(r);
    t.byAction[a] = (t.byAction[a] ?? 0) + 1;
    t.sophos = add(t.sophos, r.sophosQuantity);
    if (a === 'skip') continue;
    t.billed = add(t.billed, r.sophosQuantity);
    t.current = add(t.current, r.currentQuantity ?? 0);
    t.next = add(t.next, r.newQuantity);
  }
  return t;
}

/** What the push will write: the confirmation names these. A quantity set to 0 is an update. */
export function pushCounts(counts: Record<string, number | undefined>): { creates: number; updates: number } {
  return { creates: counts.create ?? 0, updates: (counts.update ?? 0) + (counts.zero ?? 0) };
}

/** The actions present in rows, in the fixed order, for the action filter. */
export function presentActions(rows: readonly SyncRow[]): Action[] {
  const seen = new Set(rows.map(actionOf));
  return actions.filter((a) => seen.has(a));
}

/** Whether a row's quantity change is prorated by its agreement (only writes are). */
export function showsProrate(row: SyncRow): boolean {
  const a = actionOf(row);
  return row.prorated && (a === 'update' || a === 'zero');
}

/** Quantities as the APIs gave them (up to the six decimals usage is summed at), in the UI language. */
export function formatQuantity(n: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(n);
}
