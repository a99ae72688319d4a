package customers

import (
	"slices"
	"strings"

	"psabridge/app/internal/textsearch"
)

// legalSuffixes are legal-form words dropped from the end of a name before two names are
// compared, each as the words it folds to ("e.K." → "e k").
func legalSuffixes() [][]string {
	return [][]string{
		{"haftungsbeschrankt"}, {"gmbh"}, {"mbh"}, {"gesmbh"}, {"ag"}, {"kgaa"}, {"kg"}, {"ohg"}, {"gbr"}, {"ug"},
		{"e", "k"}, {"e", "v"}, {"ek"}, {"ev"}, {"se"},
		{"inc"}, {"incorporated"}, {"llc"}, {"llp"}, {"ltd"}, {"limited"}, {"plc"}, {"pty"},
		{"corp"}, {"corporation"}, {"co"}, {"company"},
		{"sarl"}, {"sas"}, {"sa"}, {"srl"}, {"spa"}, {"bv"}, {"nv"},
	}
}

// NormalizeName is the key two names must share to count as the same customer: case and
// accents folded, ß as ss, punctuation dropped, and legal suffixes (GmbH, AG, Inc, Ltd,
// LLC, KG, Pty Ltd, Co., Corp, …) removed from the end. "Acme Corp." and "ACME
// Corporation" both give "acme". It is an exact key, never a fuzzy one; a name made only
// of suffixes keeps its words.
func NormalizeName(name string) string {
	words := textsearch.Words(strings.ReplaceAll(textsearch.Fold(name), "ß", "ss"))
	suffixes := legalSuffixes()
	for len(words) > 1 {
		cut := 0
		for _, suffix := range suffixes {
			if len(suffix) < len(words) && slices.Equal(words[len(words)-len(suffix):], suffix) {
				cut = len(suffix)
				break
			}
		}
		if cut == 0 {
			break
		}
		words = words[:len(words)-cut]
	}
	return strings.Join(words, " ")
}
