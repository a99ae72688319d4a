package usagesync

import (
	"cmp"
	"context"
	"errors"
	"sync"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/db"
)

// Additions is the part of the ConnectWise client the sync needs. *connectwise.Client has
// it; its concurrency limit and 429 handling are shared by every call.
type Additions interface {
	Additions(ctx context.Context, agreementID int) ([]connectwise.Addition, error)
	CreateAddition(ctx context.Context, agreementID int, a connectwise.NewAddition) (connectwise.Addition, error)
	PatchAdditionQuantity(ctx context.Context, agreementID, additionID int, quantity float64) (connectwise.Addition, error)
}

// Engine plans and applies usage syncs.
type Engine struct {
	DB    *db.DB
	CW    Additions
	Actor string           // the OS user, for the run and the write history
	Now   func() time.Time // nil: time.Now
	// Parallel is how many agreements are worked on at once (0: 4). Requests stay within
	// the client's own limit whatever this is; it only keeps that limit busy.
	Parallel int
	// InFlightGrace is how long after its start a create whose fate is uncertain (the
	// process was killed mid-request, the reply was lost, a 5xx came back) may still be
	// arriving in ConnectWise (0: DefaultInFlightGrace). Within it, a re-read that does not
	// show the addition leaves the create in doubt and its pair is skipped; only after it
	// does "not there" mean "never stored", so that the pair is created again.
	InFlightGrace time.Duration
	// Lock keeps one sync at a time across every process sharing the database (the window,
	// the command line, a scheduled run): Plan, Apply and Run hold it throughout, because
	// each may settle a create another process still has in flight. Required: without it
	// they fail with ErrNoRunLock. datalock.SyncLock is the real one. It also keeps applies
	// of one engine apart: an apply marks any run still recorded as running as interrupted
	// (a killed process), which must never be a live run.
	Lock RunLock

	// crashAt, in tests, stops the engine dead at a named point as kill -9 would: nothing
	// after it runs, not even the run's final record.
	crashAt func(point string) bool
}

// DefaultInFlightGrace is ten minutes: far longer than one request can live. The client
// gives up on an attempt after connectwise.DefaultTimeout (30 s) and a gateway in front of
// ConnectWise gives up after its own timeout (Cloudflare's is 100 s) and answers 502/504
// while the backend may still finish the request; ten minutes covers both with room for a
// backend that is slow to commit.
const DefaultInFlightGrace = 10 * time.Minute

// RunLock is a lock shared by every process syncing the same database.
type RunLock interface {
	// Acquire takes the lock, waiting a little for a run in progress (then an error such
	// as datalock.ErrBusy); release gives it back.
	Acquire(ctx context.Context) (release func() error, err error)
}

// ErrNoRunLock is the error of Plan, Apply and Run on an engine without a Lock.
var ErrNoRunLock = errors.New("usagesync: the engine has no run lock (Engine.Lock)")

// locked runs fn holding e.Lock.
func (e *Engine) locked(ctx context.Context, fn func() error) (err error) {
	if e.Lock == nil {
		return ErrNoRunLock
	}
	release, err := e.Lock.Acquire(ctx)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, release()) }()
	return fn()
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// inFlightGrace is e.InFlightGrace or its default.
func (e *Engine) inFlightGrace() time.Duration { return cmp.Or(e.InFlightGrace, DefaultInFlightGrace) }

// crashed reports whether a test wants the engine to die here.
func (e *Engine) crashed(point string) bool { return e.crashAt != nil && e.crashAt(point) }

// eachAgreement runs fn for every agreement id, at most e.Parallel at once, and waits.
func (e *Engine) eachAgreement(ids []int, fn func(id int)) {
	n := e.Parallel
	if n <= 0 {
		n = 4
	}
	slots := make(chan struct{}, n)
	var wg sync.WaitGroup
	for _, id := range ids {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			fn(id)
		})
	}
	wg.Wait()
}
