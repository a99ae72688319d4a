package sophossandbox

import (
	"cmp"
	"time"

	"psabridge/app/internal/sandboxhttp"
)

// FaultKind is a failure the sandbox can be told to produce.
type FaultKind = sandboxhttp.FaultKind

// The fault kinds both sandboxes share (see package sandboxhttp), under the names the
// Sophos tests use.
const (
	// FaultRateLimit answers 429 with a Retry-After header and Sophos' error body.
	FaultRateLimit = sandboxhttp.RateLimit
	// FaultServerError answers 500 with Sophos' error body.
	FaultServerError = sandboxhttp.ServerError
	// FaultMalformedBody answers 200 with the real reply cut off in the middle.
	FaultMalformedBody = sandboxhttp.Malformed
	// FaultLatency delays the request by Fault.Delay, then serves it (or the next fault).
	FaultLatency = sandboxhttp.Latency
	// FaultReset closes the connection without answering: a network error.
	FaultReset = sandboxhttp.Reset
)

// The fault kinds only the Sophos sandbox produces.
const (
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
	Delay      time.Duration // FaultLatency
}

// shared is the fault in the vocabulary of package sandboxhttp, which does the matching
// and counting.
func (f Fault) shared() sandboxhttp.Fault {
	return sandboxhttp.Fault{Kind: f.Kind, Path: f.PathPrefix + "*", Skip: f.Skip,
		Times: cmp.Or(max(f.Times, 0), 1), RetryAfter: f.RetryAfter, Delay: f.Delay}
}

// aimedAt keeps faults injected without a PathPrefix ("*") off the token endpoint.
func aimedAt(path string) func(sandboxhttp.Fault) bool {
	return func(f sandboxhttp.Fault) bool {
		return f.Path != "*" || path != TokenPath
	}
}
