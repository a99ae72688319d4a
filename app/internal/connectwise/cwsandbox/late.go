package cwsandbox

import (
	"bytes"
	"context"
	"io"
	"net/http"

	"psabridge/app/internal/sandboxhttp"
)

// LostReplyStoredLate drops the connection at once, before anything is stored, and stores
// the request only when the test calls ReleaseLateWrites: a write still on its way through
// ConnectWise (or a gateway in front of it) after the client gave up on it. Closing the
// server without a release stores nothing. The request counts as in flight until then, so
// WaitIdle waits for it.
const LostReplyStoredLate FaultKind = "lost-reply-stored-late"

// storeLate carries out LostReplyStoredLate: the body is read before the connection is
// dropped (a hijacked request's body cannot be read any more), then handed to serve once
// the writes are released.
func (s *Server) storeLate(w http.ResponseWriter, r *http.Request, serve func(http.ResponseWriter)) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	release := s.lateGate()
	sandboxhttp.DropConnection(w)
	select {
	case <-release:
	case <-s.closed:
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	serve(sandboxhttp.NewCapture()) // stored; the answer has nowhere to go
}

// lateGate is the channel the LostReplyStoredLate requests arriving now wait on.
func (s *Server) lateGate() <-chan struct{} {
	s.late.Lock()
	defer s.late.Unlock()
	if s.lateRelease == nil {
		s.lateRelease = make(chan struct{})
	}
	return s.lateRelease
}

// ReleaseLateWrites lets every LostReplyStoredLate request waiting so far be stored. Call
// WaitIdle to know they have been.
func (s *Server) ReleaseLateWrites() {
	s.late.Lock()
	defer s.late.Unlock()
	if s.lateRelease != nil {
		close(s.lateRelease)
		s.lateRelease = nil
	}
}

// WaitIdle blocks until no request is being handled (a request counts from the moment its
// handler starts until it returns, late stores included), or ctx ends. Tests call it
// after a client was killed or gave up, before looking at what the server stored.
func (s *Server) WaitIdle(ctx context.Context) error {
	s.idle.Lock()
	if s.inFlight.Load() == 0 {
		s.idle.Unlock()
		return nil
	}
	done := make(chan struct{})
	s.idleWaiters = append(s.idleWaiters, done)
	s.idle.Unlock()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// requestStarted and requestDone count the requests being handled; the last one to finish
// wakes the WaitIdle callers.
func (s *Server) requestStarted() {
	s.idle.Lock()
	n := s.inFlight.Add(1)
	s.idle.Unlock()
	for peak := s.peakInFlight.Load(); n > peak && !s.peakInFlight.CompareAndSwap(peak, n); peak = s.peakInFlight.Load() {
	}
}

func (s *Server) requestDone() {
	s.idle.Lock()
	defer s.idle.Unlock()
	if s.inFlight.Add(-1) != 0 {
		return
	}
	for _, w := range s.idleWaiters {
		close(w)
	}
	s.idleWaiters = nil
}
