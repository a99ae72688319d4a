package sophossandbox

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func startTest(t *testing.T, opts Options) *Server {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC) }
	}
	s := New(opts)
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// call sends a request and returns status, headers and the decoded JSON object.
func call(t *testing.T, method, u string, header http.Header, form url.Values) (int, http.Header, map[string]any) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	raw, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(raw, &out)
	return resp.StatusCode, resp.Header, out
}

func keysOf(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func signIn(t *testing.T, s *Server, clientID, secret string) string {
	t.Helper()
	status, _, body := call(t, "POST", s.TokenURL(), nil, url.Values{"grant_type": {"client_credentials"},
		"client_id": {clientID}, "client_secret": {secret}, "scope": {"token"}})
	if status != 200 {
		t.Fatalf("sign-in: %d %v", status, body)
	}
	return body["access_token"].(string)
}

func bearer(token string, partnerID string) http.Header {
	h := http.Header{"Authorization": {"Bearer " + token}}
	if partnerID != "" {
		h.Set("X-Partner-ID", partnerID)
	}
	return h
}

func TestTokenEndpoint(t *testing.T) {
	s := startTest(t, Options{TokenTTL: 90 * time.Second})
	tests := []struct {
		name       string
		form       url.Values
		wantStatus int
		wantCode   string
	}{
		{"client credentials", url.Values{"grant_type": {"client_credentials"}, "client_id": {DemoClientID},
			"client_secret": {DemoClientSecret}, "scope": {"token"}}, 200, "success"},
		{"wrong secret", url.Values{"grant_type": {"client_credentials"}, "client_id": {DemoClientID},
			"client_secret": {"nope"}}, 401, "oauth.invalid_client_secret"},
		{"unknown client", url.Values{"grant_type": {"client_credentials"}, "client_id": {"x"},
			"client_secret": {"y"}}, 401, "oauth.client_app_does_not_exist"},
		{"missing secret", url.Values{"grant_type": {"client_credentials"}, "client_id": {DemoClientID}}, 400, "oauth.missing_client_credentials"},
		{"bad grant", url.Values{"grant_type": {"password"}, "client_id": {DemoClientID},
			"client_secret": {DemoClientSecret}}, 400, "oauth.unsupported_grant_type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, body := call(t, "POST", s.TokenURL(), nil, tt.form)
			if status != tt.wantStatus || body["errorCode"] != tt.wantCode {
				t.Fatalf("%d %v", status, body)
			}
			if status == 200 {
				if body["token_type"] != "bearer" || body["expires_in"] != 90.0 || body["access_token"] == "" || body["refresh_token"] == "" {
					t.Errorf("token reply %v", body)
				}
				return
			}
			if got := keysOf(body); !slices.Equal(got, []string{"errorCode", "message", "trackingId"}) {
				t.Errorf("id.sophos.com error body keys %v", got)
			}
		})
	}
	for _, r := range s.Requests() {
		if strings.Contains(r.Query, DemoClientSecret) {
			t.Error("the request log holds a secret")
		}
	}
}

func TestAPIErrorsHaveSophosShape(t *testing.T) {
	s := startTest(t, Options{})
	partner := signIn(t, s, DemoClientID, DemoClientSecret)
	org := signIn(t, s, OrganizationClientID, OrganizationClientSecret)
	pid := s.PartnerID()
	tests := []struct {
		name       string
		path       string
		header     http.Header
		wantStatus int
		wantMsg    string
	}{
		{"no token", "/partner/v1/tenants", http.Header{"X-Partner-ID": {pid}}, 401, ""},
		{"bad token", "/whoami/v1", bearer("forged", ""), 401, ""},
		{"missing X-Partner-ID", "/partner/v1/tenants", bearer(partner, ""), 400, "X-Partner-ID"},
		{"foreign X-Partner-ID", "/partner/v1/tenants", bearer(partner, "someone-else"), 403, ""},
		{"organization on partner route", "/partner/v1/tenants", bearer(org, pid), 403, "not a partner"},
		{"month without data", "/partner/v1/billing/usage/2025/7", bearer(partner, pid), 404, msgNoUsageData},
		{"month before data", "/partner/v1/billing/usage/2024/6", bearer(partner, pid), 404, msgNoUsageData},
		{"impossible month", "/partner/v1/billing/usage/2025/13", bearer(partner, pid), 400, ""},
		{"bad page key", "/partner/v1/billing/usage/2025/6?pageFromKey=garbage", bearer(partner, pid), 400, "pageFromKey"},
		{"page key of another month", "/partner/v1/billing/usage/2025/6?pageFromKey=" +
			pageKey(yearMonth{2025, 5}, usageItem{OrderLineItemNumber: "OL-202505-00002"}), bearer(partner, pid), 400, ""},
		{"bad page size", "/partner/v1/tenants?pageSize=0", bearer(partner, pid), 400, ""},
		{"unknown route", "/partner/v1/nothing", bearer(partner, pid), 404, ""},
	}
	want := []string{"code", "correlationId", "createdAt", "docUrl", "error", "message", "requestId"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, body := call(t, "GET", s.URL()+tt.path, tt.header, nil)
			if status != tt.wantStatus {
				t.Fatalf("status %d, want %d: %v", status, tt.wantStatus, body)
			}
			if got := keysOf(body); !slices.Equal(got, want) {
				t.Errorf("error body keys %v, want %v", got, want)
			}
			if msg, _ := body["message"].(string); !strings.Contains(msg, tt.wantMsg) {
				t.Errorf("message %q lacks %q", msg, tt.wantMsg)
			}
		})
	}
}

func TestWhoAmIReplies(t *testing.T) {
	s := startTest(t, Options{})
	tests := []struct{ id, secret, idType string }{
		{DemoClientID, DemoClientSecret, "partner"},
		{OrganizationClientID, OrganizationClientSecret, "organization"},
		{TenantClientID, TenantClientSecret, "tenant"},
	}
	for _, tt := range tests {
		_, _, body := call(t, "GET", s.URL()+"/whoami/v1", bearer(signIn(t, s, tt.id, tt.secret), ""), nil)
		hosts, _ := body["apiHosts"].(map[string]any)
		if body["idType"] != tt.idType || body["id"] == "" || hosts["global"] != s.URL()+"/" {
			t.Errorf("%s: whoami %v", tt.idType, body)
		}
		if _, has := hosts["dataRegion"]; has == (tt.idType == "partner") {
			t.Errorf("%s: dataRegion presence wrong: %v", tt.idType, hosts)
		}
	}
}

func TestPagingReplies(t *testing.T) {
	s := startTest(t, Options{TenantPageMaxSize: 15, UsagePageMaxSize: 30})
	token := signIn(t, s, DemoClientID, DemoClientSecret)
	h := bearer(token, s.PartnerID())

	_, _, first := call(t, "GET", s.URL()+"/partner/v1/tenants?page=1&pageSize=100&pageTotal=true", h, nil)
	pages := first["pages"].(map[string]any)
	if pages["size"] != 15.0 || pages["maxSize"] != 15.0 || pages["total"] != 3.0 || pages["items"] != 40.0 || pages["current"] != 1.0 {
		t.Errorf("tenant pages %v", pages)
	}
	_, _, third := call(t, "GET", s.URL()+"/partner/v1/tenants?page=3&pageSize=15", h, nil)
	if n := len(third["items"].([]any)); n != 10 {
		t.Errorf("last tenant page has %d items, want 10", n)
	}
	if _, has := third["pages"].(map[string]any)["total"]; has {
		t.Error("pages.total sent without pageTotal=true")
	}

	seen, key, requests := 0, "", 0
	for {
		u := s.URL() + "/partner/v1/billing/usage/2025/6?pageSize=30"
		if key != "" {
			u += "&pageFromKey=" + url.QueryEscape(key)
		}
		status, _, body := call(t, "GET", u, h, nil)
		if status != 200 {
			t.Fatalf("usage page: %d %v", status, body)
		}
		requests++
		seen += len(body["items"].([]any))
		key, _ = body["pages"].(map[string]any)["nextKey"].(string)
		if key == "" {
			break
		}
	}
	if seen != s.UsageItemCount(2025, 6) || requests != (seen+29)/30 {
		t.Errorf("%d items in %d pages, want %d", seen, requests, s.UsageItemCount(2025, 6))
	}

	tenantID := s.data.tenants[0].id
	_, _, filtered := call(t, "GET", s.URL()+"/partner/v1/billing/usage/2025/6?pageSize=100&accountId="+tenantID, h, nil)
	for _, it := range filtered["items"].([]any) {
		if it.(map[string]any)["accountId"] != tenantID {
			t.Errorf("accountId filter let through %v", it)
		}
	}
}

func TestFaultInjection(t *testing.T) {
	s := startTest(t, Options{})
	token := signIn(t, s, DemoClientID, DemoClientSecret)
	h := bearer(token, s.PartnerID())
	u := s.URL() + "/partner/v1/tenants"

	s.Inject(Fault{Kind: FaultRateLimit, PathPrefix: "/partner/", Skip: 1, Times: 2, RetryAfter: 1500 * time.Millisecond})
	var statuses []int
	for range 4 {
		status, header, _ := call(t, "GET", u, h, nil)
		statuses = append(statuses, status)
		if status == 429 && header.Get("Retry-After") != "2" {
			t.Errorf("Retry-After %q, want 2 (rounded up)", header.Get("Retry-After"))
		}
	}
	if want := []int{200, 429, 429, 200}; !slices.Equal(statuses, want) {
		t.Errorf("statuses %v, want %v", statuses, want)
	}

	s.Inject(Fault{Kind: FaultServerError})
	if status, _, body := call(t, "GET", u, h, nil); status != 500 || body["message"] != "Unexpected error." {
		t.Errorf("server error fault: %d %v", status, body)
	}
	s.Inject(Fault{Kind: FaultExpireTokens})
	if status, _, body := call(t, "GET", u, h, nil); status != 401 || body["code"] != "tokenExpired" {
		t.Errorf("expire fault: %d %v", status, body)
	}
	token = signIn(t, s, DemoClientID, DemoClientSecret)
	h = bearer(token, s.PartnerID())
	s.Inject(Fault{Kind: FaultMalformedBody})
	if status, _, body := call(t, "GET", u, h, nil); status != 200 || body != nil {
		t.Errorf("malformed fault decoded fine: %d %v", status, body)
	}
	s.Inject(Fault{Kind: FaultUnauthorized, Times: 3})
	s.ClearFaults()
	if status, _, _ := call(t, "GET", u, h, nil); status != 200 || s.PendingFaults() != 0 {
		t.Errorf("ClearFaults left faults: %d", status)
	}

	var faulted []FaultKind
	for _, r := range s.Requests() {
		if r.Fault != "" {
			faulted = append(faulted, r.Fault)
		}
	}
	if len(faulted) != 5 {
		t.Errorf("request log shows faults %v", faulted)
	}
}

func TestConcurrentUseIsSafe(t *testing.T) {
	s := startTest(t, Options{TenantPageMaxSize: 5})
	token := signIn(t, s, DemoClientID, DemoClientSecret)
	h := bearer(token, s.PartnerID())
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%4 == 0 {
				s.Inject(Fault{Kind: FaultServerError})
			}
			req, _ := http.NewRequest("GET", s.URL()+"/partner/v1/tenants?page=2", nil)
			req.Header = h.Clone()
			if resp, err := http.DefaultClient.Do(req); err == nil { // t.Fatal is not allowed off the test goroutine
				_, _ = io.Copy(io.Discard, resp.Body)
				_ = resp.Body.Close()
			}
			_ = s.Requests()
			_ = s.TokenRequests()
		}()
	}
	wg.Wait()
	if got := s.RequestCount("GET", "/partner/v1/tenants"); got != 16 {
		t.Errorf("%d requests logged, want 16", got)
	}
}

func TestStartRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "192.0.2.1:0", "nonsense"} {
		s := New(Options{Addr: addr})
		if err := s.Start(); err == nil {
			_ = s.Close()
			t.Errorf("Start(%q) listened", addr)
		}
	}
	s := New(Options{})
	if err := s.Close(); err != nil {
		t.Errorf("Close before Start: %v", err)
	}
}

func TestTokenTTL(t *testing.T) {
	var clock atomic.Int64 // seconds after an arbitrary start
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s := startTest(t, Options{TokenTTL: time.Minute,
		TokenClock: func() time.Time { return start.Add(time.Duration(clock.Load()) * time.Second) }})
	token := signIn(t, s, DemoClientID, DemoClientSecret)
	clock.Store(60) // the last second of its life
	if status, _, _ := call(t, "GET", s.URL()+"/whoami/v1", bearer(token, ""), nil); status != 200 {
		t.Fatalf("token refused within its lifetime: %d", status)
	}
	clock.Store(61)
	if status, _, body := call(t, "GET", s.URL()+"/whoami/v1", bearer(token, ""), nil); status != 401 || body["code"] != "tokenExpired" {
		t.Errorf("expired token: %d %v", status, body)
	}
}

// A fault without a PathPrefix spares sign-in and hits the next API request; the shared
// kinds (here a reset connection) work as in the ConnectWise sandbox, and a test can wait
// on the request log for them.
func TestFaultsSpareSignInAndShareKinds(t *testing.T) {
	s := startTest(t, Options{})
	s.Inject(Fault{Kind: FaultServerError})
	token := signIn(t, s, DemoClientID, DemoClientSecret)
	h := bearer(token, s.PartnerID())
	u := s.URL() + "/partner/v1/tenants"
	if status, _, _ := call(t, "GET", u, h, nil); status != 500 {
		t.Errorf("API request after sign-in: %d, want the injected 500", status)
	}

	s.Inject(Fault{Kind: FaultReset, PathPrefix: "/partner/v1/tenants"})
	req, _ := http.NewRequest("GET", u, nil)
	req.Header = h.Clone()
	// A fresh connection: on a reused one, net/http would retry the GET by itself.
	fresh := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	if resp, err := fresh.Do(req); err == nil {
		resp.Body.Close()
		t.Errorf("reset fault answered %d, want a dropped connection", resp.StatusCode)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := s.WaitForRequests(ctx, func(reqs []Request) bool {
		return slices.ContainsFunc(reqs, func(r Request) bool { return r.Fault == FaultReset })
	})
	if err != nil {
		t.Errorf("the reset request was never logged: %v", err)
	}
}
