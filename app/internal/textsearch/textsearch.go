// Package textsearch holds the text folding and FTS5 query building that the typeahead
// searches share (catalog items, ConnectWise companies), so every cache folds text the
// same way its full-text index does.
package textsearch

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

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

// SearchKey folds s for a full-text index and its queries: Fold, then the German
// transliterations, so "Müller", "Mueller" and "Muller" all become "muller" and "Größe",
// "Groesse" and "Grosse" all become "grosse". An index and its queries must use this same
// function, or they stop agreeing.
func SearchKey(s string) string {
	k := strings.ReplaceAll(Fold(s), "ß", "ss")
	for _, pair := range [...]struct{ spelled, letter string }{{"ae", "a"}, {"oe", "o"}, {"ue", "u"}} {
		k = strings.ReplaceAll(k, pair.spelled, pair.letter)
	}
	return k
}

// Words splits folded text into the tokens unicode61 would index: runs of letters and digits.
func Words(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// MatchExpr builds an FTS5 query in which every word must match as a prefix: "int adv"
// → `"int"* AND "adv"*`. Each word is a quoted string, so nothing the user types (quotes,
// brackets, *, ^, NEAR, OR …) can act as FTS5 syntax.
func MatchExpr(folded string) string { return allOf(Words(folded), "*") }

// WholeWordsExpr builds an FTS5 query in which every word (of Words) must match a whole
// word, quoted like MatchExpr's.
func WholeWordsExpr(words []string) string { return allOf(words, "") }

func allOf(words []string, suffix string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"` + suffix
	}
	return strings.Join(parts, " AND ")
}

// PrefixEnd is the smallest string greater than every string starting with prefix, for a
// half-open index range [prefix, PrefixEnd).
func PrefixEnd(prefix string) string { return prefix + "\U0010FFFF" }

// Search text limits. Longer text cannot name a record better, but costs the database
// work that grows with its size.
const (
	MaxQueryLength = 100 // characters
	MaxQueryWords  = 8
)

// QueryTooLongError says the search text is over MaxQueryLength characters or
// MaxQueryWords words; nothing was searched.
type QueryTooLongError struct {
	Length, Words int
}

func (e *QueryTooLongError) Error() string {
	return fmt.Sprintf("search text: %d characters and %d words; at most %d characters and %d words are searched",
		e.Length, e.Words, MaxQueryLength, MaxQueryWords)
}

// CheckLength refuses search text over the limits, before any work is done on it.
func CheckLength(text string) error {
	n, words := utf8.RuneCountInString(text), len(Words(Fold(text)))
	if n > MaxQueryLength || words > MaxQueryWords {
		return &QueryTooLongError{Length: n, Words: words}
	}
	return nil
}
