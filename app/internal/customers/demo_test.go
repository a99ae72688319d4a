package customers

import (
	"context"
	"testing"
	"time"
)

// Both demo sandboxes, refreshed into the caches, give the page every case it must show.
func TestDemoCustomers(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	_, cw := startSandbox(t)
	sophosSB, sophosClient := startSophos(t)
	d := openDB(t)
	if _, err := (&Refresher{DB: d, CW: cw}).Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	res, err := RefreshTenants(ctx, d, sophosClient, now)
	if err != nil {
		t.Fatal(err)
	}
	if res.Seen != 40 || res.New != 40 || res.Gone != 0 {
		t.Fatalf("first tenant refresh: %+v", res)
	}
	o, err := Load(ctx, d.Queries(), now)
	if err != nil {
		t.Fatal(err)
	}
	if o.Counts.All != 40 || o.Counts.Mapped != 0 || o.Counts.SyncOn != 0 {
		t.Fatalf("counts %+v: tenants must arrive unmapped with sync off", o.Counts)
	}
	reasons, problems := map[NoSuggestionReason]int{}, map[Problem]int{}
	byName := map[string]Row{}
	for _, r := range o.Rows {
		byName[r.Name] = r
		if !r.IsNew || r.CompanyID != 0 || r.SyncEnabled {
			t.Errorf("tenant %s arrived as %+v", r.Name, r)
		}
		reasons[r.Suggestion.Reason]++
		for _, p := range r.Problems {
			problems[p]++
		}
	}
	t.Logf("suggestions %d, reasons %v, problems %v", o.Counts.Suggestions, reasons, problems)
	for _, want := range []NoSuggestionReason{ReasonNoMatch, ReasonSeveralCompanies, ReasonSeveralActiveAgreements, ReasonNoActiveAgreement} {
		if reasons[want] == 0 {
			t.Errorf("the demo has no tenant without a suggestion because %s", want)
		}
	}
	if o.Counts.Suggestions < 5 {
		t.Errorf("only %d suggestions in the demo", o.Counts.Suggestions)
	}
	if problems[ProblemTenantSuspended] != 1 || problems[ProblemNotUsageBilling] == 0 {
		t.Errorf("demo problems %v: want one suspended tenant and some not on usage billing", problems)
	}
	for _, name := range []string{"FABRIKAM, INC.", "Tailspin Toys GmbH", "coho winery llc"} {
		if byName[name].Suggestion.Suggestion == nil && byName[name].Suggestion.Reason == ReasonNoMatch {
			t.Errorf("tenant %q found no company despite differing only in case, punctuation or legal form", name)
		}
	}
	if r := byName["Proseware Inc"]; r.Suggestion.Reason != ReasonSeveralCompanies {
		t.Errorf("Proseware: %+v", r.Suggestion)
	}

	// Accept every suggestion as the page's button would, then Sophos drops a tenant.
	var accept []Change
	for _, r := range o.Rows {
		if s := r.Suggestion.Suggestion; s != nil {
			accept = append(accept, Change{TenantID: r.TenantID, CompanyID: s.CompanyID, AgreementID: s.AgreementID, SyncEnabled: true})
		}
	}
	must(t, Save(ctx, d, accept, now))
	dropped := accept[0].TenantID
	sophosSB.HideTenant(dropped)
	res, err = RefreshTenants(ctx, d, sophosClient, now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if res.Seen != 39 || res.New != 0 || res.Gone != 1 {
		t.Fatalf("refresh after a tenant was dropped: %+v", res)
	}
	got, err := d.Queries().GetTenant(ctx, dropped)
	if err != nil || got.Gone != 1 || got.SyncEnabled != 1 || got.CWCompanyID == nil {
		t.Fatalf("a dropped tenant must stay, marked gone, with its mapping: %+v, %v", got, err)
	}
	o, err = Load(ctx, d.Queries(), now)
	if err != nil {
		t.Fatal(err)
	}
	if o.Counts.Mapped != len(accept) || o.Counts.SyncOn != len(accept) || o.Counts.Suggestions != 0 {
		t.Errorf("after accepting %d suggestions: %+v", len(accept), o.Counts)
	}
}
