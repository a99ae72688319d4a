// Package latency measures per-call latencies in benchmarks, for the percentile figures
// the typeahead searches report (b.ReportMetric).
package latency

import (
	"context"
	"database/sql"
	"slices"
	"testing"
	"time"
)

// Measure runs run once per input, b.N times over, and returns how long each call took.
func Measure(b *testing.B, inputs []string, run func(string) error) []time.Duration {
	out := make([]time.Duration, 0, b.N*len(inputs))
	for i := 0; i < b.N; i++ {
		for _, in := range inputs {
			start := time.Now()
			if err := run(in); err != nil {
				b.Fatal(err)
			}
			out = append(out, time.Since(start))
		}
	}
	return out
}

// Percentile is the p-th percentile (0–100) of ds; ds is not changed.
func Percentile(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

// CompareToNaive measures search (timed) and then naive, the plain LIKE query it replaces
// (untimed), over the same inputs, and reports search's p50/p99 beside naive's as the
// baseline of the same run: p50-µs, p99-µs, naive-p50-µs, naive-p99-µs and naive/fts-p99.
func CompareToNaive(b *testing.B, inputs []string, search, naive func(string) error) {
	b.ResetTimer()
	fast := Measure(b, inputs, search)
	b.StopTimer()
	slow := Measure(b, inputs, naive)
	b.ReportMetric(float64(Percentile(fast, 50).Microseconds()), "p50-µs")
	b.ReportMetric(float64(Percentile(fast, 99).Microseconds()), "p99-µs")
	b.ReportMetric(float64(Percentile(slow, 50).Microseconds()), "naive-p50-µs")
	b.ReportMetric(float64(Percentile(slow, 99).Microseconds()), "naive-p99-µs")
	b.ReportMetric(float64(Percentile(slow, 99))/float64(Percentile(fast, 99)), "naive/fts-p99")
}

// NaiveLike is the usual naive baseline for CompareToNaive: it runs query with ?1 bound to
// '%text%' and reads every row, as a plain LIKE scan would be used.
func NaiveLike(ctx context.Context, db *sql.DB, query string) func(string) error {
	return func(text string) error {
		rows, err := db.QueryContext(ctx, query, "%"+text+"%")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
		}
		return rows.Err()
	}
}
