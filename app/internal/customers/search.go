package customers

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"psabridge/app/internal/textsearch"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// MinQueryLength is the fewest characters a company search needs (as the product typeahead).
const MinQueryLength = 2

// MaxResults is how many companies the combobox lists.
const MaxResults = 20

// CompanyMatch is one combobox entry.
type CompanyMatch struct {
	ID         int64  `json:"id"`
	Identifier string `json:"identifier"`
	Name       string `json:"name"`
	Status     string `json:"status"`
	Inactive   bool   `json:"inactive"`
}

// SearchCompanies finds cached companies for the combobox, as the catalog typeahead does:
// first identifiers starting with the query, then companies where every word of the query
// starts a word of the name or identifier. Deleted companies are never offered; inactive
// ones only on request. Both tiers stop at the limit. Text over the limits is refused
// (*textsearch.QueryTooLongError).
func SearchCompanies(ctx context.Context, q *dbsqlc.Queries, text string, includeInactive bool) ([]CompanyMatch, error) {
	if err := textsearch.CheckLength(text); err != nil {
		return nil, err
	}
	folded := strings.TrimSpace(textsearch.Fold(text))
	if utf8.RuneCountInString(folded) < MinQueryLength {
		return []CompanyMatch{}, nil
	}
	inactive := db.Flag(includeInactive)
	byIdentifier, err := q.SearchCompaniesByIdentifierPrefix(ctx, dbsqlc.SearchCompaniesByIdentifierPrefixParams{
		Prefix: folded, PrefixEnd: textsearch.PrefixEnd(folded), IncludeInactive: inactive, Lim: MaxResults,
	})
	if err != nil {
		return nil, fmt.Errorf("search company identifiers for %q: %w", text, err)
	}
	out := make([]CompanyMatch, 0, MaxResults)
	seen := make(map[int64]bool, MaxResults)
	for _, r := range byIdentifier {
		out = append(out, CompanyMatch{r.ID, r.Identifier, r.Name, r.StatusName, r.Inactive == 1})
		seen[r.ID] = true
	}
	match := textsearch.MatchExpr(folded)
	if len(out) >= MaxResults || match == "" {
		return out, nil
	}
	byWords, err := q.SearchCompaniesByWords(ctx, dbsqlc.SearchCompaniesByWordsParams{
		Match: match, IncludeInactive: inactive, Lim: int64(MaxResults + len(out)),
	})
	if err != nil {
		return nil, fmt.Errorf("search companies for %q: %w", text, err)
	}
	for _, r := range byWords {
		if len(out) == MaxResults {
			break
		}
		if !seen[r.ID] {
			out = append(out, CompanyMatch{r.ID, r.Identifier, r.Name, r.StatusName, r.Inactive == 1})
		}
	}
	return out, nil
}
