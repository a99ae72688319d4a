package usagesync

import (
	"reflect"
	"testing"
	"time"
)

// Each reason's unbilled quantity, billed + unbilled = all usage, and the same reasons the
// planner gives its skipped rows (one set of rules), without a request to ConnectWise.
func TestClassifySumsEachReasonAndAgreesWithThePlan(t *testing.T) {
	h := newHarness(t)
	h.product("IXA")
	h.in.Products = append(h.in.Products, Product{Key: "OFF", CatalogItemID: h.items[0], SyncEnabled: false})

	h.customer("t-billed", false)
	h.usage("t-billed", "IXA", 12.5)
	h.usage("t-billed", "OFF", 3)      // product sync off
	h.usage("t-billed", "UNMAPPED", 2) // product unmapped
	h.usage("t-billed", "UNMAPPED2", 0.25)
	h.unbillableCustomers()
	h.customer("t-cancelled", false)
	h.in.Agreements[len(h.in.Agreements)-1].CancelledFlag = true
	h.usage("t-cancelled", "IXA", 5)
	h.customer("t-expired", false)
	h.in.Agreements[len(h.in.Agreements)-1].EndDate = time.Date(2026, time.September, 30, 0, 0, 0, 0, time.UTC)
	h.usage("t-expired", "IXA", 6)
	h.in.Usage.Unassigned = []UnassignedTotal{{ProductKey: "XGS", BillableQuantity: 2, Lines: 2}, {ProductKey: "APX", BillableQuantity: 1.5, Lines: 1}}

	h.sb.ResetRequests()
	c, err := Classify(h.in, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(h.sb.Requests()); n != 0 {
		t.Errorf("Classify made %d requests to ConnectWise, want none", n)
	}
	want := []ReasonTotal{
		{ReasonProductUnmapped, 2.25}, {ReasonProductSyncOff, 3}, {ReasonCustomerUnmapped, 2},
		{ReasonCustomerSyncOff, 3}, {ReasonAgreementCancelled, 5}, {ReasonAgreementExpired, 6},
		{ReasonAgreementNotFound, 4}, {ReasonTenantUnknown, 1}, {ReasonNoCustomer, 3.5},
	}
	if len(c.ByReason) != len(want) {
		t.Fatalf("reasons = %+v, want %+v", c.ByReason, want)
	}
	for i, w := range want {
		if c.ByReason[i] != w {
			t.Errorf("reason %d = %+v, want %+v", i, c.ByReason[i], w)
		}
	}
	if c.Billed != 12.5 || c.Unbilled != 29.75 || c.Total != 42.25 {
		t.Errorf("billed %v, unbilled %v, total %v; want 12.5, 29.75, 42.25", c.Billed, c.Unbilled, c.Total)
	}
	var usage float64
	for _, u := range h.in.Usage.ByTenant {
		usage += u.BillableQuantity
	}
	for _, u := range h.in.Usage.Unassigned {
		usage += u.BillableQuantity
	}
	if c.Billed+c.Unbilled != usage || c.Total != usage {
		t.Errorf("billed + unbilled = %v, total %v, usage %v: they must be equal", c.Billed+c.Unbilled, c.Total, usage)
	}

	// The planner skips exactly these quantities, for the same reasons.
	planned := map[Reason]float64{}
	for _, r := range h.plan().Rows {
		if r.Action == ActionSkip {
			planned[r.Reason] += r.SophosQuantity
		}
	}
	for _, w := range want {
		if w.Reason != ReasonNoCustomer && planned[w.Reason] != w.Quantity {
			t.Errorf("plan skips %v for %s, Classify %v", planned[w.Reason], w.Reason, w.Quantity)
		}
	}

	// From the month's totals (product sums, tenant sums of the synced products) the
	// classification is the same.
	cl, err := NewClassifier(h.in, testNow)
	if err != nil {
		t.Fatal(err)
	}
	synced := map[string]bool{}
	for _, k := range cl.SyncedProducts() {
		synced[k] = true
	}
	m := MonthTotals{Month: h.in.Month, ByProduct: map[string]Quantities{}, ByTenant: map[string]Quantities{}}
	for _, u := range h.in.Usage.ByTenant {
		p := m.ByProduct[u.ProductKey]
		m.ByProduct[u.ProductKey] = Quantities{p.Billable + u.BillableQuantity, p.Actual + u.ActualQuantity}
		if synced[u.ProductKey] {
			q := m.ByTenant[u.TenantID]
			m.ByTenant[u.TenantID] = Quantities{q.Billable + u.BillableQuantity, q.Actual + u.ActualQuantity}
		}
	}
	for _, u := range h.in.Usage.Unassigned {
		m.Unassigned += u.BillableQuantity
	}
	fromTotals, err := cl.ClassifyTotals(m)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromTotals, c) {
		t.Errorf("ClassifyTotals = %+v,\nClassify       = %+v", fromTotals, c)
	}
}

// The settings' quantity field is the one classified.
func TestClassifyUsesTheQuantityField(t *testing.T) {
	in := Inputs{Month: testMonth, Settings: Settings{QuantityField: ActualQuantity},
		Usage: Aggregation{ByTenant: []TenantProductTotal{{TenantID: "t", ProductKey: "P", BillableQuantity: 1, ActualQuantity: 4}}}}
	c, err := Classify(in, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if c.Total != 4 || c.Unbilled != 4 || c.ByReason[0].Reason != ReasonProductUnmapped {
		t.Errorf("classification = %+v, want 4 unbilled as product unmapped", c)
	}
}

// Bad input is named, as Plan names it.
func TestClassifyRejectsABadMonth(t *testing.T) {
	if _, err := Classify(Inputs{Month: "2026-13"}, testNow); err == nil {
		t.Error("Classify accepted month 2026-13")
	}
}
