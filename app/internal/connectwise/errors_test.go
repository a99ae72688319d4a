package connectwise

import (
	"context"
	"encoding/base64"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// TestErrorClasses checks that every kind of failure becomes a readable *Error of the
// right class, naming the endpoint and never a secret.
func TestErrorClasses(t *testing.T) {
	cases := []struct {
		name     string
		fault    *cwsandbox.Fault
		edit     func(*Config)
		check    func(error) bool
		contains []string
	}{
		{"bad private key is 401", nil, func(c *Config) { c.PrivateKey = "WrongPrivateKey9" }, IsUnauthorized,
			[]string{"credentials", "Incorrect public/private key", "HTTP 401"}},
		{"wrong clientId is 401 naming clientId", nil, func(c *Config) { c.ClientID = "00000000-0000-0000-0000-000000000000" }, IsUnauthorized,
			[]string{"clientId"}},
		{"403 permission", &cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 403}, nil, IsForbidden,
			[]string{"security role", "You do not have security permission"}},
		{"404 from the server", &cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 404}, nil, IsNotFound, []string{"Not found"}},
		{"409 conflict", &cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 409}, nil, IsConflict, []string{"conflict"}},
		{"429 exhausted", &cwsandbox.Fault{Kind: cwsandbox.Status429, RetryAfter: time.Second}, nil, IsRateLimited,
			[]string{"limiting requests", "try again in 1s"}},
		{"500", &cwsandbox.Fault{Kind: cwsandbox.Status500}, nil, func(err error) bool { return mustStatus(err) == 500 },
			[]string{"server error"}},
		{"HTML from a proxy", &cwsandbox.Fault{Kind: cwsandbox.HTMLPage, Status: 503}, nil, func(err error) bool { return mustStatus(err) == 503 },
			[]string{"503 Service Unavailable", "Cloudflare"}},
		{"plain-text routing error", &cwsandbox.Fault{Kind: cwsandbox.PlainText, Status: 400}, nil, IsValidation,
			[]string{"Cannot route. Codebase/company is invalid"}},
		{"malformed 200", &cwsandbox.Fault{Kind: cwsandbox.Malformed}, nil, IsMalformedReply,
			[]string{"unreadable reply", "not valid JSON"}},
		{"HTML with status 200", &cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 200, Body: "<html><head><title>Sign in</title></head></html>"}, nil, IsMalformedReply,
			[]string{"not JSON", "Sign in"}},
		{"hang until timeout", &cwsandbox.Fault{Kind: cwsandbox.Hang}, func(c *Config) { c.Timeout = 200 * time.Millisecond; c.Retry.MaxAttempts = 2 },
			func(err error) bool { e, _ := AsError(err); return IsUnreachable(err) && e.Code == CodeTimeout },
			[]string{"did not answer in time", "127.0.0.1"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, cwsandbox.Options{}, tc.edit)
			if tc.fault != nil {
				fault := *tc.fault
				fault.Path = "/procurement/catalog"
				f.sb.Faults().Set(fault)
			}
			pages := 0
			err := f.c.EachCatalogPage(ctxT(t), CatalogQuery{}, func([]CatalogItem) error { pages++; return nil })
			if err == nil || !tc.check(err) {
				t.Fatalf("got %v", err)
			}
			if pages != 0 {
				t.Fatalf("%d pages handed out before the error: partial data", pages)
			}
			text := err.Error()
			for _, want := range append(tc.contains, "GET /procurement/catalog") {
				if !strings.Contains(text, want) {
					t.Errorf("error %q lacks %q", text, want)
				}
			}
			assertNoSecrets(t, text)
		})
	}
}

func mustStatus(err error) int {
	e, ok := AsError(err)
	if !ok {
		return -1
	}
	return e.Status
}

func assertNoSecrets(t *testing.T, text string) {
	t.Helper()
	creds := cwsandbox.DemoCompanyID + "+" + cwsandbox.DemoPublicKey + ":" + cwsandbox.DemoPrivateKey
	for _, secret := range []string{cwsandbox.DemoPrivateKey, "WrongPrivateKey9", base64.StdEncoding.EncodeToString([]byte(creds)), "Basic "} {
		if strings.Contains(text, secret) {
			t.Fatalf("error text %q contains a secret", text)
		}
	}
}

func TestUnreachableHost(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	var waits int
	cfg := sandboxConfig("http://" + addr)
	cfg.RetrySleep = func(ctx context.Context, d time.Duration) error { waits++; return nil }
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.CreateCatalogItem(ctxT(t), newProduct("X"))
	if !IsUnreachable(err) || !strings.Contains(err.Error(), "Cannot reach ConnectWise at "+addr) {
		t.Fatalf("got %v", err)
	}
	if waits != testPolicy().MaxAttempts-1 {
		t.Fatalf("%d waits: a POST that never connected may be retried", waits)
	}
	assertNoSecrets(t, err.Error())
}

func TestCancelledContext(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	f.sb.Faults().Set(cwsandbox.Fault{Kind: cwsandbox.Hang})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := f.c.GetCatalogItem(ctx, 1001)
	if !errors.Is(err, context.DeadlineExceeded) || IsUnreachable(err) {
		t.Fatalf("got %v, want the context's error", err)
	}
}

func TestErrorFieldNames(t *testing.T) {
	e := &Error{Status: 400, Code: "InvalidObject", Message: "catalogItem object is invalid", Endpoint: "POST /procurement/catalog",
		Fields: []FieldError{{Code: FieldNotFound, Message: "Subcategory 9 not found.", Field: "subcategory/id"}}}
	if fe, ok := e.Field("subcategory"); !ok || fe.Name() != "subcategory" {
		t.Fatalf("Field(subcategory) = %+v, %v", fe, ok)
	}
	want := "ConnectWise rejected the request: catalogItem object is invalid; subcategory/id: Subcategory 9 not found. (HTTP 400 InvalidObject, POST /procurement/catalog)"
	if e.Error() != want {
		t.Fatalf("got  %q\nwant %q", e.Error(), want)
	}
}
