import type { SyncLine, SyncRow, WriteEntry } from '../../lib/api';
import { writeRecord } from '../history/historyLogic';

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

const text = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : '');

/**
 * A past run's ConnectWise writes (the history page's list) as export lines: the label says
 * which customer and product, the recorded addition before and after gives the quantities.
 */
export function writeLinesOf(writes: WriteEntry[]): SyncLine[] {
  return writes.map((w) => {
    const before = writeRecord(w.before);
    const after = writeRecord(w.after);
    return {
      tenant: w.label,
      product: '',
      agreement: text(after.agreementId ?? before.agreementId),
      catalogItem: text(after.catalogItemId ?? before.catalogItemId),
      sophosQuantity: '',
      currentQuantity: text(before.quantity),
      newQuantity: text(after.quantity),
      action: w.action,
      reason: '',
    };
  });
}
