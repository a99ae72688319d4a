import { fold } from '../../components/highlight';
import type { ViewRow } from './staging';

/** German umlauts as people type them without the keys: "mueller" finds "Müller", "grosse" "Größe". */
const transliterations: [RegExp, string][] = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
];

function transliterate(s: string): string {
  return transliterations.reduce((acc, [from, to]) => acc.replace(from, to), s.toLowerCase());
}

/** The forms a text is searched in: accents folded ("muller", "grosse") and transliterated ("mueller"). */
function forms(text: string): string[] {
  return [fold(text.replace(/ß/g, 'ss')), fold(transliterate(text))];
}

/** The words of a filter text, folded like the text they are looked for in. */
export function filterWords(query: string): string[] {
  return fold(query.replace(/ß/g, 'ss'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a row matches the page filter the way the typeahead matches: every word, in any
 * order, somewhere in the product's name, key, SKU or its ConnectWise product ("xdr mdr").
 */
export function matchesFilter(row: ViewRow, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [row.description, row.productKey, row.sku, row.itemIdentifier, row.itemDescription]
    .filter(Boolean)
    .flatMap(forms)
    .join('\n');
  return words.every((w) => haystack.includes(w) || haystack.includes(transliterate(w)));
}
