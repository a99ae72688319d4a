package catalog

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"psabridge/db/dbsqlc"
)

func identifiers(items []Match) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Identifier
	}
	return out
}

func TestSearch(t *testing.T) {
	d := openDB(t)
	insert(t, d,
		row{id: 1, identifier: "Sophos_Intercept_X_Advanced", descr: "Sophos Central Intercept X Advanced"},
		row{id: 2, identifier: "IXA-MSP", descr: "Intercept X Advanced – MSP Monthly"},
		row{id: 3, identifier: "M365-BP", descr: "Microsoft 365 Business Premium (Sophos bundle)"},
		row{id: 4, identifier: "Bäckerei-Support", descr: "Support Bäckerei Müller"},
		row{id: 5, identifier: "OLD-SOPHOS-EP", descr: "Sophos Endpoint Protection (legacy)", inactive: true},
		row{id: 6, identifier: "HW-DELL-5440", descr: "Dell Latitude 5440", mpn: "LAT5440-I7", sku: "DE-998877"},
		row{id: 7, identifier: `Quote"Test[1]*`, descr: `A "quoted" [bracketed] * item`},
	)
	q := d.Reader()
	cases := []struct {
		name  string
		query Query
		want  []string
	}{
		{"every word as a prefix", Query{Text: "int adv"}, []string{"Sophos_Intercept_X_Advanced", "IXA-MSP"}},
		{"identifier prefix beats a word match", Query{Text: "sop"}, []string{"Sophos_Intercept_X_Advanced", "M365-BP"}},
		{"case and accents do not matter", Query{Text: "BACKEREI"}, []string{"Bäckerei-Support"}},
		{"accented query finds plain text", Query{Text: "müll"}, []string{"Bäckerei-Support"}},
		{"manufacturer part number", Query{Text: "lat5440"}, []string{"HW-DELL-5440"}},
		{"vendor sku", Query{Text: "de-9988"}, []string{"HW-DELL-5440"}},
		{"inactive only on request", Query{Text: "endpoint"}, []string{}},
		{"inactive when asked", Query{Text: "endpoint", IncludeInactive: true}, []string{"OLD-SOPHOS-EP"}},
		{"one character is too short", Query{Text: "s"}, []string{}},
		{"blank padding does not count", Query{Text: " s "}, []string{}},
		{"no match", Query{Text: "zzzz"}, []string{}},
		{"quotes and brackets are text", Query{Text: `"quoted" [bracketed]`}, []string{`Quote"Test[1]*`}},
		{"identifier prefix with quote", Query{Text: `quote"test[`}, []string{`Quote"Test[1]*`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Search(context.Background(), q, tc.query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(identifiers(got), tc.want) {
				t.Fatalf("Search(%q) = %q, want %q", tc.query.Text, identifiers(got), tc.want)
			}
		})
	}
}

func TestSearchHostileInputNeverErrors(t *testing.T) {
	d := openDB(t)
	insert(t, d, row{id: 1, identifier: "ABC", descr: "abc"})
	for _, text := range []string{`"`, `""`, `*`, `ab*`, `a OR b`, `NEAR(ab cd)`, `ab^`, `-ab`, `ab:cd`, `(ab`, `ab)`, `'; DROP TABLE x; --`, "\x00ab", `\\ab`, `%ab%`, `ab_`} {
		if _, err := Search(context.Background(), d.Queries(), Query{Text: text}); err != nil {
			t.Errorf("Search(%q): %v", text, err)
		}
	}
}

func TestSearchLimit(t *testing.T) {
	d := openDB(t)
	var rows []row
	for i := 1; i <= 50; i++ {
		rows = append(rows, row{id: int64(i), identifier: fmt.Sprintf("LIC-%03d", i), descr: "licence"})
	}
	insert(t, d, rows...)
	got, err := Search(context.Background(), d.Queries(), Query{Text: "lic"})
	if err != nil || len(got) != MaxResults {
		t.Fatalf("%d results (%v), want %d", len(got), err, MaxResults)
	}
	if got[0].Identifier != "LIC-001" {
		t.Fatalf("identifier matches come in identifier order, got %s first", got[0].Identifier)
	}
}

// ConnectWise's lastUpdated has one-second resolution: an edit in the same second as the
// cached version must still reach the cache, and the full-text index must follow renames.
func TestUpsertWithTheSameLastUpdatedStillWrites(t *testing.T) {
	d := openDB(t)
	ctx := context.Background()
	it := Item{ID: 1, Identifier: "ABC-1", Description: "Old name", Price: 1, LastUpdated: time.UnixMilli(1_700_000_000_000)}
	write := func(it Item) {
		if err := d.InTx(ctx, func(q *dbsqlc.Queries) error { return Upsert(ctx, q, it) }); err != nil {
			t.Fatal(err)
		}
	}
	write(it)
	it.Price, it.Description = 2, "Brand new name"
	write(it)
	row, _ := d.Reader().GetCatalogItem(ctx, 1)
	if row.Price != 2 || row.Description != "Brand new name" {
		t.Fatalf("cached %+v", row)
	}
	if got, _ := Search(ctx, d.Reader(), Query{Text: "brand new"}); len(got) != 1 {
		t.Fatal("the full-text index missed the rename")
	}
	if got, _ := Search(ctx, d.Reader(), Query{Text: "old name"}); len(got) != 0 {
		t.Fatal("the full-text index still has the old name")
	}
}

// Issue #11 defect 8: search text is capped in characters and words before any database
// work, with an error that says so, and a search honours its caller's context.
func TestSearchCapsTextAndHonoursContext(t *testing.T) {
	d := openDB(t)
	insert(t, d, row{id: 1, identifier: "ABC", descr: "abc"})
	ctx := context.Background()
	for _, text := range []string{
		strings.Repeat("ab ", 1<<18),                // 768 KiB
		strings.Repeat("x", MaxQueryLength+1),       // one character too many
		strings.Repeat("ab ", MaxQueryWords) + "ab", // one word too many
		strings.Repeat("ä", MaxQueryLength) + "ab",  // characters, not bytes, count
	} {
		_, err := Search(ctx, d.Reader(), Query{Text: text})
		var tooLong *QueryTooLongError
		if !errors.As(err, &tooLong) {
			t.Fatalf("Search(%d bytes): error %v, want QueryTooLongError", len(text), err)
		}
		if !strings.Contains(err.Error(), "search text") {
			t.Fatalf("error %q does not name the search text", err)
		}
	}
	for _, text := range []string{strings.Repeat("ab ", MaxQueryWords), strings.Repeat("ä", MaxQueryLength)} {
		if _, err := Search(ctx, d.Reader(), Query{Text: text}); err != nil {
			t.Fatalf("Search at the limit: %v", err)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Search(cancelled, d.Reader(), Query{Text: "abc"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled search returned %v", err)
	}
}
