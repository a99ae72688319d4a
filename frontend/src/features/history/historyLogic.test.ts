import { describe, expect, it } from 'vitest';
import { changedFields, runCounts, valueText } from './historyLogic';

describe('the history logic', () => {
  it('lists every field a create set', () => {
    expect(changedFields('{}', '{"additionId":7,"quantity":12.5}')).toEqual([
      { field: 'additionId', before: undefined, after: 7 },
      { field: 'quantity', before: undefined, after: 12.5 },
    ]);
  });

  it('lists only the fields an update changed', () => {
    const before = '{"additionId":7,"quantity":12,"billCustomer":"Billable"}';
    const after = '{"additionId":7,"quantity":15,"billCustomer":"Billable"}';
    expect(changedFields(before, after)).toEqual([{ field: 'quantity', before: 12, after: 15 }]);
  });

  it('reads unreadable JSON as empty, not as an error', () => {
    expect(changedFields('not json', '[1]')).toEqual([]);
  });

  it('shows values as they came', () => {
    expect(valueText(0.1)).toBe('0.1');
    expect(valueText('Billable')).toBe('Billable');
    expect(valueText(undefined)).toBe('');
    expect(valueText({ id: 1 })).toBe('{"id":1}');
  });

  it('counts adopted creates as created and zeroed additions as updated', () => {
    expect(runCounts({ create: 2, adopted: 1, update: 3, zero: 1, unchanged: 4, skip: 5, not_run: 1 })).toEqual({
      created: 3,
      updated: 4,
      unchanged: 4,
      skipped: 6,
    });
  });
});
