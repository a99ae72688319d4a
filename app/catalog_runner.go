package app

import (
	"context"
	"errors"
	"sync"
	"time"

	"psabridge/app/internal/catalog"
)

// Events the catalog refresh emits (frontend/src/lib/events.ts mirrors the names).
const (
	EventCatalogProgress = "catalog:progress"
	EventCatalogFinished = "catalog:finished"
)

// catalogRunner runs at most one catalog refresh at a time in the background and
// remembers how the last one went, so a page opened later can show it.
type catalogRunner struct {
	refresher *catalog.Refresher // nil when no ConnectWise connection is set up

	mu       sync.Mutex
	cancel   context.CancelFunc
	done     chan struct{}
	progress catalog.Progress
	lastErr  *Error
}

// CatalogProgress is the payload of EventCatalogProgress.
type CatalogProgress struct {
	Phase string `json:"phase"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// CatalogRefreshOutcome is the payload of EventCatalogFinished.
type CatalogRefreshOutcome struct {
	Full    bool   `json:"full"`
	Written int    `json:"written"`
	Deleted int    `json:"deleted"`
	Total   int    `json:"total"`
	Error   *Error `json:"error,omitempty"`
}

var errRefreshRunning = Errorf(CodeConflict, "A catalog refresh is already running.")

// start begins a refresh unless one is running. ctx bounds its life (the session's).
func (r *catalogRunner) start(ctx context.Context, full bool, emit Emitter) error {
	if r.refresher == nil {
		return Errorf(CodeInvalid, "No ConnectWise connection is set up.")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cancel != nil {
		return errRefreshRunning
	}
	ctx, cancel := context.WithCancel(ctx)
	r.cancel, r.done = cancel, make(chan struct{})
	r.progress = catalog.Progress{Phase: catalog.PhaseLookups}
	go r.run(ctx, full, emit)
	return nil
}

func (r *catalogRunner) run(ctx context.Context, full bool, emit Emitter) {
	report := func(p catalog.Progress) {
		r.mu.Lock()
		r.progress = p
		r.mu.Unlock()
		emit.Emit(EventCatalogProgress, CatalogProgress{Phase: string(p.Phase), Done: p.Done, Total: p.Total})
	}
	var res catalog.Result
	var err error
	if full {
		res, err = r.refresher.Full(ctx, report)
	} else {
		res, err = r.refresher.Incremental(ctx, report)
	}
	out := CatalogRefreshOutcome{Full: res.Full, Written: res.Written, Deleted: res.Deleted, Total: res.Total}
	r.mu.Lock()
	r.lastErr = nil
	if err != nil {
		r.lastErr = upstreamError(err)
		out.Error = r.lastErr
	}
	r.cancel()
	r.cancel = nil
	close(r.done)
	r.mu.Unlock()
	emit.Emit(EventCatalogFinished, out)
}

// stop cancels a running refresh and waits for it to roll back.
func (r *catalogRunner) stop() {
	r.mu.Lock()
	cancel, done := r.cancel, r.done
	r.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

// wait blocks until the running refresh (if any) ends or ctx is done; for tests and shutdown.
func (r *catalogRunner) wait(ctx context.Context) error {
	r.mu.Lock()
	done := r.done
	r.mu.Unlock()
	if done == nil {
		return nil
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (r *catalogRunner) snapshot() (running bool, p catalog.Progress, lastErr *Error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cancel != nil, r.progress, r.lastErr
}

// upstreamError turns a refresh failure into a coded error the UI can explain.
func upstreamError(err error) *Error {
	var e *Error
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, context.Canceled):
		return &Error{Code: CodeCanceled, Message: "The catalog refresh was cancelled; the previous catalog is kept.", Err: err}
	case isOffline(err):
		return &Error{Code: CodeOffline, Message: "ConnectWise could not be reached: " + err.Error(), Err: err}
	}
	return &Error{Code: CodeUpstream, Message: err.Error(), Err: err}
}

// autoRefreshAge is how old the cache may get before the app refreshes it at start.
const autoRefreshAge = 4 * time.Hour
