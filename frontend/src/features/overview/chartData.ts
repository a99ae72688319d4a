// Pure transforms from the dashboard's data to what the charts and their tables show. The
// chart and its "show as table" alternative both read these rows, so they hold the same numbers.
import type { MonthSplit, ProductSeries, UnbilledClassification } from '../../lib/api';

/** "2026-10" as the locale writes a month: "Okt. 2026" / "Oct 2026". */
export function monthLabel(month: string, lang: string): string {
  const [year, mon] = month.split('-').map(Number);
  if (!year || !mon) return month;
  // Noon UTC on the 1st, formatted in UTC: the month never shifts with the time zone.
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, mon - 1, 1, 12)),
  );
}

/** One month of the billed vs unbilled chart. */
export interface SplitRow {
  month: string;
  label: string;
  billed: number;
  unbilled: number;
}

export function splitRows(split: MonthSplit[], lang: string): SplitRow[] {
  return split.map((s) => ({
    month: s.month,
    label: monthLabel(s.month, lang),
    billed: s.billed,
    unbilled: s.unbilled,
  }));
}

/** One month of the top products chart: each product's quantity by product key. */
export interface SeriesRow {
  month: string;
  label: string;
  values: Record<string, number>;
}

/** Turns per-product series (aligned with months) into one row per month. */
export function seriesRows(months: string[], series: ProductSeries[], lang: string): SeriesRow[] {
  return months.map((month, i) => ({
    month,
    label: monthLabel(month, lang),
    values: Object.fromEntries(series.map((s) => [s.productKey, s.quantities[i] ?? 0])),
  }));
}

/** The reasons usage goes unbilled, as the usage sync planner names them (usagesync.Reason). */
export const unbilledReasons = [
  'product_unmapped',
  'product_sync_off',
  'customer_unmapped',
  'customer_sync_off',
  'agreement_cancelled',
  'agreement_expired',
  'agreement_not_found',
  'agreement_other_company',
  'tenant_unknown',
  'no_customer',
] as const;
export type UnbilledReason = (typeof unbilledReasons)[number];

/** Where each reason is fixed: the products page or the customers page, filtered (both read ?show=). */
const fixAt: Record<UnbilledReason, string | null> = {
  product_unmapped: '/configure?show=unmapped',
  product_sync_off: '/configure?show=mapped',
  customer_unmapped: '/customers?show=unmapped',
  customer_sync_off: '/customers?show=mapped',
  agreement_cancelled: '/customers?show=problems',
  agreement_expired: '/customers?show=problems',
  agreement_not_found: '/customers?show=problems',
  agreement_other_company: '/customers?show=problems',
  tenant_unknown: '/customers',
  no_customer: null, // licences without a customer are assigned in Sophos Central
};

export interface ReasonRow {
  reason: UnbilledReason;
  quantity: number;
  href: string | null;
}

/** The classification's reasons in the planner's order, each with the page that fixes it. */
export function reasonRows(c: UnbilledClassification): ReasonRow[] {
  return c.byReason.flatMap((r) => {
    const reason = unbilledReasons.find((k) => k === r.reason);
    return reason ? [{ reason, quantity: r.quantity, href: fixAt[reason] }] : [];
  });
}
