// Package httpretry sends HTTP requests with the retry rules both API clients share:
// 429 honours Retry-After, 5xx and network errors back off exponentially with jitter,
// everything else (400/401/403/404/409 …) is returned at once, and a semaphore caps
// how many requests are in flight across every caller of one Doer.
package httpretry

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Policy says how often and how long to retry.
type Policy struct {
	MaxAttempts   int           // attempts in all, the first included (≥ 1)
	BaseDelay     time.Duration // first backoff step
	MaxDelay      time.Duration // cap of one backoff step
	MaxRetryAfter time.Duration // a Retry-After longer than this is not waited for
	Concurrency   int           // requests in flight at once, shared by all calls
}

// DefaultPolicy suits both ConnectWise and Sophos: a handful of attempts, waits of
// well under a minute, and a small number of parallel requests (both vendors throttle).
func DefaultPolicy() Policy {
	return Policy{MaxAttempts: 5, BaseDelay: 250 * time.Millisecond, MaxDelay: 8 * time.Second,
		MaxRetryAfter: 60 * time.Second, Concurrency: 4}
}

// Doer sends requests under a Policy. Build one per API client and share it.
type Doer struct {
	client *http.Client
	policy Policy
	slots  chan struct{}
	// Sleep waits between attempts; tests replace it to record the waits.
	Sleep func(ctx context.Context, d time.Duration) error
}

// New returns a Doer for client (http.DefaultClient when nil) and policy.
func New(client *http.Client, policy Policy) *Doer {
	if client == nil {
		client = http.DefaultClient
	}
	if policy.MaxAttempts < 1 {
		policy.MaxAttempts = 1
	}
	if policy.Concurrency < 1 {
		policy.Concurrency = 1
	}
	return &Doer{client: client, policy: policy, slots: make(chan struct{}, policy.Concurrency), Sleep: sleep}
}

// Do sends the request that build makes, once per attempt (so a body can be sent again).
// It returns the first response that is not retried, or the last one once attempts run out;
// the caller owns its body. A POST is only retried where the server certainly did not act on
// it (429, or a connection that was never made), so a create is never sent twice.
func (d *Doer) Do(ctx context.Context, build func(context.Context) (*http.Request, error)) (*http.Response, error) {
	return d.do(ctx, build, false)
}

// DoRepeatable is Do for a request that is safe to send again whatever its method (an
// OAuth token POST creates nothing): it is retried on 5xx and network errors like a GET.
func (d *Doer) DoRepeatable(ctx context.Context, build func(context.Context) (*http.Request, error)) (*http.Response, error) {
	return d.do(ctx, build, true)
}

func (d *Doer) do(ctx context.Context, build func(context.Context) (*http.Request, error), repeatable bool) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		req, err := build(ctx)
		if err != nil {
			return nil, err
		}
		resp, err := d.send(ctx, req)
		last := attempt >= d.policy.MaxAttempts
		idempotent := repeatable || req.Method != http.MethodPost
		switch {
		case err != nil:
			if ctx.Err() != nil || last || !(idempotent || notConnected(err)) {
				return nil, err
			}
			err = d.Sleep(ctx, d.backoff(attempt))
		case resp.StatusCode == http.StatusTooManyRequests:
			wait, ok := RetryAfter(resp.Header, time.Now())
			if !ok {
				wait = d.backoff(attempt)
			}
			if last || wait > d.policy.MaxRetryAfter {
				return resp, nil
			}
			Drain(resp)
			err = d.Sleep(ctx, wait)
		case resp.StatusCode >= 500 && idempotent && !last:
			Drain(resp)
			err = d.Sleep(ctx, d.backoff(attempt))
		default:
			return resp, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func (d *Doer) send(ctx context.Context, req *http.Request) (*http.Response, error) {
	select {
	case d.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-d.slots }()
	return d.client.Do(req)
}

// backoff is "full jitter": a random wait up to BaseDelay·2^(attempt-1), capped at MaxDelay.
func (d *Doer) backoff(attempt int) time.Duration {
	ceiling := d.policy.BaseDelay << min(attempt-1, 20)
	if ceiling <= 0 || ceiling > d.policy.MaxDelay {
		ceiling = d.policy.MaxDelay
	}
	if ceiling <= 0 {
		return 0
	}
	return ceiling/2 + rand.N(ceiling/2+1)
}

// LongestRetryAfter is the most RetryAfter reports: a longer (or overflowing) header is
// read as this, which is far above any Policy.MaxRetryAfter, so it is never waited for.
const LongestRetryAfter = 24 * time.Hour

// RetryAfter reads a Retry-After header in seconds or as an HTTP date. The seconds are
// compared with the cap before they are multiplied, so a huge value cannot overflow into
// a negative or tiny wait.
func RetryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if isDigits(v) {
		secs, err := strconv.ParseUint(v, 10, 64)
		if err != nil || secs > uint64(LongestRetryAfter/time.Second) { // only overflow fails here
			return LongestRetryAfter, true
		}
		return time.Duration(secs) * time.Second, true
	}
	if at, err := http.ParseTime(v); err == nil {
		return min(max(at.Sub(now), 0), LongestRetryAfter), true
	}
	return 0, false
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// SameHostRedirects is an http.Client CheckRedirect that follows redirects (a cloud site
// moving to its current codebase) but never to another host or from https to http, so
// credentials (a Basic header, a client secret re-posted by a 307/308) stay on the host
// they were meant for.
func SameHostRedirects(req *http.Request, via []*http.Request) error {
	first := via[0].URL
	switch {
	case len(via) >= 5:
		return errors.New("stopped after 5 redirects")
	case !strings.EqualFold(req.URL.Host, first.Host):
		return fmt.Errorf("refused a redirect to another host (%s)", req.URL.Host)
	case first.Scheme == "https" && req.URL.Scheme != "https":
		return errors.New("refused a redirect from https to http")
	}
	return nil
}

// notConnected reports an error raised before the request could reach the server.
func notConnected(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

// Drain reads what is left of a reply we are done with (up to 64 KiB) and closes it, so
// the connection can be reused.
func Drain(resp *http.Response) {
	_, _ = io.CopyN(io.Discard, resp.Body, 64<<10) // lets the connection be reused
	_ = resp.Body.Close()
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("waiting to retry: %w", ctx.Err())
	}
}
