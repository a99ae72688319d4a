import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportResult, ProductImportChange } from '../../lib/api';
import { applyStaged } from '../products/staging';
import { renderIn } from '../products/dialogs/testing';
import { ImportResultDialog } from './ImportResultDialog';
import { stageProductImport } from './stageImport';

const change = (c: Partial<ProductImportChange>): ProductImportChange => ({
  line: 2,
  productKey: 'CIXA',
  description: 'Intercept X Advanced',
  itemId: 0,
  itemIdentifier: '',
  itemDescription: '',
  syncEnabled: false,
  beforeItemId: 0,
  beforeItemIdentifier: '',
  beforeSyncEnabled: false,
  ...c,
});
const result = (r: Partial<ImportResult>): ImportResult => ({
  path: '/tmp/x/produkte.csv',
  kind: 'products',
  errors: [],
  warnings: [],
  products: [],
  customers: [],
  cancelled: false,
  ...r,
});

describe('ImportResultDialog', () => {
  it('lists every error with its line and column, translated, and offers nothing to stage', async () => {
    const onStage = vi.fn();
    await renderIn(
      'de',
      <ImportResultDialog
        onClose={vi.fn()}
        onStage={onStage}
        result={result({
          errors: [
            { line: 2, column: 3, field: 'cw_catalog_item_id', code: 'bad_value', message: 'not a number: "abc"' },
            {
              line: 3,
              column: 1,
              field: 'sophos_product_code',
              code: 'unknown_id',
              message: 'unknown Sophos product "X"',
            },
          ],
        })}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('nichts wurde geändert');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'ZeileSpalteMeldung',
      '23 (cw_catalog_item_id)Ungültiger Wert.not a number: "abc"',
      '31 (sophos_product_code)Unbekannte ID.unknown Sophos product "X"',
    ]);
    expect(screen.queryByRole('button', { name: 'Änderungen vormerken' })).toBeNull();
  });

  it('says when the file matches the saved mappings', async () => {
    await renderIn('en', <ImportResultDialog onClose={vi.fn()} onStage={vi.fn()} result={result({})} />);
    expect(screen.getByRole('status').textContent).toBe('The file matches the saved mappings – nothing to stage.');
  });

  it('shows the changes and stages them on request', async () => {
    const onStage = vi.fn();
    await renderIn(
      'de',
      <ImportResultDialog
        onClose={vi.fn()}
        onStage={onStage}
        result={result({ products: [change({ itemId: 7, itemIdentifier: 'SOP-CIXA', syncEnabled: true })] })}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Änderungen aus produkte.csv: 1.');
    expect(screen.getAllByRole('row')[1]?.textContent).toBe(
      '2Intercept X Advancednicht zugeordnet, Sync ausSOP-CIXA, Sync an',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Änderungen vormerken' }));
    expect(onStage).toHaveBeenCalled();
  });
});

describe('stageProductImport', () => {
  const saved = {
    productKey: 'CIXA',
    mapped: true,
    itemId: 5,
    itemIdentifier: 'OLD',
    itemDescription: 'Old item',
    syncEnabled: true,
    stale: '',
  } as Parameters<typeof applyStaged>[0];

  it('stages a new item as a mapping to an existing product, with the sync switch of the file', () => {
    const staged = stageProductImport([
      change({ itemId: 7, itemIdentifier: 'SOP-CIXA', itemDescription: 'Sophos CIXA', beforeItemId: 5 }),
    ]);
    const view = applyStaged(saved, staged.CIXA);
    expect([view.itemId, view.itemIdentifier, view.syncEnabled, view.staged]).toEqual([7, 'SOP-CIXA', false, true]);
  });

  it('stages no item as removing the mapping, and a sync change alone as just that', () => {
    expect(applyStaged(saved, stageProductImport([change({ beforeItemId: 5 })]).CIXA).mapped).toBe(false);
    const syncOnly = stageProductImport([change({ itemId: 5, beforeItemId: 5, beforeSyncEnabled: true })]).CIXA;
    expect(syncOnly).toEqual({ syncEnabled: false });
    expect(applyStaged(saved, syncOnly).itemId).toBe(5);
  });
});
