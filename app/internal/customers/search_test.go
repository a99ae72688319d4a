package customers

import (
	"context"
	"errors"
	"strings"
	"testing"

	"psabridge/app/internal/textsearch"
	"psabridge/db/dbsqlc"
)

func TestSearchCompanies(t *testing.T) {
	ctx := context.Background()
	d := openDB(t)
	f := fixture{t, d}
	add := func(id int64, identifier, name string, mod func(*dbsqlc.UpsertCompanyParams)) {
		f.company(id, name, func(p *dbsqlc.UpsertCompanyParams) {
			p.Identifier, p.IdentifierKey = identifier, textsearch.Fold(identifier)
			if mod != nil {
				mod(p)
			}
		})
	}
	add(1, "BaeckereiMueller", "Bäckerei Müller GmbH", nil)
	add(2, "MuellerBau", "Müller Bau AG", nil)
	add(3, "Oldco", "Müller Alt", func(p *dbsqlc.UpsertCompanyParams) { p.Inactive = 1 })
	add(4, "Binned", "Müller Papierkorb", func(p *dbsqlc.UpsertCompanyParams) { p.DeletedFlag = 1 })
	add(5, "Acme", "Acme Corporation", nil)

	ids := func(ms []CompanyMatch) []int64 {
		out := []int64{}
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	for _, tc := range []struct {
		text     string
		inactive bool
		want     []int64
	}{
		{"m", false, []int64{}},         // below the minimum
		{"mu", false, []int64{2, 1}},    // identifier prefix first, then name words
		{"MÜLL", false, []int64{1, 2}},  // accents and case folded
		{"mül", true, []int64{1, 2, 3}}, // inactive on request; deleted never
		{"bäck mü", false, []int64{1}},  // every word a prefix
		{"acme", false, []int64{5}},
		{"corp acme", false, []int64{5}},
		{`"acme`, false, []int64{5}}, // quotes are not FTS syntax
		{"cme", false, []int64{}},    // prefixes, not substrings
	} {
		got, err := SearchCompanies(ctx, d.Reader(), tc.text, tc.inactive)
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		g := ids(got)
		if len(g) != len(tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, g, tc.want)
			continue
		}
		for i := range g {
			if g[i] != tc.want[i] {
				t.Errorf("%q: %v, want %v", tc.text, g, tc.want)
				break
			}
		}
	}
	for _, text := range []string{strings.Repeat("a", 101), "a b c d e f g h i"} {
		var tooLong *textsearch.QueryTooLongError
		if _, err := SearchCompanies(ctx, d.Reader(), text, false); !errors.As(err, &tooLong) {
			t.Errorf("%d characters: %v", len(text), err)
		}
	}
}
