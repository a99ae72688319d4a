package connectwise

import (
	"context"
	"sync"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/httpretry"
)

// fixedNow is the sandbox clock in tests: lastUpdated on writes is predictable.
var fixedNow = time.Date(2026, time.March, 2, 10, 30, 0, 0, time.UTC)

// testPolicy retries like production but records waits instead of sleeping.
func testPolicy() httpretry.Policy {
	return httpretry.Policy{MaxAttempts: 4, BaseDelay: 100 * time.Millisecond, MaxDelay: time.Second,
		MaxRetryAfter: 10 * time.Second, Concurrency: 4}
}

// fixture is a sandbox on loopback and a client configured for it.
type fixture struct {
	sb *cwsandbox.Server
	c  *Client

	mu    sync.Mutex
	waits []time.Duration
}

// newFixture starts a sandbox with opts (nil Now: fixedNow) and a client for it; edit
// may change the client's Config first (a nil edit changes nothing).
func newFixture(t testing.TB, opts cwsandbox.Options, edit ...func(*Config)) *fixture {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return fixedNow }
	}
	sb := cwsandbox.New(opts)
	if err := sb.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sb.Close() })
	f := &fixture{sb: sb}
	cfg := sandboxConfig(sb.URL())
	cfg.RetrySleep = f.recordWait
	for _, e := range edit {
		if e != nil {
			e(&cfg)
		}
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.c = c
	return f
}

func sandboxConfig(site string) Config {
	return Config{Site: site, CompanyID: cwsandbox.DemoCompanyID, PublicKey: cwsandbox.DemoPublicKey,
		PrivateKey: cwsandbox.DemoPrivateKey, ClientID: cwsandbox.DemoClientID, UserAgent: "PSA-Bridge/test",
		Timeout: 10 * time.Second, Retry: testPolicy()}
}

func (f *fixture) recordWait(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	f.waits = append(f.waits, d)
	f.mu.Unlock()
	return ctx.Err()
}

func (f *fixture) recordedWaits() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.waits...)
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}
