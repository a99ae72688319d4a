package products

import (
	"context"
	"strings"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/textsearch"
	"psabridge/db/dbsqlc"
)

// NearDuplicate is an existing catalog item very close to a product about to be created,
// for a warning before the create ("an item like this already exists").
type NearDuplicate struct {
	ItemID      int64
	Identifier  string
	Description string
	Field       string // "identifier" or "description": which one is close
}

// compact folds text like the typeahead and keeps only letters and digits, so
// "Sophos_Device-Encryption" and "sophos device encryption" compare equal.
func compact(s string) string { return strings.Join(textsearch.Words(catalog.SearchKey(s)), "") }

// closeText reports whether a and b (compacted) are equal or one edit apart (a letter
// added, dropped or changed): "CDE-MSP" vs "CDE_MSP", "Encryption" vs "Encrytion".
func closeText(a, b string) bool {
	a, b = compact(a), compact(b)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 || len(rb) < 4 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:]) // one letter changed
	}
	return string(ra[i+1:]) == string(rb[i:]) // one letter added
}

// NearDuplicates lists active catalog items whose identifier or description is the same
// as, or one letter away from, the draft's (ignoring case, accents, spaces and
// punctuation). An identical identifier is refused elsewhere (IdentifierTakenError);
// this is the softer warning for the almost-identical.
func NearDuplicates(ctx context.Context, q *dbsqlc.Queries, d Draft) ([]NearDuplicate, error) {
	var out []NearDuplicate
	seen := map[int64]bool{}
	for _, probe := range []struct{ field, text string }{{"identifier", d.Identifier}, {"description", d.Description}} {
		// Candidates share the text's first word (a typo later in the text still finds them).
		first := textsearch.Words(catalog.SearchKey(probe.text))
		if len(first) == 0 {
			continue
		}
		items, err := catalog.ItemsWithWords(ctx, q, first[0], 500)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			value := it.Identifier
			if probe.field == "description" {
				value = it.Description
			}
			if !seen[it.ID] && closeText(value, probe.text) {
				seen[it.ID] = true
				out = append(out, NearDuplicate{ItemID: it.ID, Identifier: it.Identifier, Description: it.Description, Field: probe.field})
			}
		}
	}
	return out, nil
}
