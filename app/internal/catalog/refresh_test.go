package catalog

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/db/dbsqlc"
)

func newRefresher(tb testing.TB, n int) (*Refresher, *cwsandbox.Server) {
	tb.Helper()
	sb, client := startSandbox(tb, n)
	return &Refresher{DB: openDB(tb), Source: NewSource(client), Overlap: time.Minute}, sb
}

func cachedIDs(t *testing.T, r *Refresher) []int64 {
	t.Helper()
	ids, err := r.DB.Reader().ListCatalogItemIDs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestFullRefreshCachesEverythingWithProgress(t *testing.T) {
	r, sb := newRefresher(t, 2500) // three pages of 1000
	var reports []Progress
	res, err := r.Full(context.Background(), func(p Progress) { reports = append(reports, p) })
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2500 || res.Written != 2500 || res.Deleted != 0 || !res.Full {
		t.Fatalf("result %+v", res)
	}
	var want []int64
	for _, id := range sb.CatalogItemIDs() {
		want = append(want, int64(id))
	}
	slices.Sort(want)
	if got := cachedIDs(t, r); !slices.Equal(got, want) {
		t.Fatalf("cached %d ids, sandbox has %d", len(got), len(want))
	}
	var itemReports []Progress
	for _, p := range reports {
		if p.Phase == PhaseItems && p.Done > 0 {
			itemReports = append(itemReports, p)
		}
	}
	if len(itemReports) != 3 || itemReports[2].Done != 2500 || itemReports[0].Total != 2500 {
		t.Fatalf("progress per page: %+v", itemReports)
	}
	if reports[len(reports)-1].Phase != PhaseFinished {
		t.Fatalf("no finished report: %+v", reports[len(reports)-1])
	}
	ctx := context.Background()
	cats, err := r.DB.Reader().ListCategories(ctx)
	if err != nil || len(cats) == 0 {
		t.Fatalf("lookups not cached: %v %v", cats, err)
	}
	subs, _ := r.DB.Reader().ListSubcategories(ctx, cats[0].ID)
	types, _ := r.DB.Reader().ListProductTypes(ctx)
	uoms, _ := r.DB.Reader().ListUnitsOfMeasure(ctx)
	if len(subs) == 0 || len(types) == 0 || len(uoms) == 0 {
		t.Fatalf("lookups: %d subcategories, %d types, %d units", len(subs), len(types), len(uoms))
	}
	st, _ := r.DB.Reader().GetCatalogState(ctx)
	if st.LastFullRefresh == 0 || st.ItemCount != 2500 || st.HighWaterUpdated == 0 {
		t.Fatalf("state %+v", st)
	}
	// Every cached field round-trips: compare one item with the API's copy.
	id := sb.CatalogItemIDs()[42]
	item, err := r.DB.Reader().GetCatalogItem(ctx, int64(id))
	if err != nil {
		t.Fatal(err)
	}
	api, err := r.Source.(cwSource).c.GetCatalogItem(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got := FromRow(item); got != FromConnectWise(api) {
		t.Fatalf("cached item differs from ConnectWise:\n%+v\n%+v", got, FromConnectWise(api))
	}
}

func TestIncrementalRefreshOfAnUnchangedCatalogCostsTwoRequests(t *testing.T) {
	r, sb := newRefresher(t, 2500)
	ctx := context.Background()
	if _, err := r.Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	sb.ResetRequests()
	res, err := r.Incremental(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(sb.Requests()); n > 2 {
		t.Fatalf("an unchanged catalog cost %d requests: %+v", n, sb.Requests())
	}
	if res.Deleted != 0 || res.Total != 2500 {
		t.Fatalf("result %+v", res)
	}
}

func TestIncrementalRefreshPicksUpChangesAndDeletions(t *testing.T) {
	r, sb := newRefresher(t, 2500)
	ctx := context.Background()
	if _, err := r.Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	ids := sb.CatalogItemIDs()
	changed, deleted, deactivated := ids[10], ids[2000], ids[77]
	if err := sb.EditCatalogItem(changed, func(e *cwsandbox.CatalogItemEdit) { e.Description = "Renamed in ConnectWise" }); err != nil {
		t.Fatal(err)
	}
	if err := sb.SetCatalogItemInactive(deactivated, true); err != nil {
		t.Fatal(err)
	}
	if err := sb.DeleteCatalogItem(deleted); err != nil {
		t.Fatal(err)
	}
	res, err := r.Incremental(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Deleted != 1 || res.Total != 2499 || res.Written < 2 {
		t.Fatalf("result %+v", res)
	}
	q := r.DB.Reader()
	if it, _ := q.GetCatalogItem(ctx, int64(changed)); it.Description != "Renamed in ConnectWise" {
		t.Fatalf("change not picked up: %q", it.Description)
	}
	if it, _ := q.GetCatalogItem(ctx, int64(deactivated)); it.Inactive != 1 {
		t.Fatal("deactivation not picked up")
	}
	if _, err := q.GetCatalogItem(ctx, int64(deleted)); err == nil {
		t.Fatal("deleted item still cached")
	}
	found, err := Search(ctx, q, Query{Text: "renamed in connectwise"})
	if err != nil || len(found) != 1 || found[0].ID != int64(changed) {
		t.Fatalf("search after refresh: %+v %v", found, err)
	}
}

// A refresh that dies half-way (cancelled here, after the first page is written) must leave
// the previous catalog searchable and complete on the next try.
func TestInterruptedFullRefreshKeepsThePreviousCatalog(t *testing.T) {
	r, sb := newRefresher(t, 2500)
	ctx := context.Background()
	if _, err := r.Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	before := cachedIDs(t, r)
	for _, id := range sb.CatalogItemIDs()[:5] {
		if err := sb.DeleteCatalogItem(id); err != nil {
			t.Fatal(err)
		}
	}

	cctx, cancel := context.WithCancel(ctx)
	_, err := r.Full(cctx, func(p Progress) {
		if p.Phase == PhaseItems && p.Done >= 1000 {
			// A search now, mid-refresh, sees the old catalog in full.
			if n := len(cachedIDs(t, r)); n != len(before) {
				t.Errorf("mid-refresh a reader saw %d items, want %d", n, len(before))
			}
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want a cancelled refresh, got %v", err)
	}
	if after := cachedIDs(t, r); !slices.Equal(after, before) {
		t.Fatalf("a cancelled refresh changed the cache: %d items, had %d", len(after), len(before))
	}

	// Same with a server fault half-way.
	sb.Faults().Set(cwsandbox.Fault{Path: "/procurement/catalog", Kind: cwsandbox.StatusCode, Status: 400, Times: 1})
	if _, err := r.Full(ctx, nil); err == nil {
		t.Fatal("a failing page did not fail the refresh")
	}
	if after := cachedIDs(t, r); !slices.Equal(after, before) {
		t.Fatal("a failed refresh changed the cache")
	}

	res, err := r.Full(ctx, nil)
	if err != nil || res.Total != 2495 || res.Deleted != 5 {
		t.Fatalf("the next refresh: %+v %v", res, err)
	}
}

func TestStaleMappings(t *testing.T) {
	r, sb := newRefresher(t, 1200)
	ctx := context.Background()
	if _, err := r.Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	ids := sb.CatalogItemIDs()
	q := r.DB.Reader()
	mapTo := func(key string, id int) {
		it, err := q.GetCatalogItem(ctx, int64(id))
		if err != nil {
			t.Fatal(err)
		}
		_, err = r.DB.SQL().ExecContext(ctx, `INSERT INTO sophos_products (product_key, first_seen_month, last_seen_month,
			cw_catalog_item_id, mapped_identifier, mapped_description, updated_at) VALUES (?, '2026-01', '2026-11', ?, ?, ?, 1)`,
			key, id, it.Identifier, it.Description)
		if err != nil {
			t.Fatal(err)
		}
	}
	mapTo("FINE", ids[1])
	mapTo("GONE", ids[2])
	mapTo("OFF", ids[3])
	mapTo("RENAMED", ids[4])
	sb.DeleteCatalogItem(ids[2])
	sb.SetCatalogItemInactive(ids[3], true)
	sb.EditCatalogItem(ids[4], func(e *cwsandbox.CatalogItemEdit) { e.Identifier = "NEW-NAME-4" })
	if _, err := r.Incremental(ctx, nil); err != nil {
		t.Fatal(err)
	}
	stale, err := q.ListStaleMappings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]dbsqlc.ListStaleMappingsRow{}
	for _, s := range stale {
		got[s.ProductKey] = s
	}
	if len(got) != 3 || got["GONE"].Reason != "deleted" || got["OFF"].Reason != "inactive" ||
		got["RENAMED"].Reason != "renamed" || got["RENAMED"].CurrentIdentifier != "NEW-NAME-4" {
		t.Fatalf("stale mappings: %+v", stale)
	}
}
