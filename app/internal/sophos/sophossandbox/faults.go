package sophossandbox

import (
	"strings"
	"sync"
	"time"
)

// FaultKind is a failure the sandbox can be told to produce.
type FaultKind string

const (
	// FaultRateLimit answers 429 with a Retry-After header and Sophos' error body.
	FaultRateLimit FaultKind = "rate-limit"
	// FaultServerError answers 500 with Sophos' error body.
	FaultServerError FaultKind = "server-error"
	// FaultMalformedBody answers 200 with JSON cut off in the middle.
	FaultMalformedBody FaultKind = "malformed-body"
	// FaultUnauthorized answers 401 as for a revoked token, without expiring any token.
	FaultUnauthorized FaultKind = "unauthorized"
	// FaultOKErrorBody answers 200 with Sophos' error body: a proxy or a broken endpoint
	// that reports a failure with a success status.
	FaultOKErrorBody FaultKind = "ok-error-body"
	// FaultExpireTokens expires every token issued so far, then serves the request as usual,
	// which therefore fails with 401: a token that runs out in the middle of a run.
	FaultExpireTokens FaultKind = "expire-tokens"
)

// TokenPath is the token endpoint's path; use it as a Fault's PathPrefix to hit sign-in.
const TokenPath = "/api/v2/oauth2/token"

// Fault makes matching requests fail. Faults are used up in the order they were injected.
type Fault struct {
	Kind FaultKind
	// PathPrefix selects requests by URL path, e.g. "/partner/v1/billing/usage". Empty matches
	// every API request but not the token endpoint (use TokenPath for that).
	PathPrefix string
	Skip       int           // let this many matching requests through first
	Times      int           // how many requests it hits; 0 means 1
	RetryAfter time.Duration // FaultRateLimit: sent in whole seconds, rounded up (0 sends "0")
}

func (f Fault) matches(path string) bool {
	if f.PathPrefix == "" {
		return path != TokenPath
	}
	return strings.HasPrefix(path, f.PathPrefix)
}

// faultQueue is safe for concurrent use.
type faultQueue struct {
	mu     sync.Mutex
	faults []*Fault
}

func (q *faultQueue) add(f Fault) {
	if f.Times <= 0 {
		f.Times = 1
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.faults = append(q.faults, &f)
}

func (q *faultQueue) clear() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.faults = nil
}

// take returns the fault for a request to path, if any, and uses it up.
func (q *faultQueue) take(path string) (Fault, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, f := range q.faults {
		if !f.matches(path) {
			continue
		}
		if f.Skip > 0 {
			f.Skip--
			continue
		}
		hit := *f
		f.Times--
		if f.Times == 0 {
			q.faults = append(q.faults[:i], q.faults[i+1:]...)
		}
		return hit, true
	}
	return Fault{}, false
}

func (q *faultQueue) pending() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.faults)
}
