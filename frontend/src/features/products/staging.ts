import type { CatalogMatch, ProductChange, ProductDraft, ProductRow, ProductSuggestion } from '../../lib/api';

/** What the configure page has staged for one product's mapping until "Speichern". */
export type StagedMapping =
  | { kind: 'existing'; item: Pick<CatalogMatch, 'id' | 'identifier' | 'description'> }
  | { kind: 'new'; draft: ProductDraft }
  | { kind: 'remove' };

/** A product's staged state; absent fields keep the saved value. */
export interface Staged {
  mapping?: StagedMapping;
  syncEnabled?: boolean;
}

export type StagedChanges = Record<string, Staged>;

/** A product's suggested catalog item, staged like a pick in the map dialog. */
export function acceptSuggestion(s: ProductSuggestion): Staged {
  return {
    mapping: { kind: 'existing', item: { id: s.itemId, identifier: s.itemIdentifier, description: s.itemDescription } },
  };
}

/** The row as the page shows it: saved values with the staged ones laid over. */
export interface ViewRow extends ProductRow {
  staged: boolean;
  /** A product to be created in ConnectWise on save. */
  pendingCreate: boolean;
}

export function applyStaged(row: ProductRow, s: Staged | undefined): ViewRow {
  const view: ViewRow = { ...row, staged: false, pendingCreate: false } as ViewRow;
  if (!s) return view;
  view.staged = true;
  switch (s.mapping?.kind) {
    case 'existing':
      Object.assign(view, {
        mapped: true,
        itemId: s.mapping.item.id,
        itemIdentifier: s.mapping.item.identifier,
        itemDescription: s.mapping.item.description,
        stale: '',
      });
      break;
    case 'new':
      Object.assign(view, {
        mapped: true,
        itemId: 0,
        itemIdentifier: s.mapping.draft.identifier,
        itemDescription: s.mapping.draft.description,
        stale: '',
      });
      view.pendingCreate = true;
      break;
    case 'remove':
      Object.assign(view, {
        mapped: false,
        itemId: 0,
        itemIdentifier: '',
        itemDescription: '',
        stale: '',
        syncEnabled: false,
      });
      break;
  }
  if (s.syncEnabled !== undefined) view.syncEnabled = view.mapped && s.syncEnabled;
  return view;
}

/** The staged changes as Save expects them. */
export function toChanges(rows: ProductRow[], staged: StagedChanges): ProductChange[] {
  const out: ProductChange[] = [];
  for (const row of rows) {
    const s = staged[row.productKey];
    if (!s) continue;
    const view = applyStaged(row, s);
    const base = { productKey: row.productKey, itemId: 0, syncEnabled: view.syncEnabled } as ProductChange;
    switch (s.mapping?.kind) {
      case 'existing':
        out.push({ ...base, mapping: 'existing', itemId: s.mapping.item.id });
        break;
      case 'new':
        out.push({ ...base, mapping: 'new', draft: s.mapping.draft } as ProductChange);
        break;
      case 'remove':
        out.push({ ...base, mapping: 'remove', syncEnabled: false });
        break;
      default:
        out.push({ ...base, mapping: 'keep' });
    }
  }
  return out;
}
