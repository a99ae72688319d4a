package catalog

import (
	"context"
	"fmt"

	"psabridge/app/internal/textsearch"
	"psabridge/db/dbsqlc"
)

// ItemsWithWords returns up to limit active catalog items whose identifier, description,
// manufacturer part number or vendor SKU contain every word of text as a whole word
// (folded like the typeahead). It finds candidates for rules that then check the exact
// field, such as suggested matches and the near-duplicate warning.
func ItemsWithWords(ctx context.Context, q *dbsqlc.Queries, text string, limit int) ([]Match, error) {
	ws := textsearch.Words(SearchKey(text))
	if len(ws) == 0 {
		return nil, nil
	}
	rows, err := q.SearchCatalogByWords(ctx, dbsqlc.SearchCatalogByWordsParams{
		Match: textsearch.WholeWordsExpr(ws[:min(len(ws), MaxQueryWords)]), IncludeInactive: 0, Lim: int64(limit),
	})
	if err != nil {
		return nil, fmt.Errorf("find catalog items with %q: %w", text, err)
	}
	out := make([]Match, len(rows))
	for i, r := range rows {
		out[i] = matchOf(r)
	}
	return out, nil
}
