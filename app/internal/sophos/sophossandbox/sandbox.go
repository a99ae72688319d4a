// Package sophossandbox is a stand-in for Sophos Central (id.sophos.com and the Partner API)
// on one loopback HTTP server: the same routes, paging, headers, error bodies and 404
// behaviour, deterministic demo data, fault injection and a request log. Tests, demo mode and
// benchmarks point the sophos client at it (Config.TokenURL = TokenURL(), APIHost = URL()).
//
// It runs inside the production binary for demo mode, so it is a real net.Listener and
// http.Server (not httptest) and only ever listens on a loopback address.
package sophossandbox

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"psabridge/app/internal/sandboxhttp"
)

// Options configure a Server. The zero value gives Sophos' own limits and 12 months of data
// ending with the current month.
type Options struct {
	// Now decides the latest month with usage data (Now's month); the data covers Months
	// months up to it. Defaults to time.Now, so demo mode always shows the last 12 months.
	// It is read once, in New.
	Now    func() time.Time
	Months int // months of usage history; default 12
	// Scale, when Tenants > 0, serves generated tenants and usage instead of the demo
	// customers (benchmarks: 5,000 tenants × 10 products).
	Scale Scale

	// TokenTTL is the access token lifetime; default 1 h (Sophos' 3600 s). expires_in is sent
	// in whole seconds, and oauth2 clients renew 10 s early, so a TTL under ~11 s makes the
	// sophos client fetch a token per request; use ExpireTokens or FaultExpireTokens to test
	// a token dying mid-run.
	TokenTTL time.Duration
	// TokenClock tells the time for token lifetimes; default time.Now. Tests move a fake
	// clock past TokenTTL instead of sleeping.
	TokenClock func() time.Time

	// Largest page the server returns; a bigger pageSize is cut down to it (pages.size says
	// so), or answered with 400 when RejectOversizePages is set. Defaults: 100 and 100.
	TenantPageMaxSize   int
	UsagePageMaxSize    int
	RejectOversizePages bool

	// Addr to listen on; default "127.0.0.1:0". Only loopback addresses are allowed.
	Addr string
	// GlobalHost is what whoami reports as apiHosts.global; default URL()+"/" (with the
	// trailing slash Sophos' example has).
	GlobalHost string
}

// Server is the sandbox. Its methods are safe for concurrent use.
type Server struct {
	opts   Options
	data   *dataset
	creds  []credential
	tokens *tokenStore
	faults sandboxhttp.Faults
	log    *requestLog

	mu     sync.Mutex
	srv    *http.Server
	url    string
	hidden map[string]bool // tenant ids the tenant list leaves out (HideTenant)
}

// New prepares a sandbox; Start makes it listen.
func New(opts Options) *Server {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.TokenClock == nil {
		opts.TokenClock = time.Now
	}
	if opts.Months <= 0 {
		opts.Months = 12
	}
	if opts.TokenTTL <= 0 {
		opts.TokenTTL = time.Hour
	}
	if opts.TenantPageMaxSize <= 0 {
		opts.TenantPageMaxSize = 100
	}
	if opts.UsagePageMaxSize <= 0 {
		opts.UsagePageMaxSize = 100
	}
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:0"
	}
	return &Server{
		opts:   opts,
		data:   dataFor(opts),
		creds:  credentials(),
		tokens: newTokenStore(opts.TokenClock),
		log:    newRequestLog(),
	}
}

// Start listens on a loopback address and serves until Close.
func (s *Server) Start() error {
	host, _, err := net.SplitHostPort(s.opts.Addr)
	if err != nil {
		return fmt.Errorf("sophossandbox: address %q: %w", s.opts.Addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("sophossandbox: address %q is not a loopback address", s.opts.Addr)
	}
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("sophossandbox: listen: %w", err)
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	s.mu.Lock()
	if s.srv != nil {
		s.mu.Unlock()
		_ = ln.Close()
		return errors.New("sophossandbox: already started")
	}
	s.srv, s.url = srv, "http://"+ln.Addr().String()
	s.mu.Unlock()
	go func() { _ = srv.Serve(ln) }()
	return nil
}

// URL is the base URL of the API host, e.g. "http://127.0.0.1:54321" (no trailing slash).
func (s *Server) URL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.url
}

// TokenURL is the token endpoint: URL() + "/api/v2/oauth2/token".
func (s *Server) TokenURL() string { return s.URL() + TokenPath }

// Close stops the server, giving requests in flight a moment to finish.
func (s *Server) Close() error {
	s.mu.Lock()
	srv := s.srv
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		return srv.Close()
	}
	return nil
}

// PartnerID is the demo partner's id (whoami id and X-Partner-ID).
func (s *Server) PartnerID() string { return s.data.partnerID }

// Months lists the months with usage data as (year, month) pairs, oldest first.
func (s *Server) Months() [][2]int {
	out := make([][2]int, 0, len(s.data.months))
	for _, m := range s.data.months {
		out = append(out, [2]int{m.year, m.month})
	}
	return out
}

// LatestMonth is the newest month with usage data.
func (s *Server) LatestMonth() (year, month int) {
	m := s.data.latest()
	return m.year, m.month
}

// UsageItemCount is how many usage lines a month has (0 for a month without data).
func (s *Server) UsageItemCount(year, month int) int {
	return len(s.data.usage[yearMonth{year, month}])
}

// TenantCount is how many tenants the demo partner has.
func (s *Server) TenantCount() int { return len(s.data.tenants) }

// Inject adds a fault; see Fault.
func (s *Server) Inject(f Fault) { s.faults.Set(f.shared()) }

// ClearFaults removes every fault not yet used up.
func (s *Server) ClearFaults() { s.faults.Clear() }

// PendingFaults is how many injected faults have not been used up.
func (s *Server) PendingFaults() int { return s.faults.Pending() }

// ExpireTokens makes every access token issued so far expire now.
func (s *Server) ExpireTokens() { s.tokens.expireAll() }

// Requests returns the request log (at most the latest 10,000), oldest first.
func (s *Server) Requests() []Request { return s.log.Snapshot() }

// WaitForRequests blocks until done reports true for the logged requests (oldest first), or
// ctx ends: tests wait on the log instead of sleeping. A request is logged once answered.
// done must not keep the slice.
func (s *Server) WaitForRequests(ctx context.Context, done func([]Request) bool) error {
	return s.log.WaitFor(ctx, done)
}

// RequestCount counts logged requests by method ("" for any) and path prefix.
func (s *Server) RequestCount(method, pathPrefix string) int {
	return countMatching(s.log.Snapshot(), method, pathPrefix)
}

// TokenRequests counts requests to the token endpoint since the last ResetRequests.
func (s *Server) TokenRequests() int {
	return int(s.log.tokens.Load())
}

// TotalRequests counts every request since the last ResetRequests.
func (s *Server) TotalRequests() int {
	return s.log.Total()
}

// ResetRequests empties the request log and its counters.
func (s *Server) ResetRequests() { s.log.reset() }

func dataFor(opts Options) *dataset {
	if opts.Scale.Tenants > 0 {
		return buildScaledDataset(monthOf(opts.Now()), opts.Months, opts.Scale)
	}
	return buildDataset(monthOf(opts.Now()), opts.Months)
}
