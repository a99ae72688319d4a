package usagesync_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/customers"
	"psabridge/app/internal/datalock"
	"psabridge/app/internal/products"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/internal/usagehistory"
	"psabridge/app/internal/usagesync"
	"psabridge/db"
)

var loadNow = time.Date(2026, time.November, 4, 9, 0, 0, 0, time.UTC)

// From the demo sandboxes through the caches to a plan: LoadInputs reads what the
// refreshes and the mapping pages stored, and Plan acts on exactly the mapped pair.
func TestLoadInputsFromDemoCaches(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	clock := func() time.Time { return loadNow }

	cwSB, cw := sandboxtest.ConnectWise(t, cwsandbox.Options{Now: clock})
	_, sc := sandboxtest.Sophos(t, sophossandbox.Options{Now: clock, Months: 3})
	d, err := db.Open(ctx, filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })

	const month = "2026-10"
	if _, err := usagesync.LoadInputs(ctx, d, month, usagesync.Settings{}); !errors.Is(err, usagehistory.ErrMonthNotStored) {
		t.Fatalf("before any refresh: err = %v, want ErrMonthNotStored", err)
	}

	// Refresh every cache.
	if _, err := (&catalog.Refresher{DB: d, Source: catalog.NewSource(cw)}).Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := (&customers.Refresher{DB: d, CW: cw}).Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := customers.RefreshTenants(ctx, d, sc, loadNow); err != nil {
		t.Fatal(err)
	}
	if _, err := (&usagehistory.Fetcher{DB: d, Source: sc, Now: clock, Months: 3}).Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := products.Discover(ctx, d, sc, loadNow, 3); err != nil {
		t.Fatal(err)
	}

	// Map one tenant with usage to a company's active agreement, and one of its products.
	stored, err := usagehistory.StoredAggregation(ctx, d, month)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Aggregation.ByTenant) == 0 {
		t.Fatal("the demo has no usage in " + month)
	}
	used := stored.Aggregation.ByTenant[0]
	agreements, err := d.Queries().ListAllAgreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var agreementID, companyID int64
	for _, a := range agreements {
		if a.AgreementStatus == "Active" && a.CancelledFlag == 0 && a.NoEndingDateFlag == 1 {
			agreementID, companyID = a.ID, a.CompanyID
			break
		}
	}
	if agreementID == 0 {
		t.Fatal("the demo has no active agreement without an end")
	}
	if err := customers.Save(ctx, d, []customers.Change{{TenantID: used.TenantID, CompanyID: companyID,
		AgreementID: agreementID, SyncEnabled: true}}, loadNow); err != nil {
		t.Fatal(err)
	}
	item := cwSB.CatalogItemIDs()[0]
	saver := &products.Saver{DB: d, Actor: "tester", Now: clock}
	if err := saver.Save(ctx, []products.Change{{ProductKey: used.ProductKey, Mapping: products.MapToExisting,
		ItemID: int64(item), SyncEnabled: true}}); err != nil {
		t.Fatal(err)
	}

	in, err := usagesync.LoadInputs(ctx, d, month, usagesync.Settings{QuantityField: usagesync.ActualQuantity})
	if err != nil {
		t.Fatal(err)
	}
	if in.Month != month || in.Settings.QuantityField != usagesync.ActualQuantity || in.Settings.EffectiveDate != usagesync.FirstOfMonth {
		t.Errorf("month %q settings %+v: want %s, actual quantity, first of month by default", in.Month, in.Settings, month)
	}
	if len(in.Customers) != 40 || len(in.Agreements) != len(agreements) || len(in.Products) == 0 {
		t.Errorf("loaded %d customers, %d agreements (want %d), %d products", len(in.Customers), len(in.Agreements), len(agreements), len(in.Products))
	}
	if len(in.Usage.ByTenant) != len(stored.Aggregation.ByTenant) {
		t.Errorf("usage rows %d, want the stored %d", len(in.Usage.ByTenant), len(stored.Aggregation.ByTenant))
	}
	for _, a := range in.Agreements {
		if a.ID == int(agreementID) && (a.CompanyID != int(companyID) || !a.EndDate.IsZero() || a.Status != "Active") {
			t.Errorf("agreement %d loaded as %+v", agreementID, a)
		}
	}

	eng := &usagesync.Engine{DB: d, CW: cw, Actor: "tester", Now: clock, Lock: datalock.SyncLock{Dir: filepath.Dir(d.Path())}}
	p, err := eng.Plan(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	writes := 0
	for _, r := range p.Rows {
		if r.Action == usagesync.ActionCreate || r.Action == usagesync.ActionUpdate || r.Action == usagesync.ActionUnchanged {
			writes++
			if r.AgreementID != int(agreementID) || r.CatalogItemID != item || r.NewQuantity != used.ActualQuantity {
				t.Errorf("planned %+v, want agreement %d item %d quantity %v", r, agreementID, item, used.ActualQuantity)
			}
		}
	}
	if writes != 1 || p.Counts[usagesync.ActionCreate] != 1 {
		t.Errorf("counts %v: want exactly one create, for the mapped tenant and product", p.Counts)
	}
	if p.Counts[usagesync.ActionSkip] == 0 {
		t.Errorf("counts %v: the unmapped demo tenants must be skipped", p.Counts)
	}
}
