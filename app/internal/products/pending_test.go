package products

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// The reply to a create is lost, then the user edits the identifier and saves again: the
// earlier create is resolved first (here: adopted), so ConnectWise ends with one product,
// mapped, and recorded in the history once.
func TestRetryWithAnEditedIdentifierAdoptsTheLostCreate(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	before := f.sb.CatalogLen()
	f.sb.Faults().Set(cwsandbox.Fault{Method: http.MethodPost, Path: "/procurement/catalog", Kind: cwsandbox.LostReply, Times: 1})
	first := Change{ProductKey: "ITDR-MSP", Mapping: MapToNew, Draft: f.draft(t, "ITDR-MSP", "Sophos_ITDR-A")}
	if err := f.saver.Save(ctx, []Change{first}); err == nil {
		t.Fatal("the save whose reply was lost reported success")
	}
	if f.sb.CatalogLen() != before+1 {
		t.Fatal("the lost reply's create did not reach ConnectWise")
	}

	edited := Change{ProductKey: "ITDR-MSP", Mapping: MapToNew, Draft: f.draft(t, "ITDR-MSP", "Sophos_ITDR-B")}
	if err := f.saver.Save(ctx, []Change{edited}); err != nil {
		t.Fatal(err)
	}
	if f.sb.CatalogLen() != before+1 {
		t.Fatalf("ConnectWise holds %d new products, want 1", f.sb.CatalogLen()-before)
	}
	id, ok := f.sb.CatalogItemID("Sophos_ITDR-A")
	if p := f.product(t, "ITDR-MSP"); !ok || p.CWCatalogItemID == nil || *p.CWCatalogItemID != int64(id) {
		t.Fatalf("mapped to %v, want the product first created (%d)", p.CWCatalogItemID, id)
	}
	if _, err := f.store.Queries().GetPendingCreation(ctx, "ITDR-MSP"); err == nil {
		t.Fatal("the pending creation was not cleared")
	}
	writes, _ := f.store.Queries().ListConnectWiseWrites(ctx, 10)
	if len(writes) != 1 || writes[0].EntityID != int64(id) {
		t.Fatalf("history: %+v, want the one create of %d", writes, id)
	}
}

// A lost create, then the product is mapped to an existing item instead: the create is
// still resolved, kept in the history and the catalog, and its pending record is gone.
func TestMappingElsewhereResolvesALostCreate(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.sb.Faults().Set(cwsandbox.Fault{Method: http.MethodPost, Path: "/procurement/catalog", Kind: cwsandbox.LostReply, Times: 1})
	if err := f.saver.Save(ctx, []Change{{ProductKey: "ITDR-MSP", Mapping: MapToNew, Draft: f.draft(t, "ITDR-MSP", "Sophos_ITDR-A")}}); err == nil {
		t.Fatal("the save whose reply was lost reported success")
	}
	item := int64(f.sb.CatalogItemIDs()[2])
	if err := f.saver.Save(ctx, []Change{{ProductKey: "ITDR-MSP", Mapping: MapToExisting, ItemID: item}}); err != nil {
		t.Fatal(err)
	}
	if p := f.product(t, "ITDR-MSP"); p.CWCatalogItemID == nil || *p.CWCatalogItemID != item {
		t.Fatalf("mapped to %v, want %d", p.CWCatalogItemID, item)
	}
	if _, err := f.store.Queries().GetPendingCreation(ctx, "ITDR-MSP"); err == nil {
		t.Fatal("the pending creation was not cleared")
	}
	id, _ := f.sb.CatalogItemID("Sophos_ITDR-A")
	writes, _ := f.store.Queries().ListConnectWiseWrites(ctx, 10)
	if len(writes) != 1 || writes[0].EntityID != int64(id) {
		t.Fatalf("history: %+v, want the create of %d", writes, id)
	}
	if _, err := f.store.Queries().GetCatalogItem(ctx, int64(id)); err != nil {
		t.Fatal("the created product is not in the local catalog")
	}
}

// A create ConnectWise refused, then the product is mapped to an existing item: the
// identifier is free again for another product; while a create is still unresolved, its
// identifier is refused for another product with a field error, never a raw constraint.
func TestAFailedCreateDoesNotBlockItsIdentifier(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	refuse := cwsandbox.Fault{Method: http.MethodPost, Path: "/procurement/catalog", Kind: cwsandbox.StatusCode, Status: http.StatusBadRequest, Times: 1}
	f.sb.Faults().Set(refuse)
	if err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: MapToNew, Draft: f.draft(t, "CIXA-MSP", "Sophos_X1")}}); err == nil {
		t.Fatal("the refused create reported success")
	}
	item := int64(f.sb.CatalogItemIDs()[4])
	if err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: MapToExisting, ItemID: item}}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Queries().GetPendingCreation(ctx, "CIXA-MSP"); err == nil {
		t.Fatal("the pending creation was not cleared by the new mapping")
	}
	if err := f.saver.Save(ctx, []Change{{ProductKey: "SVRCIXAXDR", Mapping: MapToNew, Draft: f.draft(t, "SVRCIXAXDR", "Sophos_X1")}}); err != nil {
		t.Fatalf("the identifier is still blocked: %v", err)
	}
	if _, ok := f.sb.CatalogItemID("Sophos_X1"); !ok {
		t.Fatal("Sophos_X1 was not created")
	}

	// ITDR-MSP's create is refused and stays pending; another product asking for its
	// identifier is told so, at the identifier field.
	f.sb.Faults().Set(refuse)
	if err := f.saver.Save(ctx, []Change{{ProductKey: "ITDR-MSP", Mapping: MapToNew, Draft: f.draft(t, "ITDR-MSP", "Sophos_X2")}}); err == nil {
		t.Fatal("the refused create reported success")
	}
	err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: MapToNew, Draft: f.draft(t, "CIXA-MSP", "Sophos_X2")}})
	var ce *ChangeError
	if !errors.As(err, &ce) || ce.ProductKey != "CIXA-MSP" || ce.Field != "identifier" || strings.Contains(err.Error(), "UNIQUE") {
		t.Fatalf("want a field error at CIXA-MSP's identifier, got %v", err)
	}
}

// Two new products with the same identifier in one Save: a field error, nothing created.
func TestOneIdentifierTwiceInOneSave(t *testing.T) {
	f := newFixture(t)
	before := f.sb.CatalogLen()
	err := f.saver.Save(context.Background(), []Change{
		{ProductKey: "CIXA-MSP", Mapping: MapToNew, Draft: f.draft(t, "CIXA-MSP", "Sophos_Same")},
		{ProductKey: "ITDR-MSP", Mapping: MapToNew, Draft: f.draft(t, "ITDR-MSP", "sophos_same")},
	})
	var ce *ChangeError
	if !errors.As(err, &ce) || ce.ProductKey != "ITDR-MSP" || ce.Field != "identifier" {
		t.Fatalf("want a field error at ITDR-MSP's identifier, got %v", err)
	}
	if f.sb.CatalogLen() != before {
		t.Fatal("a product was created although the save was refused")
	}
}
