// Package catalog keeps the local copy of the ConnectWise catalog (for an instant, offline
// product typeahead), refreshes it from ConnectWise, and flags mappings that went stale.
package catalog

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"psabridge/app/internal/textsearch"
	"psabridge/db/dbsqlc"
)

// MinQueryLength is the fewest characters a search needs, as in Sophos Central's dialog.
const MinQueryLength = 2

// MaxResults is how many matches the typeahead shows.
const MaxResults = 20

// Search text limits: the typeahead's are textsearch's (1 MB of text once kept a reader
// connection busy for minutes).
const (
	MaxQueryLength = textsearch.MaxQueryLength // characters
	MaxQueryWords  = textsearch.MaxQueryWords
)

// QueryTooLongError says the search text is over the limits; nothing was searched.
type QueryTooLongError = textsearch.QueryTooLongError

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
	UnitOfMeasure          string    // with the price, tells monthly and yearly variants apart
	MappedTo               []Mapping // Sophos products already mapped to this item ("bereits zugeordnet")
}

// Mapping is a Sophos product mapped to a catalog item.
type Mapping struct {
	ProductKey  string
	Description string
	SyncEnabled bool
}

// Results are the matches of one search; HasMore says more items match than were
// returned (the list shows "more results: keep typing").
type Results struct {
	Matches []Match
	HasMore bool
}

// Search is Find without HasMore.
func Search(ctx context.Context, q *dbsqlc.Queries, query Query) ([]Match, error) {
	r, err := Find(ctx, q, query)
	return r.Matches, err
}

// Find finds catalog items for the typeahead: first identifiers that start with the
// query, then items where every word of the query starts a word of the identifier,
// description, manufacturer part number or vendor SKU (compared by SearchKey, so case,
// accents and German transliterations do not matter). Both tiers stop one row past the
// limit, so the cost does not grow with the number of matches and HasMore is exact.
// Text over the limits is refused before any work (QueryTooLongError); cancelling ctx
// stops a running search.
func Find(ctx context.Context, q *dbsqlc.Queries, query Query) (Results, error) {
	if err := textsearch.CheckLength(query.Text); err != nil {
		return Results{}, err
	}
	folded := strings.TrimSpace(Fold(query.Text))
	if utf8.RuneCountInString(folded) < MinQueryLength {
		return Results{Matches: []Match{}}, nil
	}
	key := SearchKey(folded)
	limit := query.Limit
	if limit <= 0 || limit > MaxResults {
		limit = MaxResults
	}
	inactive := int64(0)
	if query.IncludeInactive {
		inactive = 1
	}
	byIdentifier, err := q.SearchCatalogByIdentifierPrefix(ctx, dbsqlc.SearchCatalogByIdentifierPrefixParams{
		Prefix: folded, PrefixEnd: textsearch.PrefixEnd(folded), IncludeInactive: inactive, Lim: int64(limit + 1),
	})
	if err != nil {
		return Results{}, fmt.Errorf("search catalog identifiers for %q: %w", query.Text, err)
	}
	res := Results{Matches: make([]Match, 0, limit)}
	seen := make(map[int64]bool, limit)
	add := func(m Match) {
		if seen[m.ID] {
			return
		}
		if len(res.Matches) == limit {
			res.HasMore = true
			return
		}
		res.Matches = append(res.Matches, m)
		seen[m.ID] = true
	}
	for _, r := range byIdentifier {
		add(matchOf(dbsqlc.SearchCatalogByWordsRow(r)))
	}
	if match := textsearch.MatchExpr(key); !res.HasMore && match != "" {
		// Enough extra rows to fill up, and tell whether there are more, after dropping
		// the ones tier one already found.
		byWords, err := q.SearchCatalogByWords(ctx, dbsqlc.SearchCatalogByWordsParams{
			Match: match, IncludeInactive: inactive, Lim: int64(limit + 1 + len(res.Matches)),
		})
		if err != nil {
			return Results{}, fmt.Errorf("search catalog for %q: %w", query.Text, err)
		}
		for _, r := range byWords {
			add(matchOf(r))
		}
	}
	if err := addMappings(ctx, q, res.Matches); err != nil {
		return Results{}, err
	}
	return res, nil
}

// matchOf is a search row as a Match. Both tiers read the same columns, so the identifier
// tier's row converts to this one.
func matchOf(r dbsqlc.SearchCatalogByWordsRow) Match {
	return Match{ID: r.ID, Identifier: r.Identifier, Description: r.Description, Inactive: r.Inactive == 1,
		ManufacturerPartNumber: r.ManufacturerPartNumber, VendorSKU: r.VendorSku, Price: r.Price, UnitOfMeasure: r.UomName}
}

// addMappings fills in which Sophos products each match is already mapped to.
func addMappings(ctx context.Context, q *dbsqlc.Queries, matches []Match) error {
	if len(matches) == 0 {
		return nil
	}
	ids := make([]*int64, len(matches))
	at := make(map[int64]int, len(matches))
	for i := range matches {
		ids[i] = &matches[i].ID
		at[matches[i].ID] = i
	}
	rows, err := q.ListMappingsOfItems(ctx, ids)
	if err != nil {
		return fmt.Errorf("read the mappings of the matches: %w", err)
	}
	for _, r := range rows {
		m := &matches[at[r.ItemID]]
		m.MappedTo = append(m.MappedTo, Mapping{ProductKey: r.ProductKey, Description: r.Description, SyncEnabled: r.SyncEnabled == 1})
	}
	return nil
}
