package products

import (
	"context"
	"errors"
	"testing"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestEditSendsOnlyChangedFieldsAndUpdatesTheCache(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := int64(f.sb.CatalogItemIDs()[7])
	row, _ := f.store.Queries().GetCatalogItem(ctx, id)
	d := DraftOf(catalog.FromRow(row))
	if ops := diff(catalog.FromRow(row), d); len(ops) != 0 {
		t.Fatalf("an unchanged form produced a patch: %+v", ops)
	}
	d.Description = "Edited in PSA Bridge"
	d.Price = 12.5
	if ops := diff(catalog.FromRow(row), d); len(ops) != 2 {
		t.Fatalf("want two operations, got %+v", ops)
	}
	f.sb.ResetRequests()
	got, err := Edit(ctx, f.store, f.cw, id, d, "tester")
	if err != nil {
		t.Fatal(err)
	}
	if got.Description != "Edited in PSA Bridge" || got.Price != 12.5 || got.Identifier != row.Identifier {
		t.Fatalf("after edit: %+v", got)
	}
	if n := f.sb.RequestCount("PATCH", "/procurement/catalog/*"); n != 1 {
		t.Fatalf("%d PATCH requests, want 1", n)
	}
	cached, _ := f.store.Queries().GetCatalogItem(ctx, id)
	if cached.Description != "Edited in PSA Bridge" || cached.LastUpdated != got.LastUpdated.UnixMilli() {
		t.Fatalf("cache not updated: %+v", cached)
	}
}

func TestEditOfAProductChangedInConnectWiseIsRefused(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := int64(f.sb.CatalogItemIDs()[8])
	row, _ := f.store.Queries().GetCatalogItem(ctx, id)
	if err := f.sb.EditCatalogItem(int(id), func(e *cwsandbox.CatalogItemEdit) { e.Price = 99 }); err != nil {
		t.Fatal(err)
	}
	d := DraftOf(catalog.FromRow(row))
	d.Description = "my stale edit"
	_, err := Edit(ctx, f.store, f.cw, id, d, "tester")
	var changed *ChangedElsewhereError
	if !errors.As(err, &changed) || changed.Current.Price != 99 {
		t.Fatalf("want ChangedElsewhereError with the current price, got %v", err)
	}
	live, _ := f.cw.GetCatalogItem(ctx, int(id))
	if live.Description == "my stale edit" || live.Price != 99 {
		t.Fatal("the stale edit overwrote ConnectWise")
	}
	if cached, _ := f.store.Queries().GetCatalogItem(ctx, id); cached.Price != 99 {
		t.Fatal("the cache was not brought up to date")
	}
}
