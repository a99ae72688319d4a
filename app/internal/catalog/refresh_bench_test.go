package catalog

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// BenchmarkFullRefresh100k downloads a 100,000-item catalog from the sandbox over loopback
// into a fresh cache. It reports items/s and the peak live heap of the refresh, and, as the
// baseline from the same run, items/s for the download alone (no database). A settings
// write every 10 ms meanwhile measures how long other writes wait behind the refresh
// (max-write-wait-ms, against refresh-ms for the whole refresh); the -again figures are a
// second refresh over the filled cache.
func BenchmarkFullRefresh100k(b *testing.B) {
	if testing.Short() {
		b.Skip("serves a 100,000-item catalog")
	}
	const n = 100_000
	src := NewSource(startSandboxProcess(b, n))
	ctx := context.Background()

	var downloadSecs float64
	for range b.N {
		start := time.Now()
		count := 0
		if err := src.EachCatalogPage(ctx, time.Time{}, func(items []Item) error { count += len(items); return nil }); err != nil || count != n {
			b.Fatalf("download: %d items, %v", count, err)
		}
		downloadSecs += time.Since(start).Seconds()
	}

	b.ResetTimer()
	var refreshSecs float64
	var peak uint64
	var maxWait, maxWaitAgain time.Duration
	var againSecs float64
	for range b.N {
		b.StopTimer()
		r := &Refresher{DB: openDB(b), Source: src}
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		stop := sampleHeap(&peak, base.HeapAlloc)
		stopWrites := probeWrites(b, r, &maxWait)
		b.StartTimer()
		start := time.Now()
		res, err := r.Full(ctx, nil)
		refreshSecs += time.Since(start).Seconds()
		stopWrites()
		stop()
		if err != nil || res.Total != n {
			b.Fatalf("refresh: %+v %v", res, err)
		}
		// Again over the full cache, as every later full refresh runs: the swap writes
		// only what changed.
		b.StopTimer()
		stopWrites = probeWrites(b, r, &maxWaitAgain)
		start = time.Now()
		if _, err := r.Full(ctx, nil); err != nil {
			b.Fatal(err)
		}
		againSecs += time.Since(start).Seconds()
		stopWrites()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/refreshSecs, "items/s")
	b.ReportMetric(float64(n*b.N)/downloadSecs, "download-only-items/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(maxWait.Milliseconds()), "max-write-wait-ms")
	b.ReportMetric(refreshSecs*1000/float64(b.N), "refresh-ms")
	b.ReportMetric(float64(maxWaitAgain.Milliseconds()), "max-write-wait-again-ms")
	b.ReportMetric(againSecs*1000/float64(b.N), "refresh-again-ms")
}

// probeWrites writes a setting every 10 ms until stopped and keeps the longest a write
// took: what a user changing a setting during the refresh would wait.
func probeWrites(b *testing.B, r *Refresher, longest *time.Duration) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			start := time.Now()
			_, err := r.DB.SQL().ExecContext(context.Background(),
				"INSERT OR REPLACE INTO app_settings (key, value, updated_at) VALUES ('ui.language', 'de', 1)")
			if err != nil {
				b.Error(err)
				return
			}
			*longest = max(*longest, time.Since(start))
		}
	}()
	return func() { close(done); <-finished }
}

// sampleHeap records the highest live heap above base until stop is called.
func sampleHeap(peak *uint64, base uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		// Sampling, not waiting: the heap is read every 5 ms until stop.
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base && m.HeapAlloc-base > *peak {
				*peak = m.HeapAlloc - base
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}
