package catalog

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"psabridge/db/dbsqlc"
)

// Issue #12: "mueller" finds "Müller", "grosse" finds "Größe", and the other way round.
func TestSearchGermanTransliterations(t *testing.T) {
	d := openDB(t)
	insert(t, d,
		row{id: 1, identifier: "SUP-1", descr: "Support Bäckerei Müller"},
		row{id: 2, identifier: "MON-27", descr: "Monitor Größe 27 Zoll"},
		row{id: 3, identifier: "SUP-2", descr: "Support Mueller Haustechnik"},
		row{id: 4, identifier: "CIT-1", descr: "Citroën Flottenvertrag"},
	)
	cases := map[string][]string{
		"mueller":     {"SUP-1", "SUP-2"},
		"müller":      {"SUP-1", "SUP-2"},
		"muell":       {"SUP-1", "SUP-2"},
		"grosse":      {"MON-27"},
		"groesse":     {"MON-27"},
		"größe":       {"MON-27"},
		"baeckerei":   {"SUP-1"},
		"citroen":     {"CIT-1"},
		"citroën flo": {"CIT-1"},
	}
	for text, want := range cases {
		got, err := Search(context.Background(), d.Reader(), Query{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		ids := identifiers(got)
		slices.Sort(ids)
		if !slices.Equal(ids, want) {
			t.Errorf("Search(%q) = %q, want %q", text, ids, want)
		}
	}
}

func TestFindSaysWhetherThereAreMore(t *testing.T) {
	d := openDB(t)
	var rows []row
	for i := 1; i <= MaxResults+1; i++ {
		rows = append(rows, row{id: int64(i), identifier: fmt.Sprintf("LIC-%03d", i), descr: "licence"})
	}
	rows = append(rows, row{id: 100, identifier: "OTHER", descr: "licence extra"})
	insert(t, d, rows...)
	ctx := context.Background()
	for _, tc := range []struct {
		text    string
		n       int
		hasMore bool
	}{
		{"lic-", MaxResults, true},    // 21 identifier matches
		{"licence", MaxResults, true}, // 22 word matches
		{"licence ext", 1, false},     // exactly one
		{"lic-02", 2, false},          // LIC-020, LIC-021
	} {
		r, err := Find(ctx, d.Reader(), Query{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Matches) != tc.n || r.HasMore != tc.hasMore {
			t.Errorf("Find(%q): %d matches, hasMore %v; want %d, %v", tc.text, len(r.Matches), r.HasMore, tc.n, tc.hasMore)
		}
	}
	// Exactly MaxResults matches: nothing more.
	d2 := openDB(t)
	insert(t, d2, rows[:MaxResults]...)
	if r, _ := Find(ctx, d2.Reader(), Query{Text: "licence"}); len(r.Matches) != MaxResults || r.HasMore {
		t.Errorf("exactly %d matches: got %d, hasMore %v", MaxResults, len(r.Matches), r.HasMore)
	}
}

// Results carry the unit (to tell 1M/1Y variants apart) and the Sophos products the item
// is already mapped to ("bereits zugeordnet: …").
func TestFindShowsUnitAndExistingMappings(t *testing.T) {
	d := openDB(t)
	ctx := context.Background()
	err := d.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, it := range []Item{
			{ID: 1, Identifier: "IXA-1M", Description: "Intercept X Advanced", Price: 4.5, UnitOfMeasure: Ref{ID: 1, Name: "Monat"}},
			{ID: 2, Identifier: "IXA-1Y", Description: "Intercept X Advanced", Price: 48, UnitOfMeasure: Ref{ID: 2, Name: "Jahr"}},
		} {
			if err := Upsert(ctx, q, it); err != nil {
				return err
			}
		}
		for i, key := range []string{"CIXA-MSP", "SVRCIXA"} {
			if err := q.RecordSeenSophosProduct(ctx, dbsqlc.RecordSeenSophosProductParams{ProductKey: key,
				Description: "Product " + key, FirstSeenMonth: "2026-01", LastSeenMonth: "2026-11"}); err != nil {
				return err
			}
			item := int64(1)
			if _, err := q.MapSophosProduct(ctx, dbsqlc.MapSophosProductParams{ProductKey: key, ItemID: &item,
				Identifier: "IXA-1M", Description: "Intercept X Advanced", SyncEnabled: int64(i)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Search(ctx, d.Reader(), Query{Text: "ixa-1"})
	if err != nil || len(got) != 2 {
		t.Fatalf("%+v, %v", got, err)
	}
	if got[0].UnitOfMeasure != "Monat" || got[0].Price != 4.5 || got[1].UnitOfMeasure != "Jahr" {
		t.Fatalf("units and prices: %+v", got)
	}
	want := []Mapping{{ProductKey: "CIXA-MSP", Description: "Product CIXA-MSP"}, {ProductKey: "SVRCIXA", Description: "Product SVRCIXA", SyncEnabled: true}}
	if !slices.Equal(got[0].MappedTo, want) || len(got[1].MappedTo) != 0 {
		t.Fatalf("mapped to: %+v / %+v", got[0].MappedTo, got[1].MappedTo)
	}
}
