import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BulkActions } from './BulkActions';
import { ProductTable } from './ProductTable';
import { renderIn } from './dialogs/testing';
import type { ViewRow } from './staging';
import type { ProductSuggestion } from '../../lib/api';

const row = (productKey: string, description: string, mapped: boolean, over: Partial<ViewRow> = {}): ViewRow =>
  ({
    productKey,
    sku: '',
    description,
    group: '',
    firstSeen: '',
    lastSeen: '',
    new: false,
    syncEnabled: false,
    mapped,
    itemId: mapped ? 7 : 0,
    itemIdentifier: mapped ? 'SOPH-1' : '',
    itemDescription: mapped ? 'Sophos one' : '',
    stale: '',
    staged: false,
    pendingCreate: false,
    ...over,
  }) as ViewRow;

const rows = [row('a', 'Central Intercept X Advanced', true), row('b', 'Central Device Encryption', false)];

async function renderTable(over: Partial<Parameters<typeof ProductTable>[0]> = {}) {
  const props = {
    rows,
    selected: new Set<string>(),
    onSelect: vi.fn(),
    sort: null,
    onSort: vi.fn(),
    onEdit: vi.fn(),
    onDetails: vi.fn(),
    onAdd: vi.fn(),
    onSync: vi.fn(),
    suggestions: new Map(),
    onAcceptSuggestion: vi.fn(),
    ...over,
  };
  await renderIn('de', <ProductTable {...props} />);
  return { props };
}

describe('ProductTable', () => {
  it("names every row control with the row's product", async () => {
    await renderTable();
    expect(screen.getByRole('button', { name: 'Bearbeiten: Central Intercept X Advanced' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Details: Central Intercept X Advanced' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Produkt zu PSA hinzufügen: Central Device Encryption' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Synchronisierung: Central Device Encryption' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Auswählen: Central Device Encryption' })).toBeTruthy();
  });

  it('says why the sync switch of an unmapped product is off', async () => {
    await renderTable();
    const sw = screen.getByRole('switch', { name: 'Synchronisierung: Central Device Encryption' });
    expect((sw as HTMLInputElement).disabled).toBe(true);
    const reason = document.getElementById(sw.getAttribute('aria-describedby') ?? '');
    expect(reason?.querySelector('.visually-hidden')?.textContent).toBe(
      'Synchronisierung ist nur für zugeordnete Produkte möglich',
    );
    expect(reason?.getAttribute('title')).toBe('Synchronisierung ist nur für zugeordnete Produkte möglich');
    expect(screen.getByText('Erst zuordnen')).toBeTruthy();
    const on = screen.getByRole('switch', { name: 'Synchronisierung: Central Intercept X Advanced' });
    expect(on.getAttribute('aria-describedby')).toBeNull();
  });

  it('sorts by a column header and shows the direction', async () => {
    const { props } = await renderTable({ sort: { column: 'sophos', direction: 'ascending' } });
    const header = screen.getByRole('columnheader', { name: /Sophos-Produkt/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(screen.getByRole('button', { name: /ConnectWise-Produkt/ }));
    expect(props.onSort).toHaveBeenCalledWith('cw');
  });

  it('selects all shown rows from the header', async () => {
    const { props } = await renderTable();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alle angezeigten auswählen' }));
    expect(props.onSelect).toHaveBeenCalledWith(['a', 'b'], true);
  });
});

const suggestion = {
  productKey: 'b',
  itemId: 42,
  itemIdentifier: 'Sophos_Device_Encryption',
  itemDescription: 'Sophos Central Device Encryption',
  reasons: [{ rule: 'sophosOwnIdentifier', value: 'Sophos_Device_Encryption' }],
} as ProductSuggestion;

describe('ProductTable figures and suggestions', () => {
  it("shows last month's usage and the mapped item's price and unit, exactly", async () => {
    const used = row('a', 'Central Intercept X Advanced', true, {
      usageMonth: '2026-11',
      usageQuantity: 1234.5,
      usageCustomers: 7,
      itemPrice: 12.125,
      itemUnit: 'Month',
    });
    await renderTable({ rows: [used] });
    expect(screen.getByText('1.234,5')).toBeTruthy();
    expect(screen.getByText('7 Kunden')).toBeTruthy();
    expect(screen.getByText('12,125 / Month')).toBeTruthy();
  });

  it('offers a suggestion with its reason; one click stages it, nothing is automatic', async () => {
    const { props } = await renderTable({ suggestions: new Map([['b', suggestion]]) });
    expect(screen.getByText('Sophos Central Device Encryption')).toBeTruthy();
    expect(screen.getByText('Kennung der Sophos-Integration (Sophos_Device_Encryption)')).toBeTruthy();
    expect(props.onAcceptSuggestion).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Vorschlag übernehmen: Central Device Encryption' }));
    expect(props.onAcceptSuggestion).toHaveBeenCalledWith(rows[1], suggestion);
  });
});

describe('BulkActions', () => {
  it('accepts the suggestions of the selected rows in one go', async () => {
    const onStage = vi.fn();
    await renderIn(
      'de',
      <BulkActions rows={rows} suggestions={new Map([['b', suggestion]])} onStage={onStage} onClear={vi.fn()} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Vorschläge übernehmen (1)' }));
    expect(onStage).toHaveBeenCalledWith([
      [
        'b',
        {
          mapping: {
            kind: 'existing',
            item: { id: 42, identifier: 'Sophos_Device_Encryption', description: 'Sophos Central Device Encryption' },
          },
        },
      ],
    ]);
  });

  it('stages sync and removal for the mapped rows of the selection only', async () => {
    const onStage = vi.fn();
    await renderIn('de', <BulkActions rows={rows} suggestions={new Map()} onStage={onStage} onClear={vi.fn()} />);
    expect(screen.getByText('2 ausgewählt')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Synchronisierung an' }));
    expect(onStage).toHaveBeenLastCalledWith([['a', { syncEnabled: true }]]);
    await userEvent.click(screen.getByRole('button', { name: 'Zuordnungen entfernen' }));
    expect(onStage).toHaveBeenLastCalledWith([['a', { mapping: { kind: 'remove' }, syncEnabled: false }]]);
  });
});
