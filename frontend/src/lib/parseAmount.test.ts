import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount, type AmountResult } from './parseAmount';

const ok = (value: number): AmountResult => ({ ok: true, value });
const ambiguous = (asDecimal: number, asGroup: number): AmountResult => ({
  ok: false,
  reason: 'ambiguous',
  readings: [asDecimal, asGroup],
});
const fail = (reason: 'empty' | 'invalid' | 'negative'): AmountResult => ({ ok: false, reason });

describe('parseAmount in the German UI', () => {
  it.each<[string, AmountResult]>([
    // the locale's own form
    ['9,99', ok(9.99)],
    ['12,50', ok(12.5)],
    ['0,5', ok(0.5)],
    ['1.250,00', ok(1250)],
    ['1.234.567,8912', ok(1234567.8912)],
    ['1,250', ok(1.25)], // the German decimal comma: three decimals, not a group
    ['1.250.000', ok(1250000)],
    ['42', ok(42)],
    ['0', ok(0)],
    // the unambiguous English form (the defects of issue 12: 9.99 → 999,00, 12.50 → 1.250,00, 0.5 → 5,00)
    ['9.99', ok(9.99)],
    ['12.50', ok(12.5)],
    ['0.5', ok(0.5)],
    ['.5', ok(0.5)],
    ['0.500', ok(0.5)],
    ['12.5000', ok(12.5)],
    ['1,250.50', ok(1250.5)],
    ['1,250,000', ok(1250000)],
    // currency signs and codes, pasted
    ['€ 9,99', ok(9.99)],
    ['9,99 €', ok(9.99)],
    ['9,99€', ok(9.99)],
    ['EUR 1.250,00', ok(1250)],
    ['$12.50', ok(12.5)],
    ['  7,00  ', ok(7)],
    ['1 250,00', ok(1250)],
    // ambiguous: a lone "." and three digits could be 1,25 or 1.250
    ['1.250', ambiguous(1.25, 1250)],
    ['12.345', ambiguous(12.345, 12345)],
    ['€ 1.250', ambiguous(1.25, 1250)],
    // nonsense is refused, never guessed
    ['', fail('empty')],
    ['   ', fail('empty')],
    ['€', fail('empty')],
    ['abc', fail('invalid')],
    ['9,99,9', fail('invalid')],
    ['1.25.0', fail('invalid')],
    ['1.2345,00', fail('invalid')],
    ['12,5.00', fail('invalid')],
    ['1e3', fail('invalid')],
    ['-5', fail('negative')],
    ['-0,00', ok(0)],
    [',', fail('invalid')],
  ])('%j', (text, want) => {
    expect(parseAmount(text, 'de')).toEqual(want);
  });
});

describe('parseAmount in the English UI', () => {
  it.each<[string, AmountResult]>([
    ['9.99', ok(9.99)],
    ['12.50', ok(12.5)],
    ['1,250.00', ok(1250)],
    ['1.250', ok(1.25)],
    ['1,250,000', ok(1250000)],
    // the unambiguous German form (the defect: 12,50 → 1,250.00)
    ['12,50', ok(12.5)],
    ['9,99', ok(9.99)],
    ['0,5', ok(0.5)],
    ['1.250,50', ok(1250.5)],
    ['€ 9,99', ok(9.99)],
    ['$ 9.99', ok(9.99)],
    ['9.99 USD', ok(9.99)],
    ['1,250', ambiguous(1.25, 1250)],
    ['abc', fail('invalid')],
    ['-1', fail('negative')],
  ])('%j', (text, want) => {
    expect(parseAmount(text, 'en')).toEqual(want);
  });
});

describe('formatAmount', () => {
  it('writes the language form that parseAmount reads back', () => {
    for (const lang of ['de', 'en']) {
      for (const v of [0, 9.99, 12.5, 1250, 1234567.8912]) {
        expect(parseAmount(formatAmount(v, lang), lang)).toEqual(ok(v));
      }
    }
  });
});
