package products

import (
	"context"
	"reflect"
	"testing"
	"time"

	"psabridge/app/internal/usagehistory"
)

// Discovery from the stored history finds what discovery from Sophos finds, with no request.
func TestDiscoverStoredMatchesDiscover(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 15, 12, 0, 0, 0, time.UTC)
	client := startSophos(t, now)
	live := openStore(t, "live.db")
	stored := openStore(t, "stored.db")

	want, err := Discover(ctx, live, client, now, DefaultMonths)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (&usagehistory.Fetcher{DB: stored, Source: client, Now: func() time.Time { return now }}).Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	got, err := DiscoverStored(ctx, stored, now, DefaultMonths)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 30 || !reflect.DeepEqual(got, want) {
		t.Fatalf("from the history:\n%+v\nfrom Sophos:\n%+v", got, want)
	}
	rows, err := stored.Queries().ListSophosProducts(ctx)
	if err != nil || len(rows) != len(want) {
		t.Fatalf("stored %d products (err %v), want %d", len(rows), err, len(want))
	}
	// Last month's usage per product (the configure page's column) agrees too.
	liveRows, err := live.Queries().ListSophosProducts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	withUsage := 0
	for i, r := range rows {
		l := liveRows[i]
		if r.ProductKey != l.ProductKey || r.UsageMonth != l.UsageMonth || r.UsageQuantity != l.UsageQuantity || r.UsageCustomers != l.UsageCustomers {
			t.Errorf("usage of %s: from the history %s %v/%d, from Sophos %s %v/%d", r.ProductKey,
				r.UsageMonth, r.UsageQuantity, r.UsageCustomers, l.UsageMonth, l.UsageQuantity, l.UsageCustomers)
		}
		if r.UsageQuantity > 0 {
			withUsage++
		}
	}
	if withUsage < 10 {
		t.Errorf("only %d products have last month's usage", withUsage)
	}
}
