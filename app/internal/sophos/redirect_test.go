package sophos

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"psabridge/app/internal/sophos/sophossandbox"
)

// A token endpoint that redirects (307 keeps the method and body) to another host must
// not get the client secret re-posted there.
func TestTokenRedirectToAnotherHostIsRefused(t *testing.T) {
	var leaked atomic.Int32
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if strings.Contains(string(body), sophossandbox.DemoClientSecret) {
			leaked.Add(1)
		}
		w.WriteHeader(http.StatusTeapot)
	}))
	t.Cleanup(elsewhere.Close)
	for _, status := range []int{http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, elsewhere.URL+sophossandbox.TokenPath, status)
		}))
		t.Cleanup(front.Close)
		sb := startSandbox(t, sophossandbox.Options{})
		c, _ := newTestClient(t, sb, func(cfg *Config) { cfg.TokenURL = front.URL + sophossandbox.TokenPath })
		_, err := c.WhoAmI(context.Background())
		if err == nil || !strings.Contains(err.Error(), "redirect") {
			t.Errorf("%d: got %v, want a refused redirect", status, err)
		}
		assertNoSecrets(t, err, sophossandbox.DemoClientSecret)
	}
	if n := leaked.Load(); n != 0 {
		t.Fatalf("the client secret was posted to another host %d times", n)
	}
}

// A redirect on the same host is still followed (ConnectWise's client does the same).
func TestSameHostRedirectIsFollowed(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	mux := http.NewServeMux()
	mux.HandleFunc("/old/token", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, sophossandbox.TokenPath, http.StatusTemporaryRedirect)
	})
	mux.Handle("/", sb.Handler())
	front := httptest.NewServer(mux)
	t.Cleanup(front.Close)
	c, _ := newTestClient(t, sb, func(cfg *Config) { cfg.TokenURL = front.URL + "/old/token" })
	if _, err := c.WhoAmI(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// The token POST is safe to repeat (it creates nothing): one transient error at sign-in
// must not fail a run.
func TestTokenRequestRetriedOnServerError(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	sb.Inject(sophossandbox.Fault{Kind: sophossandbox.FaultServerError, PathPrefix: sophossandbox.TokenPath})
	c, w := newTestClient(t, sb)
	if _, err := c.WhoAmI(context.Background()); err != nil {
		t.Fatalf("sign-in after one 500: %v", err)
	}
	if n := sb.TokenRequests(); n != 2 || len(w.all()) != 1 {
		t.Fatalf("%d token requests and %d waits, want 2 and 1", n, len(w.all()))
	}
}
