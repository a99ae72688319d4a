package connectwise

import (
	"context"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// BenchmarkCatalogDownload100k streams a 100,000-item catalog from the sandbox over
// loopback, the way a full catalog refresh does, and reports items per second. The
// catalog is generated before the timed loop; the sandbox encodes in the same process.
//
//	go test -run='^$' -bench=CatalogDownload100k -benchtime=3x ./app/internal/connectwise
func BenchmarkCatalogDownload100k(b *testing.B) {
	if testing.Short() {
		b.Skip("downloads 100,000 catalog items; skipped in -short mode")
	}
	const n = 100_000
	f := newFixture(b, cwsandbox.Options{Catalog: cwsandbox.GenerateCatalog(n)})
	ctx := context.Background()
	b.ReportAllocs()
	total := 0
	for b.Loop() {
		got := 0
		err := f.c.EachCatalogPage(ctx, CatalogQuery{IncludeInactive: true}, func(page []CatalogItem) error {
			got += len(page)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if got != n {
			b.Fatalf("downloaded %d items, want %d", got, n)
		}
		total += got
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "items/s")
}
