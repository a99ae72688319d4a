package products

import (
	"context"
	"testing"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise/cwsandbox"
)

func (f *fixture) staleReasons(t *testing.T) map[string]string {
	t.Helper()
	rows, err := f.store.Queries().ListStaleMappings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range rows {
		out[r.ProductKey] = r.Reason
	}
	return out
}

// Issue #12 defect 4: an edit made through PSA Bridge is not flagged "renamed", and a
// rename made in ConnectWise can be acknowledged without re-mapping.
func TestOwnEditIsNotARenameAndARenameCanBeAcknowledged(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := int64(f.sb.CatalogItemIDs()[5])
	if err := f.saver.Save(ctx, []Change{
		{ProductKey: "CIXA-MSP", Mapping: MapToExisting, ItemID: id, SyncEnabled: true},
		{ProductKey: "SVRCIXAXDR", Mapping: MapToExisting, ItemID: id},
	}); err != nil {
		t.Fatal(err)
	}
	row, _ := f.store.Queries().GetCatalogItem(ctx, id)
	rows, _ := f.store.Queries().ListProductRows(ctx)
	for _, r := range rows {
		if r.ProductKey == "CIXA-MSP" && (r.ItemPrice != row.Price || r.ItemUnit != row.UomName || r.ItemUnit == "") {
			t.Fatalf("configure row shows price %v %q, item has %v %q", r.ItemPrice, r.ItemUnit, row.Price, row.UomName)
		}
	}
	d := DraftOf(catalog.FromRow(row))
	d.Description = "Renamed in PSA Bridge"
	if _, err := Edit(ctx, f.store, f.cw, id, d, "tester"); err != nil {
		t.Fatal(err)
	}
	if stale := f.staleReasons(t); len(stale) != 0 {
		t.Fatalf("own edit flagged: %v", stale)
	}

	if err := f.sb.EditCatalogItem(int(id), func(e *cwsandbox.CatalogItemEdit) { e.Description = "Renamed in ConnectWise" }); err != nil {
		t.Fatal(err)
	}
	if _, err := (&catalog.Refresher{DB: f.store, Source: catalog.NewSource(f.cw)}).Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if stale := f.staleReasons(t); stale["CIXA-MSP"] != "renamed" || stale["SVRCIXAXDR"] != "renamed" {
		t.Fatalf("rename in ConnectWise not flagged: %v", stale)
	}
	if err := AcknowledgeRename(ctx, f.store, "CIXA-MSP", time.Now()); err != nil {
		t.Fatal(err)
	}
	stale := f.staleReasons(t)
	if _, still := stale["CIXA-MSP"]; still || stale["SVRCIXAXDR"] != "renamed" {
		t.Fatalf("after acknowledging CIXA-MSP only: %v", stale)
	}
	p := f.product(t, "CIXA-MSP")
	if p.MappedDescription != "Renamed in ConnectWise" || p.CWCatalogItemID == nil || *p.CWCatalogItemID != id || p.SyncEnabled != 1 {
		t.Fatalf("acknowledged mapping %+v", p)
	}
	if err := AcknowledgeRename(ctx, f.store, "ITDR-MSP", time.Now()); err == nil {
		t.Fatal("acknowledging an unmapped product succeeded")
	}
}
