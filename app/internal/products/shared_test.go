package products

import (
	"context"
	"slices"
	"testing"
)

// Issue #12 defect 6: one ConnectWise product mapped to two syncing Sophos products is
// reported (a third mapping with sync off does not count).
func TestSharedItems(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	ids := f.sb.CatalogItemIDs()
	shared, other := int64(ids[10]), int64(ids[11])
	if err := f.saver.Save(ctx, []Change{
		{ProductKey: "CIXA-MSP", Mapping: MapToExisting, ItemID: shared, SyncEnabled: true},
		{ProductKey: "SVRCIXAXDR", Mapping: MapToExisting, ItemID: shared, SyncEnabled: true},
		{ProductKey: "ITDR-MSP", Mapping: MapToExisting, ItemID: other, SyncEnabled: true},
	}); err != nil {
		t.Fatal(err)
	}
	got, err := SharedItems(ctx, f.store.Reader())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ItemID != shared || got[0].Identifier == "" || !slices.Equal(got[0].ProductKeys, []string{"CIXA-MSP", "SVRCIXAXDR"}) {
		t.Fatalf("shared items %+v", got)
	}
	if err := f.saver.Save(ctx, []Change{{ProductKey: "SVRCIXAXDR", Mapping: KeepMapping, SyncEnabled: false}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := SharedItems(ctx, f.store.Reader()); len(got) != 0 {
		t.Fatalf("with sync off on one of them: %+v", got)
	}
}
