package workspace

import (
	"context"
	"errors"
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/errkind"
	"psabridge/db/dbsqlc"
)

// demoProduct is a product a demo user creates (ids of the demo catalog's lookups).
func demoProduct(identifier string) connectwise.CatalogItem {
	return connectwise.CatalogItem{Identifier: identifier, Description: "Reset test product",
		CustomerDescription: "Created in demo mode.", Subcategory: connectwise.Reference{ID: 44},
		Type: connectwise.Reference{ID: 4}, ProductClass: connectwise.ProductClassNonInventory,
		UnitOfMeasure: connectwise.Reference{ID: 5}, Price: 9.99, Manufacturer: connectwise.Reference{ID: 2}}
}

func refreshCatalog(t *testing.T, w *Workspace) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := w.Refresh(ctx, nil, PartCatalog).Err(); err != nil {
		t.Fatal(err)
	}
}

// Defect 5 of issue 12: a product created in demo mode is still in the sandbox after the
// demo workspace is opened again (a restart), and the catalog does not mark it deleted.
func TestDemoSandboxKeepsCreatedProductsAcrossRestarts(t *testing.T) {
	o := testOptions(t, true)
	first, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	created, err := first.ConnectWise.CreateCatalogItem(first.Context(), demoProduct("DEMO-RESTART-1"))
	if err != nil {
		t.Fatal(err)
	}
	refreshCatalog(t, first)
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}

	again, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	got, err := again.ConnectWise.GetCatalogItem(again.Context(), created.ID)
	if err != nil || got.Identifier != "DEMO-RESTART-1" {
		t.Fatalf("after a restart the sandbox must still have the created product: %+v %v", got, err)
	}
	refreshCatalog(t, again)
	// A product the sandbox lost would be swept from the cache (and its mapping shown "deleted").
	if row, err := again.DB.Queries().GetCatalogItem(again.Context(), int64(created.ID)); err != nil || row.Identifier != "DEMO-RESTART-1" {
		t.Fatalf("the cached product must survive the refresh after a restart: %+v %v", row, err)
	}
}

// "Demo zurücksetzen" starts both the demo database and the sandbox over, together, and
// keeps the UI language.
func TestResetDemoStartsDatabaseAndSandboxOverTogether(t *testing.T) {
	o := testOptions(t, true)
	c, err := OpenCurrent(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	before := c.Get()
	created, err := before.ConnectWise.CreateCatalogItem(before.Context(), demoProduct("DEMO-RESET-1"))
	if err != nil {
		t.Fatal(err)
	}
	refreshCatalog(t, before)
	if err := before.DB.Queries().PutSetting(context.Background(), dbsqlc.PutSettingParams{Key: SettingLanguage, Value: "en", UpdatedAt: 1}); err != nil {
		t.Fatal(err)
	}
	var replaced int
	c.OnReplace = func(*Workspace) { replaced++ }

	if err := c.ResetDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	after := c.Get()
	if after == before || replaced != 1 || before.Context().Err() == nil {
		t.Fatalf("a fresh workspace must replace the old one: replaced=%d", replaced)
	}
	if _, err := after.ConnectWise.GetCatalogItem(after.Context(), created.ID); !errors.Is(err, errkind.NotFound) {
		t.Fatal("the sandbox must start from its seed data again")
	}
	if n, err := after.DB.Queries().CountCatalogItems(after.Context()); err != nil || n != 0 {
		t.Fatalf("the demo database must start empty: %d items, %v", n, err)
	}
	if v, err := after.DB.Queries().GetSetting(after.Context(), SettingLanguage); err != nil || v != "en" {
		t.Fatalf("the language must stay: %q %v", v, err)
	}

	real, err := OpenCurrent(context.Background(), testOptions(t, false))
	if err != nil {
		t.Fatal(err)
	}
	defer real.Close()
	if err := real.ResetDemo(context.Background()); !errors.Is(err, ErrNotDemo) {
		t.Fatalf("with real accounts open: %v, want ErrNotDemo", err)
	}
}
