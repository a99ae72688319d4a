package sophos

import (
	"context"
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/sophos/sophossandbox"
)

func TestUsageAllKeyPages(t *testing.T) {
	small := startSandbox(t, sophossandbox.Options{UsagePageMaxSize: 25})
	big := startSandbox(t, sophossandbox.Options{UsagePageMaxSize: 1000})
	cs, _ := newTestClient(t, small)
	cb, _ := newTestClient(t, big)
	ctx := context.Background()

	paged, err := cs.MonthUsage(ctx, 2025, 6)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := cb.MonthUsage(ctx, 2025, 6)
	if err != nil {
		t.Fatal(err)
	}
	n := small.UsageItemCount(2025, 6)
	if !paged.Found || len(paged.Lines) != n || paged.Key() != "2025-06" {
		t.Fatalf("found=%t, %d lines, want %d", paged.Found, len(paged.Lines), n)
	}
	if !reflect.DeepEqual(paged, whole) {
		t.Error("reading in pages of 25 gives other lines than reading in one page")
	}

	var queries []url.Values
	for _, r := range small.Requests() {
		if strings.HasPrefix(r.Path, "/partner/v1/billing/usage/2025/6") {
			q, _ := url.ParseQuery(r.Query)
			queries = append(queries, q)
		}
	}
	if want := (n + 24) / 25; len(queries) != want {
		t.Fatalf("%d page requests, want %d", len(queries), want)
	}
	for i, q := range queries {
		if i == 0 && (q.Get("pageTotal") != "true" || q.Has("pageFromKey")) {
			t.Errorf("first page asked with %v", q)
		}
		if i > 0 && (q.Get("pageFromKey") == "" || q.Get("pageSize") != "25") {
			t.Errorf("page %d asked with %v", i+1, q)
		}
	}
}

func TestUsageOversizePageRejected(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{UsagePageMaxSize: 40, RejectOversizePages: true})
	c, _ := newTestClient(t, sb)
	lines, err := c.Usage(context.Background(), 2025, 6)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != sb.UsageItemCount(2025, 6) {
		t.Errorf("%d lines, want %d", len(lines), sb.UsageItemCount(2025, 6))
	}
}

func TestUsageMonthWithoutData(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	tests := []struct {
		name        string
		year, month int
	}{
		{"next month (future)", 2025, 7},
		{"far future", 2031, 1},
		{"before the data starts", 2024, 6},
		{"long ago", 2019, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := c.MonthUsage(context.Background(), tt.year, tt.month)
			if err != nil {
				t.Fatalf("a month without data is not an error: %v", err)
			}
			if m.Found || m.Lines == nil || len(m.Lines) != 0 || m.Year != tt.year || m.Month != tt.month {
				t.Errorf("got %+v; want an empty, not-found month", m)
			}
		})
	}
	if got := statusesOf(sb, "/partner/v1/billing/usage"); countStatus(got, 404) != len(tests) {
		t.Errorf("statuses %v; want %d answers of 404", got, len(tests))
	}
}

func TestUsageRejectsImpossibleMonths(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	for _, ym := range [][2]int{{2025, 0}, {2025, 13}, {1999, 5}, {-1, 1}} {
		if _, err := c.Usage(context.Background(), ym[0], ym[1]); err == nil {
			t.Errorf("%v: no error", ym)
		}
	}
	if sb.TotalRequests() != 0 {
		t.Errorf("%d requests sent for impossible months", sb.TotalRequests())
	}
}

func TestRetriesAndFaults(t *testing.T) {
	tests := []struct {
		name      string
		fault     sophossandbox.Fault
		wantErr   string // "" = must succeed
		wantWaits []time.Duration
	}{
		{"429 with Retry-After is waited for", sophossandbox.Fault{Kind: sophossandbox.FaultRateLimit,
			PathPrefix: "/partner/v1/billing/usage", Skip: 1, RetryAfter: 2 * time.Second}, "", []time.Duration{2 * time.Second}},
		{"two 500s are retried", sophossandbox.Fault{Kind: sophossandbox.FaultServerError,
			PathPrefix: "/partner/v1/billing/usage", Times: 2}, "", nil},
		{"429 that never ends gives up readably", sophossandbox.Fault{Kind: sophossandbox.FaultRateLimit,
			PathPrefix: "/partner/v1/billing/usage", Times: 10}, "HTTP 429", nil},
		{"500 that never ends gives up readably", sophossandbox.Fault{Kind: sophossandbox.FaultServerError,
			PathPrefix: "/partner/v1/billing/usage", Times: 10}, "Unexpected error.", nil},
		{"malformed body", sophossandbox.Fault{Kind: sophossandbox.FaultMalformedBody,
			PathPrefix: "/partner/v1/billing/usage", Skip: 2}, "truncated JSON", nil},
		{"200 with an error body", sophossandbox.Fault{Kind: sophossandbox.FaultOKErrorBody,
			PathPrefix: "/partner/v1/billing/usage", Skip: 1}, "Unexpected error.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := startSandbox(t, sophossandbox.Options{UsagePageMaxSize: 50})
			c, w := newTestClient(t, sb)
			sb.Inject(tt.fault)
			m, err := c.MonthUsage(context.Background(), 2025, 6)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "read usage 2025-06") {
					t.Fatalf("err = %v; want it to name the month and say %q", err, tt.wantErr)
				}
				if len(m.Lines) != 0 || m.Found {
					t.Errorf("a failed month returned %d lines: partial data", len(m.Lines))
				}
				assertNoSecrets(t, err, sophossandbox.DemoClientSecret)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Lines) != sb.UsageItemCount(2025, 6) {
				t.Errorf("%d lines, want %d", len(m.Lines), sb.UsageItemCount(2025, 6))
			}
			if tt.wantWaits != nil && !reflect.DeepEqual(w.all(), tt.wantWaits) {
				t.Errorf("waits %v, want %v", w.all(), tt.wantWaits)
			}
		})
	}
}

// TestSignInNotFoundIsNotAnEmptyMonth: a wrong token URL answering 404 must fail, not pass
// for "no usage this month".
func TestSignInNotFoundIsNotAnEmptyMonth(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb, func(cfg *Config) { cfg.TokenURL = sb.URL() + "/wrong/token/path" })
	m, err := c.MonthUsage(context.Background(), 2025, 6)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 404 || !apiErr.SignIn() || m.Found {
		t.Fatalf("MonthUsage = %+v, %v; want a sign-in 404 error", m, err)
	}
}
