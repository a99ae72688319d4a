// Package jobs runs the app's background work (catalog refresh, product discovery, and
// next the usage sync and scheduled runs): one run per kind at a time, progress reported
// through callbacks, cancel, and a Handle to wait on. It knows nothing of Wails; the app
// turns the callbacks into window events, a command line could print them.
package jobs

import (
	"context"
	"errors"
	"sync"
)

// Kind names a sort of job; at most one run of each kind is going at any time.
type Kind string

// ErrRunning is returned by Start while a run of the same kind is going.
var ErrRunning = errors.New("a run of this kind is already going")

// ErrStopped is returned by Start after the runner was stopped.
var ErrStopped = errors.New("background work has stopped")

// Job is one run to start.
type Job struct {
	Kind Kind
	// Run does the work until done or ctx ends, calling report with its progress.
	Run func(ctx context.Context, report func(progress any)) error
	// Progress is the progress shown before Run reports any (optional).
	Progress any
	// OnProgress receives every report (optional).
	OnProgress func(progress any)
	// OnFinish receives Run's error once the run no longer counts as going, before
	// Wait returns (optional).
	OnFinish func(err error)
}

// Handle is one run: its progress while it goes, its error once it is done.
type Handle struct {
	cancel context.CancelFunc
	done   chan struct{}

	mu       sync.Mutex
	progress any
	err      error
	ended    bool // Run has returned (set before OnFinish, so OnFinish sees the run as ended)
}

// Cancel asks the run to stop; Wait tells when it has.
func (h *Handle) Cancel() { h.cancel() }

// Done is closed when the run has ended and its OnFinish has returned.
func (h *Handle) Done() <-chan struct{} { return h.done }

// Wait blocks until the run ends (returning its error) or ctx ends (returning ctx's).
func (h *Handle) Wait(ctx context.Context) error {
	select {
	case <-h.done:
		return h.Err()
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Progress is the last progress reported.
func (h *Handle) Progress() any {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.progress
}

// Err is the run's error once it is done; nil while it goes or when it succeeded.
func (h *Handle) Err() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.err
}

// Running reports whether the run is still going.
func (h *Handle) Running() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return !h.ended
}

// Runner starts jobs and remembers the last run of each kind. Its context bounds every
// run: when it ends (the workspace closes), all runs are cancelled.
type Runner struct {
	ctx      context.Context
	mu       sync.Mutex
	stopped  bool
	last     map[Kind]*Handle // the running or last started run of each kind
	finished map[Kind]*Handle // the last run of each kind that has ended
	wg       sync.WaitGroup
}

// NewRunner returns a runner whose runs end when ctx does.
func NewRunner(ctx context.Context) *Runner {
	return &Runner{ctx: ctx, last: map[Kind]*Handle{}, finished: map[Kind]*Handle{}}
}

// Start begins j in the background unless a run of its kind is going (ErrRunning).
func (r *Runner) Start(j Job) (*Handle, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopped {
		return nil, ErrStopped
	}
	if h := r.last[j.Kind]; h != nil && h.Running() {
		return nil, ErrRunning
	}
	ctx, cancel := context.WithCancel(r.ctx)
	h := &Handle{cancel: cancel, done: make(chan struct{}), progress: j.Progress}
	r.last[j.Kind] = h
	r.wg.Add(1)
	go r.run(ctx, h, j)
	return h, nil
}

func (r *Runner) run(ctx context.Context, h *Handle, j Job) {
	defer r.wg.Done()
	defer close(h.done)
	defer h.cancel()
	err := j.Run(ctx, func(p any) {
		h.mu.Lock()
		h.progress = p
		h.mu.Unlock()
		if j.OnProgress != nil {
			j.OnProgress(p)
		}
	})
	h.mu.Lock()
	h.err, h.ended = err, true
	h.mu.Unlock()
	r.mu.Lock()
	r.finished[j.Kind] = h
	r.mu.Unlock()
	if j.OnFinish != nil {
		j.OnFinish(err)
	}
}

// Last returns the running or last finished run of kind, nil when there was none.
func (r *Runner) Last(kind Kind) *Handle {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last[kind]
}

// Finished returns the last run of kind that has ended (while a new one goes, the one
// before it), nil when none has.
func (r *Runner) Finished(kind Kind) *Handle {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.finished[kind]
}

// Cancel stops the run of kind, if one is going, and waits until it has ended.
func (r *Runner) Cancel(kind Kind) {
	if h := r.Last(kind); h != nil {
		h.Cancel()
		<-h.Done()
	}
}

// Stop cancels every run, waits for them to end and refuses new ones.
func (r *Runner) Stop() {
	r.mu.Lock()
	r.stopped = true
	for _, h := range r.last {
		h.Cancel()
	}
	r.mu.Unlock()
	r.wg.Wait()
}
