package usagesync

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

// A run killed after each possible write (after recording an intent, after ConnectWise
// stored a create or an update but before anything was recorded locally, after the
// local record), then started again: exactly one addition per pair with the right
// quantity, and a third run writes nothing. A create killed before it was sent stays in
// doubt until the in-flight grace has passed, then is created once.
func TestInterruptedAfterEachWriteThenRerun(t *testing.T) {
	// Two creates (t1) and two updates (t2): how often each point is reached.
	points := map[string]int{"after_intent": 2, "after_post": 2, "after_patch": 2, "after_record": 4}
	for point, times := range points {
		for nth := 1; nth <= times; nth++ {
			t.Run(fmt.Sprintf("%s_write%d", point, nth), func(t *testing.T) {
				h := newHarness(t)
				ixa, srv := h.product("IXA"), h.product("SRV")
				c1, c2 := h.customer("t1", false), h.customer("t2", false)
				h.addition(c2.AgreementID, ixa.CatalogItemID, 1, time.Time{}) // t2/IXA is an update
				h.addition(c2.AgreementID, srv.CatalogItemID, 1, time.Time{}) // t2/SRV too
				h.usage("t1", "IXA", 5)
				h.usage("t1", "SRV", 6)
				h.usage("t2", "IXA", 7)
				h.usage("t2", "SRV", 8)
				want := map[pair]float64{
					{c1.AgreementID, ixa.CatalogItemID}: 5, {c1.AgreementID, srv.CatalogItemID}: 6,
					{c2.AgreementID, ixa.CatalogItemID}: 7, {c2.AgreementID, srv.CatalogItemID}: 8,
				}

				seen := 0
				h.eng.Parallel = 1
				h.eng.crashAt = func(p string) bool {
					if p == point {
						seen++
					}
					return p == point && seen == nth
				}
				_, err := h.eng.Apply(h.ctx, h.plan(), ApplyOptions{})
				if !errors.Is(err, errCrashed) {
					t.Fatalf("want the run to die at %s, got %v", point, err)
				}

				h.eng = h.engine() // restarted
				rep, err := h.eng.Apply(h.ctx, h.plan(), ApplyOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if rep.Result != ResultSucceeded {
					t.Fatalf("re-run: %s %v", rep.Result, rep.Errors)
				}
				if point == "after_intent" { // the create never left: in doubt until the grace has passed
					held := c1.TenantID + "/" + []string{"IXA", "SRV"}[nth-1]
					for _, r := range rep.Rows {
						if (r.Reason == ReasonCreateInDoubt) != (r.TenantID+"/"+r.ProductKey == held) || (r.Reason != "" && r.Action != ActionSkip) {
							t.Fatalf("re-run within the grace: row %+v; want only %s skipped in doubt", r, held)
						}
					}
					h.afterGrace()
					if rep = h.apply(h.plan()); rep.Result != ResultSucceeded || rep.Counts[ActionCreate] != 1 {
						t.Fatalf("run after the grace: %s %v %v", rep.Result, rep.Counts, rep.Errors)
					}
				} else if inDoubt(rep.Rows) != 0 {
					t.Fatalf("nothing is in doubt after %s: %+v", point, rep.Rows)
				}
				for k, q := range want {
					if err := h.exactlyOne(k.agreement, k.item, q); err != nil {
						t.Error(err)
					}
				}
				before := h.writes()
				third := h.apply(h.plan())
				if h.writes() != before || third.Counts[ActionUnchanged] != 4 {
					t.Fatalf("third run wrote %d times: %v", h.writes()-before, third.Counts)
				}
				runs, _ := h.eng.Runs(h.ctx, 10)
				if len(runs) < 3 || runs[len(runs)-1].Result != "interrupted" {
					t.Fatalf("the killed run must be recorded as interrupted: %+v", runs)
				}
			})
		}
	}
}
