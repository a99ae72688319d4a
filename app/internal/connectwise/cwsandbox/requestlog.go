package cwsandbox

import (
	"net/http"
	"net/url"
	"sync"
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

// requestLog keeps every request in arrival order. A request is logged when it arrives,
// not when its handler returns: a client has read the reply before the handler returns,
// so a test that counts requests right after a call must already see that call's requests.
type requestLog struct {
	mu   sync.Mutex
	reqs []Request
	gen  int // bumped by ResetRequests, so a late status never lands on a newer entry
}

// loggedRequest says where an arrived request sits in the log, to add its status later.
type loggedRequest struct{ gen, index int }

func (l *requestLog) add(r Request) loggedRequest {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reqs = append(l.reqs, r)
	return loggedRequest{gen: l.gen, index: len(l.reqs) - 1}
}

// setStatus records the status a logged request was answered with.
func (l *requestLog) setStatus(at loggedRequest, status int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if at.gen == l.gen && at.index < len(l.reqs) {
		l.reqs[at.index].Status = status
	}
}

// Requests returns a copy of the requests received so far, oldest first.
func (s *Server) Requests() []Request {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	return append([]Request(nil), s.log.reqs...)
}

// ResetRequests forgets the requests received so far.
func (s *Server) ResetRequests() {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	s.log.reqs = nil
	s.log.gen++
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
