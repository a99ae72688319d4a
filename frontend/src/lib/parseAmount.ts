/**
 * Reads an amount (price, cost) typed or pasted by the user, without ever reinterpreting it
 * silently. The UI language's form is accepted ("1.250,50" in German, "1,250.50" in
 * English), and so is the other form where it cannot be misread: one separator followed by
 * one or two digits ("12.50" is 12,50 in German), or both separators. A lone separator
 * followed by exactly three digits ("1.250" in German, "1,250" in English) could be either
 * a thousands group or three decimals: that is reported as ambiguous, with both readings.
 * A currency sign or code before or after the number is dropped.
 */
export type AmountResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'invalid' | 'negative' }
  | { ok: false; reason: 'ambiguous'; readings: [number, number] };

/** Currency signs and ISO codes a pasted amount may carry. */
const currencyPattern =
  /^(?:€|\$|£|¥|CHF|EUR|USD|GBP|AUD|CAD|NZD|ZAR|Fr\.?)\s*|\s*(?:€|\$|£|¥|CHF|EUR|USD|GBP|AUD|CAD|NZD|ZAR|Fr\.?)$/giu;

export function parseAmount(text: string, lang: string): AmountResult {
  const german = !lang.toLowerCase().startsWith('en');
  const decimal = german ? ',' : '.';
  const group = german ? '.' : ',';
  let s = text.trim().replace(currencyPattern, '').trim();
  let negative = false;
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = true;
    s = s.slice(1).trim();
  }
  // Spaces (also narrow no-break spaces) and apostrophes group thousands in some locales.
  s = s.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return negative ? { ok: false, reason: 'invalid' } : { ok: false, reason: 'empty' };
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'invalid' };

  const result = read(s, decimal, group);
  if (!result.ok || !negative) return result;
  return result.value === 0 ? result : { ok: false, reason: 'negative' };
}

function read(s: string, decimal: string, group: string): AmountResult {
  const hasDecimal = s.includes(decimal);
  const hasGroup = s.includes(group);
  if (!hasDecimal && !hasGroup) return number(s, '');
  if (hasDecimal && hasGroup) {
    // Both: the last one is the decimal separator, in either form.
    const last = s.lastIndexOf(decimal) > s.lastIndexOf(group) ? decimal : group;
    const other = last === decimal ? group : decimal;
    const cut = s.lastIndexOf(last);
    const whole = s.slice(0, cut);
    if (whole.includes(last) || !groupedWell(whole, other)) return { ok: false, reason: 'invalid' };
    return number(whole.split(other).join(''), s.slice(cut + 1));
  }
  if (hasDecimal) {
    // Only the language's decimal separator: once, it is the decimal point.
    const parts = s.split(decimal);
    // "1,250,000" in German is the other form's thousands: unambiguous.
    if (parts.length > 2)
      return groupedWell(s, decimal) ? number(parts.join(''), '') : { ok: false, reason: 'invalid' };
    const [whole = '', fraction = ''] = parts;
    return number(whole, fraction);
  }
  // Only the language's group separator.
  const parts = s.split(group);
  if (parts.length > 2) return groupedWell(s, group) ? number(parts.join(''), '') : { ok: false, reason: 'invalid' };
  const [whole = '', tail = ''] = parts;
  if (tail.length === 3 && whole !== '' && whole !== '0') {
    const asGroup = number(whole + tail, '');
    const asDecimal = number(whole, tail);
    if (asGroup.ok && asDecimal.ok)
      return { ok: false, reason: 'ambiguous', readings: [asDecimal.value, asGroup.value] };
  }
  // "12.50" in German, "0.5", ".5", "1.2500": no thousands group has this shape.
  return number(whole, tail);
}

/** "1.234.567": groups of three after a first group of one to three digits. */
function groupedWell(whole: string, sep: string): boolean {
  const groups = whole.split(sep);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function number(whole: string, fraction: string): AmountResult {
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '')
    return { ok: false, reason: 'invalid' };
  return { ok: true, value: Number(`${whole || '0'}.${fraction || '0'}`) };
}

/**
 * A formatter for amounts in the UI language's form. Building one costs far more than
 * formatting, so a list that formats many prices makes it once (see formatAmount).
 */
export function amountFormatter(lang: string): (value: number) => string {
  const format = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return (value) => format.format(value);
}

/** The amount in the UI language's form, for the field's starting text. */
export function formatAmount(value: number, lang: string): string {
  return amountFormatter(lang)(value);
}
