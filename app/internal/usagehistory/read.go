package usagehistory

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// ProductMonth is one product's totals in one month.
type ProductMonth struct {
	Month              string  `json:"month"`
	ProductKey         string  `json:"productKey"`
	Description        string  `json:"description"`
	BillableQuantity   float64 `json:"billableQuantity"`   // summed over customers
	ActualQuantity     float64 `json:"actualQuantity"`     // summed over customers
	Customers          int     `json:"customers"`          // tenants using it
	UnassignedQuantity float64 `json:"unassignedQuantity"` // billable quantity of lines without a customer
}

// TopProduct is a product ranked by its billable quantity in the month looked at.
type TopProduct struct {
	ProductKey       string  `json:"productKey"`
	Description      string  `json:"description"`
	BillableQuantity float64 `json:"billableQuantity"`
}

// NewCustomer has usage in the month and none in the month before.
type NewCustomer struct {
	TenantID         string  `json:"tenantId"`
	TenantName       string  `json:"tenantName"` // from the usage lines; often empty (newer Sophos replies)
	BillableQuantity float64 `json:"billableQuantity"`
	Products         int     `json:"products"`
}

// QuantityChange is one (customer, product) pair's billable quantity in two consecutive
// months; a pair missing in a month has 0 there.
// (Fields in the order of the generated rows, which convert to it directly.)
type QuantityChange struct {
	TenantID         string  `json:"tenantId"`
	ProductKey       string  `json:"productKey"`
	TenantName       string  `json:"tenantName"`
	Description      string  `json:"description"`
	CurrentQuantity  float64 `json:"currentQuantity"`
	PreviousQuantity float64 `json:"previousQuantity"`
	Change           float64 `json:"change"`
}

// Changes is what changed from the previous month to the month looked at.
type Changes struct {
	Month         string           `json:"month"`
	PreviousMonth string           `json:"previousMonth"`
	NewCustomers  []NewCustomer    `json:"newCustomers"`
	NewProducts   []ProductMonth   `json:"newProducts"`
	Increases     []QuantityChange `json:"increases"` // largest first
	Decreases     []QuantityChange `json:"decreases"` // largest fall first
}

// Overview is the landing page's data: one call, one read.
type Overview struct {
	Month         string         `json:"month"`         // the newest stored month with data; "" when none
	Months        []string       `json:"months"`        // the chart's months, oldest first
	MonthlyTotals []ProductMonth `json:"monthlyTotals"` // per month and product, for those months
	TopProducts   []TopProduct   `json:"topProducts"`   // by billable quantity in Month
	Changes       Changes        `json:"changes"`
}

// OverviewOptions size the landing page's data.
type OverviewOptions struct {
	Months int // months in the charts; 12 when 0
	Top    int // top products and largest changes; 5 when 0
}

// Reader answers the dashboard's questions from the history. Its reads use the read-only
// pool, so a refresh being written never makes the landing page wait.
type Reader struct{ DB *db.DB }

// Overview returns the landing page's data for the newest stored month with usage.
func (r Reader) Overview(ctx context.Context, opts OverviewOptions) (Overview, error) {
	var out Overview
	err := r.DB.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		latest, err := q.LatestUsageHistoryMonth(ctx)
		if errors.Is(err, sql.ErrNoRows) {
			out = Overview{Months: []string{}, MonthlyTotals: []ProductMonth{}, TopProducts: []TopProduct{},
				Changes: emptyChanges("", "")}
			return nil
		}
		if err != nil {
			return fmt.Errorf("usage history: newest month: %w", err)
		}
		out, err = overviewOf(ctx, q, latest, opts)
		return err
	})
	return out, err
}

// OverviewOf returns the landing page's data as of a given month ("YYYY-MM").
func (r Reader) OverviewOf(ctx context.Context, month string, opts OverviewOptions) (Overview, error) {
	var out Overview
	err := r.DB.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		var err error
		out, err = overviewOf(ctx, q, month, opts)
		return err
	})
	return out, err
}

// overviewOf reads the overview in q's transaction, so totals and changes agree.
func overviewOf(ctx context.Context, q *dbsqlc.Queries, month string, opts OverviewOptions) (Overview, error) {
	m, err := ParseMonth(month)
	if err != nil {
		return Overview{}, err
	}
	if opts.Months < 0 || opts.Top < 0 {
		return Overview{}, fmt.Errorf("usage history overview: months (%d) and top (%d) must not be negative", opts.Months, opts.Top)
	}
	months := cmp.Or(opts.Months, 12)
	top := cmp.Or(opts.Top, 5)
	out := Overview{Month: m.String(), Months: make([]string, 0, months)}
	for i := months - 1; i >= 0; i-- {
		out.Months = append(out.Months, m.Add(-i).String())
	}
	if out.MonthlyTotals, err = productTotals(ctx, q, m.Add(-(months - 1)).String(), m.String()); err != nil {
		return Overview{}, err
	}
	out.TopProducts = topProducts(out.MonthlyTotals, m.String(), top)
	if out.Changes, err = changesOf(ctx, q, m, top); err != nil {
		return Overview{}, err
	}
	return out, nil
}

// ProductTotals returns the totals per product for the months from..to ("YYYY-MM",
// inclusive), ordered by month and product key.
func (r Reader) ProductTotals(ctx context.Context, from, to string) ([]ProductMonth, error) {
	if err := checkRange(from, to); err != nil {
		return nil, err
	}
	return productTotals(ctx, r.DB.Reader(), from, to)
}

// checkRange validates a from..to pair of months, naming the one that is wrong.
func checkRange(from, to string) error {
	if _, err := ParseMonth(from); err != nil {
		return fmt.Errorf("usage history: from: %w", err)
	}
	if _, err := ParseMonth(to); err != nil {
		return fmt.Errorf("usage history: to: %w", err)
	}
	return nil
}

func productTotals(ctx context.Context, q *dbsqlc.Queries, from, to string) ([]ProductMonth, error) {
	rows, err := q.ListProductTotals(ctx, dbsqlc.ListProductTotalsParams{FromMonth: from, ToMonth: to})
	if err != nil {
		return nil, fmt.Errorf("usage history: totals %s..%s: %w", from, to, err)
	}
	out := make([]ProductMonth, len(rows))
	for i, t := range rows {
		out[i] = ProductMonth{Month: t.Month, ProductKey: t.ProductKey, Description: t.Description,
			BillableQuantity: t.BillableQuantity, ActualQuantity: t.ActualQuantity, Customers: int(t.Tenants),
			UnassignedQuantity: t.UnassignedQuantity}
	}
	return out, nil
}

// topProducts ranks the products of one month by billable quantity (customers' and
// unassigned together: what Sophos bills), ties by key.
func topProducts(totals []ProductMonth, month string, n int) []TopProduct {
	out := []TopProduct{}
	for _, t := range totals {
		if t.Month == month {
			out = append(out, TopProduct{ProductKey: t.ProductKey, Description: t.Description,
				BillableQuantity: t.BillableQuantity + t.UnassignedQuantity})
		}
	}
	slices.SortFunc(out, func(a, b TopProduct) int {
		return cmp.Or(cmp.Compare(b.BillableQuantity, a.BillableQuantity), cmp.Compare(a.ProductKey, b.ProductKey))
	})
	return out[:min(n, len(out))]
}

// ChangesOf compares a month with the one before it: new customers, new products and the
// top largest increases and decreases per (customer, product).
func (r Reader) ChangesOf(ctx context.Context, month string, top int) (Changes, error) {
	m, err := ParseMonth(month)
	if err != nil {
		return Changes{}, err
	}
	if top < 1 {
		return Changes{}, fmt.Errorf("usage history changes: top must be at least 1, not %d", top)
	}
	var out Changes
	err = r.DB.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		var err error
		out, err = changesOf(ctx, q, m, top)
		return err
	})
	return out, err
}

func changesOf(ctx context.Context, q *dbsqlc.Queries, m Month, top int) (Changes, error) {
	cur, prev := m.String(), m.Add(-1).String()
	out := emptyChanges(cur, prev)
	fail := func(what string, err error) (Changes, error) {
		return Changes{}, fmt.Errorf("usage history: %s %s: %w", what, cur, err)
	}

	tenants, err := q.ListNewTenants(ctx, dbsqlc.ListNewTenantsParams{Month: cur, PreviousMonth: prev})
	if err != nil {
		return fail("new customers", err)
	}
	for _, t := range tenants {
		out.NewCustomers = append(out.NewCustomers, NewCustomer{TenantID: t.TenantID, TenantName: t.TenantName,
			BillableQuantity: t.BillableQuantity, Products: int(t.Products)})
	}
	products, err := q.ListNewProducts(ctx, dbsqlc.ListNewProductsParams{Month: cur, PreviousMonth: prev})
	if err != nil {
		return fail("new products", err)
	}
	for _, p := range products {
		out.NewProducts = append(out.NewProducts, ProductMonth{Month: cur, ProductKey: p.ProductKey,
			Description: p.Description, BillableQuantity: p.BillableQuantity, Customers: int(p.Tenants),
			UnassignedQuantity: p.UnassignedQuantity})
	}
	ups, err := q.ListQuantityIncreases(ctx, dbsqlc.ListQuantityIncreasesParams{Month: cur, Limit: int64(top)})
	if err != nil {
		return fail("increases", err)
	}
	for _, c := range ups {
		out.Increases = append(out.Increases, QuantityChange(c))
	}
	downs, err := q.ListQuantityDecreases(ctx, dbsqlc.ListQuantityDecreasesParams{Month: cur, Limit: int64(top)})
	if err != nil {
		return fail("decreases", err)
	}
	for _, c := range downs {
		out.Decreases = append(out.Decreases, QuantityChange(c))
	}
	return out, nil
}

func emptyChanges(month, previous string) Changes {
	return Changes{Month: month, PreviousMonth: previous, NewCustomers: []NewCustomer{},
		NewProducts: []ProductMonth{}, Increases: []QuantityChange{}, Decreases: []QuantityChange{}}
}

// CustomerMonth is one product's quantity for one customer in one month.
type CustomerMonth struct {
	Month            string  `json:"month"`
	ProductKey       string  `json:"productKey"`
	Description      string  `json:"description"`
	BillableQuantity float64 `json:"billableQuantity"`
	ActualQuantity   float64 `json:"actualQuantity"`
}

// CustomerUsage returns one customer's products with quantities per month for the months
// from..to ("YYYY-MM", inclusive), ordered by month and product key (customer detail).
func (r Reader) CustomerUsage(ctx context.Context, tenantID, from, to string) ([]CustomerMonth, error) {
	if err := checkRange(from, to); err != nil {
		return nil, err
	}
	rows, err := r.DB.Reader().ListTenantUsage(ctx, dbsqlc.ListTenantUsageParams{TenantID: tenantID, FromMonth: from, ToMonth: to})
	if err != nil {
		return nil, fmt.Errorf("usage history: customer %s: %w", tenantID, err)
	}
	out := make([]CustomerMonth, len(rows))
	for i, r := range rows {
		out[i] = CustomerMonth(r)
	}
	return out, nil
}

// MonthStatus describes a month in the history (for a month picker, or to say which months
// work offline).
type MonthStatus struct {
	Month     string `json:"month"`
	FetchedAt int64  `json:"fetchedAt"` // unix ms
	Lines     int    `json:"lines"`     // usage lines Sophos sent
	Complete  bool   `json:"complete"`  // final: it will not be fetched again
	NoData    bool   `json:"noData"`    // Sophos had no usage for it
}

// Months lists the stored months, oldest first.
func (r Reader) Months(ctx context.Context) ([]MonthStatus, error) {
	rows, err := r.DB.Reader().ListUsageHistoryMonths(ctx)
	if err != nil {
		return nil, fmt.Errorf("usage history: months: %w", err)
	}
	out := make([]MonthStatus, len(rows))
	for i, m := range rows {
		out[i] = MonthStatus{Month: m.Month, FetchedAt: m.FetchedAt, Lines: int(m.LineCount),
			Complete: m.Complete == 1, NoData: m.NoData == 1}
	}
	return out, nil
}
