package catalog

import "psabridge/app/internal/textsearch"

// Fold folds text as the catalog's indexes do (see textsearch.Fold). It stays here for
// callers outside the package that key catalog lookups by it.
func Fold(s string) string { return textsearch.Fold(s) }
