package dashboard_test

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/dashboard"
	"psabridge/app/internal/syncsettings"
	"psabridge/app/internal/usagehistory"
	"psabridge/app/internal/usagesync"
	"psabridge/db/dbsqlc"
)

// An agreement with two additions of a mapped product: after a preview the landing page
// lists the pair (customer, product, agreement, month); once the user chooses one it is gone.
func TestLandingListsSeveralAdditionsUntilOneIsChosen(t *testing.T) {
	w := demoWorkspace(t)
	ctx := context.Background()
	now := time.Now()
	q := w.DB.Queries()

	l, err := dashboard.Load(ctx, w.DB, now)
	if err != nil {
		t.Fatal(err)
	}
	latest, err := usagehistory.StoredAggregation(ctx, w.DB, l.Month)
	if err != nil {
		t.Fatal(err)
	}
	// One customer with usage on an active agreement, every product on a catalog item.
	agreements, err := q.ListAllAgreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(agreements, func(a dbsqlc.CWAgreement) bool {
		return a.AgreementStatus == "Active" && a.CancelledFlag == 0 && a.DateCancelled == 0 && a.NoEndingDateFlag == 1
	})
	if i < 0 {
		t.Fatal("no active agreement in the demo data")
	}
	agreement := agreements[i]
	usage := latest.Aggregation.ByTenant[0]
	if _, err := q.SetTenantMapping(ctx, dbsqlc.SetTenantMappingParams{CWCompanyID: new(agreement.CompanyID),
		CWAgreementID: new(agreement.ID), SyncEnabled: 1, Now: now.UnixMilli(), ID: usage.TenantID}); err != nil {
		t.Fatal(err)
	}
	items, err := q.ListCatalogItemIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	products, err := q.ListSophosProducts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) < len(products) {
		t.Fatalf("%d catalog items for %d products", len(items), len(products))
	}
	var item int64
	for n, p := range products {
		if _, err := q.MapSophosProduct(ctx, dbsqlc.MapSophosProductParams{ItemID: new(items[n]), SyncEnabled: 1,
			Now: now.UnixMilli(), ProductKey: p.ProductKey}); err != nil {
			t.Fatal(err)
		}
		if p.ProductKey == usage.ProductKey {
			item = items[n]
		}
	}
	// Someone adds two additions for the customer's product in ConnectWise.
	for _, desc := range []string{"first", "second"} {
		if _, err := w.ConnectWise.CreateAddition(ctx, int(agreement.ID), connectwise.NewAddition{ProductID: int(item), Quantity: 1,
			InvoiceDescription: desc, EffectiveDate: time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
	}
	eng, err := w.SyncEngine("tester")
	if err != nil {
		t.Fatal(err)
	}
	settings, err := syncsettings.Get(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	in, err := usagesync.LoadInputs(ctx, w.DB, l.Month, settings.Sync())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := eng.Plan(ctx, in); err != nil {
		t.Fatal(err)
	}

	several := func() []dashboard.Problem {
		t.Helper()
		l, err := dashboard.Load(ctx, w.DB, now)
		if err != nil {
			t.Fatal(err)
		}
		var out []dashboard.Problem
		for _, p := range l.Problems {
			if p.Kind == dashboard.ProblemSeveralAdditions {
				out = append(out, p)
			}
		}
		return out
	}
	got := several()
	if len(got) != 1 {
		t.Fatalf("several-additions problems %+v, want one", got)
	}
	p := got[0]
	if p.Month != l.Month || p.AgreementID != int(agreement.ID) || p.CatalogItemID != int(item) || p.TenantID != usage.TenantID ||
		p.ProductKey != usage.ProductKey || p.Subject == "" || p.Product == "" || p.Agreement != agreement.Name || len(p.Codes) != 2 {
		t.Fatalf("problem %+v: want the customer, product and agreement %d (%s) of %s with both additions", p, agreement.ID, agreement.Name, l.Month)
	}
	chosen, err := strconv.Atoi(p.Codes[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.ChooseAddition(ctx, p.AgreementID, p.CatalogItemID, chosen); err != nil {
		t.Fatal(err)
	}
	if got := several(); len(got) != 0 {
		t.Fatalf("after choosing: %+v, want none", got)
	}
}
