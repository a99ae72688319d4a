package sandboxhttp

import (
	"strings"
	"sync"
	"time"
)

// FaultKind names a failure a sandbox can be told to produce. The kinds declared here are
// the ones both sandboxes produce; each sandbox words them in its own API's bodies and adds
// kinds only its API has (ConnectWise's HTML proxy page, Sophos' expired tokens …).
type FaultKind string

// The fault kinds both sandboxes produce.
const (
	// Latency delays the request by Fault.Delay, then lets the next matching fault (or the
	// normal reply) answer it.
	Latency FaultKind = "latency"
	// RateLimit answers 429 with the API's throttling body and a Retry-After header of
	// Fault.RetryAfter in whole seconds, rounded up.
	RateLimit FaultKind = "rate-limit"
	// ServerError answers 500 with the API's error body.
	ServerError FaultKind = "server-error"
	// StatusCode answers Fault.Status with the API's error body for it, or Fault.Body when set.
	StatusCode FaultKind = "status"
	// Malformed answers 200 with the real reply cut off half-way: invalid JSON.
	Malformed FaultKind = "malformed-body"
	// Hang never answers: the request blocks until the client gives up or the server closes.
	Hang FaultKind = "hang"
	// Reset closes the connection without answering: a network error.
	Reset FaultKind = "reset"
	// LostReply serves the request (a POST is stored, a PATCH applied), then closes the
	// connection without answering: the client cannot tell whether it worked, as after a
	// timeout or a reset on the way back.
	LostReply FaultKind = "lost-reply"
)

// Fault makes matching requests fail in a chosen way.
type Fault struct {
	// Method matches the HTTP method; empty matches any.
	Method string
	// Path matches the request path as the sandbox names it (ConnectWise: the resource below
	// /{codebase}/apis/3.0). A trailing "*" matches any path with that prefix; empty
	// matches every path.
	Path       string
	Kind       FaultKind
	Status     int           // StatusCode and the sandbox's own status kinds
	Body       string        // StatusCode and the sandbox's own body kinds: the body to send instead of the default
	RetryAfter time.Duration // RateLimit
	Delay      time.Duration // Latency
	// Times is how many matching requests the fault affects; 0 means until cleared.
	Times int
	// Skip lets this many matching requests through first: Skip 1 on a list path hits its
	// second page.
	Skip int
}

// Matches reports whether the fault is aimed at a request with that method and path.
func (f Fault) Matches(method, path string) bool {
	if f.Method != "" && !strings.EqualFold(f.Method, method) {
		return false
	}
	if prefix, ok := strings.CutSuffix(f.Path, "*"); ok {
		return strings.HasPrefix(path, prefix)
	}
	return f.Path == "" || f.Path == path
}

// RetryAfterSeconds is d in the whole seconds a Retry-After header carries, rounded up.
func RetryAfterSeconds(d time.Duration) int { return int((d + time.Second - 1) / time.Second) }

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

// Take returns the faults that apply to a request, using up their Skip and Times: any
// Latency faults first, then at most one other fault. aimed says whether a fault that
// matches method and path is meant for this request at all (nil: every one is); a sandbox
// uses it for rules Fault cannot express, such as Sophos' "no path: every API request but
// sign-in".
func (f *Faults) Take(method, path string, aimed func(Fault) bool) []Fault {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Fault
	kept := f.active[:0]
	done := false
	for _, a := range f.active {
		hits := !done && a.Matches(method, path) && (aimed == nil || aimed(a.Fault))
		if hits && a.skip > 0 {
			a.skip--
		} else if hits {
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
