package connectwise

import (
	"slices"
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestLookups(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)

	cats, err := f.c.Categories(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	names := func(n int, name func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = name(i)
		}
		return out
	}
	catNames := names(len(cats), func(i int) string { return cats[i].Name })
	if slices.Contains(catNames, "Legacy") || !slices.IsSortedFunc(catNames, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) {
		t.Fatalf("categories %v: want active ones sorted by name", catNames)
	}
	if def := defaultOf(cats, func(c Category) bool { return c.DefaultFlag }); def != "Services" && def != "" {
		t.Fatalf("default category %q", def)
	}
	all, err := f.c.Categories(ctx, true)
	if err != nil || len(all) != len(cats)+1 {
		t.Fatalf("with inactive: %d categories, %v", len(all), err)
	}

	subs, err := f.c.Subcategories(ctx, 4, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 6 {
		t.Fatalf("%d subcategories of Security, want 6", len(subs))
	}
	for _, s := range subs {
		if s.Category.ID != 4 || s.Category.Name != "Security" || s.InactiveFlag {
			t.Fatalf("subcategory %+v not an active one of category 4", s)
		}
	}
	if r := f.sb.Requests(); r[len(r)-1].Query.Get("conditions") != "category/id = 4 and inactiveFlag = false" {
		t.Fatalf("subcategories request %s", r[len(r)-1])
	}

	types, err := f.c.ProductTypes(ctx, false)
	if err != nil || defaultOf(types, func(p ProductType) bool { return p.DefaultFlag }) != "Subscription" {
		t.Fatalf("types %+v, %v", types, err)
	}
	units, err := f.c.UnitsOfMeasure(ctx, false)
	if err != nil || defaultOf(units, func(u UnitOfMeasure) bool { return u.DefaultFlag }) != "Each" || len(units) != 12 {
		t.Fatalf("units %+v, %v", units, err)
	}
	mfrs, err := f.c.Manufacturers(ctx, false)
	if err != nil || len(mfrs) != 21 || slices.ContainsFunc(mfrs, func(m Manufacturer) bool { return m.Name == "Compaq" }) {
		t.Fatalf("manufacturers %d, %v", len(mfrs), err)
	}
}

func defaultOf[T any](rows []T, isDefault func(T) bool) string {
	for _, r := range rows {
		if isDefault(r) {
			switch v := any(r).(type) {
			case Category:
				return v.Name
			case ProductType:
				return v.Name
			case UnitOfMeasure:
				return v.Name
			}
		}
	}
	return ""
}

// Whether ConnectWise honours [%] in an = comparison is unverified. If it does not (the
// escaped lookup finds nothing, or is refused), an identifier with % is still found, and
// one that does not exist is "not found" without an error.
func TestIdentifierWithPercentWhenEscapesAreNotHonoured(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	created, err := f.c.CreateCatalogItem(ctx, newProduct("MDR-100%_Server"))
	if err != nil {
		t.Fatal(err)
	}
	for _, fault := range []cwsandbox.Fault{
		{Method: "GET", Path: "/procurement/catalog", Kind: cwsandbox.StatusCode, Status: 200, Body: "[]", Times: 1},
		{Method: "GET", Path: "/procurement/catalog", Kind: cwsandbox.StatusCode, Status: 400, Times: 1,
			Body: `{"code":"InvalidObject","message":"conditions: unexpected [ at position 14"}`},
	} {
		f.sb.Faults().Set(fault)
		it, found, err := f.c.CatalogItemByIdentifier(ctx, "mdr-100%_server")
		if err != nil || !found || it.ID != created.ID {
			t.Fatalf("after a %d: got %+v %v %v, want item %d", fault.Status, it.Identifier, found, err, created.ID)
		}
	}
	f.sb.Faults().Set(cwsandbox.Fault{Method: "GET", Path: "/procurement/catalog", Kind: cwsandbox.StatusCode, Status: 200, Body: "[]", Times: 1})
	if _, found, err := f.c.CatalogItemByIdentifier(ctx, "MDR-100%_Workstation"); found || err != nil {
		t.Fatalf("a missing identifier: found %v, err %v; want not found", found, err)
	}
}
