import { describe, expect, it } from 'vitest';
import { filterWords, matchesFilter } from './pageFilter';
import type { ViewRow } from './staging';

const row = (description: string, itemDescription = ''): ViewRow =>
  ({
    productKey: 'key-' + description.length,
    sku: '',
    description,
    itemIdentifier: '',
    itemDescription,
  }) as ViewRow;

describe('page filter', () => {
  it('matches every word in any order', () => {
    const r = row('Central Intercept X Advanced with XDR and MDR Complete');
    expect(matchesFilter(r, filterWords('xdr mdr'))).toBe(true);
    expect(matchesFilter(r, filterWords('mdr xdr'))).toBe(true);
    expect(matchesFilter(r, filterWords('xdr encryption'))).toBe(false);
  });
  it('finds umlauts typed as transliterations and without accents', () => {
    const r = row('Müller Größe');
    expect(matchesFilter(r, filterWords('mueller'))).toBe(true);
    expect(matchesFilter(r, filterWords('muller'))).toBe(true);
    expect(matchesFilter(r, filterWords('grosse'))).toBe(true);
  });
  it('looks at the mapped ConnectWise product too', () => {
    expect(matchesFilter(row('Sophos A', 'Endpoint Protection'), filterWords('endpoint'))).toBe(true);
  });
  it('an empty filter matches all', () => {
    expect(matchesFilter(row('x'), filterWords('  '))).toBe(true);
  });
});
