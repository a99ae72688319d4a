package usagesync

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/internal/usage"
)

// scale is a benchmark world: Sophos with generated tenants and usage, ConnectWise with a
// company and agreement per tenant whose additions already hold last month's quantities.
type scale struct {
	*harness
	sophosSB *sophossandbox.Server
	sophos   *sophos.Client
	year     int
	month    int
	changed  []int // additions whose quantity each iteration puts one off, so they need an update
	want     map[int]float64
}

func newScale(b *testing.B, tenants, products int) *scale {
	b.Helper()
	h := newHarness(b)
	sb := sandboxtest.StartSophos(b, sophossandbox.Options{Now: func() time.Time { return testNow }, Months: 1,
		Scale: sophossandbox.Scale{Tenants: tenants, Products: products}, UsagePageMaxSize: 1000, TenantPageMaxSize: 1000})
	cfg := sandboxtest.SophosConfig(sb)
	cfg.Retry = httpretry.Policy{MaxAttempts: 3, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond, MaxRetryAfter: time.Second, Concurrency: 4}
	sc, err := sophos.New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	s := &scale{harness: h, sophosSB: sb, sophos: sc, want: map[int]float64{}}
	s.year, s.month = sb.LatestMonth()
	h.in.Month = fmt.Sprintf("%04d-%02d", s.year, s.month)

	ctx := context.Background()
	ts, err := sc.Tenants(ctx)
	if err != nil {
		b.Fatal(err)
	}
	lines, err := sc.Usage(ctx, s.year, s.month)
	if err != nil {
		b.Fatal(err)
	}
	agg := usage.Aggregate(lines)
	items := map[string]int{}
	for _, t := range agg.ByTenant {
		if _, ok := items[t.ProductKey]; !ok {
			items[t.ProductKey] = h.product(t.ProductKey).CatalogItemID
		}
	}
	agreements := map[string]int{}
	for i, t := range ts {
		agreements[t.ID] = h.customer(t.ID, i%3 == 0).AgreementID
	}
	for i, t := range agg.ByTenant {
		id := h.addition(agreements[t.TenantID], items[t.ProductKey], t.BillableQuantity, time.Time{})
		s.want[id] = t.BillableQuantity
		if i%16 == 0 {
			s.changed = append(s.changed, id)
		}
	}
	return s
}

// runMonth is what a scheduled run does: read tenants and usage from Sophos, aggregate, then
// plan and apply in one go.
func (s *scale) runMonth(ctx context.Context) (*Report, error) {
	if _, err := s.sophos.Tenants(ctx); err != nil {
		return nil, err
	}
	lines, err := s.sophos.Usage(ctx, s.year, s.month)
	if err != nil {
		return nil, err
	}
	in := s.in
	in.Usage = usage.Aggregate(lines)
	_, rep, err := s.eng.Run(ctx, in, ApplyOptions{Trigger: TriggerScheduled})
	return rep, err
}

// BenchmarkMonthlyRun500x8 runs a month for 500 customers × 8 products with 50 ms of latency
// on every ConnectWise request: one in 16 pairs needs an update, the rest are unchanged.
// It reports the requests (which must stay within synced agreements + Sophos pages + a
// constant, plus the writes) and the wall time beside the ideal, requests × 50 ms ÷ the
// client's concurrency of 4.
func BenchmarkMonthlyRun500x8(b *testing.B) {
	const latency, concurrency = 50 * time.Millisecond, 4
	s := newScale(b, 500, 8)
	ctx := context.Background()
	s.sb.Faults().Set(cwsandbox.Fault{Kind: cwsandbox.Latency, Delay: latency})
	var cwRequests, sophosRequests, writes int
	var wall time.Duration
	for b.Loop() {
		b.StopTimer()
		for _, id := range s.changed {
			if err := s.sb.SetAdditionQuantity(id, s.want[id]+1); err != nil {
				b.Fatal(err)
			}
		}
		s.sb.ResetRequests()
		s.sophosSB.ResetRequests()
		b.StartTimer()
		start := time.Now()
		rep, err := s.runMonth(ctx)
		wall = time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Counts[ActionUpdate] != len(s.changed) || rep.Result != ResultSucceeded {
			b.Fatalf("run: %s %v %v", rep.Result, rep.Counts, rep.Errors)
		}
		cwRequests, sophosRequests, writes = len(s.sb.Requests()), s.sophosSB.TotalRequests(), s.writes()
	}
	const synced, constant = 500, 4 // token, whoami: Sophos' constant part
	if reads := cwRequests - writes; reads > synced+sophosRequests+constant {
		b.Fatalf("%d ConnectWise reads for %d synced agreements", reads, synced)
	}
	ideal := time.Duration(cwRequests) * latency / concurrency
	b.ReportMetric(float64(cwRequests), "cw_requests/op")
	b.ReportMetric(float64(writes), "cw_writes/op")
	b.ReportMetric(float64(sophosRequests), "sophos_requests/op")
	b.ReportMetric(float64(wall.Milliseconds()), "wall_ms/op")
	b.ReportMetric(float64(ideal.Milliseconds()), "ideal_ms/op")
	b.ReportMetric(float64(wall)/float64(ideal), "wall/ideal")
}

// BenchmarkPeakHeap5000x10 reports the peak heap of a month's run for 5,000 customers ×
// 10 products (no latency) beside the heap before it, measured in the same run.
func BenchmarkPeakHeap5000x10(b *testing.B) {
	s := newScale(b, 5000, 10)
	ctx := context.Background()
	var base, peak uint64
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		base = heapBytes()
		stop := watchPeakHeap(&peak)
		b.StartTimer()
		rep, err := s.runMonth(ctx)
		b.StopTimer()
		stop()
		if err != nil {
			b.Fatal(err)
		}
		if rep.Counts[ActionUnchanged] < 45000 {
			b.Fatalf("counts %v", rep.Counts)
		}
		for _, id := range s.changed { // keep iterations alike
			_ = s.sb.SetAdditionQuantity(id, s.want[id]+1)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(base)/(1<<20), "heap_before_MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak_heap_MB")
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watchPeakHeap samples the live heap every millisecond into peak until stop is called.
func watchPeakHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var max atomic.Uint64
	max.Store(*peak)
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			if h := heapBytes(); h > max.Load() {
				max.Store(h)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
		*peak = max.Load()
	}
}
