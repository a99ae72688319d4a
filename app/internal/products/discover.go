// Package products keeps the list of Sophos products PSA Bridge knows: every product seen
// in Sophos usage data, with its mapping to a ConnectWise catalog item and its sync switch.
package products

import (
	"context"
	"fmt"
	"time"

	"psabridge/app/internal/sophos"
	"psabridge/app/internal/usage"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// UsageSource is the part of the Sophos client discovery needs.
type UsageSource interface {
	MonthUsage(ctx context.Context, year, month int) (sophos.UsageMonth, error)
}

// DefaultMonths is how far back discovery looks: a year covers products billed rarely.
const DefaultMonths = 12

// Discover reads the usage of the last months (the current one included) and records every
// product seen. Nothing is mapped, created or switched on: new products arrive unmapped
// with sync off, flagged new, for the user to decide. Last month's usage (quantity and
// customers) is stored per product. It returns the products seen.
func Discover(ctx context.Context, store *db.DB, src UsageSource, now time.Time, months int) ([]usage.Product, error) {
	var seen []sophos.UsageMonth
	for i := months - 1; i >= 0; i-- {
		m := time.Date(now.Year(), now.Month()-time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		month, err := src.MonthUsage(ctx, m.Year(), int(m.Month()))
		if err != nil {
			return nil, fmt.Errorf("read Sophos usage for %s: %w", sophos.MonthKey(m.Year(), int(m.Month())), err)
		}
		seen = append(seen, month)
	}
	found := usage.DiscoverProducts(seen...)
	err := store.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, p := range found {
			if err := Record(ctx, q, p, now); err != nil {
				return err
			}
		}
		// Last month is the latest complete one: its usage shows on the configure page.
		if len(seen) >= 2 {
			last := seen[len(seen)-2]
			return recordUsage(ctx, q, last.Key(), usage.Aggregate(last.Lines))
		}
		return nil
	})
	return found, err
}

// Record stores one product seen in usage data (see RecordSeenSophosProduct).
func Record(ctx context.Context, q *dbsqlc.Queries, p usage.Product, now time.Time) error {
	if p.Key == "" {
		return fmt.Errorf("Sophos product %q has neither productCode nor sku", p.Description)
	}
	err := q.RecordSeenSophosProduct(ctx, dbsqlc.RecordSeenSophosProductParams{
		ProductKey: p.Key, Sku: p.SKU, Description: p.Description, ProductGroup: p.Group,
		FirstSeenMonth: p.FirstSeen, LastSeenMonth: p.LastSeen, UpdatedAt: now.UnixMilli(),
	})
	if err != nil {
		return fmt.Errorf("record Sophos product %s: %w", p.Key, err)
	}
	return nil
}
