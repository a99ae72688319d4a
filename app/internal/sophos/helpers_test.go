package sophos

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/sophos/sophossandbox"
)

// fixedNow pins the sandbox's latest month to June 2025 (data: July 2024 … June 2025).
var fixedNow = time.Date(2025, 6, 15, 10, 0, 0, 0, time.UTC)

func startSandbox(t testing.TB, opts sophossandbox.Options) *sophossandbox.Server {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return fixedNow }
	}
	sb := sophossandbox.New(opts)
	if err := sb.Start(); err != nil {
		t.Fatalf("start sandbox: %v", err)
	}
	t.Cleanup(func() { _ = sb.Close() })
	return sb
}

// waits records the retry waits instead of sleeping, so tests never sleep.
type waits struct {
	mu   sync.Mutex
	list []time.Duration
}

func (w *waits) sleep(ctx context.Context, d time.Duration) error {
	w.mu.Lock()
	w.list = append(w.list, d)
	w.mu.Unlock()
	return ctx.Err()
}

func (w *waits) all() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]time.Duration(nil), w.list...)
}

// newTestClient signs in with the sandbox's partner credential unless mutate changes it.
func newTestClient(t testing.TB, sb *sophossandbox.Server, mutate ...func(*Config)) (*Client, *waits) {
	t.Helper()
	cfg := Config{
		ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret,
		TokenURL: sb.TokenURL(), APIHost: sb.URL(),
		Retry: httpretry.Policy{MaxAttempts: 4, BaseDelay: time.Millisecond, MaxDelay: 5 * time.Millisecond,
			MaxRetryAfter: time.Minute, Concurrency: 4},
	}
	for _, m := range mutate {
		m(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	w := &waits{}
	c.doer.Sleep = w.sleep
	return c, w
}

func assertNoSecrets(t *testing.T, err error, secrets ...string) {
	t.Helper()
	if err == nil {
		return
	}
	for _, s := range secrets {
		if s != "" && strings.Contains(err.Error(), s) {
			t.Errorf("error message leaks a secret: %v", err)
		}
	}
}

// statusesOf lists the statuses the sandbox logged for paths with the prefix.
func statusesOf(sb *sophossandbox.Server, pathPrefix string) []int {
	var out []int
	for _, r := range sb.Requests() {
		if strings.HasPrefix(r.Path, pathPrefix) {
			out = append(out, r.Status)
		}
	}
	return out
}

func countStatus(statuses []int, status int) int {
	n := 0
	for _, s := range statuses {
		if s == status {
			n++
		}
	}
	return n
}
