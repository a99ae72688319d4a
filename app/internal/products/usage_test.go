package products

import (
	"context"
	"testing"
	"time"

	"psabridge/app/internal/sophos/sophossandbox"
)

// Discovery stores last month's quantity and customer count per product, for the
// configure page's usage column.
func TestDiscoverStoresLastMonthsUsage(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 15, 12, 0, 0, 0, time.UTC)
	client := startSophos(t, now)
	store := openStore(t, "p.db")
	if _, err := Discover(ctx, store, client, now, 3); err != nil {
		t.Fatal(err)
	}
	october, err := client.MonthUsage(ctx, 2026, 10)
	if err != nil {
		t.Fatal(err)
	}
	quantity, tenants := 0.0, map[string]bool{}
	for _, l := range october.Lines {
		if l.ProductKey() == "CIXA-MSP" {
			quantity += l.BillableQuantity
			if l.TenantID() != "" {
				tenants[l.TenantID()] = true
			}
		}
	}
	if quantity == 0 || len(tenants) < 2 {
		t.Fatalf("the sandbox bills CIXA-MSP %v to %d tenants in October; the test needs more", quantity, len(tenants))
	}
	rows, err := store.Queries().ListProductRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		switch r.ProductKey {
		case "CIXA-MSP":
			if r.UsageMonth != "2026-10" || r.UsageQuantity != quantity || r.UsageCustomers != int64(len(tenants)) {
				t.Fatalf("CIXA-MSP usage %s %v × %d customers, want 2026-10 %v × %d", r.UsageMonth, r.UsageQuantity, r.UsageCustomers, quantity, len(tenants))
			}
		case sophossandbox.NewProductCode: // first billed in November: nothing last month
			if r.UsageMonth != "2026-10" || r.UsageQuantity != 0 || r.UsageCustomers != 0 {
				t.Fatalf("%s usage %+v", r.ProductKey, r)
			}
		}
	}
}
