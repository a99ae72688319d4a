package app

import (
	"errors"
	"testing"
)

// refreshedDemo is a demo app whose catalog cache was filled and products discovered.
func refreshedDemo(t *testing.T) *App {
	t.Helper()
	a := newTestApp(t, true)
	if err := a.catalog.Refresh(true); err != nil {
		t.Fatal(err)
	}
	waitForJob(t, a, jobCatalogRefresh)
	a.discoverProducts(a.ws())
	waitForJob(t, a, jobProductDiscovery)
	if rows, err := a.products.Products(); err != nil || len(rows) == 0 {
		t.Fatalf("no products discovered: %v", err)
	}
	return a
}

func TestProductsServiceWorkflows(t *testing.T) {
	a := refreshedDemo(t)
	rows, _ := a.products.Products()
	first := rows[0]
	if first.Mapped || first.SyncEnabled || !first.New {
		t.Fatalf("a discovered product must start unmapped, off and new: %+v", first)
	}

	// Map to an existing product found by the typeahead, with sync on.
	found, err := a.catalog.Search("intercept", false)
	if err != nil || len(found) == 0 {
		t.Fatalf("search: %v", err)
	}
	if err := a.products.Save([]ProductChange{{ProductKey: first.ProductKey, Mapping: "existing", ItemID: found[0].ID, SyncEnabled: true}}); err != nil {
		t.Fatal(err)
	}
	// Map another to a new product created from the prefilled draft.
	second := rows[1]
	draft, err := a.products.DraftFor(second.ProductKey)
	if err != nil || draft.Identifier == "" || draft.SubcategoryID == 0 {
		t.Fatalf("draft: %+v %v", draft, err)
	}
	if err := a.products.CheckDraft(second.ProductKey, draft); err != nil {
		t.Fatalf("a fresh draft does not pass the check: %v", err)
	}
	if err := a.products.Save([]ProductChange{{ProductKey: second.ProductKey, Mapping: "new", Draft: &draft}}); err != nil {
		t.Fatal(err)
	}
	rows, _ = a.products.Products()
	byKey := map[string]ProductRow{}
	for _, r := range rows {
		byKey[r.ProductKey] = r
	}
	if r := byKey[first.ProductKey]; !r.Mapped || !r.SyncEnabled || r.ItemID != found[0].ID || r.ItemIdentifier != found[0].Identifier {
		t.Fatalf("mapped row: %+v", r)
	}
	created := byKey[second.ProductKey]
	if !created.Mapped || created.ItemIdentifier != draft.Identifier || created.SyncEnabled {
		t.Fatalf("created row: %+v", created)
	}

	// The same identifier again is a conflict that names the existing product.
	var e *Error
	err = a.products.CheckDraft(rows[2].ProductKey, draft)
	if !errors.As(err, &e) || e.Code != CodeConflict || e.ExistingItem == nil || e.ExistingItem.ID != created.ItemID {
		t.Fatalf("taken identifier: %v", err)
	}
	// Bad input names the record and the field.
	bad := draft
	bad.Identifier = ""
	if err := a.products.Save([]ProductChange{{ProductKey: rows[2].ProductKey, Mapping: "new", Draft: &bad}}); !errors.As(err, &e) || e.Field != "identifier" || e.Record != rows[2].ProductKey {
		t.Fatalf("empty identifier: %v", err)
	}

	// Edit the created product in ConnectWise.
	edit, err := a.products.EditDraft(created.ItemID)
	if err != nil {
		t.Fatal(err)
	}
	edit.Price = 4.2
	details, err := a.products.UpdateCatalogItem(created.ItemID, edit)
	if err != nil || details.Price != 4.2 {
		t.Fatalf("edit: %+v %v", details, err)
	}
	// Unmapping switches sync off.
	if err := a.products.Save([]ProductChange{{ProductKey: first.ProductKey, Mapping: "remove"}}); err != nil {
		t.Fatal(err)
	}
	rows, _ = a.products.Products()
	for _, r := range rows {
		if r.ProductKey == first.ProductKey && (r.Mapped || r.SyncEnabled) {
			t.Fatalf("after unmapping: %+v", r)
		}
	}
}
