import { describe, expect, it } from 'vitest';
import type { SyncRow } from '../../lib/api';
import { filterRows, formatQuantity, presentActions, pushCounts, showsProrate, sortRows, totals } from './previewLogic';

function row(p: Partial<SyncRow>): SyncRow {
  return {
    tenantId: 't1',
    tenantName: 'Alpha GmbH',
    productKey: 'P1',
    productDescription: 'Intercept X',
    agreementId: 1,
    agreementName: 'Sophos',
    catalogItemId: 10,
    sophosQuantity: 0,
    newQuantity: 0,
    action: 'create',
    reason: '',
    additionId: 0,
    prorated: false,
    candidates: [],
    error: '',
    ...p,
  } as SyncRow;
}

const rows = [
  row({ tenantId: 't1', tenantName: 'Alpha GmbH', action: 'create', sophosQuantity: 0.1, newQuantity: 0.1 }),
  row({
    tenantId: 't2',
    tenantName: 'Beta AG',
    action: 'update',
    sophosQuantity: 0.2,
    currentQuantity: 5,
    newQuantity: 0.2,
  }),
  row({ tenantId: 't3', tenantName: 'Gamma KG', action: 'skip', reason: 'customer_unmapped', sophosQuantity: 7 }),
  row({ tenantId: 't2', tenantName: 'Beta AG', action: 'zero', sophosQuantity: 0, currentQuantity: 3, newQuantity: 0 }),
  row({
    tenantId: 't4',
    tenantName: 'Delta',
    action: 'unchanged',
    sophosQuantity: 2,
    currentQuantity: 2,
    newQuantity: 2,
  }),
];

describe('the preview table logic', () => {
  it('filters by action and by customer name or tenant id, in any case', () => {
    expect(filterRows(rows, { action: 'skip', customer: '' }).map((r) => r.tenantId)).toEqual(['t3']);
    expect(filterRows(rows, { action: 'all', customer: 'beta' }).map((r) => r.action)).toEqual(['update', 'zero']);
    expect(filterRows(rows, { action: 'all', customer: ' T4 ' }).map((r) => r.tenantName)).toEqual(['Delta']);
    expect(filterRows(rows, { action: 'create', customer: 'beta' })).toEqual([]);
    expect(filterRows(rows, { action: 'all', customer: '' })).toHaveLength(rows.length);
  });

  it('totals Sophos usage of all rows, current and new quantity without skipped rows, exactly', () => {
    const t = totals(rows);
    expect(t.rows).toBe(5);
    expect(t.sophos).toBe(9.3);
    expect(t.billed).toBe(2.3);
    expect(t.current).toBe(10);
    expect(t.next).toBe(2.3); // 0.1 + 0.2 + 0 + 2, not 2.3000000000000003
    expect(t.byAction).toEqual({ create: 1, update: 1, skip: 1, zero: 1, unchanged: 1 });
    expect(totals([])).toMatchObject({ rows: 0, sophos: 0, current: 0, next: 0 });
  });

  it('counts a quantity set to 0 as an update in the confirmation', () => {
    expect(pushCounts({ create: 2, update: 1, zero: 3, unchanged: 9, skip: 4 })).toEqual({ creates: 2, updates: 4 });
    expect(pushCounts({})).toEqual({ creates: 0, updates: 0 });
  });

  it('offers the actions present, in a fixed order; an unknown action reads as skipped', () => {
    expect(presentActions([...rows, row({ action: 'something new' })])).toEqual([
      'create',
      'update',
      'zero',
      'unchanged',
      'skip',
    ]);
  });

  it('flags proration only where a quantity change will be written', () => {
    expect(showsProrate(row({ action: 'update', prorated: true }))).toBe(true);
    expect(showsProrate(row({ action: 'zero', prorated: true }))).toBe(true);
    expect(showsProrate(row({ action: 'create', prorated: true }))).toBe(false);
    expect(showsProrate(row({ action: 'update', prorated: false }))).toBe(false);
  });

  it('shows quantities with their decimals in the UI language', () => {
    expect(formatQuantity(1234.5, 'de')).toBe('1.234,5');
    expect(formatQuantity(0.333333, 'en')).toBe('0.333333');
  });
});

describe('the preview order', () => {
  it('lists writes first and skipped rows last, then by customer and product', () => {
    const sorted = sortRows(rows, 'de');
    expect(sorted.map((r) => r.action)).toEqual(['create', 'update', 'zero', 'unchanged', 'skip']);
    const two = sortRows(
      [
        row({ tenantName: 'Zeta', action: 'create' }),
        row({ tenantName: 'Äpfel AG', action: 'create', productDescription: 'B' }),
        row({ tenantName: 'Äpfel AG', action: 'create', productDescription: 'A' }),
      ],
      'de',
    );
    expect(two.map((r) => `${r.tenantName}/${r.productDescription}`)).toEqual([
      'Äpfel AG/A',
      'Äpfel AG/B',
      'Zeta/Intercept X',
    ]);
  });
});
