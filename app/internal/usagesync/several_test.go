package usagesync

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func (h *harness) latestSeveral() []SeveralAdditions {
	h.t.Helper()
	list, err := LatestSeveralAdditions(h.ctx, h.store.Reader())
	if err != nil {
		h.t.Fatal(err)
	}
	return list
}

// A plan records the pairs it skipped with several additions, replacing the month's
// earlier record; a failed write fails the plan and keeps the earlier record whole; the
// user's choice takes the pair off the list.
func TestPlanRecordsThePairsWithSeveralAdditions(t *testing.T) {
	h := newHarness(t)
	mtr := h.product("MTR")
	ixa := h.product("IXA")
	c := h.customer("t-several", false)
	a1 := h.addition(c.AgreementID, mtr.CatalogItemID, 5, time.Time{})
	a2 := h.addition(c.AgreementID, mtr.CatalogItemID, 6, time.Time{})
	h.addition(c.AgreementID, ixa.CatalogItemID, 2, time.Time{}) // one addition: not ambiguous
	h.usage("t-several", "MTR", 7)
	h.usage("t-several", "IXA", 2)

	h.plan()
	list := h.latestSeveral()
	if len(list) != 1 {
		t.Fatalf("recorded %+v, want the one MTR pair", list)
	}
	got := list[0]
	if got.Month != testMonth || got.AgreementID != c.AgreementID || got.CatalogItemID != mtr.CatalogItemID ||
		got.ProductKey != "MTR" || got.ProductDescription != "Sophos MTR" || got.TenantName != "Customer t-several" ||
		got.AgreementName != "Sophos Security Services" || !slices.Equal(got.TenantIDs, []string{"t-several"}) {
		t.Errorf("recorded pair %+v", got)
	}
	if len(got.Candidates) != 2 || got.Candidates[0].AdditionID != a1 || got.Candidates[0].Quantity != 5 ||
		got.Candidates[1].AdditionID != a2 || got.Candidates[1].Quantity != 6 {
		t.Errorf("candidates %+v, want %d (5) and %d (6)", got.Candidates, a1, a2)
	}

	// A third addition appears: the next plan of the month replaces the record.
	a3 := h.addition(c.AgreementID, mtr.CatalogItemID, 1, time.Time{})
	h.plan()
	if list := h.latestSeveral(); len(list) != 1 || len(list[0].Candidates) != 3 || list[0].Candidates[2].AdditionID != a3 {
		t.Fatalf("after a re-plan: %+v, want the one pair with three candidates", list)
	}

	// The record cannot be written: the plan fails and the earlier record stays whole.
	if _, err := h.store.SQL().ExecContext(h.ctx, `CREATE TRIGGER refuse BEFORE INSERT ON several_additions
		BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
		t.Fatal(err)
	}
	if _, err := h.eng.Plan(h.ctx, h.in); err == nil || !strings.Contains(err.Error(), "several additions") {
		t.Fatalf("plan with an unwritable record: %v, want the error", err)
	}
	if list := h.latestSeveral(); len(list) != 1 || len(list[0].Candidates) != 3 {
		t.Fatalf("after the failed write: %+v, want the earlier record", list)
	}
	if _, err := h.store.SQL().ExecContext(h.ctx, `DROP TRIGGER refuse`); err != nil {
		t.Fatal(err)
	}

	if err := h.eng.ChooseAddition(h.ctx, c.AgreementID, mtr.CatalogItemID, a2); err != nil {
		t.Fatal(err)
	}
	if list := h.latestSeveral(); len(list) != 0 {
		t.Fatalf("after choosing: %+v, want none", list)
	}
	h.plan() // the chosen addition is managed: no longer ambiguous
	if list := h.latestSeveral(); len(list) != 0 {
		t.Fatalf("re-planned after choosing: %+v, want none", list)
	}
}
