package usagesync

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// Every skip reason, every action, the unbilled totals and the lines without a tenant.
func TestPlanAppliesEveryRule(t *testing.T) {
	h := newHarness(t)
	ixa := h.product("IXA")
	srv := h.product("SRV")
	mtr := h.product("MTR")
	h.in.Products = append(h.in.Products, Product{Key: "OFF", CatalogItemID: h.items[0], SyncEnabled: false})
	// "UNMAPPED" is not in the product list at all.

	create := h.customer("t-create", false)
	h.usage("t-create", "IXA", 12.5) // no addition: create (fractional quantity kept)
	h.usage("t-create", "OFF", 3)    // product sync off
	h.usage("t-create", "UNMAPPED", 2)

	upd := h.customer("t-update", true)
	h.addition(upd.AgreementID, ixa.CatalogItemID, 10, time.Time{})
	h.addition(upd.AgreementID, ixa.CatalogItemID, 99, testNow.AddDate(0, -1, 0)) // ended: ignored
	h.usage("t-update", "IXA", 11)
	h.addition(upd.AgreementID, srv.CatalogItemID, 4, testNow.AddDate(0, 1, 0)) // ends next month: still billing
	h.usage("t-update", "SRV", 4)

	several := h.customer("t-several", false)
	a1 := h.addition(several.AgreementID, mtr.CatalogItemID, 5, time.Time{})
	a2 := h.addition(several.AgreementID, mtr.CatalogItemID, 6, time.Time{})
	h.usage("t-several", "MTR", 7)

	h.unbillableCustomers()

	cancelled := h.customer("t-cancelled", false)
	h.in.Agreements[len(h.in.Agreements)-1].CancelledFlag = true
	h.usage("t-cancelled", "IXA", 5)
	expired := h.customer("t-expired", false)
	h.in.Agreements[len(h.in.Agreements)-1].EndDate = time.Date(2026, time.September, 30, 0, 0, 0, 0, time.UTC)
	h.usage("t-expired", "IXA", 6)

	h.in.Usage.Unassigned = []UnassignedTotal{{ProductKey: "XGS", BillableQuantity: 2, Lines: 2, Serials: []string{"X1", "X2"}}}

	h.sb.ResetRequests()
	p := h.plan()

	want := []struct {
		tenant, key string
		action      Action
		reason      Reason
		current     float64 // -1: none
		next        float64
	}{
		{"t-create", "IXA", ActionCreate, "", -1, 12.5},
		{"t-create", "OFF", ActionSkip, ReasonProductSyncOff, -1, 0},
		{"t-create", "UNMAPPED", ActionSkip, ReasonProductUnmapped, -1, 0},
		{"t-update", "IXA", ActionUpdate, "", 10, 11},
		{"t-update", "SRV", ActionUnchanged, "", 4, 4},
		{"t-several", "MTR", ActionSkip, ReasonSeveralAdditions, -1, 7},
		{"t-unknown", "IXA", ActionSkip, ReasonTenantUnknown, -1, 0},
		{"t-unmapped", "IXA", ActionSkip, ReasonCustomerUnmapped, -1, 0},
		{"t-syncoff", "IXA", ActionSkip, ReasonCustomerSyncOff, -1, 0},
		{"t-noagreement", "IXA", ActionSkip, ReasonAgreementNotFound, -1, 0},
		{"t-cancelled", "IXA", ActionSkip, ReasonAgreementCancelled, -1, 0},
		{"t-expired", "IXA", ActionSkip, ReasonAgreementExpired, -1, 0},
	}
	if len(p.Rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(p.Rows), len(want), p.Rows)
	}
	for _, w := range want {
		r := row(t, p.Rows, w.tenant, w.key)
		if r.Action != w.action || r.Reason != w.reason {
			t.Errorf("%s/%s: %s %s, want %s %s", w.tenant, w.key, r.Action, r.Reason, w.action, w.reason)
		}
		if w.current >= 0 && (r.CurrentQuantity == nil || *r.CurrentQuantity != w.current) {
			t.Errorf("%s/%s: current quantity %v, want %v", w.tenant, w.key, r.CurrentQuantity, w.current)
		}
		if w.action != ActionSkip && r.NewQuantity != w.next {
			t.Errorf("%s/%s: new quantity %v, want %v", w.tenant, w.key, r.NewQuantity, w.next)
		}
		if r.SophosQuantity == 0 {
			t.Errorf("%s/%s: a row must show its Sophos quantity", w.tenant, w.key)
		}
	}
	if r := row(t, p.Rows, "t-update", "IXA"); !r.Prorated {
		t.Error("a quantity change on a prorating agreement must say so")
	}
	if r := row(t, p.Rows, "t-several", "MTR"); len(r.Candidates) != 2 || r.Candidates[0].AdditionID != a1 || r.Candidates[1].AdditionID != a2 {
		t.Errorf("several additions: candidates %+v, want %d and %d", r.Candidates, a1, a2)
	}
	// Skipped usage per product: IXA 1+2+3+4+5+6, OFF 3, UNMAPPED 2 (MTR too: several additions).
	unbilled := map[string]float64{}
	for _, u := range p.Unbilled {
		unbilled[u.ProductKey] = u.Quantity
	}
	if unbilled["IXA"] != 21 || unbilled["OFF"] != 3 || unbilled["UNMAPPED"] != 2 || unbilled["MTR"] != 7 {
		t.Errorf("unbilled totals %v", unbilled)
	}
	if len(p.Unassigned) != 1 || p.Unassigned[0].Serials[1] != "X2" {
		t.Errorf("lines without a tenant must be listed apart: %+v", p.Unassigned)
	}
	if p.Counts[ActionCreate] != 1 || p.Counts[ActionUpdate] != 1 || p.Counts[ActionUnchanged] != 1 || p.Counts[ActionSkip] != 9 {
		t.Errorf("counts %v", p.Counts)
	}
	// One additions read per synced agreement (create, update, several), none for skipped ones.
	if n := h.sb.RequestCount("GET", "/finance/agreements/*"); n != 3 {
		t.Errorf("%d additions reads, want 3", n)
	}
	for _, r := range h.sb.Requests() {
		for _, id := range []int{cancelled.AgreementID, expired.AgreementID} {
			if strings.Contains(r.Resource, "/"+strconv.Itoa(id)+"/") {
				t.Errorf("a cancelled or expired agreement must not be touched: %s", r)
			}
		}
	}
	if row(t, p.Rows, "t-create", "IXA").AgreementID != create.AgreementID {
		t.Error("a row names its agreement")
	}
	if h.writes() != 0 {
		t.Error("planning must not write to ConnectWise")
	}
}

func TestPlanUsesTheQuantityFieldSetting(t *testing.T) {
	h := newHarness(t)
	h.product("IXA")
	h.customer("t1", false)
	h.usage("t1", "IXA", 10)
	h.in.Settings.QuantityField = ActualQuantity
	if r := row(t, h.plan().Rows, "t1", "IXA"); r.NewQuantity != 11 {
		t.Fatalf("actual quantity setting: new quantity %v, want 11", r.NewQuantity)
	}
	h.in.Settings.QuantityField = "sometimes"
	if _, err := h.eng.Plan(h.ctx, h.in); err == nil || !strings.Contains(err.Error(), "quantityField") {
		t.Fatalf("a bad setting must be refused naming the field, got %v", err)
	}
	h.in.Settings.QuantityField = ""
	h.in.Month = "2026-13"
	if _, err := h.eng.Plan(h.ctx, h.in); err == nil || !strings.Contains(err.Error(), "2026-13") {
		t.Fatalf("a bad month must be refused, got %v", err)
	}
}
