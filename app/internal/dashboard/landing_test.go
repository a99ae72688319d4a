package dashboard_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	"psabridge/app/internal/dashboard"
	"psabridge/app/internal/usagehistory"
	"psabridge/app/internal/usagesync"
	"psabridge/db/dbsqlc"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func reasonQuantity(c usagesync.Classification, r usagesync.Reason) float64 {
	i := slices.IndexFunc(c.ByReason, func(t usagesync.ReasonTotal) bool { return t.Reason == r })
	if i < 0 {
		return 0
	}
	return c.ByReason[i].Quantity
}

// monthUsage is a stored month's whole billable usage: customers' and lines without one.
func monthUsage(t *testing.T, agg usagesync.Aggregation) (customers, unassigned float64) {
	t.Helper()
	for _, u := range agg.ByTenant {
		customers += u.BillableQuantity
	}
	for _, u := range agg.Unassigned {
		unassigned += u.BillableQuantity
	}
	return customers, unassigned
}

// On the demo data nothing is mapped: all usage is unbilled, as product unmapped or
// without a customer, and every month's billed + unbilled is its whole usage. Mapping one
// customer and every product bills exactly that customer's usage; the others' becomes
// "customer unmapped".
func TestLandingClassifiesAllUsageWithTheCurrentMappings(t *testing.T) {
	w := demoWorkspace(t)
	ctx := context.Background()
	now := time.Now()

	l, err := dashboard.Load(ctx, w.DB, now)
	if err != nil {
		t.Fatal(err)
	}
	if l.Month == "" || len(l.Months) != 12 || len(l.Split) != 12 || l.Months[11] != l.Month {
		t.Fatalf("month %q, months %v, split %d: want 12 months ending in the newest", l.Month, l.Months, len(l.Split))
	}
	latest, err := usagehistory.StoredAggregation(ctx, w.DB, l.Month)
	if err != nil {
		t.Fatal(err)
	}
	customers, unassigned := monthUsage(t, latest.Aggregation)
	if customers == 0 {
		t.Fatal("the demo's newest month has no usage")
	}
	if !near(l.Unbilled.Total, customers+unassigned) || l.Unbilled.Billed != 0 || !near(l.Unbilled.Unbilled, l.Unbilled.Total) {
		t.Errorf("unbilled %+v; want all of %v unbilled", l.Unbilled, customers+unassigned)
	}
	if q := reasonQuantity(l.Unbilled, usagesync.ReasonProductUnmapped); !near(q, customers) {
		t.Errorf("product unmapped = %v, want the customers' usage %v", q, customers)
	}
	if q := reasonQuantity(l.Unbilled, usagesync.ReasonNoCustomer); !near(q, unassigned) {
		t.Errorf("no customer = %v, want %v", q, unassigned)
	}
	for _, s := range l.Split {
		agg, err := usagehistory.StoredAggregation(ctx, w.DB, s.Month)
		if errors.Is(err, usagehistory.ErrMonthNotStored) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		c, u := monthUsage(t, agg.Aggregation)
		if !near(s.Billed+s.Unbilled, c+u) {
			t.Errorf("%s: billed %v + unbilled %v != usage %v", s.Month, s.Billed, s.Unbilled, c+u)
		}
	}
	if len(l.Top) == 0 || len(l.Top[0].Quantities) != 12 {
		t.Errorf("top products %+v: want series over the 12 months", l.Top)
	}

	// Map every product (sync on) and one customer with usage to an active agreement.
	q := w.DB.Queries()
	agreements, err := q.ListAllAgreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(agreements, func(a dbsqlc.CWAgreement) bool {
		return a.AgreementStatus == "Active" && a.CancelledFlag == 0 && a.DateCancelled == 0 && (a.NoEndingDateFlag == 1 || a.EndDate > now.UnixMilli())
	})
	if i < 0 {
		t.Fatal("no active agreement in the demo data")
	}
	agreement := agreements[i]
	products, err := q.ListSophosProducts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for n, p := range products {
		if _, err := q.MapSophosProduct(ctx, dbsqlc.MapSophosProductParams{ItemID: new(int64(1000 + n)), SyncEnabled: 1,
			Now: now.UnixMilli(), ProductKey: p.ProductKey}); err != nil {
			t.Fatal(err)
		}
	}
	tenant := latest.Aggregation.ByTenant[0].TenantID
	if _, err := q.SetTenantMapping(ctx, dbsqlc.SetTenantMappingParams{CWCompanyID: new(agreement.CompanyID),
		CWAgreementID: new(agreement.ID), SyncEnabled: 1, Now: now.UnixMilli(), ID: tenant}); err != nil {
		t.Fatal(err)
	}
	var billed float64
	for _, u := range latest.Aggregation.ByTenant {
		if u.TenantID == tenant {
			billed += u.BillableQuantity
		}
	}

	l, err = dashboard.Load(ctx, w.DB, now)
	if err != nil {
		t.Fatal(err)
	}
	if !near(l.Unbilled.Billed, billed) {
		t.Errorf("billed %v, want the mapped customer's %v", l.Unbilled.Billed, billed)
	}
	if q := reasonQuantity(l.Unbilled, usagesync.ReasonCustomerUnmapped); !near(q, customers-billed) {
		t.Errorf("customer unmapped = %v, want %v", q, customers-billed)
	}
	if !near(l.Unbilled.Billed+l.Unbilled.Unbilled, customers+unassigned) {
		t.Errorf("billed + unbilled = %v, want all usage %v", l.Unbilled.Billed+l.Unbilled.Unbilled, customers+unassigned)
	}
	// The mapped products point at catalog items that are not in the catalog: stale.
	if !slices.ContainsFunc(l.Problems, func(p dashboard.Problem) bool { return p.Kind == dashboard.ProblemStaleMapping }) {
		t.Errorf("problems %+v: want the stale product mappings", l.Problems)
	}
}

// Tenant names in the changes come from the tenant cache (newer usage lines have none).
func TestLandingNamesTheChangesFromTheTenantCache(t *testing.T) {
	w := demoWorkspace(t)
	l, err := dashboard.Load(context.Background(), w.DB, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	changes := append(slices.Clone(l.Changes.Increases), l.Changes.Decreases...)
	if len(changes) == 0 {
		t.Fatal("the demo data has no quantity changes in its newest month")
	}
	for _, c := range changes {
		if c.TenantName == "" {
			t.Errorf("change %+v has no tenant name", c)
		}
	}
}

// A failed scheduled run and a failed last run are problems; a run that succeeded is not.
func TestLandingListsFailedRuns(t *testing.T) {
	w := demoWorkspace(t)
	ctx := context.Background()
	q := w.DB.Queries()
	run := func(trigger, result, errs string) int64 {
		t.Helper()
		id, err := q.StartSyncRun(ctx, dbsqlc.StartSyncRunParams{Month: "2026-10", TriggerKind: trigger, Actor: "t", StartedAt: 1})
		if err != nil {
			t.Fatal(err)
		}
		if err := q.FinishSyncRun(ctx, dbsqlc.FinishSyncRunParams{FinishedAt: new(int64(2)), Result: result, Errors: errs, ID: id}); err != nil {
			t.Fatal(err)
		}
		return id
	}
	scheduled := run("scheduled", "failed", "agreement 7: unreachable")
	manual := run("manual", "partial", "agreement 8: 500")

	l, err := dashboard.Load(ctx, w.DB, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if l.LastRun == nil || l.LastRun.ID != manual {
		t.Fatalf("last run %+v, want run %d", l.LastRun, manual)
	}
	want := map[dashboard.ProblemKind]int64{dashboard.ProblemRunFailed: manual, dashboard.ProblemScheduledRunFailed: scheduled}
	for kind, id := range want {
		i := slices.IndexFunc(l.Problems, func(p dashboard.Problem) bool { return p.Kind == kind })
		if i < 0 || l.Problems[i].RunID != id || l.Problems[i].Detail == "" {
			t.Errorf("problem %s: got %+v, want run %d with its errors", kind, l.Problems, id)
		}
	}

	run("scheduled", "succeeded", "")
	l, err = dashboard.Load(ctx, w.DB, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(l.Problems, func(p dashboard.Problem) bool { return p.RunID != 0 }) {
		t.Errorf("after a successful run: problems %+v, want no run problems", l.Problems)
	}
}
