package usage

import (
	"context"
	"reflect"
	"testing"
	"time"

	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/sophos"

	"psabridge/app/internal/sophos/sophossandbox"
)

// BenchmarkUsageDownloadAndAggregate reads the latest demo month over loopback (pages of 100)
// and aggregates it; it reports usage lines per second end to end.
func BenchmarkUsageDownloadAndAggregate(b *testing.B) {
	if testing.Short() {
		b.Skip("loopback benchmark skipped in -short mode")
	}
	sb := startSandbox(b, sophossandbox.Options{UsagePageMaxSize: 100})
	c := newTestClient(b, sb)
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
	c := newTestClient(b, sb)
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

// TestAggregateSandboxMonths runs the whole pipeline over the demo data: 12 months of
// usage, per-tenant totals, unassigned firewalls and product discovery.
func TestAggregateSandboxMonths(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{UsagePageMaxSize: 60})
	c := newTestClient(t, sb)
	ctx := context.Background()
	var months []sophos.UsageMonth
	for _, ym := range sb.Months() {
		m, err := c.MonthUsage(ctx, ym[0], ym[1])
		if err != nil || !m.Found {
			t.Fatalf("%v: found=%t err=%v", ym, m.Found, err)
		}
		months = append(months, m)
	}
	latest := months[len(months)-1]

	agg := Aggregate(latest.Lines)
	sum, placed := 0.0, 0.0
	for _, l := range latest.Lines {
		sum += l.BillableQuantity
	}
	for _, r := range agg.ByTenant {
		placed += r.BillableQuantity
	}
	for _, u := range agg.Unassigned {
		placed += u.BillableQuantity
		if len(u.Serials) == 0 || u.Group != "Device" {
			t.Errorf("unassigned %+v lacks serials or is not a device", u)
		}
	}
	if len(agg.Unassigned) == 0 || len(agg.UnassignedLines) == 0 {
		t.Error("the demo month has no unassigned firewall lines")
	}
	if sum != placed || len(agg.Unkeyed) != 0 {
		t.Errorf("billable %v in lines, %v aggregated, %d unkeyed", sum, placed, len(agg.Unkeyed))
	}
	split := 0
	for _, r := range agg.ByTenant {
		if r.Lines > 1 {
			split++
		}
	}
	if split == 0 {
		t.Error("no tenant has a product on several lines: aggregation is not exercised")
	}

	products := DiscoverProducts(months...)
	if len(products) < 30 {
		t.Errorf("%d products discovered, want 30+", len(products))
	}
	var newOnes []string
	for _, p := range products {
		if p.NewIn(latest.Key()) {
			newOnes = append(newOnes, p.Key)
		}
	}
	if !reflect.DeepEqual(newOnes, []string{sophossandbox.NewProductCode}) {
		t.Errorf("products new in %s: %v, want [%s]", latest.Key(), newOnes, sophossandbox.NewProductCode)
	}
}

// fixedNow is the sandbox's clock in these tests (as in the sophos package's).
var fixedNow = time.Date(2025, 6, 15, 10, 0, 0, 0, time.UTC)

func startSandbox(t testing.TB, opts sophossandbox.Options) *sophossandbox.Server {
	t.Helper()
	opts.Now = func() time.Time { return fixedNow }
	return sandboxtest.StartSophos(t, opts)
}

func newTestClient(t testing.TB, sb *sophossandbox.Server) *sophos.Client {
	t.Helper()
	cfg := sandboxtest.SophosConfig(sb)
	cfg.Retry = httpretry.Policy{MaxAttempts: 1}
	c, err := sophos.New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}
