import { describe, expect, it } from 'vitest';
import type { ProductRow } from '../../lib/api';
import { applyStaged, type StagedChanges } from './staging';
import { syncedTwice } from './syncedTwice';

const row = (productKey: string, itemId: number, syncEnabled: boolean): ProductRow =>
  ({
    productKey,
    sku: '',
    description: `Sophos ${productKey}`,
    group: '',
    firstSeen: '',
    lastSeen: '',
    new: false,
    syncEnabled,
    mapped: itemId !== 0,
    itemId,
    itemIdentifier: itemId ? `CW-${itemId}` : '',
    itemDescription: itemId ? `Product ${itemId}` : '',
    stale: '',
  }) as ProductRow;

const view = (rows: ProductRow[], staged: StagedChanges) => rows.map((r) => applyStaged(r, staged[r.productKey]));

describe('syncedTwice', () => {
  const rows = [row('A', 7, true), row('B', 0, false), row('C', 8, true), row('D', 7, false)];

  it('finds a ConnectWise product two syncing Sophos products push into, after a staged change', () => {
    const item = { id: 7, identifier: 'CW-7', description: 'Product 7' };
    expect(syncedTwice(view(rows, { B: { mapping: { kind: 'existing', item }, syncEnabled: true } }))).toEqual([
      { itemId: 7, item: 'CW-7 – Product 7', products: ['Sophos A', 'Sophos B'] },
    ]);
    expect(syncedTwice(view(rows, { D: { syncEnabled: true } }))).toHaveLength(1);
  });

  it('does not ask when only one of them syncs, or for a pair saved earlier', () => {
    expect(syncedTwice(view(rows, {}))).toEqual([]);
    const saved = [row('A', 7, true), row('D', 7, true), row('C', 8, true)];
    expect(syncedTwice(view(saved, {}))).toEqual([]);
    expect(syncedTwice(view(saved, { C: { syncEnabled: false } }))).toEqual([]);
    expect(syncedTwice(view(saved, { D: { syncEnabled: true } }))).toHaveLength(1);
  });
});
