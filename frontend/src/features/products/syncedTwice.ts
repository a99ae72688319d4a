import type { ViewRow } from './staging';

/** One ConnectWise product that more than one Sophos product pushes usage into. */
export interface SyncedTwice {
  itemId: number;
  /** "SOPH-XDR – Intercept X" as the rows show it. */
  item: string;
  /** The Sophos products, by description. */
  products: string[];
}

/**
 * The ConnectWise products that several Sophos products with sync on are mapped to, after
 * the staged changes, where a staged change takes part: allowed (their usage adds up in one
 * product), but it must be deliberate, so Save asks. A pair saved earlier is not asked again.
 * Products still to be created (itemId 0) cannot be shared yet.
 */
export function syncedTwice(view: ViewRow[]): SyncedTwice[] {
  const byItem = new Map<number, ViewRow[]>();
  for (const row of view) {
    if (!row.mapped || !row.syncEnabled || row.itemId === 0) continue;
    byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), row]);
  }
  const out: SyncedTwice[] = [];
  for (const [itemId, rows] of byItem) {
    const first = rows[0];
    if (!first || rows.length < 2 || !rows.some((r) => r.staged)) continue;
    out.push({
      itemId,
      item: `${first.itemIdentifier} – ${first.itemDescription}`,
      products: rows.map((r) => r.description || r.productKey),
    });
  }
  return out;
}
