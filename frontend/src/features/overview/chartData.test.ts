import { describe, expect, it } from 'vitest';
import { monthLabel, reasonRows, seriesRows, splitRows } from './chartData';

describe('monthLabel', () => {
  it('writes a month in the locale, without shifting it by the time zone', () => {
    expect(monthLabel('2026-01', 'de')).toBe('Jan. 2026');
    expect(monthLabel('2026-12', 'en')).toBe('Dec 2026');
  });
  it('leaves what is not a month as it is', () => {
    expect(monthLabel('', 'de')).toBe('');
  });
});

describe('splitRows', () => {
  it('keeps every month and its numbers, labelled in the locale', () => {
    const rows = splitRows(
      [
        { month: '2026-09', billed: 10.5, unbilled: 2 },
        { month: '2026-10', billed: 0, unbilled: 7.25 },
      ],
      'en',
    );
    expect(rows).toEqual([
      { month: '2026-09', label: 'Sep 2026', billed: 10.5, unbilled: 2 },
      { month: '2026-10', label: 'Oct 2026', billed: 0, unbilled: 7.25 },
    ]);
  });
});

describe('seriesRows', () => {
  it('turns per-product series into one row per month with each product’s quantity', () => {
    const rows = seriesRows(
      ['2026-09', '2026-10'],
      [
        { productKey: 'A', description: 'Alpha', quantities: [1, 2.5] },
        { productKey: 'B', description: 'Beta', quantities: [0, 4] },
      ],
      'de',
    );
    expect(rows).toEqual([
      { month: '2026-09', label: 'Sept. 2026', values: { A: 1, B: 0 } },
      { month: '2026-10', label: 'Okt. 2026', values: { A: 2.5, B: 4 } },
    ]);
  });
  it('reads a missing quantity as 0', () => {
    expect(seriesRows(['2026-10'], [{ productKey: 'A', description: '', quantities: [] }], 'en')[0]?.values).toEqual({
      A: 0,
    });
  });
});

describe('reasonRows', () => {
  it('links each reason to the page that fixes it and keeps the quantities', () => {
    const rows = reasonRows({
      month: '2026-10',
      total: 20,
      billed: 5,
      unbilled: 15,
      byReason: [
        { reason: 'product_unmapped', quantity: 10 },
        { reason: 'customer_sync_off', quantity: 3 },
        { reason: 'no_customer', quantity: 2 },
      ],
    });
    expect(rows).toEqual([
      { reason: 'product_unmapped', quantity: 10, href: '/configure?show=unmapped' },
      { reason: 'customer_sync_off', quantity: 3, href: '/customers?show=mapped' },
      { reason: 'no_customer', quantity: 2, href: null },
    ]);
    expect(rows.reduce((sum, r) => sum + r.quantity, 0)).toBe(15);
  });
  it('drops a reason this frontend does not know rather than showing a raw code', () => {
    expect(
      reasonRows({ month: '', total: 1, billed: 0, unbilled: 1, byReason: [{ reason: 'new_reason', quantity: 1 }] }),
    ).toEqual([]);
  });
});
