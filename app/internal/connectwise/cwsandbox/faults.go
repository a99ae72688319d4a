package cwsandbox

import (
	"strings"
	"sync"
	"time"
)

// FaultKind is what an injected fault does to a matching request.
type FaultKind int

// The fault kinds.
const (
	// Latency delays the request by Fault.Delay, then serves it normally.
	Latency FaultKind = iota + 1
	// Status429 answers 429 with ConnectWise's throttling body and a Retry-After header of
	// Fault.RetryAfter, rounded up to whole seconds (none when RetryAfter is zero).
	Status429
	// Status500 answers 500 with a ConnectWise error body.
	Status500
	// StatusCode answers Fault.Status (400, 401, 403, 404, 409, 502, …) with the
	// ConnectWise error body for that status, or Fault.Body when set.
	StatusCode
	// Malformed answers 200 with the real reply cut off half-way: invalid JSON.
	Malformed
	// HTMLPage answers Fault.Status (default 502) with an HTML page, as a proxy or
	// Cloudflare does in front of ConnectWise.
	HTMLPage
	// PlainText answers Fault.Status (default 400) with a plain-text body (Fault.Body, or
	// ConnectWise's routing error "Cannot route. Codebase/company is invalid").
	PlainText
	// Hang never answers: the request blocks until the client gives up or the server closes.
	Hang
	// Reset closes the connection without answering: a network error.
	Reset
	// StripLink serves the request but drops its Link header, like a proxy that strips it.
	StripLink
	// LostReply serves the request (a POST is stored, a PATCH applied), then closes the
	// connection without answering: the client cannot tell whether it worked, as after a
	// timeout or a reset on the way back.
	LostReply
)

// Fault makes matching requests fail in a chosen way.
type Fault struct {
	// Method matches the HTTP method; empty matches any.
	Method string
	// Path matches the resource path below /{codebase}/apis/3.0 (e.g. "/procurement/catalog"),
	// or the whole path for requests outside it (e.g. "/login/companyinfo/x"). A trailing
	// "*" matches any path with that prefix; empty matches every path.
	Path       string
	Kind       FaultKind
	Status     int           // StatusCode, HTMLPage, PlainText
	Body       string        // StatusCode, PlainText: the body to send instead of the default
	RetryAfter time.Duration // Status429
	Delay      time.Duration // Latency
	// Times is how many matching requests the fault affects; 0 means until cleared.
	Times int
	// Skip lets this many matching requests through first: Skip 1 on a list path hits its
	// second page ("page 2 answered 200 []").
	Skip int
}

func (f *Fault) matches(method, path string) bool {
	if f.Method != "" && !strings.EqualFold(f.Method, method) {
		return false
	}
	if prefix, ok := strings.CutSuffix(f.Path, "*"); ok {
		return strings.HasPrefix(path, prefix)
	}
	return f.Path == "" || f.Path == path
}

// Faults is the set of active faults of one server. It is safe for concurrent use.
type Faults struct {
	mu     sync.Mutex
	active []*activeFault
}

type activeFault struct {
	Fault
	left int // remaining uses when Times > 0
	skip int // matching requests still to let through
}

// Set adds a fault. Faults are tried in the order they were set; the first that matches
// a request applies (a Latency fault delays the request and lets the next one apply too).
func (f *Faults) Set(fault Fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.active = append(f.active, &activeFault{Fault: fault, left: fault.Times, skip: fault.Skip})
}

// Clear removes every fault.
func (f *Faults) Clear() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.active = nil
}

// Pending is how many faults are still active (used-up Times faults are gone).
func (f *Faults) Pending() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.active)
}

// take returns the faults that apply to a request, using up their Times: any Latency
// faults first, then at most one other fault.
func (f *Faults) take(method, path string) []Fault {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Fault
	kept := f.active[:0]
	done := false
	for _, a := range f.active {
		if !done && a.matches(method, path) && a.skip > 0 {
			a.skip--
		} else if !done && a.matches(method, path) {
			out = append(out, a.Fault)
			done = a.Kind != Latency
			if a.Times > 0 {
				a.left--
				if a.left == 0 {
					continue
				}
			}
		}
		kept = append(kept, a)
	}
	for i := len(kept); i < len(f.active); i++ {
		f.active[i] = nil
	}
	f.active = kept
	return out
}
