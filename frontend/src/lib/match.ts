// The configure page's filter matches like the catalog typeahead (Go: catalog.SearchKey
// and Find): every word of the query must start a word of the text, in any order, with
// case, accents and German transliterations ignored ("xdr mdr", "mueller" → "Müller",
// "grosse" → "Größe").

const germanSpellings: ReadonlyArray<readonly [string, string]> = [
  ['ae', 'a'],
  ['oe', 'o'],
  ['ue', 'u'],
];

/** Folds text the way catalog.SearchKey does: lower case, no accents, ß → ss, ae/oe/ue → a/o/u. */
export function searchKey(text: string): string {
  let key = text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replaceAll('ß', 'ss');
  for (const [spelled, letter] of germanSpellings) {
    key = key.replaceAll(spelled, letter);
  }
  return key;
}

/** Splits folded text into words: runs of letters and digits, as the full-text index does. */
function words(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/**
 * Reports whether every word of query starts a word of any of texts (in any order). An
 * empty query matches everything.
 */
export function matchesAllWords(query: string, ...texts: string[]): boolean {
  const wanted = words(searchKey(query));
  if (wanted.length === 0) {
    return true;
  }
  const have = words(searchKey(texts.join(' ')));
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}
