package catalog

import (
	"context"
	"testing"

	"psabridge/app/internal/latency"
)

// Realistic typeahead input: 1–3 words, 2–10 characters, some with no match.
var benchQueries = []string{
	"in", "int", "inter", "intercept", "int adv", "sophos int", "micro 365", "off", "back ess", "lat",
	"thinkpad", "cat 92", "uni sw", "sop-adv", "mic-pre", "ve", "veeam cl", "fire app", "monitor zoll",
	"lab rem", "managed tier", "ups 1500", "nas", "es", "zzq", "premium ent", "ada", "head",
}

// BenchmarkSearch100k reports p50 and p99 per typeahead query on a 100,000-item catalog,
// and a naive LIKE '%q%' scan over the same data as the baseline (its p50 and the ratio).
func BenchmarkSearch100k(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 100,000-item catalog")
	}
	d := openDB(b)
	insert(b, d, syntheticCatalog(100_000)...)
	ctx := context.Background()
	q := d.Reader()
	search := func(text string) error {
		_, err := Search(ctx, q, Query{Text: text})
		return err
	}
	naive := latency.NaiveLike(ctx, d.SQL(), `SELECT id FROM cw_catalog_items
		WHERE inactive = 0 AND (identifier LIKE ?1 OR description LIKE ?1 OR manufacturer_part_number LIKE ?1 OR vendor_sku LIKE ?1)
		LIMIT 20`)
	latency.CompareToNaive(b, benchQueries, search, naive)
}
