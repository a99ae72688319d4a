package app

import (
	"errors"
	"testing"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/customers"
	"psabridge/app/internal/httpretry"
)

// refreshedCustomers is a demo app whose company, agreement and tenant caches were filled.
func refreshedCustomers(t *testing.T) *App {
	t.Helper()
	a := newTestApp(t, true)
	if err := a.customers.Refresh(); err != nil {
		t.Fatal(err)
	}
	for _, part := range customerParts {
		waitForJob(t, a, part.Kind())
	}
	return a
}

func TestCustomersServiceWorkflows(t *testing.T) {
	a := refreshedCustomers(t)
	o, err := a.customers.Overview()
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Rows) != 40 || o.Counts.All != 40 || o.Counts.Mapped != 0 || o.Counts.Suggestions == 0 {
		t.Fatalf("demo customers after the first refresh: %d rows, counts %+v", len(o.Rows), o.Counts)
	}
	var suggested, other customers.Row
	for _, r := range o.Rows {
		if !r.IsNew || r.SyncEnabled || r.CompanyID != 0 {
			t.Fatalf("a tenant seen first must arrive new, unmapped and off: %+v", r)
		}
		if r.Suggestion.Suggestion != nil && suggested.TenantID == "" {
			suggested = r
		} else if r.Suggestion.Suggestion == nil && other.TenantID == "" {
			other = r
		}
	}
	if other.Suggestion.Reason == "" {
		t.Fatalf("a row without suggestion must say why: %+v", other)
	}

	// The combobox finds the suggested company by two characters of its name.
	s := suggested.Suggestion.Suggestion
	found, err := a.customers.SearchCompanies(s.CompanyName[:2], false)
	if err != nil || len(found) == 0 {
		t.Fatalf("search %q: %v %v", s.CompanyName[:2], found, err)
	}
	if short, _ := a.customers.SearchCompanies(s.CompanyName[:1], false); len(short) != 0 {
		t.Fatalf("one character must find nothing: %v", short)
	}
	agreements, err := a.customers.Agreements(s.CompanyID)
	if err != nil || len(agreements) == 0 {
		t.Fatalf("agreements of %d: %v %v", s.CompanyID, agreements, err)
	}

	// Accepting the suggestion with sync on is a staged change like any other.
	accept := CustomerChange{TenantID: suggested.TenantID, CompanyID: s.CompanyID, AgreementID: s.AgreementID, SyncEnabled: true}
	if err := a.customers.Save([]CustomerChange{accept}); err != nil {
		t.Fatal(err)
	}
	row := customerRow(t, a, suggested.TenantID)
	if row.CompanyID != s.CompanyID || row.AgreementID != s.AgreementID || !row.SyncEnabled || row.IsNew {
		t.Fatalf("after accepting: %+v", row)
	}
	if ov, _ := a.overview.Overview(); ov.Customers.Mapped != 1 || ov.Customers.SyncOn != 1 {
		t.Fatalf("landing page counts: %+v", ov.Customers)
	}

	// Bad changes name the tenant and the field, and nothing of the save is kept.
	var e *Error
	err = a.customers.Save([]CustomerChange{
		{TenantID: suggested.TenantID},
		{TenantID: other.TenantID, SyncEnabled: true},
	})
	if !errors.As(err, &e) || e.Code != CodeInvalid || e.Record != other.TenantID || e.Field != "sync" || e.Reason != "sync_needs_mapping" {
		t.Fatalf("sync without a mapping: %v", err)
	}
	if row := customerRow(t, a, suggested.TenantID); !row.SyncEnabled {
		t.Fatalf("a failed save changed a row: %+v", row)
	}
	foreign := CustomerChange{TenantID: other.TenantID, CompanyID: found[0].ID, AgreementID: s.AgreementID}
	if found[0].ID == s.CompanyID {
		foreign.CompanyID = 0
		for _, c := range found[1:] {
			foreign.CompanyID = c.ID
		}
	}
	if foreign.CompanyID != 0 {
		if err := a.customers.Save([]CustomerChange{foreign}); !errors.As(err, &e) || e.Field != "agreement" || e.Record != other.TenantID || e.Reason != "agreement_other_company" {
			t.Fatalf("agreement of another company: %v", err)
		}
	}

	// Removing the mapping switches sync off.
	if err := a.customers.Save([]CustomerChange{{TenantID: suggested.TenantID, SyncEnabled: true}}); err != nil {
		t.Fatal(err)
	}
	if row := customerRow(t, a, suggested.TenantID); row.CompanyID != 0 || row.SyncEnabled {
		t.Fatalf("after removing the mapping: %+v", row)
	}
}

func customerRow(t *testing.T, a *App, tenantID string) customers.Row {
	t.Helper()
	o, err := a.customers.Overview()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range o.Rows {
		if r.TenantID == tenantID {
			return r
		}
	}
	t.Fatalf("tenant %s not listed", tenantID)
	return customers.Row{}
}

func TestCustomersRefreshStateNamesTheFailedPart(t *testing.T) {
	a := refreshedCustomers(t)
	if st := a.customers.RefreshState(); st.Running || len(st.Failures) != 0 {
		t.Fatalf("after a good refresh: %+v", st)
	}
	// ConnectWise is gone; Sophos still answers.
	offline, err := connectwise.New(connectwise.Config{Site: "http://127.0.0.1:1", CompanyID: "x", PublicKey: "p",
		PrivateKey: "k", ClientID: "c", Retry: httpretry.Policy{MaxAttempts: 1}})
	if err != nil {
		t.Fatal(err)
	}
	a.ws().UseConnectWise(offline)
	if err := a.customers.Refresh(); err != nil {
		t.Fatal(err)
	}
	for _, part := range customerParts {
		waitForJob(t, a, part.Kind())
	}
	st := a.customers.RefreshState()
	if st.Running || len(st.Failures) != 1 || st.Failures[0].Part != "customers" || st.Failures[0].Error.Code != CodeOffline {
		t.Fatalf("ConnectWise offline: %+v", st)
	}
}

func TestCustomersRefreshStateSaysWhatIsNotConnected(t *testing.T) {
	a := newTestApp(t, false)
	if err := a.customers.Refresh(); err != nil {
		t.Fatal(err)
	}
	for _, part := range customerParts {
		waitForJob(t, a, part.Kind())
	}
	st := a.customers.RefreshState()
	if len(st.Failures) != 2 {
		t.Fatalf("nothing connected: %+v", st)
	}
	for _, f := range st.Failures {
		if f.Error.Reason != reasonNotConnected {
			t.Fatalf("part %s: %+v", f.Part, f.Error)
		}
	}
}
