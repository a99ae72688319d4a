package dashboard_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"psabridge/app/internal/customers"
	"psabridge/app/internal/dashboard"
	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/products"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/internal/usagehistory"
	"psabridge/app/internal/usagesync"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// scaledHistory fills a database from the Sophos sandbox's generated data: tenants ×
// products × months of usage history, the tenant cache and the product list, with every
// product mapped (sync on) and every tenant mapped to an agreement of its own (sync on), so
// each pair runs through all of the classification rules.
func scaledHistory(b *testing.B, tenants, productCount, months int, now time.Time) *db.DB {
	b.Helper()
	ctx := context.Background()
	sb := sophossandbox.New(sophossandbox.Options{Now: func() time.Time { return now }, Months: months,
		Scale: sophossandbox.Scale{Tenants: tenants, Products: productCount}, TenantPageMaxSize: 100, UsagePageMaxSize: 1000})
	if err := sb.Start(); err != nil {
		b.Fatal(err)
	}
	defer sb.Close()
	client, err := sophos.New(sophos.Config{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret,
		TokenURL: sb.TokenURL(), APIHost: sb.URL(), Retry: httpretry.Policy{MaxAttempts: 1, Concurrency: 4}})
	if err != nil {
		b.Fatal(err)
	}
	d, err := db.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = d.Close() })
	if _, err := (&usagehistory.Fetcher{DB: d, Source: client, Now: func() time.Time { return now }, Months: months}).Refresh(ctx, nil); err != nil {
		b.Fatal(err)
	}
	if _, err := customers.RefreshTenants(ctx, d, client, now); err != nil {
		b.Fatal(err)
	}
	found, err := products.DiscoverStored(ctx, d, now, months)
	if err != nil {
		b.Fatal(err)
	}
	err = d.InTx(ctx, func(q *dbsqlc.Queries) error {
		for i, p := range found {
			if _, err := q.MapSophosProduct(ctx, dbsqlc.MapSophosProductParams{ItemID: new(int64(1000 + i)), SyncEnabled: 1,
				Now: now.UnixMilli(), ProductKey: p.Key}); err != nil {
				return err
			}
		}
		rows, err := q.ListTenants(ctx)
		if err != nil {
			return err
		}
		for i, t := range rows {
			id := int64(i + 1)
			name := fmt.Sprintf("Company %d", id)
			if err := q.UpsertCompany(ctx, dbsqlc.UpsertCompanyParams{ID: id, Identifier: name, Name: name,
				StatusName: "Active", IdentifierKey: name, NameKey: name}); err != nil {
				return err
			}
			status := "Active" // every tenth agreement has ended: its usage is unbilled
			if i%10 == 9 {
				status = "Expired"
			}
			if err := q.UpsertAgreement(ctx, dbsqlc.UpsertAgreementParams{ID: id, CompanyID: id, Name: "Sophos",
				AgreementStatus: status, NoEndingDateFlag: 1}); err != nil {
				return err
			}
			if _, err := q.SetTenantMapping(ctx, dbsqlc.SetTenantMappingParams{CWCompanyID: new(int64(i + 1)),
				CWAgreementID: new(int64(i + 1)), SyncEnabled: 1, Now: now.UnixMilli(), ID: t.ID}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkLanding500x10x24 measures the landing page's one data call on 500 customers ×
// 10 products × 24 months of history (target: under 50 ms), against a baseline in the
// same run: the obvious way, the usage sync's LoadInputs (the whole stored month) and
// Classify for each of the 12 months, plus the history overview.
func BenchmarkLanding500x10x24(b *testing.B) {
	if testing.Short() {
		b.Skip("fetches 120,000 usage lines from the sandbox")
	}
	now := time.Date(2026, time.November, 15, 12, 0, 0, 0, time.UTC)
	d := scaledHistory(b, 500, 10, 24, now)
	ctx := context.Background()

	l, err := dashboard.Load(ctx, d, now)
	if err != nil {
		b.Fatal(err)
	}
	if l.Unbilled.Total == 0 || len(l.Split) != 12 {
		b.Fatalf("landing %+v: want usage in 12 months", l.Unbilled)
	}

	const baselineRounds = 5
	start := time.Now()
	for range baselineRounds {
		if err := naiveLanding(ctx, d, l.Months, now); err != nil {
			b.Fatal(err)
		}
	}
	baseline := time.Since(start) / baselineRounds

	cpuBefore := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		if _, err := dashboard.Load(ctx, d, now); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time as well as wall time: on a shared machine the wall time mostly waits for a core.
	b.ReportMetric(float64((cpuTime()-cpuBefore).Microseconds())/float64(b.N)/1000, "cpu-ms/call")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/call")
	b.ReportMetric(float64(baseline.Microseconds())/1000, "baseline-ms/call")
}

// naiveLanding classifies each month from the usage sync's own inputs.
func naiveLanding(ctx context.Context, d *db.DB, months []string, now time.Time) error {
	if _, err := (usagehistory.Reader{DB: d}).Overview(ctx, usagehistory.OverviewOptions{}); err != nil {
		return err
	}
	for _, m := range months {
		in, err := usagesync.LoadInputs(ctx, d, m, usagesync.Settings{})
		if err != nil {
			return fmt.Errorf("%s: %w", m, err)
		}
		if _, err := usagesync.Classify(in, now); err != nil {
			return err
		}
	}
	return nil
}
