package usagehistory

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"psabridge/app/internal/sophos"
	"psabridge/app/internal/usage"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// ErrMonthNotStored is returned for a month the history has never fetched.
var ErrMonthNotStored = errors.New("month not in the usage history")

// StoredMonth is a month's aggregation as stored, with what is known about its fetch.
type StoredMonth struct {
	Month       string
	Aggregation usage.Aggregation // the same value usage.Aggregate gave for the lines fetched
	Found       bool              // false: Sophos had no data for the month (404)
	Complete    bool              // older than the previous month when fetched: final
	FetchedAt   int64             // unix ms
}

// StoredAggregation returns a stored month in the shape usage.Aggregate produces, so the
// usage sync's planner can preview a month without asking Sophos. The lines without a
// customer and without a product key come back as Sophos sent them.
func StoredAggregation(ctx context.Context, d *db.DB, month string) (StoredMonth, error) {
	m, err := ParseMonth(month)
	if err != nil {
		return StoredMonth{}, err
	}
	var out StoredMonth
	err = d.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		var err error
		out, err = storedAggregation(ctx, q, m.String())
		return err
	})
	return out, err
}

// storedAggregation reads a month in q's transaction, so its rows and record agree.
func storedAggregation(ctx context.Context, q *dbsqlc.Queries, key string) (StoredMonth, error) {
	rec, err := q.GetUsageHistoryMonth(ctx, key)
	if errors.Is(err, sql.ErrNoRows) {
		return StoredMonth{}, fmt.Errorf("usage history %s: %w", key, ErrMonthNotStored)
	}
	if err != nil {
		return StoredMonth{}, fmt.Errorf("usage history %s: read: %w", key, err)
	}
	out := StoredMonth{Month: key, Found: rec.NoData == 0, Complete: rec.Complete == 1, FetchedAt: rec.FetchedAt,
		Aggregation: usage.Aggregation{ByTenant: []usage.TenantProductTotal{}, Unassigned: []usage.UnassignedTotal{},
			UnassignedLines: []sophos.UsageLine{}, Unkeyed: []sophos.UsageLine{}, Lines: int(rec.LineCount)}}
	agg := &out.Aggregation
	if err := json.Unmarshal([]byte(rec.UnassignedLines), &agg.UnassignedLines); err != nil {
		return StoredMonth{}, fmt.Errorf("usage history %s: lines without a customer: %w", key, err)
	}
	if err := json.Unmarshal([]byte(rec.UnkeyedLines), &agg.Unkeyed); err != nil {
		return StoredMonth{}, fmt.Errorf("usage history %s: lines without a product: %w", key, err)
	}

	rows, err := q.ListUsageHistoryRows(ctx, key)
	if err != nil {
		return StoredMonth{}, fmt.Errorf("usage history %s: read: %w", key, err)
	}
	for _, r := range rows {
		agg.ByTenant = append(agg.ByTenant, usage.TenantProductTotal{
			TenantID: r.TenantID, TenantName: r.TenantName, ProductKey: r.ProductKey, ProductCode: r.ProductCode,
			SKU: r.Sku, Description: r.Description, Group: r.ProductGroup,
			BillableQuantity: r.BillableQuantity, ActualQuantity: r.ActualQuantity, Lines: int(r.Lines),
		})
	}
	unassigned, err := q.ListUsageHistoryUnassigned(ctx, key)
	if err != nil {
		return StoredMonth{}, fmt.Errorf("usage history %s: read: %w", key, err)
	}
	for _, u := range unassigned {
		total := usage.UnassignedTotal{ProductKey: u.ProductKey, ProductCode: u.ProductCode, SKU: u.Sku,
			Description: u.Description, Group: u.ProductGroup, BillableQuantity: u.BillableQuantity,
			Lines: int(u.Lines), Serials: []string{}}
		if err := json.Unmarshal([]byte(u.Serials), &total.Serials); err != nil {
			return StoredMonth{}, fmt.Errorf("usage history %s: serials of %s: %w", key, u.ProductKey, err)
		}
		agg.Unassigned = append(agg.Unassigned, total)
	}
	return out, nil
}
