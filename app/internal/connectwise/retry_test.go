package connectwise

import (
	"context"
	"sync"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// TestAttemptsPerFault checks, over real HTTP, how many times each kind of failure is
// sent: 429 waits for Retry-After and retries (POST too), 5xx and dropped connections are
// retried for GET/PATCH but never for POST, 4xx never.
func TestAttemptsPerFault(t *testing.T) {
	const maxAttempts = 4 // testPolicy
	type op struct {
		method, resource string
		run              func(*fixture) error
	}
	get := op{"GET", "/procurement/catalog/1001", func(f *fixture) error {
		_, err := f.c.GetCatalogItem(context.Background(), 1001)
		return err
	}}
	post := op{"POST", "/procurement/catalog", func(f *fixture) error {
		_, err := f.c.CreateCatalogItem(context.Background(), newProduct("RETRY-POST"))
		return err
	}}
	patch := op{"PATCH", "/procurement/catalog/1001", func(f *fixture) error {
		_, err := f.c.PatchCatalogItem(context.Background(), 1001, []PatchOp{Replace("price", 2.5)})
		return err
	}}
	cases := []struct {
		name      string
		op        op
		fault     cwsandbox.Fault
		attempts  int
		wantErr   int // expected *Error status; 0: success
		wantWaits []time.Duration
	}{
		{"429 honours Retry-After", get, cwsandbox.Fault{Kind: cwsandbox.Status429, RetryAfter: 2 * time.Second, Times: 1}, 2, 0, []time.Duration{2 * time.Second}},
		{"429 on POST is retried", post, cwsandbox.Fault{Kind: cwsandbox.Status429, RetryAfter: time.Second, Times: 2}, 3, 0, []time.Duration{time.Second, time.Second}},
		{"429 until attempts run out", get, cwsandbox.Fault{Kind: cwsandbox.Status429, RetryAfter: time.Second}, maxAttempts, 429, nil},
		{"500 twice then ok", get, cwsandbox.Fault{Kind: cwsandbox.Status500, Times: 2}, 3, 0, nil},
		{"500 until attempts run out", get, cwsandbox.Fault{Kind: cwsandbox.Status500}, maxAttempts, 500, nil},
		{"500 on POST is not re-sent", post, cwsandbox.Fault{Kind: cwsandbox.Status500, Times: 1}, 1, 500, nil},
		{"502 HTML page on PATCH retried", patch, cwsandbox.Fault{Kind: cwsandbox.HTMLPage, Status: 502, Times: 1}, 2, 0, nil},
		{"dropped connection on GET retried", get, cwsandbox.Fault{Kind: cwsandbox.Reset, Times: 1}, 2, 0, nil},
		{"dropped connection on POST not re-sent", post, cwsandbox.Fault{Kind: cwsandbox.Reset, Times: 1}, 1, -1, nil},
		{"400 never retried", get, cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 400}, 1, 400, nil},
		{"400 on POST never retried", post, cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 400}, 1, 400, nil},
		{"401 never retried", get, cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 401}, 1, 401, nil},
		{"403 never retried", get, cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 403}, 1, 403, nil},
		{"404 never retried", get, cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 404}, 1, 404, nil},
		{"409 never retried", patch, cwsandbox.Fault{Kind: cwsandbox.StatusCode, Status: 409}, 1, 409, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, cwsandbox.Options{})
			fault := tc.fault
			fault.Method, fault.Path = tc.op.method, tc.op.resource
			f.sb.Faults().Set(fault)
			err := tc.op.run(f)
			if n := f.sb.RequestCount(tc.op.method, tc.op.resource); n != tc.attempts {
				t.Fatalf("%d attempts, want %d (err %v)", n, tc.attempts, err)
			}
			waits := f.recordedWaits()
			if len(waits) != tc.attempts-1 {
				t.Fatalf("waited %d times, want %d", len(waits), tc.attempts-1)
			}
			if tc.wantWaits != nil && !equalDurations(waits, tc.wantWaits) {
				t.Fatalf("waits %v, want %v", waits, tc.wantWaits)
			}
			for _, w := range waits {
				if w < 0 || w > 2*time.Second {
					t.Fatalf("wait %v outside the policy", w)
				}
			}
			switch {
			case tc.wantErr == 0 && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tc.wantErr > 0 && mustError(t, err).Status != tc.wantErr:
				t.Fatalf("got %v, want status %d", err, tc.wantErr)
			case tc.wantErr < 0 && !IsUnreachable(err):
				t.Fatalf("got %v, want a network error", err)
			}
		})
	}
}

func TestRateLimitErrorCarriesRetryAfter(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{}, func(c *Config) { c.Retry.MaxRetryAfter = 5 * time.Second })
	f.sb.Faults().Set(cwsandbox.Fault{Kind: cwsandbox.Status429, RetryAfter: 30 * time.Second})
	_, err := f.c.CatalogCount(ctxT(t), CatalogQuery{})
	e := mustError(t, err)
	if !IsRateLimited(err) || e.RetryAfter != 30*time.Second || e.Code != "ConnectWiseAPI" || len(f.sb.Requests()) != 1 {
		t.Fatalf("got %v (retry after %v) after %d requests", err, e.RetryAfter, len(f.sb.Requests()))
	}
}

// TestRetryAfterIsWaitedForReal measures a real wait: Retry-After: 1 holds the retry
// back for at least a second.
func TestRetryAfterIsWaitedForReal(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{}, func(c *Config) { c.RetrySleep = nil })
	f.sb.Faults().Set(cwsandbox.Fault{Path: "/system/info", Kind: cwsandbox.Status429, RetryAfter: time.Second, Times: 1})
	start := time.Now()
	if r := f.c.TestConnection(ctxT(t)); !r.OK() {
		t.Fatal(r.Err)
	}
	reqs := f.sb.Requests()
	var first, second time.Time
	for _, r := range reqs {
		if r.Resource == "/system/info" {
			if first.IsZero() {
				first = r.At
			} else {
				second = r.At
			}
		}
	}
	if gap := second.Sub(first); second.IsZero() || gap < time.Second || time.Since(start) < time.Second {
		t.Fatalf("retry came %v after the 429, want at least 1s", gap)
	}
}

func TestConcurrencyLimitIsShared(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{Now: time.Now}, func(c *Config) { c.Retry.Concurrency = 2 })
	f.sb.Faults().Set(cwsandbox.Fault{Kind: cwsandbox.Latency, Delay: 100 * time.Millisecond})
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var err error
			if i%2 == 0 {
				_, err = f.c.GetCatalogItem(context.Background(), 1001+i)
			} else {
				_, err = f.c.Categories(context.Background(), false)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if peak := f.sb.PeakInFlight(); peak != 2 {
		t.Fatalf("peak %d requests in flight, want 2", peak)
	}
}

func equalDurations(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
