import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sorting';
import type { ViewRow } from './staging';

const r = (description: string, mapped: boolean, syncEnabled = false) =>
  ({
    productKey: description,
    description,
    mapped,
    syncEnabled,
    itemDescription: mapped ? description : '',
  }) as ViewRow;

describe('sorting', () => {
  const rows = [r('b', false), r('a', true, true), r('c', true)];
  it('sorts by name both ways', () => {
    expect(sortRows(rows, { column: 'sophos', direction: 'ascending' }).map((x) => x.description)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(sortRows(rows, { column: 'sophos', direction: 'descending' }).map((x) => x.description)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
  it('puts mapped rows first by ConnectWise product, synced first by sync', () => {
    expect(sortRows(rows, { column: 'cw', direction: 'ascending' }).map((x) => x.description)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, { column: 'sync', direction: 'ascending' })[0]?.description).toBe('a');
  });
  it('flips direction on the same column', () => {
    expect(nextSort({ column: 'cw', direction: 'ascending' }, 'cw').direction).toBe('descending');
    expect(nextSort({ column: 'cw', direction: 'ascending' }, 'sync')).toEqual({
      column: 'sync',
      direction: 'ascending',
    });
  });
});
