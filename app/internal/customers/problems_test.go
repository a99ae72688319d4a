package customers

import (
	"context"
	"slices"
	"testing"
	"time"

	"psabridge/db/dbsqlc"
)

func TestProblemsAndCounts(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	d := openDB(t)
	f := fixture{t, d}
	f.company(1, "Good", nil)
	f.agreement(10, 1, "Good Managed", nil)
	f.agreement(11, 1, "Cancelled", func(p *dbsqlc.UpsertAgreementParams) { p.CancelledFlag = 1 })
	f.agreement(12, 1, "Expired", func(p *dbsqlc.UpsertAgreementParams) { p.AgreementStatus = "Expired" })
	f.agreement(13, 1, "Ended", func(p *dbsqlc.UpsertAgreementParams) {
		p.NoEndingDateFlag, p.EndDate = 0, now.Add(-time.Hour).UnixMilli()
	})
	f.agreement(14, 1, "Ends later", func(p *dbsqlc.UpsertAgreementParams) {
		p.NoEndingDateFlag, p.EndDate = 0, now.Add(time.Hour).UnixMilli()
	})
	f.agreement(15, 1, "Inactive", func(p *dbsqlc.UpsertAgreementParams) { p.AgreementStatus = "Inactive" })
	f.agreement(16, 1, "Vanishes", nil)
	f.company(2, "Binned", nil)
	f.agreement(20, 2, "Binned Managed", nil)
	f.company(3, "Dormant", nil)
	f.agreement(30, 3, "Dormant Managed", nil)
	f.company(4, "Purged", nil)
	f.agreement(40, 4, "Purged Managed", nil)
	f.company(5, "Suggested", nil)
	f.agreement(50, 5, "Suggested Managed", nil)

	type tenantCase struct {
		id, name           string
		company, agreement int64
		sync               bool
		mod                func(*dbsqlc.UpsertTenantParams)
		want               []Problem
	}
	cases := []tenantCase{
		{id: "ok", name: "A", company: 1, agreement: 10, sync: true},
		{id: "ends-later", name: "B", company: 1, agreement: 14, sync: true},
		{id: "cancelled", name: "C", company: 1, agreement: 11, sync: true, want: []Problem{ProblemAgreementCancelled}},
		{id: "expired", name: "D", company: 1, agreement: 12, want: []Problem{ProblemAgreementExpired}},
		{id: "ended", name: "E", company: 1, agreement: 13, want: []Problem{ProblemAgreementExpired}},
		{id: "inactive-agreement", name: "F", company: 1, agreement: 15, want: []Problem{ProblemAgreementInactive}},
		{id: "agreement-gone", name: "G", company: 1, agreement: 16, sync: true, want: []Problem{ProblemAgreementNotFound}},
		{id: "company-deleted", name: "H", company: 2, agreement: 20, want: []Problem{ProblemCompanyDeleted}},
		{id: "company-inactive", name: "I", company: 3, agreement: 30, want: []Problem{ProblemCompanyInactive}},
		{id: "company-purged", name: "J", company: 4, agreement: 40, want: []Problem{ProblemCompanyDeleted}},
		{id: "suspended", name: "K", mod: func(p *dbsqlc.UpsertTenantParams) { p.Status = "Suspended" }, want: []Problem{ProblemTenantSuspended}},
		{id: "term", name: "L", mod: func(p *dbsqlc.UpsertTenantParams) { p.BillingType = "term" }, want: []Problem{ProblemNotUsageBilling}},
		{id: "trial", name: "M", mod: func(p *dbsqlc.UpsertTenantParams) { p.BillingType = "trial" }, want: []Problem{ProblemNotUsageBilling}},
		{id: "unknown-billing", name: "N", mod: func(p *dbsqlc.UpsertTenantParams) { p.BillingType = "" }},
		{id: "gone", name: "Suggested", want: []Problem{ProblemTenantGone}}, // also has a suggestion
		{id: "unmapped", name: "O"},
	}
	var changes []Change
	for _, c := range cases {
		f.tenant(c.id, c.name, c.mod)
		if c.company != 0 {
			changes = append(changes, Change{TenantID: c.id, CompanyID: c.company, AgreementID: c.agreement, SyncEnabled: c.sync})
		}
	}
	must(t, Save(ctx, d, changes, now))
	// What ConnectWise and Sophos did afterwards.
	q := d.Queries()
	if _, err := q.DeleteAgreement(ctx, 16); err != nil {
		t.Fatal(err)
	}
	f.company(2, "Binned", func(p *dbsqlc.UpsertCompanyParams) { p.DeletedFlag = 1 })
	f.company(3, "Dormant", func(p *dbsqlc.UpsertCompanyParams) { p.Inactive = 1 })
	if _, err := q.MarkCompanyGone(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if _, err := d.SQL().ExecContext(ctx, `UPDATE sophos_tenants SET gone = 1 WHERE id = 'gone'`); err != nil {
		t.Fatal(err)
	}

	o, err := Load(ctx, q, now)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Row{}
	for _, r := range o.Rows {
		byID[r.TenantID] = r
	}
	for _, c := range cases {
		r := byID[c.id]
		if !slices.Equal(r.Problems, c.want) && !(len(r.Problems) == 0 && len(c.want) == 0) {
			t.Errorf("tenant %s: problems %v, want %v", c.id, r.Problems, c.want)
		}
	}
	if r := byID["company-purged"]; r.CompanyName != "Purged" || r.AgreementName != "Purged Managed" {
		t.Errorf("a purged company's mapping lost its names: %+v", r)
	}
	if r := byID["agreement-gone"]; r.AgreementID != 16 || !r.SyncEnabled {
		t.Errorf("a vanished agreement's mapping changed: %+v", r)
	}
	want := Counts{All: len(cases), Mapped: 10, Unmapped: 6, SyncOn: 4, Problems: 12, Suggestions: 1}
	if o.Counts != want {
		t.Errorf("counts = %+v, want %+v", o.Counts, want)
	}
	if c, err := LoadCounts(ctx, q, now); err != nil || c != want {
		t.Errorf("LoadCounts = %+v, %v", c, err)
	}

	opts, err := CompanyAgreements(ctx, q, 1, now)
	if err != nil {
		t.Fatal(err)
	}
	usable := map[string]bool{}
	for _, a := range opts {
		usable[a.Name] = a.Usable
	}
	wantUsable := map[string]bool{"Good Managed": true, "Ends later": true, "Cancelled": false, "Expired": false, "Ended": false, "Inactive": false}
	for name, u := range wantUsable {
		if usable[name] != u {
			t.Errorf("agreement %s usable = %v, want %v", name, usable[name], u)
		}
	}

	syncing, err := q.ListSyncEnabledTenants(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, r := range syncing {
		found[r.ID] = r.AgreementStatus != nil
	}
	if len(syncing) != 4 || !found["ok"] || !found["cancelled"] || found["agreement-gone"] {
		t.Errorf("sync-enabled tenants %+v", found)
	}
}
