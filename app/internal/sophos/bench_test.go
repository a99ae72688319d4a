package sophos

import (
	"context"
	"testing"

	"psabridge/app/internal/sophos/sophossandbox"
)

// BenchmarkUsageDownloadAndAggregate reads the latest demo month over loopback (pages of 100)
// and aggregates it; it reports usage lines per second end to end.
func BenchmarkUsageDownloadAndAggregate(b *testing.B) {
	if testing.Short() {
		b.Skip("loopback benchmark skipped in -short mode")
	}
	sb := startSandbox(b, sophossandbox.Options{UsagePageMaxSize: 100})
	c, _ := newTestClient(b, sb)
	ctx := context.Background()
	year, month := sb.LatestMonth()
	if _, err := c.WhoAmI(ctx); err != nil {
		b.Fatal(err)
	}
	lines := 0
	b.ResetTimer()
	for b.Loop() {
		m, err := c.MonthUsage(ctx, year, month)
		if err != nil {
			b.Fatal(err)
		}
		if agg := Aggregate(m.Lines); len(agg.ByTenant) == 0 {
			b.Fatal("nothing aggregated")
		}
		lines += len(m.Lines)
	}
	b.ReportMetric(float64(lines)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkAggregate measures the pure aggregation of one demo month.
func BenchmarkAggregate(b *testing.B) {
	sb := startSandbox(b, sophossandbox.Options{UsagePageMaxSize: 1000})
	c, _ := newTestClient(b, sb)
	year, month := sb.LatestMonth()
	m, err := c.MonthUsage(context.Background(), year, month)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Aggregate(m.Lines)
	}
	b.ReportMetric(float64(len(m.Lines))*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
