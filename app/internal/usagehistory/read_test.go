package usagehistory

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"psabridge/app/internal/sophos"
)

// storeTwoMonths writes May and June 2025 (and a July without data):
//
//	May:  A: P1 10, P2 5   B: P1 3                        unassigned P3 2
//	June: A: P1 12, P2 1   C: P1 4, P4 7   D: P5 0.1  E: P5 0.2   unassigned P3 2
func storeTwoMonths(t *testing.T) Reader {
	t.Helper()
	d := openDB(t)
	firewall := sophos.UsageLine{ProductCode: "P3", BillableQuantity: 2, AccountNumberOrSerialNumber: "S1", ProductDescription: "Product P3"}
	store(t, d, "2025-05", false, line("A", "P1", 10), line("A", "P2", 5), line("B", "P1", 3), firewall)
	store(t, d, "2025-06", false, line("A", "P1", 12), line("A", "P2", 1), line("C", "P1", 4), line("C", "P4", 7),
		line("D", "P5", 0.1), line("E", "P5", 0.2), firewall)
	store(t, d, "2025-07", false) // Sophos has nothing for July yet
	return Reader{DB: d}
}

func TestChangesSinceLastMonth(t *testing.T) {
	r := storeTwoMonths(t)
	got, err := r.ChangesOf(context.Background(), "2025-06", 2)
	if err != nil {
		t.Fatal(err)
	}
	want := Changes{
		Month: "2025-06", PreviousMonth: "2025-05",
		NewCustomers: []NewCustomer{
			{TenantID: "C", BillableQuantity: 11, Products: 2},
			{TenantID: "D", BillableQuantity: 0.1, Products: 1},
			{TenantID: "E", BillableQuantity: 0.2, Products: 1},
		},
		NewProducts: []ProductMonth{
			{Month: "2025-06", ProductKey: "P4", Description: "Product P4", BillableQuantity: 7, Customers: 1},
			{Month: "2025-06", ProductKey: "P5", Description: "Product P5", BillableQuantity: 0.3, Customers: 2},
		},
		Increases: []QuantityChange{
			{TenantID: "C", ProductKey: "P4", Description: "Product P4", CurrentQuantity: 7, Change: 7},
			{TenantID: "C", ProductKey: "P1", Description: "Product P1", CurrentQuantity: 4, Change: 4},
		},
		Decreases: []QuantityChange{
			{TenantID: "A", ProductKey: "P2", Description: "Product P2", CurrentQuantity: 1, PreviousQuantity: 5, Change: -4},
			{TenantID: "B", ProductKey: "P1", Description: "Product P1", PreviousQuantity: 3, Change: -3},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes =\n%+v\nwant\n%+v", got, want)
	}
}

func TestOverviewIsOfTheNewestMonthWithData(t *testing.T) {
	r := storeTwoMonths(t)
	got, err := r.Overview(context.Background(), OverviewOptions{Months: 3, Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got.Month != "2025-06" || !reflect.DeepEqual(got.Months, []string{"2025-04", "2025-05", "2025-06"}) {
		t.Errorf("overview month %s over %v, want 2025-06 over 2025-04 … 2025-06", got.Month, got.Months)
	}
	wantTotals := []ProductMonth{
		{Month: "2025-05", ProductKey: "P1", Description: "Product P1", BillableQuantity: 13, ActualQuantity: 13, Customers: 2},
		{Month: "2025-05", ProductKey: "P2", Description: "Product P2", BillableQuantity: 5, ActualQuantity: 5, Customers: 1},
		{Month: "2025-05", ProductKey: "P3", Description: "Product P3", UnassignedQuantity: 2},
		{Month: "2025-06", ProductKey: "P1", Description: "Product P1", BillableQuantity: 16, ActualQuantity: 16, Customers: 2},
		{Month: "2025-06", ProductKey: "P2", Description: "Product P2", BillableQuantity: 1, ActualQuantity: 1, Customers: 1},
		{Month: "2025-06", ProductKey: "P3", Description: "Product P3", UnassignedQuantity: 2},
		{Month: "2025-06", ProductKey: "P4", Description: "Product P4", BillableQuantity: 7, ActualQuantity: 7, Customers: 1},
		{Month: "2025-06", ProductKey: "P5", Description: "Product P5", BillableQuantity: 0.3, ActualQuantity: 0.3, Customers: 2},
	}
	if !reflect.DeepEqual(got.MonthlyTotals, wantTotals) {
		t.Errorf("monthly totals =\n%+v\nwant\n%+v", got.MonthlyTotals, wantTotals)
	}
	wantTop := []TopProduct{
		{ProductKey: "P1", Description: "Product P1", BillableQuantity: 16},
		{ProductKey: "P4", Description: "Product P4", BillableQuantity: 7},
		{ProductKey: "P3", Description: "Product P3", BillableQuantity: 2},
	}
	if !reflect.DeepEqual(got.TopProducts, wantTop) {
		t.Errorf("top products = %+v, want %+v", got.TopProducts, wantTop)
	}
	if len(got.Changes.Increases) != 3 || got.Changes.PreviousMonth != "2025-05" {
		t.Errorf("changes = %+v, want the top 3 increases since 2025-05", got.Changes)
	}
}

func TestOverviewOfAnEmptyHistory(t *testing.T) {
	got, err := Reader{DB: openDB(t)}.Overview(context.Background(), OverviewOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Month != "" || len(got.MonthlyTotals) != 0 || got.TopProducts == nil || got.Changes.Increases == nil {
		t.Errorf("empty history overview = %+v, want no month and empty (not nil) lists", got)
	}
}

func TestCustomerUsage(t *testing.T) {
	r := storeTwoMonths(t)
	got, err := r.CustomerUsage(context.Background(), "A", "2025-01", "2025-12")
	if err != nil {
		t.Fatal(err)
	}
	want := []CustomerMonth{
		{Month: "2025-05", ProductKey: "P1", Description: "Product P1", BillableQuantity: 10, ActualQuantity: 10},
		{Month: "2025-05", ProductKey: "P2", Description: "Product P2", BillableQuantity: 5, ActualQuantity: 5},
		{Month: "2025-06", ProductKey: "P1", Description: "Product P1", BillableQuantity: 12, ActualQuantity: 12},
		{Month: "2025-06", ProductKey: "P2", Description: "Product P2", BillableQuantity: 1, ActualQuantity: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("customer A = %+v, want %+v", got, want)
	}
	if got, _ := r.CustomerUsage(context.Background(), "A", "2025-06", "2025-06"); len(got) != 2 {
		t.Errorf("customer A in June only: %d rows, want 2", len(got))
	}
}

func TestMonthsAreCheckedBySchema(t *testing.T) {
	d := openDB(t)
	for _, bad := range []string{"2025-13", "2025-00", "25-01", "2025-1", "2025/01"} {
		if _, err := d.SQL().Exec(`INSERT INTO usage_history_months (month, fetched_at, line_count, complete, no_data) VALUES (?, 1, 0, 1, 1)`, bad); err == nil {
			t.Errorf("month %q was accepted", bad)
		}
	}
	if _, err := d.SQL().Exec(`INSERT INTO usage_history_months (month, fetched_at, line_count, complete, no_data) VALUES ('2025-01', 1, 3, 1, 1)`); err == nil {
		t.Error("a month without data but with lines was accepted")
	}
}

func TestChangesFollowARestoredPreviousMonth(t *testing.T) {
	d := openDB(t)
	r := Reader{DB: d}
	ctx := context.Background()
	// A refresh stores the current month before the previous one; June's changes must be
	// measured against the May stored last, whichever order they came in.
	store(t, d, "2025-06", false, line("A", "P1", 12))
	store(t, d, "2025-05", false, line("A", "P1", 10), line("B", "P1", 3))
	got, err := r.ChangesOf(ctx, "2025-06", 5)
	if err != nil {
		t.Fatal(err)
	}
	wantUp := []QuantityChange{{TenantID: "A", ProductKey: "P1", Description: "Product P1", CurrentQuantity: 12, PreviousQuantity: 10, Change: 2}}
	wantDown := []QuantityChange{{TenantID: "B", ProductKey: "P1", Description: "Product P1", PreviousQuantity: 3, Change: -3}}
	if !reflect.DeepEqual(got.Increases, wantUp) || !reflect.DeepEqual(got.Decreases, wantDown) {
		t.Errorf("after storing May: increases %+v, decreases %+v; want %+v and %+v", got.Increases, got.Decreases, wantUp, wantDown)
	}

	store(t, d, "2025-05", false, line("A", "P1", 12)) // May read again: A unchanged, B gone
	got, err = r.ChangesOf(ctx, "2025-06", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Increases) != 0 || len(got.Decreases) != 0 {
		t.Errorf("after May was read again: increases %+v, decreases %+v; want none", got.Increases, got.Decreases)
	}
}

func TestReadsRejectBadArguments(t *testing.T) {
	r := Reader{DB: openDB(t)}
	ctx := context.Background()
	if _, err := r.CustomerUsage(ctx, "A", "2025-1", "2025-12"); err == nil || !strings.Contains(err.Error(), "from") {
		t.Errorf("customer usage from 2025-1: err = %v, want one naming from", err)
	}
	if _, err := r.ProductTotals(ctx, "2025-01", "2025-13"); err == nil || !strings.Contains(err.Error(), "to") {
		t.Errorf("totals to 2025-13: err = %v, want one naming to", err)
	}
	if _, err := r.ChangesOf(ctx, "2025-06", 0); err == nil || !strings.Contains(err.Error(), "top") {
		t.Errorf("changes with top 0: err = %v, want one naming top", err)
	}
	if _, err := r.OverviewOf(ctx, "2025-06", OverviewOptions{Months: -1}); err == nil || !strings.Contains(err.Error(), "months") {
		t.Errorf("overview of -1 months: err = %v, want one naming months", err)
	}
}
