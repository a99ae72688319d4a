package cwsandbox

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// Request is one request the sandbox received, as tests see it.
type Request struct {
	Method   string
	Path     string     // the URL path as sent, e.g. /v4_6_release/apis/3.0/procurement/catalog
	Resource string     // the path below /{codebase}/apis/3.0, e.g. /procurement/catalog ("" outside it)
	Query    url.Values // decoded query parameters
	// Header holds the request headers except Authorization, which is never recorded.
	Header http.Header
	Status int       // the status the sandbox answered (0 when the connection was dropped)
	At     time.Time // wall-clock arrival (not Options.Now)
}

// String is "METHOD path?query", handy in test failure messages.
func (r Request) String() string {
	s := r.Method + " " + r.Path
	if len(r.Query) > 0 {
		s += "?" + r.Query.Encode()
	}
	return s
}

// Requests returns a copy of the requests received so far, oldest first. A request is
// logged when it arrives, not when its handler returns: a client has read the reply before
// the handler returns, so a test that counts requests right after a call must already see
// that call's requests.
func (s *Server) Requests() []Request { return s.log.Snapshot() }

// WaitForRequests blocks until done reports true for the requests received so far (oldest
// first), or ctx ends: tests wait on the log instead of sleeping. done must not keep the slice.
func (s *Server) WaitForRequests(ctx context.Context, done func([]Request) bool) error {
	return s.log.WaitFor(ctx, done)
}

// ResetRequests forgets the requests received so far.
func (s *Server) ResetRequests() {
	s.log.Reset()
	s.peakInFlight.Store(s.inFlight.Load())
}

// RequestCount counts received requests with that method (empty: any) and resource path
// (e.g. "/procurement/catalog"; a trailing "*" matches a prefix).
func (s *Server) RequestCount(method, resource string) int {
	f := Fault{Method: method, Path: resource}
	n := 0
	for _, r := range s.Requests() {
		p := r.Resource
		if p == "" {
			p = r.Path
		}
		if f.Matches(r.Method, p) {
			n++
		}
	}
	return n
}
