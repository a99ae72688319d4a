// Package catalog keeps the local copy of the ConnectWise catalog (for an instant, offline
// product typeahead), refreshes it from ConnectWise, and flags mappings that went stale.
package catalog

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"psabridge/db/dbsqlc"
)

// MinQueryLength is the fewest characters a search needs, as in Sophos Central's dialog.
const MinQueryLength = 2

// MaxResults is how many matches the typeahead shows.
const MaxResults = 20

// Search text limits. Longer text cannot name a catalog item better (an identifier has at
// most 75 characters, a description 60), but costs the database work that grows with
// its size: 1 MB of text once kept a reader connection busy for minutes.
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

// Query is one typeahead search.
type Query struct {
	Text            string
	IncludeInactive bool
	Limit           int // 0 or more than MaxResults means MaxResults
}

// Match is one typeahead result: just what the list shows.
type Match struct {
	ID                     int64
	Identifier             string
	Description            string
	Inactive               bool
	ManufacturerPartNumber string
	VendorSKU              string
	Price                  float64
}

// Search finds catalog items for the typeahead: first identifiers that start with the
// query, then items where every word of the query starts a word of the identifier,
// description, manufacturer part number or vendor SKU. Both tiers stop at the limit, so
// the cost does not grow with the number of matches. Text over the limits is refused
// before any work (QueryTooLongError); cancelling ctx stops a running search.
func Search(ctx context.Context, q *dbsqlc.Queries, query Query) ([]Match, error) {
	if n := utf8.RuneCountInString(query.Text); n > MaxQueryLength {
		return nil, &QueryTooLongError{Length: n, Words: len(strings.Fields(query.Text))}
	}
	folded := strings.TrimSpace(Fold(query.Text))
	if utf8.RuneCountInString(folded) < MinQueryLength {
		return []Match{}, nil
	}
	if n := len(words(folded)); n > MaxQueryWords {
		return nil, &QueryTooLongError{Length: utf8.RuneCountInString(query.Text), Words: n}
	}
	limit := query.Limit
	if limit <= 0 || limit > MaxResults {
		limit = MaxResults
	}
	inactive := int64(0)
	if query.IncludeInactive {
		inactive = 1
	}
	byIdentifier, err := q.SearchCatalogByIdentifierPrefix(ctx, dbsqlc.SearchCatalogByIdentifierPrefixParams{
		Prefix: folded, PrefixEnd: prefixEnd(folded), IncludeInactive: inactive, Lim: int64(limit),
	})
	if err != nil {
		return nil, fmt.Errorf("search catalog identifiers for %q: %w", query.Text, err)
	}
	out := make([]Match, 0, limit)
	seen := make(map[int64]bool, limit)
	for _, r := range byIdentifier {
		out = append(out, Match{r.ID, r.Identifier, r.Description, r.Inactive == 1, r.ManufacturerPartNumber, r.VendorSku, r.Price})
		seen[r.ID] = true
	}
	match := matchExpr(folded)
	if len(out) >= limit || match == "" {
		return out, nil
	}
	// Ask for enough extra rows to fill up after dropping the ones tier one already found.
	byWords, err := q.SearchCatalogByWords(ctx, dbsqlc.SearchCatalogByWordsParams{
		Match: match, IncludeInactive: inactive, Lim: int64(limit + len(out)),
	})
	if err != nil {
		return nil, fmt.Errorf("search catalog for %q: %w", query.Text, err)
	}
	for _, r := range byWords {
		if len(out) == limit {
			break
		}
		if !seen[r.ID] {
			out = append(out, Match{r.ID, r.Identifier, r.Description, r.Inactive == 1, r.ManufacturerPartNumber, r.VendorSku, r.Price})
		}
	}
	return out, nil
}
