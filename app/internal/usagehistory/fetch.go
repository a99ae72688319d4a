package usagehistory

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"psabridge/app/internal/sophos"
	"psabridge/db"
)

// DefaultMonths is how far back the history reaches: the current month and the 23 before it.
const DefaultMonths = 24

var _ UsageSource = (*sophos.Client)(nil)

// UsageSource reads one month of Sophos usage; *sophos.Client satisfies it. A month without
// data comes back with Found false and no error.
type UsageSource interface {
	MonthUsage(ctx context.Context, year, month int) (sophos.UsageMonth, error)
}

// Progress is reported once per month of the window, newest first.
type Progress struct {
	Month   string // "YYYY-MM"
	Done    int    // months handled so far, this one included
	Total   int    // months in the window
	Fetched bool   // false: the month was complete in the history and cost no request
	NoData  bool   // Sophos has no usage for the month (404)
}

// Result says what a refresh did.
type Result struct {
	Fetched []string // months read from Sophos, newest first
	Kept    []string // complete months already stored, not read again
	Dropped int      // stored months that fell out of the window and were removed
}

// Fetcher brings the history up to date.
type Fetcher struct {
	DB     *db.DB
	Source UsageSource
	Now    func() time.Time // decides the current month; time.Now when nil
	Months int              // window length; DefaultMonths when 0
}

// Refresh reads every month of the window that is not complete in the history: a month
// older than the previous month is read once and kept for good, the current and the
// previous month (which Sophos may still change) every time. Each month's rows are replaced
// in one transaction, so a failed read keeps what was stored. It stops at the first error
// or when ctx is cancelled; months done by then stay done. Once every month of the window is
// in, months older than the window are removed.
func (f *Fetcher) Refresh(ctx context.Context, progress func(Progress)) (Result, error) {
	now := time.Now
	if f.Now != nil {
		now = f.Now
	}
	current := MonthOf(now())
	total := f.Months
	if total <= 0 {
		total = DefaultMonths
	}
	var result Result
	for i := range total {
		if err := ctx.Err(); err != nil {
			return result, err
		}
		m := current.Add(-i)
		complete := i >= 2 // older than the previous month: Sophos will not change it any more
		stored, err := f.DB.Queries().GetUsageHistoryMonth(ctx, m.String())
		switch {
		case err == nil && stored.Complete == 1:
			result.Kept = append(result.Kept, m.String())
			report(progress, Progress{Month: m.String(), Done: i + 1, Total: total, NoData: stored.NoData == 1})
			continue
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return result, fmt.Errorf("usage history %s: read: %w", m, err)
		}
		found, err := f.fetchMonth(ctx, m, complete, now)
		if err != nil {
			return result, err
		}
		result.Fetched = append(result.Fetched, m.String())
		report(progress, Progress{Month: m.String(), Done: i + 1, Total: total, Fetched: true, NoData: !found})
	}
	oldest := current.Add(-(total - 1))
	dropped, err := f.DB.Queries().DeleteUsageHistoryBefore(ctx, oldest.String())
	if err != nil {
		return result, fmt.Errorf("usage history: remove months before %s: %w", oldest, err)
	}
	result.Dropped = int(dropped)
	return result, nil
}

// fetchMonth reads one month from Sophos and stores it; found is false for Sophos' 404.
func (f *Fetcher) fetchMonth(ctx context.Context, m Month, complete bool, now func() time.Time) (found bool, err error) {
	usage, err := f.Source.MonthUsage(ctx, m.Year, m.Month)
	if err != nil {
		return false, fmt.Errorf("usage history %s: %w", m, err)
	}
	// The one place the history aggregates usage lines: the same sums the usage sync uses.
	agg := sophos.Aggregate(usage.Lines)
	rec := monthRecord{month: m, fetchedAt: now().UnixMilli(), complete: complete, noData: !usage.Found}
	return usage.Found, replaceMonth(ctx, f.DB, rec, agg)
}

func report(progress func(Progress), p Progress) {
	if progress != nil {
		progress(p)
	}
}
