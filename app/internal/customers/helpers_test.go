package customers

import (
	"context"
	"testing"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/db"
	"psabridge/db/dbsqlc"
	"psabridge/db/dbtest"
)

func openDB(tb testing.TB) *db.DB {
	tb.Helper()
	return dbtest.Open(tb, "customers.db")
}

// startSandbox serves the demo ConnectWise (40 customers with their agreements).
func startSandbox(tb testing.TB) (*cwsandbox.Server, *connectwise.Client) {
	tb.Helper()
	return sandboxtest.ConnectWise(tb, cwsandbox.Options{})
}

// fixture writes cache rows directly, for rule tests that need exact ConnectWise states.
type fixture struct {
	tb testing.TB
	d  *db.DB
}

func (f fixture) company(id int64, name string, mod func(*dbsqlc.UpsertCompanyParams)) {
	f.tb.Helper()
	p := dbsqlc.UpsertCompanyParams{ID: id, Identifier: "C" + name, Name: name, StatusName: "Active",
		LastUpdated: 1, IdentifierKey: "c" + name, NameKey: NormalizeName(name)}
	if mod != nil {
		mod(&p)
	}
	if err := f.d.Queries().UpsertCompany(context.Background(), p); err != nil {
		f.tb.Fatal(err)
	}
}

func (f fixture) agreement(id, companyID int64, name string, mod func(*dbsqlc.UpsertAgreementParams)) {
	f.tb.Helper()
	p := dbsqlc.UpsertAgreementParams{ID: id, CompanyID: companyID, Name: name, AgreementStatus: "Active", NoEndingDateFlag: 1, LastUpdated: 1}
	if mod != nil {
		mod(&p)
	}
	if err := f.d.Queries().UpsertAgreement(context.Background(), p); err != nil {
		f.tb.Fatal(err)
	}
}

func (f fixture) tenant(id, name string, mod func(*dbsqlc.UpsertTenantParams)) {
	f.tb.Helper()
	p := dbsqlc.UpsertTenantParams{ID: id, Name: name, BillingType: "usage", Now: 1}
	if mod != nil {
		mod(&p)
	}
	if err := f.d.Queries().UpsertTenant(context.Background(), p); err != nil {
		f.tb.Fatal(err)
	}
}

func (f fixture) get(id string) dbsqlc.SophosTenant {
	f.tb.Helper()
	t, err := f.d.Queries().GetTenant(context.Background(), id)
	if err != nil {
		f.tb.Fatal(err)
	}
	return t
}

// startSophos serves the demo Sophos partner (40 tenants) and returns a client for it.
func startSophos(tb testing.TB) (*sophossandbox.Server, *sophos.Client) {
	tb.Helper()
	return sandboxtest.Sophos(tb, sophossandbox.Options{})
}
