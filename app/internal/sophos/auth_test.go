package sophos

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"

	"psabridge/app/internal/demodata"
	"psabridge/app/internal/sophos/sophossandbox"
)

func TestWhoAmIPartner(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	id, err := c.WhoAmI(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := Identity{ID: demodata.PartnerID, IDType: IDTypePartner, GlobalHost: sb.URL()}
	if id != want {
		t.Errorf("identity %+v, want %+v", id, want)
	}
	if c.partner == nil || c.partner.baseURL != sb.URL() {
		t.Errorf("partner session not remembered with whoami's host: %+v", c.partner)
	}
}

func TestNonPartnerCredentials(t *testing.T) {
	tests := []struct {
		name, id, secret, idType string
	}{
		{"organization", sophossandbox.OrganizationClientID, sophossandbox.OrganizationClientSecret, IDTypeOrganization},
		{"tenant", sophossandbox.TenantClientID, sophossandbox.TenantClientSecret, IDTypeTenant},
	}
	sb := startSandbox(t, sophossandbox.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, sb, func(cfg *Config) { cfg.ClientID, cfg.ClientSecret = tt.id, tt.secret })
			ctx := context.Background()
			id, err := c.WhoAmI(ctx)
			var np *NotPartnerError
			if !errors.As(err, &np) || np.IDType != tt.idType || id.IDType != tt.idType || id.ID == "" {
				t.Fatalf("WhoAmI = %+v, %v; want a NotPartnerError for %s", id, err, tt.idType)
			}
			if !strings.Contains(err.Error(), "Settings & Policies › API Credentials") {
				t.Errorf("message does not say where to create partner credentials: %v", err)
			}
			if _, err := c.Tenants(ctx); !IsNotPartner(err) {
				t.Errorf("Tenants with a %s credential: %v", tt.idType, err)
			}
			if m, err := c.MonthUsage(ctx, 2025, 6); !IsNotPartner(err) || m.Found || len(m.Lines) != 0 {
				t.Errorf("MonthUsage with a %s credential: %+v, %v", tt.idType, m, err)
			}
		})
	}
	if n := sb.RequestCount("", "/partner/"); n != 0 {
		t.Errorf("%d partner requests were sent with non-partner credentials", n)
	}
}

func TestBadCredentials(t *testing.T) {
	tests := []struct {
		name, clientID, secret, wantCode string
	}{
		{"wrong secret", sophossandbox.DemoClientID, "not-the-secret-4711", "oauth.invalid_client_secret"},
		{"unknown client id", "00000000-0000-4000-8000-000000000000", "whatever-secret-0815", "oauth.client_app_does_not_exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := startSandbox(t, sophossandbox.Options{})
			c, _ := newTestClient(t, sb, func(cfg *Config) { cfg.ClientID, cfg.ClientSecret = tt.clientID, tt.secret })
			_, err := c.Tenants(context.Background())
			var apiErr *APIError
			if !errors.As(err, &apiErr) || apiErr.Status != 401 || apiErr.Code != tt.wantCode || apiErr.TrackingID == "" {
				t.Fatalf("err = %v, want a 401 APIError %s with trackingId", err, tt.wantCode)
			}
			if !strings.Contains(err.Error(), "client ID and client secret") {
				t.Errorf("message does not say to check the client secret: %v", err)
			}
			assertNoSecrets(t, err, tt.secret)
			// One sign-in attempt: no auth-style probing, no retry of a 401.
			if sb.TokenRequests() != 1 || sb.TotalRequests() != 1 {
				t.Errorf("%d token requests, %d in all; want exactly 1", sb.TokenRequests(), sb.TotalRequests())
			}
		})
	}
}

func TestTokenIsReused(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{TenantPageMaxSize: 10})
	c, _ := newTestClient(t, sb)
	ctx := context.Background()
	if _, err := c.WhoAmI(ctx); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := c.Tenants(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Usage(ctx, 2025, 5); err != nil {
			t.Fatal(err)
		}
	}
	if n := sb.TokenRequests(); n != 1 {
		t.Errorf("%d token requests for %d API calls; want 1", n, sb.TotalRequests()-n)
	}
}

// TestTokenExpiresMidRun: Sophos drops the token between two usage pages. The client must
// renew it exactly once and finish the month without an error.
func TestTokenExpiresMidRun(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{UsagePageMaxSize: 20})
	c, _ := newTestClient(t, sb)
	sb.Inject(sophossandbox.Fault{Kind: sophossandbox.FaultExpireTokens, PathPrefix: "/partner/v1/billing/usage", Skip: 3})
	m, err := c.MonthUsage(context.Background(), 2025, 6)
	if err != nil {
		t.Fatal(err)
	}
	if want := sb.UsageItemCount(2025, 6); len(m.Lines) != want {
		t.Errorf("%d lines, want %d", len(m.Lines), want)
	}
	if n := sb.TokenRequests(); n != 2 {
		t.Errorf("%d token requests; want 2 (the first and exactly one renewal)", n)
	}
	if got := countStatus(statusesOf(sb, "/partner/"), 401); got != 1 {
		t.Errorf("%d requests answered 401; want 1", got)
	}
	if sb.PendingFaults() != 0 {
		t.Error("the expiry fault never fired")
	}
}

// TestTokenExpiryWithConcurrentCalls: many calls hit the expired token at once; they share
// one renewal.
func TestTokenExpiryWithConcurrentCalls(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{TenantPageMaxSize: 10})
	c, _ := newTestClient(t, sb)
	ctx := context.Background()
	if _, err := c.WhoAmI(ctx); err != nil {
		t.Fatal(err)
	}
	sb.ExpireTokens()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Tenants(ctx)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if n := sb.TokenRequests(); n != 2 {
		t.Errorf("%d token requests; want 2", n)
	}
}

// TestRejectedAfterRenewal: a token that keeps being refused fails clearly after one renewal.
func TestRejectedAfterRenewal(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	ctx := context.Background()
	if _, err := c.WhoAmI(ctx); err != nil {
		t.Fatal(err)
	}
	sb.Inject(sophossandbox.Fault{Kind: sophossandbox.FaultUnauthorized, PathPrefix: "/partner/v1/tenants", Times: 5})
	_, err := c.Tenants(ctx)
	if StatusOf(err) != 401 || !strings.Contains(err.Error(), "client secret") || !strings.Contains(err.Error(), "list tenants") {
		t.Fatalf("err = %v; want a readable 401 for list tenants", err)
	}
	if n := sb.TokenRequests(); n != 2 {
		t.Errorf("%d token requests; want 2 (one renewal, then give up)", n)
	}
	if n := sb.RequestCount("GET", "/partner/v1/tenants"); n != 2 {
		t.Errorf("%d tenant requests; want 2", n)
	}
}

func TestSignInRetriesRateLimit(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, w := newTestClient(t, sb)
	sb.Inject(sophossandbox.Fault{Kind: sophossandbox.FaultRateLimit, PathPrefix: sophossandbox.TokenPath, RetryAfter: 3e9})
	if _, err := c.WhoAmI(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := sb.TokenRequests(); n != 2 {
		t.Errorf("%d token requests; want 2", n)
	}
	if got := w.all(); len(got) != 1 || got[0].Seconds() != 3 {
		t.Errorf("waits %v; want one wait of 3 s from Retry-After", got)
	}
}

func TestWhoAmIHostIsFollowedUnlessPinned(t *testing.T) {
	// One server under two names: whoami names "localhost", the config says 127.0.0.1.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	_ = ln.Close()
	sb := startSandbox(t, sophossandbox.Options{Addr: "127.0.0.1:" + port, GlobalHost: "http://localhost:" + port + "/"})
	for _, pin := range []bool{false, true} {
		sb.ResetRequests()
		c, _ := newTestClient(t, sb, func(cfg *Config) { cfg.PinAPIHost = pin })
		if _, err := c.Tenants(context.Background()); err != nil {
			t.Fatal(err)
		}
		want := "localhost:" + port
		if pin {
			want = "127.0.0.1:" + port
		}
		for _, r := range sb.Requests() {
			if strings.HasPrefix(r.Path, "/partner/") && r.Host != want {
				t.Errorf("pin=%t: partner call went to %s, want %s", pin, r.Host, want)
			}
			if r.Path == "/whoami/v1" && r.Host != "127.0.0.1:"+port {
				t.Errorf("whoami went to %s, not the configured APIHost", r.Host)
			}
		}
	}
}

func TestContextCancelled(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Tenants(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestUnreachableHostIsReadable(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	url, tokenURL := sb.URL(), sb.TokenURL()
	_ = sb.Close()
	c, _ := newTestClient(t, sb, func(cfg *Config) { cfg.APIHost, cfg.TokenURL = url, tokenURL })
	_, err := c.WhoAmI(context.Background())
	if err == nil || !strings.Contains(err.Error(), "sign-in at") {
		t.Fatalf("err = %v; want a sign-in error naming the host", err)
	}
	assertNoSecrets(t, err, sophossandbox.DemoClientSecret)
}
