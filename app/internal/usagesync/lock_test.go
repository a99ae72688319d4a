package usagesync

import (
	"context"
	"errors"
	"testing"
	"time"

	"psabridge/app/internal/datalock"
)

// An engine without a run lock refuses to plan or write: the lock cannot be forgotten.
func TestEngineWithoutRunLockRefuses(t *testing.T) {
	h := newHarness(t)
	h.customer("t1", false)
	h.product("IXA")
	h.usage("t1", "IXA", 3)
	e := h.engine()
	e.Lock = nil
	if _, err := e.Plan(h.ctx, h.in); !errors.Is(err, ErrNoRunLock) {
		t.Errorf("Plan: err = %v, want ErrNoRunLock", err)
	}
	if _, _, err := e.Run(h.ctx, h.in, ApplyOptions{}); !errors.Is(err, ErrNoRunLock) {
		t.Errorf("Run: err = %v, want ErrNoRunLock", err)
	}
	if n := h.writes(); n != 0 {
		t.Errorf("%d writes without a lock", n)
	}
}

// While another process (here: another lock on the same file) syncs, a run waits, then
// gives up with ErrBusy having written nothing; once the other run ends, it goes ahead.
func TestRunWhileAnotherSyncRunsIsBusy(t *testing.T) {
	h := newHarness(t)
	c := h.customer("t1", false)
	p := h.product("IXA")
	h.usage("t1", "IXA", 3)
	other, err := datalock.Sync(h.ctx, syncLock(h.store).Dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	e := h.engine()
	e.Lock = datalock.SyncLock{Dir: syncLock(h.store).Dir, Wait: 100 * time.Millisecond}
	if _, _, err := e.Run(h.ctx, h.in, ApplyOptions{}); !errors.Is(err, datalock.ErrBusy) {
		t.Fatalf("Run during another sync: err = %v, want ErrBusy", err)
	}
	if _, err := e.Plan(h.ctx, h.in); !errors.Is(err, datalock.ErrBusy) {
		t.Fatalf("Plan during another sync: err = %v, want ErrBusy", err)
	}
	if n := h.writes(); n != 0 {
		t.Fatalf("%d writes while another sync held the lock", n)
	}
	if err := other.Release(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(h.ctx, 30*time.Second)
	defer cancel()
	if _, _, err := e.Run(ctx, h.in, ApplyOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := h.exactlyOne(c.AgreementID, p.CatalogItemID, 3); err != nil {
		t.Fatal(err)
	}
}
