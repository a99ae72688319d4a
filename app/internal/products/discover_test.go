package products

import (
	"context"
	"testing"
	"time"

	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/internal/usage"
)

func TestDiscoverFromTheSandbox(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 15, 12, 0, 0, 0, time.UTC)
	client := startSophos(t, now)
	store := openStore(t, "p.db")

	found, err := Discover(ctx, store, client, now, DefaultMonths)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := store.Queries().ListSophosProducts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) < 30 || len(rows) != len(found) {
		t.Fatalf("found %d products, stored %d", len(found), len(rows))
	}
	for _, r := range rows {
		if r.CWCatalogItemID != nil || r.SyncEnabled != 0 || r.IsNew != 1 {
			t.Fatalf("a discovered product was mapped or switched on: %+v", r)
		}
	}
	var newest *usage.Product
	for i := range found {
		if found[i].Key == sophossandbox.NewProductCode {
			newest = &found[i]
		}
	}
	if newest == nil || newest.FirstSeen != "2026-11" {
		t.Fatalf("the product new this month was not discovered as such: %+v", newest)
	}

	// The user maps a product and switches sync on; a later discovery must leave that alone.
	key := rows[0].ProductKey
	if _, err := store.SQL().ExecContext(ctx, `UPDATE sophos_products SET cw_catalog_item_id = 7, sync_enabled = 1, is_new = 0 WHERE product_key = ?`, key); err != nil {
		t.Fatal(err)
	}
	if _, err := Discover(ctx, store, client, now, DefaultMonths); err != nil {
		t.Fatal(err)
	}
	c, err := store.Queries().CountSophosProducts(ctx)
	if err != nil || c.Total != int64(len(found)) || c.Mapped != 1 || c.SyncOn != 1 || c.NewProducts != int64(len(found)-1) {
		t.Fatalf("after rediscovery: %+v %v", c, err)
	}
}
