package sandboxhttp

import (
	"context"
	"sync"
)

// RequestLog keeps the requests a sandbox received, oldest first, for tests to read and to
// wait on. The zero value is an unbounded log; it is safe for concurrent use.
type RequestLog[R any] struct {
	// Max bounds the log (demo mode may run for days): when full, the oldest tenth goes.
	// Zero keeps everything. Set it before the first Add.
	Max int

	mu      sync.Mutex
	reqs    []R
	dropped int           // entries dropped from the front since the last Reset
	gen     int           // bumped by Reset, so a late Update never lands on a newer entry
	changed chan struct{} // closed and replaced on every change, to wake WaitFor
}

// Logged says where an added request sits in the log, to Update it later.
type Logged struct{ gen, seq int }

// Add appends a request.
func (l *RequestLog[R]) Add(r R) Logged {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.Max > 0 && len(l.reqs) >= l.Max {
		drop := max(l.Max/10, 1)
		l.reqs = append(l.reqs[:0], l.reqs[drop:]...)
		l.dropped += drop
	}
	l.reqs = append(l.reqs, r)
	l.notify()
	return Logged{gen: l.gen, seq: l.dropped + len(l.reqs) - 1}
}

// Update changes a logged request (its status once answered), unless it is gone.
func (l *RequestLog[R]) Update(at Logged, change func(*R)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i := at.seq - l.dropped; at.gen == l.gen && i >= 0 && i < len(l.reqs) {
		change(&l.reqs[i])
		l.notify()
	}
}

// Snapshot is a copy of the logged requests, oldest first.
func (l *RequestLog[R]) Snapshot() []R {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]R(nil), l.reqs...)
}

// Total counts the requests added since the last Reset, including ones Max dropped.
func (l *RequestLog[R]) Total() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.dropped + len(l.reqs)
}

// Reset forgets every logged request.
func (l *RequestLog[R]) Reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reqs, l.dropped = nil, 0
	l.gen++
	l.notify()
}

// WaitFor blocks until done reports true for the logged requests, or ctx ends. done is
// called with the log locked and must not keep the slice.
func (l *RequestLog[R]) WaitFor(ctx context.Context, done func([]R) bool) error {
	for {
		l.mu.Lock()
		if done(l.reqs) {
			l.mu.Unlock()
			return nil
		}
		if l.changed == nil {
			l.changed = make(chan struct{})
		}
		changed := l.changed
		l.mu.Unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// notify wakes every WaitFor; l.mu is held.
func (l *RequestLog[R]) notify() {
	if l.changed != nil {
		close(l.changed)
		l.changed = nil
	}
}
