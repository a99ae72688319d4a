package dashboard_test

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"testing"
	"time"

	"psabridge/app/internal/dashboard"
	"psabridge/app/internal/usagehistory"
	"psabridge/db/dbsqlc"
)

// A customer's detail: its mapping, its products per month as stored, and only the writes
// to its own agreement, newest first.
func TestCustomerDetailShowsUsageMappingAndItsAgreementsWrites(t *testing.T) {
	w := demoWorkspace(t)
	ctx := context.Background()
	q := w.DB.Queries()
	now := time.Now()
	months, err := usagehistory.Reader{DB: w.DB}.Months(ctx)
	if err != nil {
		t.Fatal(err)
	}
	latest := months[len(months)-1].Month
	agg, err := usagehistory.StoredAggregation(ctx, w.DB, latest)
	if err != nil {
		t.Fatal(err)
	}
	tenant := agg.Aggregation.ByTenant[0].TenantID
	agreements, err := q.ListAllAgreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mine, other := agreements[0], agreements[1]
	if _, err := q.SetTenantMapping(ctx, dbsqlc.SetTenantMappingParams{CWCompanyID: new(mine.CompanyID),
		CWAgreementID: new(mine.ID), Now: now.UnixMilli(), ID: tenant}); err != nil {
		t.Fatal(err)
	}
	write := func(at int64, action, before, after string) {
		t.Helper()
		if err := q.LogConnectWiseWrite(ctx, dbsqlc.LogConnectWiseWriteParams{At: at, Actor: "t", Action: action, EntityID: at,
			Label: "x", BeforeJson: before, AfterJson: after}); err != nil {
			t.Fatal(err)
		}
	}
	write(1, "create_addition", "{}", `{"additionId":1,"agreementId":`+itoa(mine.ID)+`,"quantity":3}`)
	write(2, "update_addition", `{"agreementId":`+itoa(mine.ID)+`,"quantity":3}`, `{"agreementId":`+itoa(mine.ID)+`,"quantity":4}`)
	write(3, "create_addition", "{}", `{"additionId":2,"agreementId":`+itoa(other.ID)+`,"quantity":9}`)

	c, err := dashboard.LoadCustomer(ctx, w.DB, tenant, now)
	if err != nil {
		t.Fatal(err)
	}
	if c.Customer.TenantID != tenant || c.Customer.AgreementID != mine.ID || c.Customer.AgreementName != mine.Name {
		t.Errorf("customer %+v: want tenant %s on agreement %d %q", c.Customer, tenant, mine.ID, mine.Name)
	}
	if len(c.Writes) != 2 || c.Writes[0].EntityID != 2 || c.Writes[1].EntityID != 1 {
		t.Errorf("writes %+v: want the two to agreement %d, newest first", c.Writes, mine.ID)
	}
	if len(c.Months) != 24 || c.Months[23] != latest {
		t.Fatalf("months %v: want 24 ending in %s", c.Months, latest)
	}
	for _, u := range agg.Aggregation.ByTenant {
		if u.TenantID != tenant {
			continue
		}
		i := slices.IndexFunc(c.Products, func(p dashboard.ProductSeries) bool { return p.ProductKey == u.ProductKey })
		if i < 0 || c.Products[i].Quantities[23] != u.BillableQuantity {
			t.Errorf("product %s: want %v in %s, got %+v", u.ProductKey, u.BillableQuantity, latest, c.Products)
		}
	}

	if _, err := dashboard.LoadCustomer(ctx, w.DB, "no-such-tenant", now); !errors.Is(err, dashboard.ErrUnknownTenant) {
		t.Errorf("unknown tenant: err %v, want ErrUnknownTenant", err)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
