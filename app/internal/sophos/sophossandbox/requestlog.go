package sophossandbox

import (
	"sync/atomic"
	"time"

	"psabridge/app/internal/sandboxhttp"
)

// Request is one request the sandbox answered. Secrets are never recorded: for token
// requests only the client id is kept.
type Request struct {
	Time      time.Time `json:"time"`
	Method    string    `json:"method"`
	Host      string    `json:"host"` // the Host header: which address the client used
	Path      string    `json:"path"`
	Query     string    `json:"query,omitempty"`
	Status    int       `json:"status"`
	Token     bool      `json:"token"`               // a request to the token endpoint
	ClientID  string    `json:"clientId,omitempty"`  // token requests
	PartnerID string    `json:"partnerId,omitempty"` // the X-Partner-ID header
	TenantID  string    `json:"tenantId,omitempty"`  // the X-Tenant-ID header
	Fault     FaultKind `json:"fault,omitempty"`     // the injected fault that answered it
}

// requestLog is the sandbox's request log with its count of token requests, which goes on
// counting entries the bounded log has dropped.
type requestLog struct {
	sandboxhttp.RequestLog[Request]
	tokens atomic.Int64 // token requests since the last reset
}

// newRequestLog bounds the log for demo mode, which may run for days.
func newRequestLog() *requestLog {
	return &requestLog{RequestLog: sandboxhttp.RequestLog[Request]{Max: 10000}}
}

func (l *requestLog) add(r Request) {
	if r.Token {
		l.tokens.Add(1)
	}
	l.Add(r)
}

func (l *requestLog) reset() {
	l.Reset()
	l.tokens.Store(0)
}

// countMatching counts requests by method ("" for any) and path prefix.
func countMatching(requests []Request, method, pathPrefix string) int {
	aim := sandboxhttp.Fault{Method: method, Path: pathPrefix + "*"}
	n := 0
	for _, r := range requests {
		if aim.Matches(r.Method, r.Path) {
			n++
		}
	}
	return n
}
