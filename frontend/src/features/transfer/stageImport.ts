import type { CustomerImportChange, ProductImportChange } from '../../lib/api';
import type { StagedChanges as StagedRecords } from '../../lib/useStaged';
import type { StagedCustomer } from '../customers/staging';
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

/**
 * An import's customer changes as the customers page stages manual edits: a new company or
 * agreement is staged with both (their cached names and problems; null where the file has
 * none), and the sync switch follows the file. A row whose mapping stays keeps it untouched.
 */
export function stageCustomerImport(changes: CustomerImportChange[]): StagedRecords<StagedCustomer> {
  const staged: StagedRecords<StagedCustomer> = {};
  for (const { tenantId, before, after } of changes) {
    const change: StagedCustomer = { syncEnabled: after.sync };
    if (after.companyId !== before.companyId || after.agreementId !== before.agreementId) {
      change.company = after.companyId
        ? {
            id: after.companyId,
            name: after.companyName,
            identifier: after.companyIdentifier,
            inactive: after.companyInactive,
          }
        : null;
      change.agreement = after.agreementId
        ? { id: after.agreementId, name: after.agreementName, problem: after.agreementProblem || undefined }
        : null;
    }
    staged[tenantId] = change;
  }
  return staged;
}
