package usagesync

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// A fresh month: creates and updates as previewed, each in the history with before and
// after and the run id; the run is recorded; the same month again writes nothing.
func TestApplyWritesThePreviewAndARerunWritesNothing(t *testing.T) {
	h := newHarness(t)
	ixa, srv := h.product("IXA"), h.product("SRV")
	c1 := h.customer("t1", false)
	c2 := h.customer("t2", false)
	existing := h.addition(c2.AgreementID, ixa.CatalogItemID, 3, time.Time{})
	h.usage("t1", "IXA", 12.5)
	h.usage("t1", "SRV", 2)
	h.usage("t2", "IXA", 7)

	p := h.plan()
	var progress []Progress
	rep, err := h.eng.Apply(h.ctx, p, ApplyOptions{Trigger: TriggerManual, Progress: func(pr Progress) { progress = append(progress, pr) }})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultSucceeded || rep.Counts[ActionCreate] != 2 || rep.Counts[ActionUpdate] != 1 {
		t.Fatalf("result %s counts %v errors %v", rep.Result, rep.Counts, rep.Errors)
	}
	if len(progress) != 2 || progress[1].AgreementsDone != 2 || progress[1].AgreementsTotal != 2 {
		t.Errorf("progress per agreement: %+v", progress)
	}
	for _, c := range []struct {
		agreement, item int
		qty             float64
	}{{c1.AgreementID, ixa.CatalogItemID, 12.5}, {c1.AgreementID, srv.CatalogItemID, 2}, {c2.AgreementID, ixa.CatalogItemID, 7}} {
		if err := h.exactlyOne(c.agreement, c.item, c.qty); err != nil {
			t.Error(err)
		}
	}
	created := h.activeAdditions(c1.AgreementID, ixa.CatalogItemID)[0]
	if !created.EffectiveDate.Equal(time.Date(2026, time.October, 1, 0, 0, 0, 0, time.UTC)) || created.BillCustomer != "Billable" {
		t.Errorf("created addition: effective %v, bill %q; want the first of the billing month, Billable", created.EffectiveDate, created.BillCustomer)
	}
	if created.UnitPrice == 0 {
		t.Error("the created addition has no price: PSA Bridge must leave the price to the ConnectWise catalog, not send one")
	}
	if h.activeAdditions(c2.AgreementID, ixa.CatalogItemID)[0].ID != existing {
		t.Error("the existing addition must be updated, not replaced")
	}

	writes, err := h.eng.RunWrites(h.ctx, rep.RunID)
	if err != nil {
		t.Fatal(err)
	}
	if len(writes) != 3 {
		t.Fatalf("%d writes in the history, want 3: %+v", len(writes), writes)
	}
	for _, w := range writes {
		var before, after additionRecord
		_ = json.Unmarshal([]byte(w.Before), &before)
		_ = json.Unmarshal([]byte(w.After), &after)
		switch w.Action {
		case "create_addition":
			if w.Before != "{}" || after.Quantity == 0 || after.AdditionID != int(w.EntityID) {
				t.Errorf("create in history: %+v", w)
			}
		case "update_addition":
			if before.Quantity != 3 || after.Quantity != 7 || w.EntityID != int64(existing) {
				t.Errorf("update in history: %+v", w)
			}
		default:
			t.Errorf("unexpected history action %q", w.Action)
		}
		if w.Actor != "tester" || w.RunID != rep.RunID {
			t.Errorf("history entry without actor or run: %+v", w)
		}
	}
	last, found, err := h.eng.LastRun(h.ctx)
	if err != nil || !found || last.ID != rep.RunID || last.Result != ResultSucceeded || last.Trigger != TriggerManual ||
		last.Month != testMonth || last.Counts[ActionCreate] != 2 || last.Counts[ActionUpdate] != 1 || last.Actor != "tester" || last.FinishedAt.IsZero() {
		t.Fatalf("run record %+v (found %v, %v)", last, found, err)
	}

	// The same month again: everything unchanged, nothing written.
	before := h.writes()
	p2 := h.plan()
	if p2.Counts[ActionUnchanged] != 3 || len(p2.Counts) != 1 {
		t.Fatalf("second preview: %v", p2.Counts)
	}
	rep2 := h.apply(p2)
	if h.writes() != before || rep2.Counts[ActionUnchanged] != 3 {
		t.Fatalf("a completed month re-run wrote %d times: %v", h.writes()-before, rep2.Counts)
	}
}

// The reply to a POST is lost after ConnectWise stored the addition: the engine reads
// the agreement again and adopts it; no second POST, and a re-run writes nothing.
func TestLostCreateReplyIsAdoptedNotDuplicated(t *testing.T) {
	h := newHarness(t)
	ixa := h.product("IXA")
	var customers []Customer
	for _, tenant := range []string{"t1", "t2", "t3"} {
		customers = append(customers, h.customer(tenant, false))
		h.usage(tenant, "IXA", 5)
	}
	h.eng.Parallel = 1 // so "the second POST" is a known agreement
	h.sb.Faults().Set(cwsandbox.Fault{Method: http.MethodPost, Path: "/finance/agreements/*", Kind: cwsandbox.LostReply, Skip: 1, Times: 1})
	rep := h.apply(h.plan())
	if got := row(t, rep.Rows, "t2", "IXA"); got.Action != ActionAdopted || got.AdditionID == 0 {
		t.Fatalf("lost reply: row %+v", got)
	}
	if rep.Counts[ActionCreate] != 2 || rep.Counts[ActionAdopted] != 1 || rep.Result != ResultSucceeded {
		t.Fatalf("counts %v result %s", rep.Counts, rep.Result)
	}
	if n := h.sb.RequestCount(http.MethodPost, "/finance/agreements/*"); n != 3 {
		t.Fatalf("%d POSTs, want 3 (never a second for the lost reply)", n)
	}
	for _, c := range customers {
		if err := h.exactlyOne(c.AgreementID, ixa.CatalogItemID, 5); err != nil {
			t.Error(err)
		}
	}
	writes, _ := h.eng.RunWrites(h.ctx, rep.RunID)
	if len(writes) != 3 {
		t.Errorf("the adopted create belongs in the history too: %d writes", len(writes))
	}
	before := h.writes()
	h.apply(h.plan())
	if h.writes() != before {
		t.Fatal("a re-run after adoption must write nothing")
	}
}

// A create answered with a 5xx where ConnectWise stored nothing: re-read, nothing to
// adopt, reported failed and in doubt; runs within the grace leave it alone, the first
// run after it creates it once.
func TestServerErrorOnCreateIsCheckedThenRetriedNextRun(t *testing.T) {
	h := newHarness(t)
	ixa := h.product("IXA")
	c := h.customer("t1", false)
	h.usage("t1", "IXA", 5)
	h.sb.Faults().Set(cwsandbox.Fault{Method: http.MethodPost, Path: "/finance/agreements/*", Kind: cwsandbox.Status500, Times: 1})
	rep := h.apply(h.plan())
	if got := row(t, rep.Rows, "t1", "IXA"); got.Action != ActionFailed || rep.Result != ResultFailed {
		t.Fatalf("row %+v result %s", got, rep.Result)
	}
	if got := row(t, rep.Rows, "t1", "IXA"); got.Reason != ReasonCreateInDoubt {
		t.Fatalf("a 5xx leaves the create in doubt: row %+v", got)
	}
	if n := len(h.sb.AgreementAdditions(c.AgreementID)); n != 0 {
		t.Fatalf("%d additions after a refused create", n)
	}
	// A gateway's 5xx does not prove the backend stopped: within the grace nothing is posted.
	before := h.writes()
	if got := row(t, h.apply(h.plan()).Rows, "t1", "IXA"); got.Reason != ReasonCreateInDoubt || h.writes() != before {
		t.Fatalf("re-run within the grace: row %+v, %d writes", got, h.writes()-before)
	}
	h.afterGrace()
	rep = h.apply(h.plan())
	if rep.Counts[ActionCreate] != 1 {
		t.Fatalf("second run: %v %v", rep.Counts, rep.Errors)
	}
	if err := h.exactlyOne(c.AgreementID, ixa.CatalogItemID, 5); err != nil {
		t.Fatal(err)
	}
}

// ConnectWise changes between preview and apply: those pairs are not written but
// reported; the others are written.
func TestChangedSincePreviewIsNotWritten(t *testing.T) {
	h := newHarness(t)
	ixa, srv := h.product("IXA"), h.product("SRV")
	c := h.customer("t1", false)
	upd := h.addition(c.AgreementID, ixa.CatalogItemID, 3, time.Time{})
	h.usage("t1", "IXA", 8)
	h.usage("t1", "SRV", 2)
	other := h.customer("t2", false)
	h.usage("t2", "IXA", 4)

	p := h.plan()
	if err := h.sb.SetAdditionQuantity(upd, 5); err != nil { // someone edits the addition
		t.Fatal(err)
	}
	added := h.addition(c.AgreementID, srv.CatalogItemID, 1, time.Time{}) // someone adds the product by hand
	rep := h.apply(p)
	for _, key := range []string{"IXA", "SRV"} {
		if got := row(t, rep.Rows, "t1", key); got.Action != ActionConflict || got.Reason != ReasonChangedSincePreview {
			t.Errorf("%s: %+v, want changed since preview", key, got)
		}
	}
	if got := h.sb.AgreementAdditions(c.AgreementID); len(got) != 2 || got[0].ID != upd || got[0].Quantity != 5 || got[1].ID != added || got[1].Quantity != 1 {
		t.Errorf("a changed pair was written: %+v", got)
	}
	if err := h.exactlyOne(other.AgreementID, ixa.CatalogItemID, 4); err != nil {
		t.Error(err)
	}
	if rep.Result != ResultPartial || rep.Counts[ActionConflict] != 2 {
		t.Errorf("result %s counts %v", rep.Result, rep.Counts)
	}
}

// A cancelled agreement gets nothing, even with usage and sync on.
func TestCancelledAgreementGetsNothing(t *testing.T) {
	h := newHarness(t)
	h.product("IXA")
	c := h.customer("t1", false)
	if err := h.sb.CancelAgreement(c.AgreementID, testNow.AddDate(0, -1, 0)); err != nil {
		t.Fatal(err)
	}
	h.in.Agreements[0].CancelledFlag, h.in.Agreements[0].Status = true, "Cancelled" // as the cache has it
	h.usage("t1", "IXA", 5)
	rep := h.apply(h.plan())
	if got := row(t, rep.Rows, "t1", "IXA"); got.Action != ActionSkip || got.Reason != ReasonAgreementCancelled {
		t.Fatalf("row %+v", got)
	}
	if h.writes() != 0 || len(h.sb.AgreementAdditions(c.AgreementID)) != 0 {
		t.Fatal("something was written to a cancelled agreement")
	}
}

// A managed addition without usage goes to 0 (never deleted); one cancelled or deleted
// in ConnectWise is reported and only re-created after the user confirms.
func TestManagedAdditionsZeroedAndNeverSilentlyRecreated(t *testing.T) {
	h := newHarness(t)
	ixa, srv := h.product("IXA"), h.product("SRV")
	c := h.customer("t1", false)
	h.usage("t1", "IXA", 5)
	h.usage("t1", "SRV", 2)
	h.apply(h.plan())
	srvID := h.activeAdditions(c.AgreementID, srv.CatalogItemID)[0].ID
	ixaID := h.activeAdditions(c.AgreementID, ixa.CatalogItemID)[0].ID

	// Next month SRV has no usage: its addition goes to 0.
	h.in.Month = "2026-11"
	h.in.Usage.ByTenant = h.in.Usage.ByTenant[:1]
	p := h.plan()
	if got := row(t, p.Rows, "t1", "SRV"); got.Action != ActionZero || got.NewQuantity != 0 || got.AdditionID != srvID {
		t.Fatalf("zero row %+v", got)
	}
	rep := h.apply(p)
	if rep.Counts[ActionZero] != 1 {
		t.Fatalf("counts %v", rep.Counts)
	}
	if err := h.exactlyOne(c.AgreementID, srv.CatalogItemID, 0); err != nil {
		t.Fatal(err)
	}

	// The IXA addition is deleted in ConnectWise: reported, not re-created.
	if err := h.sb.DeleteAddition(ixaID); err != nil {
		t.Fatal(err)
	}
	p = h.plan()
	if got := row(t, p.Rows, "t1", "IXA"); got.Action != ActionSkip || got.Reason != ReasonManagedDeleted {
		t.Fatalf("deleted managed addition: %+v", got)
	}
	h.apply(p)
	if len(h.activeAdditions(c.AgreementID, ixa.CatalogItemID)) != 0 {
		t.Fatal("a deleted managed addition was re-created without confirmation")
	}
	if err := h.eng.ConfirmRecreate(h.ctx, c.AgreementID, ixa.CatalogItemID); err != nil {
		t.Fatal(err)
	}
	if got := row(t, h.apply(h.plan()).Rows, "t1", "IXA"); got.Action != ActionCreate {
		t.Fatalf("after confirmation: %+v", got)
	}
	if err := h.exactlyOne(c.AgreementID, ixa.CatalogItemID, 5); err != nil {
		t.Fatal(err)
	}

	// Cancelled in ConnectWise: reported too.
	newID := h.activeAdditions(c.AgreementID, ixa.CatalogItemID)[0].ID
	if err := h.sb.CancelAddition(newID, testNow.AddDate(0, 0, -1)); err != nil {
		t.Fatal(err)
	}
	if got := row(t, h.plan().Rows, "t1", "IXA"); got.Action != ActionSkip || got.Reason != ReasonManagedCancelled {
		t.Fatalf("cancelled managed addition: %+v", got)
	}
}

// Several additions for one product: skipped until the user chooses one; then only
// that one is written.
func TestSeveralAdditionsWaitForTheUsersChoice(t *testing.T) {
	h := newHarness(t)
	ixa := h.product("IXA")
	c := h.customer("t1", false)
	first := h.addition(c.AgreementID, ixa.CatalogItemID, 1, time.Time{})
	second := h.addition(c.AgreementID, ixa.CatalogItemID, 2, time.Time{})
	h.usage("t1", "IXA", 9)
	h.apply(h.plan())
	if h.writes() != 0 {
		t.Fatal("several additions must not be written before the user chooses")
	}
	if err := h.eng.ChooseAddition(h.ctx, c.AgreementID, ixa.CatalogItemID, second); err != nil {
		t.Fatal(err)
	}
	rep := h.apply(h.plan())
	if got := row(t, rep.Rows, "t1", "IXA"); got.Action != ActionUpdate || got.AdditionID != second {
		t.Fatalf("after choosing: %+v", got)
	}
	adds := h.sb.AgreementAdditions(c.AgreementID)
	if adds[0].ID != first || adds[0].Quantity != 1 || adds[1].Quantity != 9 {
		t.Fatalf("additions %+v", adds)
	}
}

// Cancelling stops between writes: the rest is not run and the run says cancelled.
func TestCancelStopsBetweenWrites(t *testing.T) {
	h := newHarness(t)
	h.product("IXA")
	for _, tenant := range []string{"t1", "t2", "t3"} {
		h.customer(tenant, false)
		h.usage(tenant, "IXA", 5)
	}
	h.eng.Parallel = 1
	ctx, cancel := context.WithCancel(h.ctx)
	defer cancel()
	rep, err := h.eng.Apply(ctx, h.plan(), ApplyOptions{Progress: func(p Progress) {
		if p.AgreementsDone == 1 {
			cancel()
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultCancelled || rep.Counts[ActionCreate] != 1 || rep.Counts[ActionNotRun] != 2 {
		t.Fatalf("result %s counts %v", rep.Result, rep.Counts)
	}
	if n := h.sb.RequestCount(http.MethodPost, "/finance/agreements/*"); n != 1 {
		t.Fatalf("%d POSTs after cancelling", n)
	}
	runs, _ := h.eng.Runs(h.ctx, 10)
	if len(runs) != 1 || runs[0].Result != ResultCancelled {
		t.Fatalf("runs %+v", runs)
	}
}

// Two tenants billed on one agreement, and two Sophos products mapped to one catalog
// item, feed one addition with the sum; the run-day setting dates a create today; a 429
// on the way is waited out by the client, not reported.
func TestSharedAdditionsRunDayAndThrottling(t *testing.T) {
	h := newHarness(t)
	ixa := h.product("IXA")
	h.in.Products = append(h.in.Products, Product{Key: "IXA-OLD", CatalogItemID: ixa.CatalogItemID, SyncEnabled: true})
	c := h.customer("t1", false)
	h.in.Customers = append(h.in.Customers, Customer{TenantID: "t2", CompanyID: c.CompanyID, AgreementID: c.AgreementID, SyncEnabled: true})
	h.usage("t1", "IXA", 3)
	h.usage("t1", "IXA-OLD", 1.5)
	h.usage("t2", "IXA", 4)
	h.in.Settings.EffectiveDate = RunDay
	h.sb.Faults().Set(cwsandbox.Fault{Method: http.MethodPost, Path: "/finance/agreements/*", Kind: cwsandbox.Status429, RetryAfter: time.Second, Times: 1})

	p := h.plan()
	if len(p.Rows) != 1 || p.Rows[0].NewQuantity != 8.5 || len(p.Rows[0].Sources) != 3 {
		t.Fatalf("rows %+v", p.Rows)
	}
	rep := h.apply(p)
	if rep.Result != ResultSucceeded || rep.Counts[ActionCreate] != 1 {
		t.Fatalf("result %s %v %v", rep.Result, rep.Counts, rep.Errors)
	}
	if err := h.exactlyOne(c.AgreementID, ixa.CatalogItemID, 8.5); err != nil {
		t.Fatal(err)
	}
	if n := h.sb.RequestCount(http.MethodPost, "/finance/agreements/*"); n != 2 {
		t.Fatalf("%d POSTs, want the throttled one and its retry", n)
	}
	if got := h.activeAdditions(c.AgreementID, ixa.CatalogItemID)[0].EffectiveDate; !got.Equal(testNow.Truncate(24 * time.Hour)) {
		t.Fatalf("effective date %v, want the run day", got)
	}
}
