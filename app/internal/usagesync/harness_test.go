package usagesync

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/datalock"
	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/sandboxtest"
	"psabridge/db"
)

// testNow is the engine's and the sandbox's clock: early in the month after the billing month.
var testNow = time.Date(2026, time.November, 4, 9, 0, 0, 0, time.UTC)

const testMonth = "2026-10"

// harness is a ConnectWise sandbox on loopback, a client for it, a real SQLite file and
// the inputs of a scenario being built.
type harness struct {
	t     testing.TB
	ctx   context.Context
	sb    *cwsandbox.Server
	cw    *connectwise.Client
	store *db.DB
	eng   *Engine
	items []int // free catalog item ids
	in    Inputs
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	sb := sandboxtest.StartConnectWise(t, cwsandbox.Options{Now: func() time.Time { return testNow }})
	cw, err := connectwise.New(sandboxConfig(sb.URL()))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	store, err := db.Open(ctx, filepath.Join(t.TempDir(), "sync.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	h := &harness{t: t, ctx: ctx, sb: sb, cw: cw, store: store, items: sb.CatalogItemIDs(),
		in: Inputs{Month: testMonth}}
	h.eng = h.engine()
	return h
}

// syncLock is the sync lock of the data folder the database is in, as the app's.
func syncLock(store *db.DB) datalock.SyncLock {
	return datalock.SyncLock{Dir: filepath.Dir(store.Path())}
}

// sandboxConfig is a client configuration for a sandbox: quick retries without real waits.
func sandboxConfig(site string) connectwise.Config {
	cfg := sandboxtest.ConnectWiseConfig(site)
	cfg.UserAgent, cfg.Timeout = "PSA-Bridge/test", 5*time.Second
	cfg.Retry = httpretry.Policy{MaxAttempts: 3, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond, MaxRetryAfter: time.Second, Concurrency: 4}
	cfg.RetrySleep = func(ctx context.Context, _ time.Duration) error { return ctx.Err() }
	return cfg
}

// engine is a fresh engine on the same database and sandbox, as after a restart.
func (h *harness) engine() *Engine {
	return &Engine{DB: h.store, CW: h.cw, Actor: "tester", Now: func() time.Time { return testNow }, Lock: syncLock(h.store)}
}

// product maps a Sophos product key to the next free catalog item, with sync on.
func (h *harness) product(key string) Product {
	p := Product{Key: key, Description: "Sophos " + key, CatalogItemID: h.items[0], SyncEnabled: true}
	h.items = h.items[1:]
	h.in.Products = append(h.in.Products, p)
	return p
}

// customer adds a company with an active agreement in ConnectWise and maps tenant to it, sync on.
func (h *harness) customer(tenant string, prorate bool) Customer {
	h.t.Helper()
	company := h.sb.AddCompany("C-"+tenant, "Customer "+tenant)
	agreementID, err := h.sb.AddAgreement(cwsandbox.AgreementSeed{CompanyID: company, ProrateFlag: prorate})
	if err != nil {
		h.t.Fatal(err)
	}
	c := Customer{TenantID: tenant, Name: "Customer " + tenant, CompanyID: company, AgreementID: agreementID, SyncEnabled: true}
	h.in.Customers = append(h.in.Customers, c)
	h.in.Agreements = append(h.in.Agreements, Agreement{ID: agreementID, CompanyID: company, Name: "Sophos Security Services",
		Status: "Active", Prorate: prorate})
	return c
}

// usage adds a tenant's total of a product this month (billable; actual one more).
func (h *harness) usage(tenant, key string, qty float64) {
	h.in.Usage.ByTenant = append(h.in.Usage.ByTenant, TenantProductTotal{TenantID: tenant, ProductKey: key,
		BillableQuantity: qty, ActualQuantity: qty + 1, Lines: 1})
}

// unbillableCustomers adds IXA usage of 1, 2, 3 and 4 for tenants whose customer side
// stops billing: t-unknown (not in the cache), t-unmapped (no company), t-syncoff (sync off)
// and t-noagreement (its agreement is not in ConnectWise).
func (h *harness) unbillableCustomers() {
	h.usage("t-unknown", "IXA", 1) // tenant not in the cache
	h.in.Customers = append(h.in.Customers,
		Customer{TenantID: "t-unmapped"},
		Customer{TenantID: "t-syncoff", CompanyID: 1, AgreementID: 2},
		Customer{TenantID: "t-noagreement", CompanyID: 1, AgreementID: 424242, SyncEnabled: true})
	h.usage("t-unmapped", "IXA", 2)
	h.usage("t-syncoff", "IXA", 3)
	h.usage("t-noagreement", "IXA", 4)
}

// addition puts an addition on an agreement in ConnectWise, as a user would.
func (h *harness) addition(agreementID, itemID int, qty float64, cancelled time.Time) int {
	h.t.Helper()
	id, err := h.sb.AddAddition(cwsandbox.AdditionSeed{AgreementID: agreementID, ProductID: itemID, Quantity: qty, CancelledDate: cancelled})
	if err != nil {
		h.t.Fatal(err)
	}
	return id
}

func (h *harness) plan() *Preview {
	h.t.Helper()
	p, err := h.eng.Plan(h.ctx, h.in)
	if err != nil {
		h.t.Fatal(err)
	}
	return p
}

func (h *harness) apply(p *Preview) *Report {
	h.t.Helper()
	r, err := h.eng.Apply(h.ctx, p, ApplyOptions{})
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

// writes counts the POSTs and PATCHes ConnectWise received.
func (h *harness) writes() int {
	return h.sb.RequestCount("POST", "/finance/agreements/*") + h.sb.RequestCount("PATCH", "/finance/agreements/*")
}

// row finds the preview or report row of a tenant and product.
func row(t testing.TB, rows []Row, tenant, key string) Row {
	t.Helper()
	for _, r := range rows {
		if r.TenantID == tenant && r.ProductKey == key {
			return r
		}
	}
	t.Fatalf("no row for %s/%s", tenant, key)
	return Row{}
}

// activeAdditions are an agreement's additions of one item that are not cancelled.
func (h *harness) activeAdditions(agreementID, itemID int) []cwsandbox.AdditionState {
	var out []cwsandbox.AdditionState
	for _, a := range h.sb.AgreementAdditions(agreementID) {
		if a.ProductID == itemID && (a.CancelledDate.IsZero() || a.CancelledDate.After(testNow)) {
			out = append(out, a)
		}
	}
	return out
}

// exactlyOne checks that a pair has exactly one active addition with the quantity.
func (h *harness) exactlyOne(agreementID, itemID int, qty float64) error {
	got := h.activeAdditions(agreementID, itemID)
	if len(got) != 1 || got[0].Quantity != qty {
		return fmt.Errorf("agreement %d item %d: active additions %+v, want exactly one with quantity %v", agreementID, itemID, got, qty)
	}
	return nil
}

// afterGrace waits until the sandbox has finished every request still in flight (a killed
// or abandoned client's POST may still be stored) and moves the engine's clock past the
// in-flight grace, so creates still open are decided from what ConnectWise now holds.
func (h *harness) afterGrace() {
	h.t.Helper()
	if err := h.sb.WaitIdle(h.ctx); err != nil {
		h.t.Fatal(err)
	}
	later := testNow.Add(DefaultInFlightGrace + time.Minute)
	h.eng.Now = func() time.Time { return later }
}

// inDoubt counts the rows skipped or failed because a create may still be arriving.
func inDoubt(rows []Row) int {
	n := 0
	for _, r := range rows {
		if r.Reason == ReasonCreateInDoubt {
			n++
		}
	}
	return n
}
