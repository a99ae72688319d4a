package products

import (
	"context"
	"errors"
	"fmt"
	"time"

	"psabridge/app/internal/sophos"
	"psabridge/app/internal/usage"
	"psabridge/app/internal/usagehistory"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// DiscoverStored does what Discover does from the stored usage history instead of Sophos:
// a refresh that has just fetched the history need not download the same usage again.
// Months the history has not stored are left out. It returns the products seen.
func DiscoverStored(ctx context.Context, store *db.DB, now time.Time, months int) ([]usage.Product, error) {
	current := usagehistory.MonthOf(now)
	var seen []sophos.UsageMonth
	var lastMonth *usagehistory.StoredMonth // last month is the latest complete one
	for i := months - 1; i >= 0; i-- {
		m := current.Add(-i)
		stored, err := usagehistory.StoredAggregation(ctx, store, m.String())
		if errors.Is(err, usagehistory.ErrMonthNotStored) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read stored usage for %s: %w", m, err)
		}
		if i == 1 {
			lastMonth = &stored
		}
		seen = append(seen, sophos.UsageMonth{Year: m.Year, Month: m.Month, Found: stored.Found, Lines: productLines(stored.Aggregation)})
	}
	found := usage.DiscoverProducts(seen...)
	err := store.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, p := range found {
			if err := Record(ctx, q, p, now); err != nil {
				return err
			}
		}
		// Its usage shows on the configure page, as Discover stores it.
		if lastMonth != nil {
			return recordUsage(ctx, q, current.Add(-1).String(), lastMonth.Aggregation)
		}
		return nil
	})
	return found, err
}

// productLines is one line per product total of a stored month: all that DiscoverProducts
// reads of a line is its product's code, SKU, description and group.
func productLines(agg usage.Aggregation) []sophos.UsageLine {
	lines := make([]sophos.UsageLine, 0, len(agg.ByTenant)+len(agg.Unassigned))
	for _, t := range agg.ByTenant {
		lines = append(lines, sophos.UsageLine{ProductCode: t.ProductCode, SKU: t.SKU, ProductDescription: t.Description, ProductGroup: t.Group})
	}
	for _, u := range agg.Unassigned {
		lines = append(lines, sophos.UsageLine{ProductCode: u.ProductCode, SKU: u.SKU, ProductDescription: u.Description, ProductGroup: u.Group})
	}
	return lines
}
