package connectwise

import (
	"slices"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/demodata"
)

func TestCompanies(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	all, err := f.c.SearchCompanies(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	customers := 0
	for _, c := range demodata.Customers() {
		if c.CompanyName != "" {
			customers++
		}
	}
	vendors := 0
	for _, c := range all {
		if c.IsVendorFlag {
			vendors++
		}
	}
	if len(all)-vendors != customers || vendors == 0 {
		t.Fatalf("%d companies (%d vendors), want %d customers plus vendors", len(all), vendors, customers)
	}

	// Names that break naively built conditions: quotes, brackets, %, *, apostrophes.
	for _, c := range demodata.Customers() {
		if c.CompanyName == "" {
			continue
		}
		found, err := f.c.SearchCompanies(ctx, c.CompanyName)
		if err != nil {
			t.Fatalf("%q: %v", c.CompanyName, err)
		}
		// Two demo companies share a name on purpose (the customers page must not guess).
		if !slices.ContainsFunc(found, func(x Company) bool { return x.ID == c.CompanyID && x.Identifier == c.Identifier }) || len(found) > 2 {
			t.Fatalf("search %q found %+v", c.CompanyName, found)
		}
	}

	acme := demodata.Customers()[0]
	got, err := f.c.GetCompany(ctx, acme.CompanyID)
	if err != nil || got.Name != acme.CompanyName || got.Status.Name != "Active" || got.LastUpdated.IsZero() || len(got.Types) != 1 {
		t.Fatalf("GetCompany: %+v, %v", got, err)
	}
	if _, err := f.c.GetCompany(ctx, 1); !IsNotFound(err) {
		t.Fatalf("unknown company: %v", err)
	}

	var vendorNames []string
	err = f.c.EachCompanyPage(ctx, Eq("isVendorFlag", true), func(page []Company) error {
		for _, c := range page {
			vendorNames = append(vendorNames, c.Name)
		}
		return nil
	})
	if err != nil || len(vendorNames) != vendors {
		t.Fatalf("vendors %v, %v", vendorNames, err)
	}
}
