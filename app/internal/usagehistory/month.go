// Package usagehistory keeps Sophos usage locally: the aggregated quantity per (tenant,
// product, month) for the last 24 months, fetched incrementally, and the reads the landing
// page and the customer detail need. Stored months can also be handed to the usage sync's
// planner as the aggregation it would otherwise fetch, so previews of them work offline.
package usagehistory

import (
	"fmt"
	"time"

	"psabridge/app/internal/sophos"
)

// Month is a billing month, Sophos' year and month with no time zone.
type Month struct{ Year, Month int }

// MonthOf is the month a point in time falls in, in its own location.
func MonthOf(t time.Time) Month { return Month{t.Year(), int(t.Month())} }

// ParseMonth reads "YYYY-MM".
func ParseMonth(s string) (Month, error) {
	t, err := time.Parse("2006-01", s)
	if err != nil || len(s) != 7 {
		return Month{}, fmt.Errorf("month %q is not in the form YYYY-MM", s)
	}
	return MonthOf(t), nil
}

// String is "YYYY-MM", the key the tables use.
func (m Month) String() string { return sophos.MonthKey(m.Year, m.Month) }

// Add moves n months forward (back for negative n).
func (m Month) Add(n int) Month {
	i := m.Year*12 + (m.Month - 1) + n
	return Month{i / 12, i%12 + 1}
}

// First is the first day of the month, midnight UTC.
func (m Month) First() time.Time {
	return time.Date(m.Year, time.Month(m.Month), 1, 0, 0, 0, 0, time.UTC)
}
