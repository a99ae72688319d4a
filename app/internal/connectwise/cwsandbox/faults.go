package cwsandbox

import "psabridge/app/internal/sandboxhttp"

// FaultKind is what an injected fault does to a matching request.
type FaultKind = sandboxhttp.FaultKind

// Fault makes matching requests fail in a chosen way. Its Path is the resource path below
// /{codebase}/apis/3.0 (e.g. "/procurement/catalog"), or the whole path for requests
// outside it (e.g. "/login/companyinfo/x").
type Fault = sandboxhttp.Fault

// Faults is the set of active faults of one server. It is safe for concurrent use.
type Faults = sandboxhttp.Faults

// The fault kinds both sandboxes share (see package sandboxhttp), under the names the
// ConnectWise tests use.
const (
	// Latency delays the request by Fault.Delay, then serves it normally.
	Latency = sandboxhttp.Latency
	// Status429 answers 429 with ConnectWise's throttling body and a Retry-After header of
	// Fault.RetryAfter, rounded up to whole seconds (none when RetryAfter is zero).
	Status429 = sandboxhttp.RateLimit
	// Status500 answers 500 with a ConnectWise error body.
	Status500 = sandboxhttp.ServerError
	// StatusCode answers Fault.Status (400, 401, 403, 404, 409, 502, …) with the
	// ConnectWise error body for that status, or Fault.Body when set.
	StatusCode = sandboxhttp.StatusCode
	// Malformed answers 200 with the real reply cut off half-way: invalid JSON.
	Malformed = sandboxhttp.Malformed
	// Hang never answers: the request blocks until the client gives up or the server closes.
	Hang = sandboxhttp.Hang
	// Reset closes the connection without answering: a network error.
	Reset = sandboxhttp.Reset
	// LostReply serves the request, then closes the connection without answering.
	LostReply = sandboxhttp.LostReply
)

// The fault kinds only ConnectWise's sandbox produces.
const (
	// HTMLPage answers Fault.Status (default 502) with an HTML page, as a proxy or
	// Cloudflare does in front of ConnectWise.
	HTMLPage FaultKind = "html-page"
	// PlainText answers Fault.Status (default 400) with a plain-text body (Fault.Body, or
	// ConnectWise's routing error "Cannot route. Codebase/company is invalid").
	PlainText FaultKind = "plain-text"
	// StripLink serves the request but drops its Link header, like a proxy that strips it.
	StripLink FaultKind = "strip-link"
)
