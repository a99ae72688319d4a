package connectwise

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestEachCatalogPageWalksForwardOnly(t *testing.T) {
	cases := []struct {
		name      string
		pageSize  int
		wantPages int
		wantCalls int // a full last page is followed by one empty page
	}{
		{"1000 per page, full last page", 0, 3, 4},
		{"700 per page, short last page", 700, 5, 5},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, cwsandbox.Options{})
			var ids []int
			pages := 0
			err := f.c.EachCatalogPage(ctxT(t), CatalogQuery{IncludeInactive: true, PageSize: tc.pageSize}, func(page []CatalogItem) error {
				pages++
				for _, it := range page {
					ids = append(ids, it.ID)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if want := f.sb.CatalogItemIDs(); !slices.Equal(ids, want) {
				t.Fatalf("got %d ids, want all %d in id order", len(ids), len(want))
			}
			reqs := f.sb.Requests()
			if pages != tc.wantPages || len(reqs) != tc.wantCalls {
				t.Fatalf("%d pages in %d requests, want %d in %d", pages, len(reqs), tc.wantPages, tc.wantCalls)
			}
			size := "1000"
			if tc.pageSize != 0 {
				size = strconv.Itoa(tc.pageSize)
			}
			prev := 0
			for i, r := range reqs {
				if r.Header.Get("pagination-type") != "forward-only" || r.Query.Get("pageSize") != size || r.Query.Get("page") != "" {
					t.Fatalf("request %d = %s %v, want forward-only paging with pageSize %s", i, r, r.Header, size)
				}
				pageID, _ := strconv.Atoi(r.Query.Get("pageId"))
				if i > 0 && pageID <= prev {
					t.Fatalf("request %d pageId %d does not advance past %d", i, pageID, prev)
				}
				prev = pageID
			}
		})
	}
}

func TestCatalogActiveOnlyAndCount(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	active, err := f.c.ListCatalog(ctx, CatalogQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range active {
		if it.InactiveFlag {
			t.Fatalf("inactive item %s listed without IncludeInactive", it.Identifier)
		}
	}
	all, err := f.c.CatalogCount(ctx, CatalogQuery{IncludeInactive: true})
	if err != nil {
		t.Fatal(err)
	}
	n, err := f.c.CatalogCount(ctx, CatalogQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(active) || all != cwsandbox.DemoCatalogSize || n >= all {
		t.Fatalf("active count %d, listed %d, all %d", n, len(active), all)
	}
	sophos, err := f.c.ListCatalog(ctx, CatalogQuery{Conditions: StartsWith("identifier", "Sophos_"), IncludeInactive: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(sophos) < 10 {
		t.Fatalf("only %d Sophos_ items", len(sophos))
	}
	for _, it := range sophos {
		if !strings.HasPrefix(it.Identifier, "Sophos_") || it.Manufacturer.Name != "Sophos" {
			t.Fatalf("unexpected item %+v", it)
		}
	}
}

func TestGetCatalogItem(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	id, _ := f.sb.CatalogItemID("Sophos_Intercept_X_Advanced")
	it, err := f.c.GetCatalogItem(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	stored, _ := f.sb.CatalogItemLastUpdated(id)
	if it.Identifier != "Sophos_Intercept_X_Advanced" || it.Subcategory.Name != "Endpoint Protection" ||
		it.Category.Name != "Security" || it.Type.Name != "Subscription" || it.UnitOfMeasure.Name != "Per Endpoint" ||
		it.Manufacturer.Name != "Sophos" || it.Vendor.Identifier != "SophosLtd" || it.Price != 4.5 ||
		!it.LastUpdated.Equal(stored) || it.LastUpdated.IsZero() || it.Subcategory.Info["subcategory_href"] == "" {
		t.Fatalf("unexpected item %+v", it)
	}
	_, err = f.c.GetCatalogItem(ctx, 99999999)
	if !IsNotFound(err) {
		t.Fatalf("got %v, want not found", err)
	}
}

// newProduct is a valid item for the demo tenant's setup tables.
func newProduct(identifier string) CatalogItem {
	return CatalogItem{Identifier: identifier, Description: "Sophos MDR Complete Server",
		CustomerDescription: "Sophos MDR Complete for servers, billed monthly.", Subcategory: Reference{ID: 44},
		Type: Reference{ID: 4}, ProductClass: ProductClassNonInventory, UnitOfMeasure: Reference{ID: 5},
		Price: 31.5, Cost: 19.9, Manufacturer: Reference{ID: 2}, VendorSku: "MDRCS1CSAA"}
}

func TestCreateCatalogItem(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	created, err := f.c.CreateCatalogItem(ctx, newProduct("Sophos_MTR_Advanced_Srv"))
	if err != nil {
		t.Fatal(err)
	}
	if created.ID == 0 || created.Category.ID != 4 || created.Subcategory.Name != "Managed Detection & Response" ||
		!created.LastUpdated.Equal(fixedNow) || created.Price != 31.5 {
		t.Fatalf("unexpected created item %+v", created)
	}
	got, err := f.c.GetCatalogItem(ctx, created.ID)
	if err != nil || got.Identifier != "Sophos_MTR_Advanced_Srv" {
		t.Fatalf("read back %+v, %v", got, err)
	}

	_, err = f.c.CreateCatalogItem(ctx, newProduct("sophos_mtr_advanced_srv"))
	if !IsObjectExists(err) || !IsValidation(err) {
		t.Fatalf("duplicate identifier: got %v", err)
	}
	if fe, ok := mustError(t, err).Field("identifier"); !ok || fe.Code != FieldObjectExists {
		t.Fatalf("no identifier field error in %v", err)
	}
	if n := f.sb.RequestCount("POST", "/procurement/catalog"); n != 2 {
		t.Fatalf("%d POSTs, want 2 (a 400 is never retried)", n)
	}
}

func TestCreateCatalogItemValidation(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	bad := newProduct("X-1")
	bad.Description = strings.Repeat("d", MaxDescriptionLength+1)
	bad.Subcategory = Reference{}
	bad.ProductClass = "Gadget"
	bad.Manufacturer = Reference{ID: 9999}
	if local := bad.Validate(); len(local) != 2 {
		t.Fatalf("local validation found %v, want description and subcategory", local)
	}
	_, err := f.c.CreateCatalogItem(ctxT(t), bad)
	e := mustError(t, err)
	if e.Status != 400 || e.Code != "InvalidObject" {
		t.Fatalf("got %v", err)
	}
	want := map[string]string{"description": FieldMaxLength, "subcategory": FieldMissing, "productClass": FieldInvalid, "manufacturer": FieldNotFound}
	for name, code := range want {
		if fe, ok := e.Field(name); !ok || fe.Code != code {
			t.Errorf("field %s: got %+v, want code %s (all: %v)", name, fe, code, e.Fields)
		}
	}
	if !strings.Contains(e.Error(), "description") || !strings.Contains(e.Error(), "POST /procurement/catalog") {
		t.Errorf("error text %q should name the field and the endpoint", e.Error())
	}
}

func TestPatchCatalogItem(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	id, _ := f.sb.CatalogItemID("Sophos_Intercept_X")
	before, err := f.c.GetCatalogItem(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	after := before
	after.Description = `Sophos Intercept X "Essentials"`
	after.Subcategory = Reference{ID: 44}
	after.Category = Reference{ID: 4}
	after.Price = 3.75
	after.Manufacturer = Reference{}
	ops := DiffCatalogItem(before, after)
	if len(ops) != 4 {
		t.Fatalf("diff %+v, want description, subcategory, price and manufacturer", ops)
	}
	got, err := f.c.PatchCatalogItem(ctx, id, ops)
	if err != nil {
		t.Fatal(err)
	}
	if got.Description != after.Description || got.Subcategory.ID != 44 || got.Price != 3.75 || got.Manufacturer.ID != 0 ||
		!got.LastUpdated.Equal(fixedNow) || got.Identifier != before.Identifier {
		t.Fatalf("patched item %+v", got)
	}

	// Interdependent fields must travel in one request (NOTES §5, issue #53).
	id, _ = f.sb.CatalogItemID("SOPH-XGS87")
	_, err = f.c.PatchCatalogItem(ctx, id, []PatchOp{Replace("recurringFlag", true)})
	if e := mustError(t, err); e.Status != 400 || len(e.Fields) != 2 || e.Fields[0].Code != FieldMissing {
		t.Fatalf("got %v, want two MissingRequiredField errors", err)
	}
	got, err = f.c.PatchCatalogItem(ctx, id, []PatchOp{Replace("recurringFlag", true), ReplaceRef("recurringBillCycle", 1)})
	if err != nil || !got.RecurringFlag || got.RecurringBillCycle.Name != "Monthly" {
		t.Fatalf("got %+v, %v", got, err)
	}
}

func TestPatchRejectedBeforeSending(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	for _, ops := range [][]PatchOp{
		nil,
		{{Op: "move", Path: "description"}},
		{Replace("subcategory/id", 4)},
		{{Op: "replace", Path: "description"}},
		{Replace("bad path!", 1)},
	} {
		if _, err := f.c.PatchCatalogItem(ctxT(t), 1001, ops); err == nil {
			t.Errorf("patch %+v accepted", ops)
		}
	}
	if n := len(f.sb.Requests()); n != 0 {
		t.Fatalf("%d requests sent for invalid patches", n)
	}
}

func TestIncrementalRefreshAndIDSweep(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	since := fixedNow.Add(-time.Hour)
	changed := func() []CatalogItem {
		t.Helper()
		items, err := f.c.ListCatalog(ctx, CatalogQuery{Conditions: UpdatedSince(since), IncludeInactive: true})
		if err != nil {
			t.Fatal(err)
		}
		return items
	}
	if got := changed(); len(got) != 0 {
		t.Fatalf("%d items changed in an untouched catalog", len(got))
	}
	if n := len(f.sb.Requests()); n != 1 {
		t.Fatalf("refreshing an unchanged catalog took %d requests, want 1", n)
	}
	id, _ := f.sb.CatalogItemID("Sophos_MTR_Standard")
	if err := f.sb.EditCatalogItem(id, func(e *cwsandbox.CatalogItemEdit) { e.Description = "Sophos MDR Essentials" }); err != nil {
		t.Fatal(err)
	}
	if got := changed(); len(got) != 1 || got[0].ID != id || got[0].Description != "Sophos MDR Essentials" {
		t.Fatalf("changed items %+v", got)
	}

	gone, _ := f.sb.CatalogItemID("MS-O365-E1-1M")
	if err := f.sb.DeleteCatalogItem(gone); err != nil {
		t.Fatal(err)
	}
	f.sb.ResetRequests()
	var ids []int
	err := f.c.EachCatalogIDPage(ctx, func(page []int) error { ids = append(ids, page...); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != cwsandbox.DemoCatalogSize-1 || slices.Contains(ids, gone) || !slices.IsSorted(ids) {
		t.Fatalf("sweep returned %d ids (deleted id present: %v)", len(ids), slices.Contains(ids, gone))
	}
	for _, r := range f.sb.Requests() {
		if r.Query.Get("fields") != "id" || r.Query.Get("conditions") != "" {
			t.Fatalf("sweep request %s should ask for fields=id over all items", r)
		}
	}
}

func TestCatalogSearchWithHostileText(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	tricky := []string{`Pixel*Perfect "100%" [X] \ O'Brien`, `a" or identifier != "`, `[2024-01-01T00:00:00Z]`, `50% off`}
	for i, text := range tricky {
		p := newProduct("TRICKY-" + strconv.Itoa(i))
		p.Description = text
		if _, err := f.c.CreateCatalogItem(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	decoy := newProduct("TRICKY-DECOY")
	decoy.Description = "Pixel Perfect 100 X"
	if _, err := f.c.CreateCatalogItem(ctx, decoy); err != nil {
		t.Fatal(err)
	}
	for i, text := range tricky {
		for _, cond := range []Cond{Eq("description", text), Contains("description", text)} {
			items, err := f.c.ListCatalog(ctx, CatalogQuery{Conditions: cond})
			if err != nil {
				t.Fatalf("%s: %v", cond, err)
			}
			if len(items) != 1 || items[0].Identifier != "TRICKY-"+strconv.Itoa(i) {
				t.Fatalf("%s matched %d items", cond, len(items))
			}
		}
	}
	it, found, err := f.c.CatalogItemByIdentifier(ctx, "tricky-decoy")
	if err != nil || !found || it.Description != decoy.Description {
		t.Fatalf("by identifier: %+v %v %v", it, found, err)
	}
	if _, found, err := f.c.CatalogItemByIdentifier(ctx, "TRICKY-*"); err != nil || found {
		t.Fatalf("a * in an identifier must not act as a wildcard (found %v, %v)", found, err)
	}
}

func TestCatalogFieldsAndOrderBy(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	items, err := f.c.ListCatalog(ctx, CatalogQuery{Fields: []string{"id", "identifier"}, Conditions: Contains("identifier", "M365-BP")})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 || items[0].Description != "" || items[0].Identifier == "" || items[0].Subcategory.ID != 0 {
		t.Fatalf("partial items %+v", items[:min(len(items), 1)])
	}
	f.sb.ResetRequests()
	sorted, err := f.c.ListCatalog(ctx, CatalogQuery{OrderBy: "identifier desc", Conditions: StartsWith("identifier", "MS-"), PageSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(sorted) < 300 || !slices.IsSortedFunc(sorted, func(a, b CatalogItem) int {
		return strings.Compare(strings.ToLower(b.Identifier), strings.ToLower(a.Identifier))
	}) {
		t.Fatalf("%d items, not sorted by identifier desc", len(sorted))
	}
	for i, r := range f.sb.Requests() {
		if r.Header.Get("pagination-type") != "" || r.Query.Get("page") != strconv.Itoa(i+1) {
			t.Fatalf("request %d = %s: orderBy must page by number", i, r)
		}
	}
}

func TestCallbackErrorStopsPaging(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	stop := errors.New("stop")
	err := f.c.EachCatalogPage(ctxT(t), CatalogQuery{IncludeInactive: true, PageSize: 500}, func([]CatalogItem) error { return stop })
	if !errors.Is(err, stop) || len(f.sb.Requests()) != 1 {
		t.Fatalf("got %v after %d requests", err, len(f.sb.Requests()))
	}
}

func mustError(t *testing.T, err error) *Error {
	t.Helper()
	e, ok := AsError(err)
	if !ok {
		t.Fatalf("got %v (%T), want *connectwise.Error", err, err)
	}
	return e
}
