package usagehistory

import (
	"context"
	"testing"
	"time"

	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/internal/usage"
	"psabridge/db"
	"psabridge/db/dbtest"
)

// sandboxNow pins the sandbox's latest month to June 2025; with 12 months of data it serves
// July 2024 … June 2025 and answers 404 for earlier months.
var sandboxNow = time.Date(2025, 6, 15, 10, 0, 0, 0, time.UTC)

func openDB(tb testing.TB) *db.DB {
	tb.Helper()
	return dbtest.Open(tb, "history.db")
}

func startSandbox(tb testing.TB) *sophossandbox.Server {
	tb.Helper()
	// Small pages, so the current and previous months take several requests each.
	return sandboxtest.StartSophos(tb, sophossandbox.Options{Now: func() time.Time { return sandboxNow }, Months: 12, UsagePageMaxSize: 25})
}

// newClient signs in with the sandbox's partner credential; one attempt per request, so an
// injected server error fails the read at once instead of being retried.
func newClient(tb testing.TB, sb *sophossandbox.Server) *sophos.Client {
	tb.Helper()
	cfg := sandboxtest.SophosConfig(sb)
	cfg.Retry = httpretry.Policy{MaxAttempts: 1, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond, Concurrency: 4}
	c, err := sophos.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func fixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

// store writes a month as a refresh would, from usage lines.
func store(tb testing.TB, d *db.DB, month string, complete bool, lines ...sophos.UsageLine) {
	tb.Helper()
	m, err := ParseMonth(month)
	if err != nil {
		tb.Fatal(err)
	}
	rec := monthRecord{month: m, fetchedAt: 1, complete: complete, noData: lines == nil}
	if err := replaceMonth(context.Background(), d, rec, usage.Aggregate(lines)); err != nil {
		tb.Fatal(err)
	}
}

// stored reads a month back as the app shows it offline.
func stored(tb testing.TB, d *db.DB, month string) StoredMonth {
	tb.Helper()
	m, err := StoredAggregation(context.Background(), d, month)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
