package catalog

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkFullRefresh100k downloads a 100,000-item catalog from the sandbox over loopback
// into a fresh cache. It reports items/s and the peak live heap of the refresh, and, as the
// baseline from the same run, items/s for the download alone (no database).
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
	for range b.N {
		b.StopTimer()
		r := &Refresher{DB: openDB(b), Source: src}
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		stop := sampleHeap(&peak, base.HeapAlloc)
		b.StartTimer()
		start := time.Now()
		res, err := r.Full(ctx, nil)
		refreshSecs += time.Since(start).Seconds()
		stop()
		if err != nil || res.Total != n {
			b.Fatalf("refresh: %+v %v", res, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/refreshSecs, "items/s")
	b.ReportMetric(float64(n*b.N)/downloadSecs, "download-only-items/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// sampleHeap records the highest live heap above base until stop is called.
func sampleHeap(peak *uint64, base uint64) (stop func()) {
	var done atomic.Bool
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var m runtime.MemStats
		for !done.Load() {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base && m.HeapAlloc-base > *peak {
				*peak = m.HeapAlloc - base
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	return func() { done.Store(true); <-finished }
}
