import type { ProductImportChange } from '../../lib/api';
import type { StagedChanges } from '../products/staging';

/**
 * An import's product changes as the configure page stages manual edits: a new catalog item is
 * "map to existing", none is "remove", and the sync switch follows the file. Save applies them.
 */
export function stageProductImport(changes: ProductImportChange[]): StagedChanges {
  const staged: StagedChanges = {};
  for (const c of changes) {
    if (c.itemId === 0 && c.beforeItemId !== 0) {
      staged[c.productKey] = { mapping: { kind: 'remove' }, syncEnabled: false };
    } else if (c.itemId !== c.beforeItemId) {
      staged[c.productKey] = {
        mapping: {
          kind: 'existing',
          item: { id: c.itemId, identifier: c.itemIdentifier, description: c.itemDescription },
        },
        syncEnabled: c.syncEnabled,
      };
    } else {
      staged[c.productKey] = { syncEnabled: c.syncEnabled };
    }
  }
  return staged;
}
