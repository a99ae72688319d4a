package products

import (
	"context"
	"fmt"

	"psabridge/app/internal/usage"
	"psabridge/db/dbsqlc"
)

// Usage is one product's usage in one month: the quantity Sophos bills and how many
// customers (tenants) it is billed for.
type Usage struct {
	Quantity  float64
	Customers int
}

// UsageByProduct totals a month's aggregated usage per product key. Lines without a
// tenant (firewalls not assigned to a customer) add to the quantity but to no customer.
func UsageByProduct(agg usage.Aggregation) map[string]Usage {
	out := map[string]Usage{}
	for _, t := range agg.ByTenant { // one entry per (tenant, product)
		u := out[t.ProductKey]
		u.Quantity += t.BillableQuantity
		u.Customers++
		out[t.ProductKey] = u
	}
	for _, t := range agg.Unassigned {
		u := out[t.ProductKey]
		u.Quantity += t.BillableQuantity
		out[t.ProductKey] = u
	}
	return out
}

// recordUsage stores month's usage on every known product; products without lines in that
// month get zero, so an old figure never lingers.
func recordUsage(ctx context.Context, q *dbsqlc.Queries, month string, agg usage.Aggregation) error {
	byProduct := UsageByProduct(agg)
	known, err := q.ListSophosProducts(ctx)
	if err != nil {
		return fmt.Errorf("read Sophos products: %w", err)
	}
	for _, p := range known {
		u := byProduct[p.ProductKey]
		err := q.SetSophosProductUsage(ctx, dbsqlc.SetSophosProductUsageParams{
			ProductKey: p.ProductKey, Month: month, Quantity: u.Quantity, Customers: int64(u.Customers),
		})
		if err != nil {
			return fmt.Errorf("record the usage of Sophos product %s: %w", p.ProductKey, err)
		}
	}
	return nil
}
