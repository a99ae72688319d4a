package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/customers"
	"psabridge/app/internal/datalock"
	"psabridge/app/internal/usagehistory"
)

// syncReadyDemo is a demo app whose caches were filled by the window's "refresh
// everything": catalog, companies and agreements, tenants, usage history, products.
func syncReadyDemo(t *testing.T) (*App, context.Context) {
	t.Helper()
	a := newTestApp(t, true)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	if err := a.usageSync.RefreshData(); err != nil {
		t.Fatal(err)
	}
	return a, ctx
}

// mapForSync maps n tenants with usage in month to active agreements and their products
// to catalog items, all with sync on, and returns the mapped tenants.
func mapForSync(t *testing.T, a *App, ctx context.Context, month string, n int) []string {
	t.Helper()
	ws := a.ws()
	stored, err := usagehistory.StoredAggregation(ctx, ws.DB, month)
	if err != nil {
		t.Fatal(err)
	}
	agreements, err := ws.DB.Queries().ListAllAgreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var changes []customers.Change
	var tenants []string
	products := map[string]bool{}
	usedAgreements := map[int64]bool{}
	for _, u := range stored.Aggregation.ByTenant {
		if len(tenants) == n {
			break
		}
		if slices.Contains(tenants, u.TenantID) {
			products[u.ProductKey] = true
			continue
		}
		for _, ag := range agreements {
			if ag.AgreementStatus == "Active" && ag.CancelledFlag == 0 && ag.NoEndingDateFlag == 1 && !usedAgreements[ag.ID] {
				usedAgreements[ag.ID] = true
				changes = append(changes, customers.Change{TenantID: u.TenantID, CompanyID: ag.CompanyID, AgreementID: ag.ID, SyncEnabled: true})
				tenants = append(tenants, u.TenantID)
				products[u.ProductKey] = true
				break
			}
		}
	}
	if len(tenants) < n {
		t.Fatalf("the demo has only %d tenants with usage in %s and a free active agreement", len(tenants), month)
	}
	if err := customers.Save(ctx, ws.DB, changes, time.Now()); err != nil {
		t.Fatal(err)
	}
	items, err := a.catalog.Search("sophos", false)
	if err != nil || len(items) < len(products) {
		t.Fatalf("catalog items for %d products: %v %v", len(products), items, err)
	}
	var pc []ProductChange
	for key := range products {
		pc = append(pc, ProductChange{ProductKey: key, Mapping: "existing", ItemID: items[len(pc)].ID, SyncEnabled: true})
	}
	if err := a.products.Save(pc); err != nil {
		t.Fatal(err)
	}
	return tenants
}

// push applies a preview and waits for the run's result.
func push(t *testing.T, a *App, previewID string) *SyncResult {
	t.Helper()
	if err := a.usageSync.Apply(previewID); err != nil {
		t.Fatal(err)
	}
	waitForJob(t, a, jobUsageSync)
	st := a.usageSync.Status()
	if st.Running || st.Last == nil {
		t.Fatalf("after the push: %+v", st)
	}
	return st.Last
}

func TestUsageSyncServicePreviewPushHistory(t *testing.T) {
	a, ctx := syncReadyDemo(t)
	events := &recordingEmitter{}
	a.emitter = events

	if p, _ := a.products.Products(); len(p) == 0 {
		t.Fatal("refreshing the data found no products")
	}
	months, err := a.usageSync.Months()
	if err != nil || months.Default == "" || months.Months[0] != months.Default || len(months.Months) < 2 {
		t.Fatalf("months %+v %v: want the newest stored month with data first and as default", months, err)
	}
	if !slices.IsSortedFunc(months.Months, func(x, y string) int { return strings.Compare(y, x) }) {
		t.Fatalf("months not newest first: %v", months.Months)
	}
	month := months.Default

	// Nothing mapped yet: every line is skipped, and its usage shows as unbilled.
	p, err := a.usageSync.Preview(month)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rows) == 0 || p.Counts["skip"] != len(p.Rows) || len(p.Unbilled) == 0 {
		t.Fatalf("unmapped preview: counts %v, %d unbilled products", p.Counts, len(p.Unbilled))
	}

	tenants := mapForSync(t, a, ctx, month, 3)
	p, err = a.usageSync.Preview(month)
	if err != nil {
		t.Fatal(err)
	}
	creates, updates := p.Counts["create"], p.Counts["update"]
	written := creates + updates
	if creates == 0 {
		t.Fatalf("mapped preview counts %v: want creates", p.Counts)
	}
	for _, r := range p.Rows {
		if r.Action == "create" && (!slices.Contains(tenants, r.TenantID) || r.CurrentQuantity != nil || r.NewQuantity != r.SophosQuantity) {
			t.Fatalf("create row %+v", r)
		}
		if r.Action == "skip" && r.Reason == "" {
			t.Fatalf("a skipped row without reason: %+v", r)
		}
	}
	stale, err := a.usageSync.Preview(month) // approved later, after p was pushed
	if err != nil {
		t.Fatal(err)
	}

	res := push(t, a, p.ID)
	if res.Result != "succeeded" || res.Counts["create"] != creates || res.Counts["update"] != updates || res.RunID == 0 || res.Error != nil {
		t.Fatalf("result %+v", res)
	}
	if events.count(EventSyncFinished) != 1 || events.count(EventSyncProgress) == 0 {
		t.Fatalf("events %v", events.events)
	}
	var e *Error
	if err := a.usageSync.Apply(p.ID); !errors.As(err, &e) || e.Code != CodeNotFound {
		t.Fatalf("a pushed preview pushed again: %v", err)
	}

	// The approved-but-outdated preview writes nothing: its creates now meet the additions.
	res2 := push(t, a, stale.ID)
	if res2.Result != "partial" || res2.Counts["conflict"] != written || res2.Counts["create"]+res2.Counts["update"] != 0 {
		t.Fatalf("outdated preview: %+v", res2.Counts)
	}

	runs, err := a.usageSync.Runs()
	if err != nil || len(runs) != 2 || runs[0].ID != res2.RunID || runs[1].ID != res.RunID {
		t.Fatalf("runs %+v %v: want both, newest first", runs, err)
	}
	if r := runs[1]; r.Trigger != "manual" || r.Month != month || r.Result != "succeeded" || r.Counts["create"] != creates || r.FinishedAt == "" {
		t.Fatalf("run %+v", r)
	}
	last, err := a.usageSync.LastRun()
	if err != nil || last == nil || last.ID != res2.RunID {
		t.Fatalf("last run %+v %v", last, err)
	}

	writes, err := a.usageSync.Writes(WriteFilter{RunID: res.RunID})
	if err != nil || len(writes) != written {
		t.Fatalf("run writes %d %v, want %d", len(writes), err, written)
	}
	for _, w := range writes {
		created := w.Action == "create_addition" && w.Before == "{}"
		updated := w.Action == "update_addition" && w.Before != "{}"
		if !(created || updated) || w.RunID != res.RunID || w.After == "{}" || w.Label == "" {
			t.Fatalf("write %+v", w)
		}
	}
	if w, _ := a.usageSync.Writes(WriteFilter{RunID: res2.RunID}); len(w) != 0 {
		t.Fatalf("the outdated preview wrote %+v", w)
	}
	// Filters: by customer (within the label), action, date; the other writes apart.
	customer := writes[0].Label[:len(writes[0].Label)/3]
	byCustomer, err := a.usageSync.Writes(WriteFilter{Customer: customer})
	if err != nil || len(byCustomer) == 0 || len(byCustomer) > len(writes) {
		t.Fatalf("by customer %q: %d %v", customer, len(byCustomer), err)
	}
	if w, _ := a.usageSync.Writes(WriteFilter{Action: "update_addition"}); len(w) != updates {
		t.Fatalf("updates listed %d, want %d", len(w), updates)
	}
	today := time.Now().UTC().Format(time.DateOnly)
	if w, _ := a.usageSync.Writes(WriteFilter{Scope: "runs", From: today, To: today}); len(w) != written {
		t.Fatalf("today's sync writes %d, want %d", len(w), written)
	}
	if w, _ := a.usageSync.Writes(WriteFilter{To: "2001-01-01"}); len(w) != 0 {
		t.Fatalf("writes before 2001: %+v", w)
	}
	if w, _ := a.usageSync.Writes(WriteFilter{Scope: "other"}); slices.ContainsFunc(w, func(w WriteEntry) bool { return w.RunID != 0 }) {
		t.Fatalf("other writes include the sync's: %+v", w)
	}
	if _, err := a.usageSync.Writes(WriteFilter{From: "1.12.2026"}); !errors.As(err, &e) || e.Field != "from" {
		t.Fatalf("bad date: %v", err)
	}

	// A second preview: everything pushed is unchanged now, like what already was (the demo
	// data can hold an addition whose quantity matches the usage already).
	again, err := a.usageSync.Preview(month)
	if err != nil {
		t.Fatal(err)
	}
	if again.Counts["unchanged"] != written+p.Counts["unchanged"] || again.Counts["create"]+again.Counts["update"]+again.Counts["zero"] != 0 {
		t.Fatalf("second preview counts %v, want %d unchanged", again.Counts, written+p.Counts["unchanged"])
	}
}

func TestUsageSyncServiceRejectsBadInput(t *testing.T) {
	a, _ := syncReadyDemo(t)
	var e *Error
	if e := classify(fmt.Errorf("preview: %w", datalock.ErrBusy), CodeInternal); e.Code != CodeConflict {
		t.Fatalf("another sync holding the lock: %+v", e)
	}
	if _, err := a.usageSync.Preview("10/2026"); !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "month" {
		t.Fatalf("bad month: %v", err)
	}
	if _, err := a.usageSync.Preview("1999-01"); !errors.As(err, &e) || e.Code != CodeNotFound || e.Field != "month" {
		t.Fatalf("a month not fetched: %v", err)
	}
	if err := a.usageSync.Apply("no-such-preview"); !errors.As(err, &e) || e.Code != CodeNotFound {
		t.Fatalf("unknown preview: %v", err)
	}
	months, _ := a.usageSync.Months()
	p, err := a.usageSync.Preview(months.Default)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.usageSync.ChooseAddition(p.ID, 1, 2, 3); !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "additionId" {
		t.Fatalf("choosing an addition the preview did not offer: %v", err)
	}
	if err := a.usageSync.ConfirmRecreate(p.ID, 1, 2); !errors.As(err, &e) || e.Code != CodeInvalid {
		t.Fatalf("re-creating what the preview did not report: %v", err)
	}
}

// Two additions for one product on an agreement: the preview skips the pair and lists
// both; the one the user chooses is managed from then on and gets the quantity.
func TestUsageSyncServiceChooseAddition(t *testing.T) {
	a, ctx := syncReadyDemo(t)
	months, _ := a.usageSync.Months()
	mapForSync(t, a, ctx, months.Default, 1)
	p, err := a.usageSync.Preview(months.Default)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(p.Rows, func(r SyncRow) bool { return r.Action == "create" })
	if i < 0 {
		t.Fatalf("no create in %v", p.Counts)
	}
	row := p.Rows[i]
	// Someone adds two additions for the product in ConnectWise.
	cw := a.ws().ConnectWise
	for _, desc := range []string{"first", "second"} {
		if _, err := cw.CreateAddition(ctx, row.AgreementID, connectwise.NewAddition{ProductID: row.CatalogItemID, Quantity: 1,
			InvoiceDescription: desc, EffectiveDate: time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
	}
	p, err = a.usageSync.Preview(months.Default)
	if err != nil {
		t.Fatal(err)
	}
	find := func(p SyncPreview) SyncRow {
		for _, r := range p.Rows {
			if r.AgreementID == row.AgreementID && r.CatalogItemID == row.CatalogItemID {
				return r
			}
		}
		t.Fatalf("the pair is gone from the preview")
		return SyncRow{}
	}
	several := find(p)
	if several.Action != "skip" || several.Reason != "several_additions" || len(several.Candidates) != 2 {
		t.Fatalf("row with two additions: %+v", several)
	}
	c := several.Candidates[1]
	if c.Quantity != 1 || c.EffectiveDate != "2026-01-01" || c.Description == "" {
		t.Fatalf("candidate %+v", c)
	}
	if err := a.usageSync.ChooseAddition(p.ID, row.AgreementID, row.CatalogItemID, c.AdditionID); err != nil {
		t.Fatal(err)
	}
	p, err = a.usageSync.Preview(months.Default)
	if err != nil {
		t.Fatal(err)
	}
	if chosen := find(p); chosen.Action != "update" || chosen.AdditionID != c.AdditionID || *chosen.CurrentQuantity != 1 {
		t.Fatalf("after choosing: %+v", chosen)
	}
}
