package sophossandbox

import (
	"strings"
	"sync"
	"time"
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

// maxLogged bounds the log for demo mode, which may run for days.
const maxLogged = 10000

type requestLog struct {
	mu       sync.Mutex
	requests []Request
	tokens   int // token requests since the last reset, including ones dropped from the log
	total    int
}

func (l *requestLog) add(r Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.requests) == maxLogged {
		l.requests = append(l.requests[:0], l.requests[maxLogged/10:]...)
	}
	l.requests = append(l.requests, r)
	l.total++
	if r.Token {
		l.tokens++
	}
}

func (l *requestLog) snapshot() []Request {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Request(nil), l.requests...)
}

func (l *requestLog) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.requests, l.tokens, l.total = nil, 0, 0
}

func (l *requestLog) counts() (tokens, total int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.tokens, l.total
}

func countMatching(requests []Request, method, pathPrefix string) int {
	n := 0
	for _, r := range requests {
		if (method == "" || r.Method == method) && strings.HasPrefix(r.Path, pathPrefix) {
			n++
		}
	}
	return n
}
