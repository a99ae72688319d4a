package usagehistory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"psabridge/app/internal/sophos"
	"psabridge/app/internal/usage"
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

// Progress is reported once per month of the window: first for the months kept, then for
// each month fetched as it is stored.
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
	Kept    []string // complete months already stored, not read again, newest first
	Dropped int      // stored months that fell out of the window and were removed
}

// Fetcher brings the history up to date.
type Fetcher struct {
	DB     *db.DB
	Source UsageSource
	Now    func() time.Time // decides the current month; time.Now when nil
	Months int              // window length; DefaultMonths when 0
	// Parallel is how many months are read at once (each month's pages come one after the
	// other); DefaultParallel when 0. The client's own request limit still applies.
	Parallel int
}

// DefaultParallel months are read at once: the first fill of 24 months of a large partner
// would otherwise take 24 times one month's paging.
const DefaultParallel = 4

// Refresh reads every month of the window that is not complete in the history: a month
// older than the previous month is read once and kept for good, the current and the
// previous month (which Sophos may still change) every time. Each month's rows are replaced
// in one transaction, so a failed read keeps what was stored. The first error or a
// cancelled ctx stops it; months stored by then stay stored. Once every month of the window
// is in, months older than the window are removed. progress may be nil; its calls never
// overlap.
func (f *Fetcher) Refresh(ctx context.Context, progress func(Progress)) (Result, error) {
	now := f.Now
	if now == nil {
		now = time.Now
	}
	current := MonthOf(now())
	total := cmp.Or(f.Months, DefaultMonths)
	var (
		mu     sync.Mutex // guards result, done and progress calls
		result Result
		done   int
	)
	reportMonth := func(p Progress) {
		mu.Lock()
		defer mu.Unlock()
		done++
		p.Done, p.Total = done, total
		if p.Fetched {
			result.Fetched = append(result.Fetched, p.Month)
		} else {
			result.Kept = append(result.Kept, p.Month)
		}
		if progress != nil {
			progress(p)
		}
	}
	newestFirst := func() Result {
		mu.Lock()
		defer mu.Unlock()
		slices.SortFunc(result.Fetched, func(a, b string) int { return cmp.Compare(b, a) })
		return result
	}

	// One read of the stored months, not one per month of the window.
	stored, err := f.DB.Queries().ListUsageHistoryMonths(ctx)
	if err != nil {
		return newestFirst(), fmt.Errorf("usage history: read the stored months: %w", err)
	}
	completeNoData := map[string]bool{} // complete stored month → Sophos had no data for it
	for _, s := range stored {
		if s.Complete == 1 {
			completeNoData[s.Month] = s.NoData == 1
		}
	}
	var toFetch []Month
	for i := range total {
		m := current.Add(-i)
		if noData, complete := completeNoData[m.String()]; complete {
			reportMonth(Progress{Month: m.String(), NoData: noData})
		} else {
			toFetch = append(toFetch, m)
		}
	}

	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cmp.Or(f.Parallel, DefaultParallel))
	for _, m := range toFetch {
		// Older than the previous month: Sophos will not change it any more.
		complete := m.String() < current.Add(-1).String()
		g.Go(func() error {
			if err := gctx.Err(); err != nil { // cancelled, or another month failed
				return err
			}
			found, err := f.fetchMonth(gctx, m, complete, now)
			if err != nil {
				return err
			}
			reportMonth(Progress{Month: m.String(), Fetched: true, NoData: !found})
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		// A cancelled refresh says so, rather than naming whichever month noticed first.
		return newestFirst(), cmp.Or(ctx.Err(), err)
	}
	oldest := current.Add(-(total - 1))
	dropped, err := f.DB.Queries().DeleteUsageHistoryBefore(ctx, oldest.String())
	if err != nil {
		return newestFirst(), fmt.Errorf("usage history: remove months before %s: %w", oldest, err)
	}
	out := newestFirst()
	out.Dropped = int(dropped)
	return out, nil
}

// fetchMonth reads one month from Sophos and stores it; found is false for Sophos' 404.
func (f *Fetcher) fetchMonth(ctx context.Context, m Month, complete bool, now func() time.Time) (found bool, err error) {
	month, err := f.Source.MonthUsage(ctx, m.Year, m.Month)
	if err != nil {
		return false, fmt.Errorf("usage history %s: %w", m, err)
	}
	// The one place the history aggregates usage lines: the same sums the usage sync uses.
	agg := usage.Aggregate(month.Lines)
	rec := monthRecord{month: m, fetchedAt: now().UnixMilli(), complete: complete, noData: !month.Found}
	return month.Found, replaceMonth(ctx, f.DB, rec, agg)
}
