package usagehistory

import (
	"context"
	"encoding/json"
	"fmt"

	"psabridge/app/internal/usage"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// monthRecord is what is known about a fetched month besides its rows.
type monthRecord struct {
	month     Month
	fetchedAt int64 // unix ms
	complete  bool  // older than the previous month: never fetched again
	noData    bool  // Sophos answered 404 for it
}

// replaceMonth swaps a month's stored rows for agg in one transaction: a failure anywhere
// leaves the month as it was.
func replaceMonth(ctx context.Context, d *db.DB, rec monthRecord, agg usage.Aggregation) error {
	key := rec.month.String()
	unassignedLines, err := jsonArray(agg.UnassignedLines)
	if err != nil {
		return fmt.Errorf("usage history %s: encode lines without a customer: %w", key, err)
	}
	unkeyedLines, err := jsonArray(agg.Unkeyed)
	if err != nil {
		return fmt.Errorf("usage history %s: encode lines without a product: %w", key, err)
	}
	err = d.InTx(ctx, func(q *dbsqlc.Queries) error {
		if err := q.DeleteUsageHistoryMonth(ctx, key); err != nil {
			return err
		}
		if err := q.InsertUsageHistoryMonth(ctx, dbsqlc.InsertUsageHistoryMonthParams{
			Month: key, FetchedAt: rec.fetchedAt, LineCount: int64(agg.Lines),
			Complete: db.Flag(rec.complete), NoData: db.Flag(rec.noData),
			UnassignedLines: string(unassignedLines), UnkeyedLines: string(unkeyedLines),
		}); err != nil {
			return err
		}
		for _, t := range agg.ByTenant {
			if err := q.InsertUsageHistoryRow(ctx, dbsqlc.InsertUsageHistoryRowParams{
				Month: key, TenantID: t.TenantID, ProductKey: t.ProductKey, TenantName: t.TenantName,
				ProductCode: t.ProductCode, Sku: t.SKU, Description: t.Description, ProductGroup: t.Group,
				BillableQuantity: t.BillableQuantity, ActualQuantity: t.ActualQuantity, Lines: int64(t.Lines),
			}); err != nil {
				return fmt.Errorf("tenant %s, product %s: %w", t.TenantID, t.ProductKey, err)
			}
		}
		for _, u := range agg.Unassigned {
			serials, err := jsonArray(u.Serials)
			if err != nil {
				return err
			}
			if err := q.InsertUsageHistoryUnassigned(ctx, dbsqlc.InsertUsageHistoryUnassignedParams{
				Month: key, ProductKey: u.ProductKey, ProductCode: u.ProductCode, Sku: u.SKU,
				Description: u.Description, ProductGroup: u.Group, BillableQuantity: u.BillableQuantity,
				Lines: int64(u.Lines), Serials: string(serials), SerialCount: int64(len(u.Serials)),
			}); err != nil {
				return fmt.Errorf("product %s without a customer: %w", u.ProductKey, err)
			}
		}
		if err := q.ComputeUsageHistoryProductTotals(ctx, key); err != nil {
			return err
		}
		// This month's changes since the one before, and the next month's since this one
		// (nothing when the next month is not stored).
		for _, m := range []Month{rec.month, rec.month.Add(1)} {
			if err := q.DeleteUsageHistoryChanges(ctx, m.String()); err != nil {
				return err
			}
			if err := q.ComputeUsageHistoryChanges(ctx, dbsqlc.ComputeUsageHistoryChangesParams{
				Month: m.String(), PreviousMonth: m.Add(-1).String()}); err != nil {
				return fmt.Errorf("changes of %s: %w", m, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("usage history %s: store: %w", key, err)
	}
	return nil
}

// jsonArray encodes a slice, nil as [] (the columns hold arrays, never null).
func jsonArray[T any](s []T) ([]byte, error) {
	if s == nil {
		s = []T{}
	}
	return json.Marshal(s)
}
