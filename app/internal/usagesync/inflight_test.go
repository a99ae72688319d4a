package usagesync

import (
	"net/http"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// inFlightHarness is one customer with usage of one product, whose first create the
// sandbox answers with fault kind.
func inFlightHarness(t *testing.T, kind cwsandbox.FaultKind) (*harness, Customer, Product) {
	h := newHarness(t)
	p := h.product("IXA")
	c := h.customer("t1", false)
	h.usage("t1", "IXA", 5)
	h.sb.Faults().Set(cwsandbox.Fault{Method: http.MethodPost, Path: "/finance/agreements/*", Kind: kind, Times: 1})
	return h, c, p
}

// posts counts the creates ConnectWise received.
func (h *harness) posts() int { return h.sb.RequestCount(http.MethodPost, "/finance/agreements/*") }

// firstRunLeavesCreateInDoubt runs once against the fault: the create is reported failed
// and in doubt, and a run straight after skips the pair without writing anything.
func firstRunLeavesCreateInDoubt(t *testing.T, h *harness) {
	t.Helper()
	rep := h.apply(h.plan())
	if got := row(t, rep.Rows, "t1", "IXA"); got.Action != ActionFailed || got.Reason != ReasonCreateInDoubt || rep.Result != ResultFailed {
		t.Fatalf("first run: row %+v result %s", got, rep.Result)
	}
	p := h.plan()
	if got := row(t, p.Rows, "t1", "IXA"); got.Action != ActionSkip || got.Reason != ReasonCreateInDoubt || got.Error == "" {
		t.Fatalf("preview within the grace: row %+v; want skipped, create in doubt, with the time it is checked again", got)
	}
	before := h.writes()
	h.apply(p)
	if h.writes() != before {
		t.Fatalf("a run within the grace wrote %d times", h.writes()-before)
	}
}

// A POST whose reply is lost and which ConnectWise stores only after the engine has read
// the agreement again: the create stays in doubt (never posted again), and once the
// orphan has arrived the next run adopts it.
func TestCreateStoredAfterTheReReadIsAdoptedNotDuplicated(t *testing.T) {
	h, c, p := inFlightHarness(t, cwsandbox.LostReplyStoredLate)
	firstRunLeavesCreateInDoubt(t, h)

	h.sb.ReleaseLateWrites() // the orphan POST lands
	if err := h.sb.WaitIdle(h.ctx); err != nil {
		t.Fatal(err)
	}
	preview := h.plan()
	if len(preview.Settled) != 1 || preview.Settled[0].Outcome != "adopted" {
		t.Fatalf("settled %+v; want the late addition adopted", preview.Settled)
	}
	if got := row(t, preview.Rows, "t1", "IXA"); got.Action != ActionUnchanged {
		t.Fatalf("after adoption: row %+v", got)
	}
	h.apply(preview)
	if err := h.exactlyOne(c.AgreementID, p.CatalogItemID, 5); err != nil {
		t.Fatal(err)
	}
	if n := h.posts(); n != 1 {
		t.Fatalf("%d POSTs, want the one", n)
	}
}

// A POST that never reaches ConnectWise (the connection was reset): in doubt within the
// grace; after it, the next run creates the addition exactly once.
func TestCreateNeverStoredIsCreatedOnceAfterTheGrace(t *testing.T) {
	h, c, p := inFlightHarness(t, cwsandbox.Reset)
	firstRunLeavesCreateInDoubt(t, h)

	h.afterGrace()
	rep := h.apply(h.plan())
	if rep.Counts[ActionCreate] != 1 || rep.Result != ResultSucceeded {
		t.Fatalf("run after the grace: %v %s %v", rep.Counts, rep.Result, rep.Errors)
	}
	if err := h.exactlyOne(c.AgreementID, p.CatalogItemID, 5); err != nil {
		t.Fatal(err)
	}
	if n := h.posts(); n != 2 {
		t.Fatalf("%d POSTs, want 2 (the lost one and the one after the grace)", n)
	}
}

// A preview planned a create; before it is applied another run leaves that create in
// doubt: Apply reports the row changed since the preview and never posts a second time,
// and once the orphan is adopted a preview shows the addition.
func TestApplyNeverCreatesWhileAnotherCreateIsInDoubt(t *testing.T) {
	h, c, p := inFlightHarness(t, cwsandbox.LostReplyStoredLate)
	stale := h.plan() // planned before anything was posted
	if got := row(t, stale.Rows, "t1", "IXA"); got.Action != ActionCreate {
		t.Fatalf("preview: row %+v", got)
	}
	if _, rep, err := h.eng.Run(h.ctx, h.in, ApplyOptions{Trigger: TriggerScheduled}); err != nil || inDoubt(rep.Rows) != 1 {
		t.Fatalf("scheduled run: %v %+v", err, rep)
	}

	rep := h.apply(stale)
	if got := row(t, rep.Rows, "t1", "IXA"); got.Action != ActionConflict || got.Reason != ReasonChangedSincePreview {
		t.Fatalf("apply of the stale preview: row %+v", got)
	}
	if n := h.posts(); n != 1 {
		t.Fatalf("%d POSTs, want 1", n)
	}

	h.sb.ReleaseLateWrites()
	h.afterGrace() // the orphan has landed: after the grace it is adopted, not created again
	if got := row(t, h.apply(h.plan()).Rows, "t1", "IXA"); got.Action != ActionUnchanged {
		t.Fatalf("after the orphan landed: row %+v", got)
	}
	if err := h.exactlyOne(c.AgreementID, p.CatalogItemID, 5); err != nil {
		t.Fatal(err)
	}
	if n := h.posts(); n != 1 {
		t.Fatalf("%d POSTs, want 1", n)
	}
}
