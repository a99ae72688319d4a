import type { SyncLine, SyncRow } from '../../lib/api';

/** Text of a quantity as the page shows it; none (no addition yet) stays empty. */
const quantity = (n: number | undefined) => (n === undefined || n === null ? '' : String(n));

/** A sync preview's rows (or a run's, with their outcomes) as the lines of an export file. */
export function syncLinesOf(rows: SyncRow[]): SyncLine[] {
  return rows.map((r) => ({
    tenant: r.tenantName || r.tenantId,
    product: r.productDescription || r.productKey,
    agreement: r.agreementName || (r.agreementId ? String(r.agreementId) : ''),
    catalogItem: r.catalogItemId ? String(r.catalogItemId) : '',
    sophosQuantity: quantity(r.sophosQuantity),
    currentQuantity: quantity(r.currentQuantity),
    newQuantity: quantity(r.newQuantity),
    action: r.action,
    reason: [r.reason, r.error].filter(Boolean).join(': '),
  }));
}
