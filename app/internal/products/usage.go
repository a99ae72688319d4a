package products

import (
	"context"
	"fmt"

	"psabridge/app/internal/sophos"
	"psabridge/db/dbsqlc"
)

// Usage is one product's usage in one month: the quantity Sophos bills and how many
// customers (tenants) it is billed for.
type Usage struct {
	Quantity  float64
	Customers int
}

// UsageByProduct sums a month's lines per product key. Lines without a tenant (firewalls
// not assigned to a customer) add to the quantity but to no customer.
func UsageByProduct(m sophos.UsageMonth) map[string]Usage {
	tenants := map[string]map[string]bool{}
	out := map[string]Usage{}
	for _, l := range m.Lines {
		key := l.ProductKey()
		if key == "" {
			continue
		}
		u := out[key]
		u.Quantity += l.BillableQuantity
		if id := l.TenantID(); id != "" {
			if tenants[key] == nil {
				tenants[key] = map[string]bool{}
			}
			tenants[key][id] = true
		}
		u.Customers = len(tenants[key])
		out[key] = u
	}
	return out
}

// recordUsage stores month's usage on every known product; products without lines in that
// month get zero, so an old figure never lingers.
func recordUsage(ctx context.Context, q *dbsqlc.Queries, m sophos.UsageMonth) error {
	usage := UsageByProduct(m)
	known, err := q.ListSophosProducts(ctx)
	if err != nil {
		return fmt.Errorf("read Sophos products: %w", err)
	}
	for _, p := range known {
		u := usage[p.ProductKey]
		err := q.SetSophosProductUsage(ctx, dbsqlc.SetSophosProductUsageParams{
			ProductKey: p.ProductKey, Month: m.Key(), Quantity: u.Quantity, Customers: int64(u.Customers),
		})
		if err != nil {
			return fmt.Errorf("record the usage of Sophos product %s: %w", p.ProductKey, err)
		}
	}
	return nil
}
