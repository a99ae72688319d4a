package httpretry

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// statusServer answers each request with the next status of codes (the last one repeats).
func statusServer(t *testing.T, header http.Header, codes ...int) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		for k, v := range header {
			w.Header()[k] = v
		}
		w.WriteHeader(codes[min(i, len(codes)-1)])
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func newDoer(waits *[]time.Duration) *Doer {
	d := New(nil, Policy{MaxAttempts: 4, BaseDelay: 100 * time.Millisecond, MaxDelay: time.Second,
		MaxRetryAfter: 10 * time.Second, Concurrency: 2})
	d.Sleep = func(ctx context.Context, w time.Duration) error { *waits = append(*waits, w); return nil }
	return d
}

func get(url string, method string) func(context.Context) (*http.Request, error) {
	return func(ctx context.Context) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, method, url, nil)
	}
}

func TestAttemptsPerStatus(t *testing.T) {
	cases := []struct {
		name     string
		method   string
		codes    []int
		header   http.Header
		attempts int32
		final    int
	}{
		{"400 never retried", http.MethodGet, []int{400}, nil, 1, 400},
		{"401 never retried", http.MethodGet, []int{401}, nil, 1, 401},
		{"404 never retried", http.MethodGet, []int{404}, nil, 1, 404},
		{"409 never retried", http.MethodPatch, []int{409}, nil, 1, 409},
		{"500 then ok", http.MethodGet, []int{500, 502, 200}, nil, 3, 200},
		{"500 until attempts run out", http.MethodGet, []int{500}, nil, 4, 500},
		{"500 on POST is not retried", http.MethodPost, []int{500, 200}, nil, 1, 500},
		{"429 on POST is retried", http.MethodPost, []int{429, 201}, http.Header{"Retry-After": {"2"}}, 2, 201},
		{"429 too long to wait", http.MethodGet, []int{429, 200}, http.Header{"Retry-After": {"3600"}}, 1, 429},
		// Seconds that overflow a time.Duration once multiplied: never a negative or tiny wait.
		{"429 Retry-After overflowing to negative", http.MethodGet, []int{429, 200}, http.Header{"Retry-After": {"9223372037"}}, 1, 429},
		{"429 Retry-After wrapping to 290ms", http.MethodGet, []int{429, 200}, http.Header{"Retry-After": {"18446744074"}}, 1, 429},
		{"429 Retry-After beyond int64", http.MethodGet, []int{429, 200}, http.Header{"Retry-After": {"99999999999999999999999"}}, 1, 429},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv, n := statusServer(t, tc.header, tc.codes...)
			var waits []time.Duration
			resp, err := newDoer(&waits).Do(context.Background(), get(srv.URL, tc.method))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.final || n.Load() != tc.attempts {
				t.Fatalf("status %d after %d attempts, want %d after %d", resp.StatusCode, n.Load(), tc.final, tc.attempts)
			}
			if len(waits) != int(tc.attempts)-1 {
				t.Fatalf("waited %d times, want %d", len(waits), tc.attempts-1)
			}
		})
	}
}

func TestRetryAfterIsHonoured(t *testing.T) {
	srv, _ := statusServer(t, http.Header{"Retry-After": {"7"}}, 429, 200)
	var waits []time.Duration
	resp, err := newDoer(&waits).Do(context.Background(), get(srv.URL, http.MethodGet))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if len(waits) != 1 || waits[0] != 7*time.Second {
		t.Fatalf("waits %v, want [7s]", waits)
	}
}

func TestBackoffGrowsAndIsCapped(t *testing.T) {
	srv, _ := statusServer(t, nil, 503)
	var waits []time.Duration
	d := newDoer(&waits)
	d.policy.MaxAttempts = 8
	resp, _ := d.Do(context.Background(), get(srv.URL, http.MethodGet))
	resp.Body.Close()
	for i, w := range waits {
		ceiling := min(100*time.Millisecond<<i, time.Second)
		if w < ceiling/2 || w > ceiling {
			t.Fatalf("wait %d = %v, want within [%v, %v]", i, w, ceiling/2, ceiling)
		}
	}
}

func TestNetworkErrorRetriedThenGivesUp(t *testing.T) {
	srv, _ := statusServer(t, nil, 200)
	url := srv.URL
	srv.Close() // nothing listens any more: every attempt fails to dial
	var waits []time.Duration
	_, err := newDoer(&waits).Do(context.Background(), get(url, http.MethodPost))
	if err == nil || len(waits) != 3 {
		t.Fatalf("err %v after %d waits, want an error after 3", err, len(waits))
	}
}

func TestRetryAfterHTTPDate(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	h := http.Header{"Retry-After": {now.Add(90 * time.Second).Format(http.TimeFormat)}}
	if d, ok := RetryAfter(h, now); !ok || d != 90*time.Second {
		t.Fatalf("got %v %v", d, ok)
	}
	if _, ok := RetryAfter(http.Header{"Retry-After": {"soon"}}, now); ok {
		t.Fatal("a malformed Retry-After must be ignored")
	}
}

func TestConcurrencyIsCapped(t *testing.T) {
	var inFlight, peak atomic.Int32
	release := make(chan struct{})
	arrived := make(chan struct{}, 6)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cur := inFlight.Add(1)
		for p := peak.Load(); cur > p && !peak.CompareAndSwap(p, cur); p = peak.Load() {
		}
		arrived <- struct{}{}
		<-release
		inFlight.Add(-1)
	}))
	defer srv.Close()
	var waits []time.Duration
	d := newDoer(&waits)
	done := make(chan struct{})
	for range 6 {
		go func() {
			resp, err := d.Do(context.Background(), get(srv.URL, http.MethodGet))
			if err == nil {
				resp.Body.Close()
			}
			done <- struct{}{}
		}()
	}
	for range 2 {
		<-arrived
	}
	// A third request must NOT start while two are held: only a window can show that.
	select {
	case <-arrived:
		t.Error("a third request started while two were in flight")
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	for range 6 {
		<-done
	}
	if peak.Load() != 2 {
		t.Fatalf("peak in flight %d, want 2", peak.Load())
	}
}

// An absurd Retry-After is read as "longer than anyone waits", never as a short or negative wait.
func TestRetryAfterOverflowIsCapped(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for _, v := range []string{"9223372037", "18446744074", "99999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"} {
		d, ok := RetryAfter(http.Header{"Retry-After": {v}}, now)
		if !ok || d != LongestRetryAfter {
			t.Errorf("Retry-After %s = %v, %v; want %v", v, d, ok, LongestRetryAfter)
		}
	}
}
