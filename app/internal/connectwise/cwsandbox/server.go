package cwsandbox

import (
	"bytes"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"psabridge/app/internal/sandboxhttp"
)

// Demo credentials. The sandbox accepts exactly these, so a client configured with other
// keys sees ConnectWise's 401, and one without the clientId header is refused too.
const (
	DemoCompanyID  = "psabridge_demo"
	DemoPublicKey  = "SbxPub7Kq2Lm9Xw4"
	DemoPrivateKey = "SbxPriv3Rt8Vn1Zc6"
	DemoClientID   = "5f0c9d7e-3b2a-4c61-9e8f-0a1b2c3d4e5f"
)

// Facts the sandbox reports about itself (company info and /system/info).
const (
	demoCompanyName  = "PSA Bridge Demo MSP"
	demoVersion      = "v2026.4.107532"
	apiCurrentVerHdr = "2026.4"
	demoAPIUser      = "psabridge-api" // updatedBy on rows written through the API
)

// Options configure a sandbox.
type Options struct {
	// Catalog is the procurement catalog to serve; nil serves DemoCatalog().
	Catalog *Catalog
	// Now is the clock for lastUpdated on writes; nil uses time.Now. Seeded data never
	// reads it: its timestamps derive from a fixed date.
	Now func() time.Time
	// Addr is the listen address; empty means 127.0.0.1:0 (a free loopback port).
	Addr string
	// NavigableOnly lists resource paths (e.g. "/procurement/categories") that ignore
	// "pagination-type: forward-only" and page by number, as some ConnectWise endpoints do.
	NavigableOnly []string
	// StateFile, when set, keeps the catalog, agreements and additions across restarts:
	// Start loads it (a missing file means "start from the seed data") and every write
	// saves it atomically. The demo mode points it into the demo data folder, so the
	// sandbox and the demo database do not contradict each other after a restart.
	StateFile string
}

// Server is a ConnectWise PSA REST API stand-in on a real loopback listener: used by tests,
// by benchmarks and by the app's demo mode.
type Server struct {
	opts   Options
	now    func() time.Time
	faults *Faults
	log    *sandboxhttp.RequestLog[Request]
	mux    *http.ServeMux

	inFlight, peakInFlight atomic.Int64

	mu      sync.RWMutex // guards t and nextIDs
	t       *tenant
	nextIDs map[string]int

	lifecycle sync.Mutex
	srv       *http.Server
	base      string
	closed    chan struct{}
	closeOnce sync.Once
}

// New builds a sandbox holding the demo tenant (or opts.Catalog). Call Start to serve it.
func New(opts Options) *Server {
	cat := opts.Catalog
	if cat == nil {
		cat = DemoCatalog()
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	s := &Server{opts: opts, now: now, faults: &Faults{}, log: &sandboxhttp.RequestLog[Request]{}, t: newTenant(cat),
		nextIDs: map[string]int{}, closed: make(chan struct{})}
	s.nextIDs["catalog"] = s.t.catalog.maxID() + 1
	s.nextIDs["addition"] = s.t.additions.maxID() + 1
	s.mux = s.routes()
	return s
}

// Start listens on opts.Addr (default 127.0.0.1:0) and serves in the background.
func (s *Server) Start() error {
	s.lifecycle.Lock()
	defer s.lifecycle.Unlock()
	if s.srv != nil {
		return errors.New("cwsandbox: already started")
	}
	if s.opts.StateFile != "" {
		s.mu.Lock()
		err := s.loadState(s.opts.StateFile)
		s.mu.Unlock()
		if err != nil {
			return err
		}
	}
	addr := s.opts.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("cwsandbox: listen on %s: %w", addr, err)
	}
	s.base = "http://" + ln.Addr().String()
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	return nil
}

// URL is the site URL to give a client, e.g. "http://127.0.0.1:54321" (empty before Start).
func (s *Server) URL() string {
	s.lifecycle.Lock()
	defer s.lifecycle.Unlock()
	return s.base
}

// Close stops serving, ends hanging requests and closes open connections.
func (s *Server) Close() error {
	s.closeOnce.Do(func() { close(s.closed) })
	s.lifecycle.Lock()
	defer s.lifecycle.Unlock()
	if s.srv == nil {
		return nil
	}
	return s.srv.Close()
}

// PeakInFlight is the most requests the server has handled at once since it started (or
// since ResetRequests): tests use it to check a client's concurrency limit.
func (s *Server) PeakInFlight() int { return int(s.peakInFlight.Load()) }

// Faults is the fault-injection switchboard of this server.
func (s *Server) Faults() *Faults { return s.faults }

// ServeHTTP answers one request: fault injection, then authentication, then the resource.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for n, peak := s.inFlight.Add(1), s.peakInFlight.Load(); n > peak && !s.peakInFlight.CompareAndSwap(peak, n); peak = s.peakInFlight.Load() {
	}
	defer s.inFlight.Add(-1)
	rec := &sandboxhttp.StatusRecorder{ResponseWriter: w}
	resource, isAPI := splitAPIPath(r.URL.Path)
	entry := Request{Method: r.Method, Path: r.URL.Path, Resource: resource, Query: r.URL.Query(),
		Header: r.Header.Clone(), At: time.Now()}
	entry.Header.Del("Authorization")
	logged := s.log.Add(entry)
	defer func() { s.log.Update(logged, func(r *Request) { r.Status = rec.Status }) }()

	faultPath := r.URL.Path
	if isAPI {
		faultPath = resource
	}
	serve := func(w http.ResponseWriter) { s.serveResource(w, r, resource, isAPI) }
	for _, f := range s.faults.Take(r.Method, faultPath, nil) {
		if s.applyFault(rec, r, f, serve) {
			return
		}
	}
	serve(rec)
}

func (s *Server) serveResource(w http.ResponseWriter, r *http.Request, resource string, isAPI bool) {
	if companyID, ok := strings.CutPrefix(r.URL.Path, "/login/companyinfo/"); ok && r.Method == http.MethodGet {
		s.companyInfo(w, companyID)
		return
	}
	if !isAPI {
		writeError(w, http.StatusNotFound, errorBody{Code: "NotFound", Message: "Cannot route. Codebase/company is invalid"})
		return
	}
	if body, ok := s.authenticate(r); !ok {
		writeError(w, http.StatusUnauthorized, body)
		return
	}
	w.Header().Set("api-current-version", apiCurrentVerHdr)
	inner := *r
	u := *r.URL
	u.Path, u.RawPath = resource, ""
	inner.URL = &u
	if _, pattern := s.mux.Handler(&inner); pattern == "" {
		writeError(w, http.StatusNotFound, errorBody{Code: "NotFound", Message: "Cannot find resource " + r.Method + " " + resource})
		return
	}
	s.mux.ServeHTTP(w, &inner)
}

// splitAPIPath turns "/v4_6_release/apis/3.0/procurement/catalog" into "/procurement/catalog".
// Any codebase of the form v4_6_release or v2025_1 is accepted, as on cloud tenants.
func splitAPIPath(p string) (string, bool) {
	rest, ok := strings.CutPrefix(p, "/")
	if !ok {
		return "", false
	}
	codebase, rest, ok := strings.Cut(rest, "/")
	if !ok || !validCodebase(codebase) {
		return "", false
	}
	rest, ok = strings.CutPrefix(rest, "apis/3.0/")
	if !ok {
		return "", false
	}
	return "/" + rest, true
}

func validCodebase(c string) bool {
	if c == "v4_6_release" {
		return true
	}
	year, minor, ok := strings.Cut(strings.TrimPrefix(c, "v"), "_")
	if !ok || len(year) != 4 || !strings.HasPrefix(c, "v") {
		return false
	}
	_, e1 := strconv.Atoi(year)
	_, e2 := strconv.Atoi(minor)
	return e1 == nil && e2 == nil
}

// authenticate checks the clientId header and Basic "companyId+publicKey:privateKey".
func (s *Server) authenticate(r *http.Request) (errorBody, bool) {
	if r.Header.Get("clientId") != DemoClientID {
		return clientIDBody(), false
	}
	user, pass, ok := basicAuth(r.Header.Get("Authorization"))
	if !ok {
		return unauthorizedBody(), false
	}
	company, public, ok := strings.Cut(user, "+")
	if !ok || !strings.EqualFold(company, DemoCompanyID) ||
		subtle.ConstantTimeCompare([]byte(public), []byte(DemoPublicKey)) != 1 ||
		subtle.ConstantTimeCompare([]byte(pass), []byte(DemoPrivateKey)) != 1 {
		return unauthorizedBody(), false
	}
	return errorBody{}, true
}

func basicAuth(h string) (user, pass string, ok bool) {
	scheme, encoded, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "Basic") {
		return "", "", false
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(encoded))
	if err != nil {
		return "", "", false
	}
	return strings.Cut(string(raw), ":")
}

// companyInfo answers /login/companyinfo/{companyId}: no authentication, and the literal
// null for an unknown company, as ConnectWise does.
func (s *Server) companyInfo(w http.ResponseWriter, companyID string) {
	if !strings.EqualFold(companyID, DemoCompanyID) {
		writeRaw(w, http.StatusOK, []byte("null"))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"CompanyName": demoCompanyName, "Codebase": "v4_6_release/", "VersionCode": "v2026.4",
		"VersionNumber": "v4.6." + strings.TrimPrefix(demoVersion, "v"), "CompanyID": DemoCompanyID,
		"IsCloud": false, "SiteUrl": strings.TrimPrefix(s.URL(), "http://"),
	})
}

// reply encodes v as a success body, pointing stored links at this server.
func (s *Server) reply(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, bodyForStatus(http.StatusInternalServerError))
		return
	}
	writeRaw(w, status, bytes.ReplaceAll(b, []byte(hrefOrigin), []byte(s.URL())))
}
