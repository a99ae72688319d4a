package catalog

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s and strips accents ("Ärger" → "arger"), the same folding the FTS5
// tokenizer applies (unicode61 remove_diacritics 2), so the identifier index and the
// full-text index agree on what matches.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent split off by NFD
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// SearchKey folds s for the full-text index and its queries: Fold, then the German
// transliterations, so "Müller", "Mueller" and "Muller" all become "muller" and "Größe",
// "Groesse" and "Grosse" all become "grosse". The index (search_text) and the query must
// use this same function, or they stop agreeing.
func SearchKey(s string) string {
	k := strings.ReplaceAll(Fold(s), "ß", "ss")
	for _, pair := range [...]struct{ spelled, letter string }{{"ae", "a"}, {"oe", "o"}, {"ue", "u"}} {
		k = strings.ReplaceAll(k, pair.spelled, pair.letter)
	}
	return k
}

// searchText is what the full-text index holds for an item (column search_text).
func searchText(identifier, description, manufacturerPartNumber, vendorSKU string) string {
	return SearchKey(identifier + " " + description + " " + manufacturerPartNumber + " " + vendorSKU)
}

// words splits folded text into the tokens unicode61 would index: runs of letters and digits.
func words(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// matchExpr builds an FTS5 query in which every word must match as a prefix: "int adv"
// → `"int"* AND "adv"*`. Each word is a quoted string, so nothing the user types (quotes,
// brackets, *, ^, NEAR, OR …) can act as FTS5 syntax.
func matchExpr(folded string) string {
	ws := words(folded)
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"*`
	}
	return strings.Join(parts, " AND ")
}

// prefixEnd is the smallest string greater than every string starting with prefix, for a
// half-open index range [prefix, prefixEnd).
func prefixEnd(prefix string) string { return prefix + "\U0010FFFF" }
