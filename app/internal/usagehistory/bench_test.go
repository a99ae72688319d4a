package usagehistory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"psabridge/app/internal/usage"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// syntheticHistory stores customers × products × months of usage ending in June 2025. Most
// pairs grow or shrink a little each month; a few customers start late, so there are new
// customers and large changes to find.
func syntheticHistory(tb testing.TB, d *db.DB, customers, products, months int) Month {
	tb.Helper()
	latest := Month{2025, 6}
	for back := months - 1; back >= 0; back-- {
		m := latest.Add(-back)
		index := months - 1 - back // 0 for the oldest month
		agg := usage.Aggregation{}
		for c := range customers {
			if c%50 == 0 && index < months-1-c%7 { // a few customers begin in the last months
				continue
			}
			if c%60 == 30 && back == 0 { // and a few leave
				continue
			}
			for p := range products {
				q := float64((c*7+p*13)%40+1) + float64(index*((c+p)%5-2))/4
				if q <= 0 {
					continue
				}
				agg.ByTenant = append(agg.ByTenant, usage.TenantProductTotal{
					TenantID: fmt.Sprintf("tenant-%04d", c), ProductKey: fmt.Sprintf("CP-%02d", p),
					Description: fmt.Sprintf("Central Product %02d", p), BillableQuantity: q, ActualQuantity: q + 1, Lines: 1})
				agg.Lines++
			}
		}
		agg.Unassigned = []usage.UnassignedTotal{{ProductKey: "FW-01", BillableQuantity: 3, Lines: 3, Serials: []string{"S1", "S2", "S3"}}}
		rec := monthRecord{month: m, fetchedAt: 1, complete: back >= 2}
		if err := replaceMonth(context.Background(), d, rec, agg); err != nil {
			tb.Fatal(err)
		}
	}
	return latest
}

// BenchmarkOverview500x10x24 measures the landing page's data call (monthly totals for 12
// months, top products, changes since last month) on 500 customers × 10 products × 24
// months, against a naive baseline that reads every stored row and computes the same in Go.
// Target: under 50 ms.
func BenchmarkOverview500x10x24(b *testing.B) {
	if testing.Short() {
		b.Skip("stores 120,000 history rows")
	}
	d := openDB(b)
	latest := syntheticHistory(b, d, 500, 10, 24)
	ctx := context.Background()
	r := Reader{DB: d}
	opts := OverviewOptions{Months: 12, Top: 5}

	// Both must agree before either is timed.
	fast, err := r.Overview(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	slow, err := naiveOverview(ctx, d, latest, opts)
	if err != nil {
		b.Fatal(err)
	}
	if !slices.Equal(fast.MonthlyTotals, slow.MonthlyTotals) || !slices.Equal(fast.TopProducts, slow.TopProducts) || !slices.Equal(fast.Changes.Increases, slow.Changes.Increases) ||
		!slices.Equal(fast.Changes.Decreases, slow.Changes.Decreases) || len(fast.Changes.NewCustomers) != len(slow.Changes.NewCustomers) {
		b.Fatalf("the overview and the naive baseline disagree:\n%#v\n%#v", fast.Changes, slow.Changes)
	}
	if len(fast.Changes.NewCustomers) == 0 || len(fast.Changes.Increases) == 0 || len(fast.Changes.Decreases) == 0 {
		b.Fatalf("synthetic data has no changes to find: %+v", fast.Changes)
	}

	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		if _, err := r.Overview(ctx, opts); err != nil {
			b.Fatal(err)
		}
	}
	perCall := time.Since(start) / time.Duration(b.N)
	b.StopTimer()

	const naiveRuns = 3
	naiveStart := time.Now()
	for range naiveRuns {
		if _, err := naiveOverview(ctx, d, latest, opts); err != nil {
			b.Fatal(err)
		}
	}
	naive := time.Since(naiveStart) / naiveRuns
	b.ReportMetric(float64(perCall.Microseconds())/1000, "ms/call")
	b.ReportMetric(float64(naive.Microseconds())/1000, "naive-ms/call")
	b.ReportMetric(float64(naive)/float64(perCall), "naive/overview")
}

// naiveOverview computes the overview's totals and changes in Go from every stored row.
func naiveOverview(ctx context.Context, d *db.DB, latest Month, opts OverviewOptions) (Overview, error) {
	rows, err := d.Reader().ListAllUsageHistory(ctx)
	if err != nil {
		return Overview{}, err
	}
	from, cur, prev := latest.Add(-(opts.Months - 1)).String(), latest.String(), latest.Add(-1).String()
	type monthProduct struct{ month, product string }
	type pair struct{ tenant, product string }
	totals := map[monthProduct]*ProductMonth{}
	current, previous := map[pair]float64{}, map[pair]float64{}
	tenantsNow, tenantsBefore := map[string]bool{}, map[string]bool{}
	for _, row := range rows {
		if row.Month < from || row.Month > cur {
			continue
		}
		k := monthProduct{row.Month, row.ProductKey}
		t := totals[k]
		if t == nil {
			t = &ProductMonth{Month: row.Month, ProductKey: row.ProductKey, Description: row.Description}
			totals[k] = t
		}
		t.BillableQuantity += row.BillableQuantity
		t.ActualQuantity += row.ActualQuantity
		t.Customers++
		switch row.Month {
		case cur:
			current[pair{row.TenantID, row.ProductKey}] = row.BillableQuantity
			tenantsNow[row.TenantID] = true
		case prev:
			previous[pair{row.TenantID, row.ProductKey}] = row.BillableQuantity
			tenantsBefore[row.TenantID] = true
		}
	}
	for m := range opts.Months {
		month := latest.Add(-m).String()
		unassigned, err := d.Reader().ListUsageHistoryUnassigned(ctx, month)
		if err != nil {
			return Overview{}, err
		}
		for _, u := range unassigned {
			k := monthProduct{month, u.ProductKey}
			t := totals[k]
			if t == nil {
				t = &ProductMonth{Month: month, ProductKey: u.ProductKey, Description: u.Description}
				totals[k] = t
			}
			t.UnassignedQuantity += u.BillableQuantity
		}
	}
	out := Overview{Month: cur, Changes: emptyChanges(cur, prev)}
	for _, t := range totals {
		out.MonthlyTotals = append(out.MonthlyTotals, *t)
	}
	slices.SortFunc(out.MonthlyTotals, func(a, b ProductMonth) int {
		return cmp.Or(cmp.Compare(a.Month, b.Month), cmp.Compare(a.ProductKey, b.ProductKey))
	})
	out.TopProducts = topProducts(out.MonthlyTotals, cur, opts.Top)
	for tenant := range tenantsNow {
		if !tenantsBefore[tenant] {
			out.Changes.NewCustomers = append(out.Changes.NewCustomers, NewCustomer{TenantID: tenant})
		}
	}
	var changes []QuantityChange
	for p, q := range current {
		changes = append(changes, QuantityChange{TenantID: p.tenant, ProductKey: p.product, CurrentQuantity: q,
			PreviousQuantity: previous[p], Change: q - previous[p]})
	}
	for p, q := range previous {
		if _, ok := current[p]; !ok {
			changes = append(changes, QuantityChange{TenantID: p.tenant, ProductKey: p.product, PreviousQuantity: q, Change: -q})
		}
	}
	byChange := func(a, b QuantityChange) int {
		return cmp.Or(cmp.Compare(b.Change, a.Change), cmp.Compare(a.TenantID, b.TenantID), cmp.Compare(a.ProductKey, b.ProductKey))
	}
	slices.SortFunc(changes, byChange)
	for _, c := range changes {
		if c.Change > 0 && len(out.Changes.Increases) < opts.Top {
			c.Description = fmt.Sprintf("Central Product %s", c.ProductKey[3:])
			out.Changes.Increases = append(out.Changes.Increases, c)
		}
	}
	slices.SortFunc(changes, func(a, b QuantityChange) int {
		return cmp.Or(cmp.Compare(a.Change, b.Change), cmp.Compare(a.TenantID, b.TenantID), cmp.Compare(a.ProductKey, b.ProductKey))
	})
	for _, c := range changes {
		if c.Change < 0 && len(out.Changes.Decreases) < opts.Top {
			c.Description = fmt.Sprintf("Central Product %s", c.ProductKey[3:])
			out.Changes.Decreases = append(out.Changes.Decreases, c)
		}
	}
	return out, nil
}

// BenchmarkReplaceMonth5000x10 measures storing one month of a large partner (5,000
// customers × 10 products) next to its stored previous month: the rows, the product totals
// and the changes since last month, in one transaction. The baseline stores the same rows
// alone, so the figure shows what the derived tables cost at refresh time.
func BenchmarkReplaceMonth5000x10(b *testing.B) {
	if testing.Short() {
		b.Skip("stores 50,000-row months")
	}
	d := openDB(b)
	syntheticHistory(b, d, 5000, 10, 2) // May and June 2025
	ctx := context.Background()
	june, err := StoredAggregation(ctx, d, "2025-06")
	if err != nil {
		b.Fatal(err)
	}
	rec := monthRecord{month: Month{2025, 6}, fetchedAt: 2}

	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		if err := replaceMonth(ctx, d, rec, june.Aggregation); err != nil {
			b.Fatal(err)
		}
	}
	perMonth := time.Since(start) / time.Duration(b.N)
	b.StopTimer()

	const baselineRuns = 3
	baselineStart := time.Now()
	for range baselineRuns {
		err := d.InTx(ctx, func(q *dbsqlc.Queries) error {
			if err := q.DeleteUsageHistoryMonth(ctx, "2025-06"); err != nil {
				return err
			}
			if err := q.InsertUsageHistoryMonth(ctx, dbsqlc.InsertUsageHistoryMonthParams{Month: "2025-06", FetchedAt: 3,
				UnassignedLines: "[]", UnkeyedLines: "[]"}); err != nil {
				return err
			}
			for _, t := range june.Aggregation.ByTenant {
				if err := q.InsertUsageHistoryRow(ctx, dbsqlc.InsertUsageHistoryRowParams{Month: "2025-06", TenantID: t.TenantID,
					ProductKey: t.ProductKey, Description: t.Description, BillableQuantity: t.BillableQuantity,
					ActualQuantity: t.ActualQuantity, Lines: int64(t.Lines)}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	baseline := time.Since(baselineStart) / baselineRuns
	b.ReportMetric(float64(perMonth.Milliseconds()), "ms/month")
	b.ReportMetric(float64(baseline.Milliseconds()), "rows-only-ms/month")
}
