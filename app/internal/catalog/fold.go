package catalog

import "psabridge/app/internal/textsearch"

// Fold folds text as the catalog's identifier index does (see textsearch.Fold). It stays
// here for callers outside the package that key catalog lookups by it.
func Fold(s string) string { return textsearch.Fold(s) }

// SearchKey folds text as the catalog's full-text index and its queries do (see
// textsearch.SearchKey: accents and German transliterations do not matter).
func SearchKey(s string) string { return textsearch.SearchKey(s) }

// searchText is what the full-text index holds for an item (column search_text).
func searchText(identifier, description, manufacturerPartNumber, vendorSKU string) string {
	return SearchKey(identifier + " " + description + " " + manufacturerPartNumber + " " + vendorSKU)
}
