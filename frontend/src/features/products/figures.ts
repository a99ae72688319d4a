/**
 * Figures of the configure table in the UI language, never rounded: a quantity or price
 * shows every decimal the API gave ("12,5" stays 12,5; a price keeps at least two decimals).
 */
export function formatQuantity(n: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 20 }).format(n);
}

export function formatPrice(n: number, lang: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 20 }).format(n);
}
