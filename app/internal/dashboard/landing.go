package dashboard

import (
	"context"
	"fmt"
	"slices"
	"time"

	"psabridge/app/internal/schedule"
	"psabridge/app/internal/syncsettings"
	"psabridge/app/internal/usagehistory"
	"psabridge/app/internal/usagesync"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// chartMonths is how many months the charts show; topProducts how many products the top
// products chart and the change lists hold.
const (
	chartMonths = 12
	topProducts = 5
)

// MonthSplit is one month's usage as a sync with today's mappings would bill it.
type MonthSplit struct {
	Month    string  `json:"month"`
	Billed   float64 `json:"billed"`
	Unbilled float64 `json:"unbilled"`
}

// ProductSeries is one product's total quantity per month (aligned with Landing.Months).
type ProductSeries struct {
	ProductKey  string    `json:"productKey"`
	Description string    `json:"description"`
	Quantities  []float64 `json:"quantities"`
}

// Landing is everything the landing page shows besides the connection and catalog cards.
type Landing struct {
	Month    string                   `json:"month"`  // the newest stored month with usage; "" before the first fetch
	Months   []string                 `json:"months"` // the charts' months, oldest first
	Unbilled usagesync.Classification `json:"unbilled"`
	Split    []MonthSplit             `json:"split"`   // per month of Months
	Top      []ProductSeries          `json:"top"`     // the top products of Month, per month of Months
	Changes  usagehistory.Changes     `json:"changes"` // Month against the month before
	Problems []Problem                `json:"problems"`
	LastRun  *RunSummary              `json:"lastRun"` // nil before the first run
	NextRun  int64                    `json:"nextRun"` // unix ms; 0 when no schedule is set
}

// RunSummary is the last usage sync run as the landing page shows it.
type RunSummary struct {
	ID         int64          `json:"id"`
	Month      string         `json:"month"`
	Trigger    string         `json:"trigger"`    // manual, scheduled, command_line
	Result     string         `json:"result"`     // running, succeeded, partial, failed, cancelled, interrupted
	StartedAt  int64          `json:"startedAt"`  // unix ms
	FinishedAt int64          `json:"finishedAt"` // unix ms; 0 while running or interrupted
	Counts     map[string]int `json:"counts"`     // per action
}

func summary(r usagesync.RunRecord) *RunSummary {
	s := &RunSummary{ID: r.ID, Month: r.Month, Trigger: string(r.Trigger), Result: r.Result,
		StartedAt: r.StartedAt.UnixMilli(), Counts: map[string]int{}}
	if !r.FinishedAt.IsZero() {
		s.FinishedAt = r.FinishedAt.UnixMilli()
	}
	for action, n := range r.Counts {
		s.Counts[string(action)] = n
	}
	return s
}

// Load reads the landing page's data. now decides cancelled agreements and the next run.
func Load(ctx context.Context, d *db.DB, now time.Time) (Landing, error) {
	ov, err := usagehistory.Reader{DB: d}.Overview(ctx, usagehistory.OverviewOptions{Months: chartMonths, Top: topProducts})
	if err != nil {
		return Landing{}, err
	}
	out := Landing{Month: ov.Month, Months: ov.Months, Changes: ov.Changes, Split: []MonthSplit{},
		Top: topSeries(ov), Problems: []Problem{}, Unbilled: usagesync.Classification{Month: ov.Month, ByReason: []usagesync.ReasonTotal{}}}
	err = d.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		settings, err := syncsettings.Get(ctx, q)
		if err != nil {
			return err
		}
		if next, ok := schedule.NextRun(settings.Schedule, now); ok {
			out.NextRun = next.UnixMilli()
		}
		mappings, err := usagesync.LoadMappings(ctx, q)
		if err != nil {
			return err
		}
		mappings.Settings = settings.Sync()
		nameTenants(&out.Changes, mappings.Customers)
		if ov.Month != "" {
			if err := out.classify(ctx, q, mappings, ov, now); err != nil {
				return err
			}
		}
		if out.Problems, err = problems(ctx, q, now); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return Landing{}, err
	}
	if out.LastRun, out.Problems, err = runProblems(ctx, d, out.Problems); err != nil {
		return Landing{}, err
	}
	return out, nil
}

// classify splits every chart month's usage into billed and unbilled with the current
// mappings, and this month's unbilled usage per reason. It reads the product totals the
// history keeps and each tenant's sum of the synced products, not every row.
func (l *Landing) classify(ctx context.Context, q *dbsqlc.Queries, mappings usagesync.Inputs, ov usagehistory.Overview, now time.Time) error {
	mappings.Month = ov.Month
	c, err := usagesync.NewClassifier(mappings, now)
	if err != nil {
		return err
	}
	from, to := ov.Months[0], ov.Months[len(ov.Months)-1]
	months := make(map[string]*usagesync.MonthTotals, len(ov.Months))
	for _, m := range ov.Months {
		months[m] = &usagesync.MonthTotals{Month: m, ByProduct: map[string]usagesync.Quantities{}, ByTenant: map[string]usagesync.Quantities{}}
	}
	for _, t := range ov.MonthlyTotals {
		m := months[t.Month]
		m.ByProduct[t.ProductKey] = usagesync.Quantities{Billable: t.BillableQuantity, Actual: t.ActualQuantity}
		m.Unassigned += t.UnassignedQuantity
	}
	if synced := c.SyncedProducts(); len(synced) > 0 {
		rows, err := q.SumUsageHistoryPerTenant(ctx, dbsqlc.SumUsageHistoryPerTenantParams{FromMonth: from, ToMonth: to, ProductKeys: synced})
		if err != nil {
			return fmt.Errorf("dashboard: usage per customer %s..%s: %w", from, to, err)
		}
		for _, r := range rows {
			months[r.Month].ByTenant[r.TenantID] = usagesync.Quantities{Billable: r.BillableQuantity, Actual: r.ActualQuantity}
		}
	}
	for _, m := range ov.Months {
		split, err := c.ClassifyTotals(*months[m])
		if err != nil {
			return fmt.Errorf("dashboard: classify %s: %w", m, err)
		}
		l.Split = append(l.Split, MonthSplit{Month: m, Billed: split.Billed, Unbilled: split.Unbilled})
		if m == ov.Month {
			l.Unbilled = split
		}
	}
	return nil
}

// topSeries follows the month's top products back through the chart's months.
func topSeries(ov usagehistory.Overview) []ProductSeries {
	out := make([]ProductSeries, len(ov.TopProducts))
	index := map[string]int{}
	for i, p := range ov.TopProducts {
		out[i] = ProductSeries{ProductKey: p.ProductKey, Description: p.Description, Quantities: make([]float64, len(ov.Months))}
		index[p.ProductKey] = i
	}
	for _, t := range ov.MonthlyTotals {
		i, top := index[t.ProductKey]
		m := slices.Index(ov.Months, t.Month)
		if top && m >= 0 {
			out[i].Quantities[m] = t.BillableQuantity + t.UnassignedQuantity // what Sophos bills, as the ranking
		}
	}
	return out
}

// nameTenants fills the changes' tenant names from the tenant cache (newer Sophos usage
// lines carry none).
func nameTenants(c *usagehistory.Changes, customers []usagesync.Customer) {
	names := make(map[string]string, len(customers))
	for _, c := range customers {
		names[c.TenantID] = c.Name
	}
	for i := range c.NewCustomers {
		if n := names[c.NewCustomers[i].TenantID]; n != "" {
			c.NewCustomers[i].TenantName = n
		}
	}
	for _, list := range [][]usagehistory.QuantityChange{c.Increases, c.Decreases} {
		for i := range list {
			if n := names[list[i].TenantID]; n != "" {
				list[i].TenantName = n
			}
		}
	}
}
