package workspace

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"psabridge/app/internal/datalock"
	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/usagesync"
)

func openDemo(t *testing.T) *Workspace {
	t.Helper()
	w, err := Open(context.Background(), testOptions(t, true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.Close() })
	return w
}

// RefreshAll fills every cache from the demo sandboxes; a second run only reads what may
// have changed.
func TestRefreshAllFillsEveryCacheThenIsCheap(t *testing.T) {
	w := openDemo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	seen := map[Part]int{}
	res := w.RefreshAll(ctx, func(p RefreshProgress) { seen[p.Part]++ })
	if err := res.Err(); err != nil {
		t.Fatal(err)
	}
	for _, p := range Parts {
		if seen[p] == 0 {
			t.Errorf("part %s reported no progress", p)
		}
	}
	first := res
	if c := first.Part(PartCatalog).Catalog; !c.Full || c.Written == 0 {
		t.Errorf("first catalog refresh %+v: want a full read", c)
	}
	if c := first.Part(PartCustomers).Customers; c.Companies.Written == 0 || c.Agreements.Written == 0 {
		t.Errorf("first customers refresh %+v", c)
	}
	if r := first.Part(PartTenants).Tenants; r.Seen != 40 || r.New != 40 {
		t.Errorf("first tenant refresh %+v: want the 40 demo tenants, new", r)
	}
	if u := first.Part(PartUsage).Usage; len(u.Fetched) != 24 {
		t.Errorf("first usage refresh fetched %d months, want 24", len(u.Fetched))
	}
	if n := first.Part(PartProducts).Products; n < 30 {
		t.Errorf("found %d products in the history, want the demo's 30+", n)
	}
	q := w.DB.Queries()
	for name, count := range map[string]func(context.Context) (int64, error){
		"catalog": q.CountCatalogItems, "companies": q.CountCompanies, "agreements": q.CountAgreements,
	} {
		if n, err := count(ctx); err != nil || n == 0 {
			t.Errorf("%s cache has %d rows (err %v)", name, n, err)
		}
	}

	if rows, err := q.ListSophosProducts(ctx); err != nil || len(rows) != first.Part(PartProducts).Products {
		t.Errorf("product list has %d rows (err %v), want %d", len(rows), err, first.Part(PartProducts).Products)
	}

	second := w.RefreshAll(ctx, nil)
	if err := second.Err(); err != nil {
		t.Fatal(err)
	}
	// Incremental: only the rows within the overlap of the newest change are read again.
	if c := second.Part(PartCatalog).Catalog; c.Full || c.Written > 1 {
		t.Errorf("second catalog refresh %+v: want incremental, (almost) nothing written", c)
	}
	if c := second.Part(PartCustomers).Customers; c.Companies.Full || c.Agreements.Full || c.Companies.Written > 1 || c.Agreements.Written > 1 {
		t.Errorf("second customers refresh %+v: want incremental, (almost) nothing written", c)
	}
	if r := second.Part(PartTenants).Tenants; r.New != 0 || r.Seen != 40 {
		t.Errorf("second tenant refresh %+v", r)
	}
	if u := second.Part(PartUsage).Usage; len(u.Fetched) > 2 || len(u.Kept) < 22 {
		t.Errorf("second usage refresh fetched %v, kept %d: want only the current and previous month", u.Fetched, len(u.Kept))
	}
}

// With Sophos unreachable the Sophos parts fail, each with its own error, and the
// ConnectWise parts and the product list (read from the stored history) still refresh.
func TestRefreshAllWithSophosOffline(t *testing.T) {
	w := openDemo(t)
	dead, err := sophos.New(sophos.Config{ClientID: "x", ClientSecret: "y", TokenURL: "http://127.0.0.1:1/token",
		APIHost: "http://127.0.0.1:1", Retry: httpretry.Policy{MaxAttempts: 1, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond, Concurrency: 1}})
	if err != nil {
		t.Fatal(err)
	}
	w.Sophos = dead
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res := w.RefreshAll(ctx, nil)
	for _, p := range []Part{PartCatalog, PartCustomers, PartProducts} {
		if err := res.Part(p).Err; err != nil {
			t.Errorf("part %s failed with Sophos offline: %v", p, err)
		}
	}
	for _, p := range []Part{PartTenants, PartUsage} {
		if err := res.Part(p).Err; err == nil {
			t.Errorf("part %s succeeded with Sophos offline", p)
		}
	}
	if err := res.Err(); err == nil {
		t.Error("RefreshAll reported no error with Sophos offline")
	}
}

// A part the window already runs is waited for, not started a second time, and the other
// parts go ahead meanwhile.
func TestRefreshAllWaitsForAPartAlreadyRunning(t *testing.T) {
	w := openDemo(t)
	blocked, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	h, err := w.StartRefresh(PartCatalog, func(RefreshProgress) {
		once.Do(func() { close(blocked); <-release }) // holds the window's catalog run
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	<-blocked
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	productsDone := make(chan struct{})
	var doneOnce sync.Once
	result := make(chan RefreshResult, 1)
	go func() {
		result <- w.RefreshAll(ctx, func(p RefreshProgress) {
			if p.Part == PartProducts && p.Phase == "finished" {
				doneOnce.Do(func() { close(productsDone) })
			}
		})
	}()
	<-productsDone // the Sophos parts ran while the catalog was held
	close(release)
	res := <-result
	if err := res.Err(); err != nil {
		t.Fatal(err)
	}
	if w.Jobs.Last(PartCatalog.Kind()) != h {
		t.Error("RefreshAll started a second catalog refresh while one was running")
	}
	if n, err := w.DB.Queries().CountCatalogItems(ctx); err != nil || n == 0 {
		t.Errorf("catalog has %d items after the waited-for run (err %v)", n, err)
	}
}

// The workspace's sync engine holds the data folder's sync lock: while another process
// (here another lock on the same file) syncs, its plan is refused with ErrBusy.
func TestSyncEngineHoldsTheDataFolderLock(t *testing.T) {
	w := openDemo(t)
	e, err := w.SyncEngine("tester")
	if err != nil {
		t.Fatal(err)
	}
	if l, ok := e.Lock.(datalock.SyncLock); !ok || l.Dir != w.dataDir || w.dataDir == "" {
		t.Fatalf("engine lock %#v: want the sync lock of the data folder %q", e.Lock, w.dataDir)
	}
	other, err := datalock.Sync(context.Background(), w.dataDir, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Release()
	e.Lock = datalock.SyncLock{Dir: w.dataDir, Wait: 50 * time.Millisecond} // not the default 10 s
	if _, err := e.Plan(context.Background(), usagesync.Inputs{Month: "2026-10"}); !errors.Is(err, datalock.ErrBusy) {
		t.Fatalf("plan during another sync: err = %v, want ErrBusy", err)
	}
}
