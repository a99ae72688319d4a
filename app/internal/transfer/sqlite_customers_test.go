package transfer

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"psabridge/db"
	"psabridge/db/dbsqlc"
	"psabridge/db/dbtest"
)

// openCustomers is a real SQLite file with two companies, one agreement each, and two
// tenants: Contoso mapped with sync on, Fabrikam unmapped.
func openCustomers(t *testing.T) *db.DB {
	t.Helper()
	ctx := context.Background()
	database := dbtest.Open(t, "psa-bridge.db")
	q := database.Queries()
	for _, c := range []dbsqlc.UpsertCompanyParams{
		{ID: 10, Identifier: "Contoso", Name: "Contoso Ltd", IdentifierKey: "contoso", NameKey: "contoso ltd", LastUpdated: 1},
		{ID: 20, Identifier: "Fabrikam", Name: "Fabrikam Inc", IdentifierKey: "fabrikam", NameKey: "fabrikam inc", LastUpdated: 1},
	} {
		if err := q.UpsertCompany(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []dbsqlc.UpsertAgreementParams{
		{ID: 100, CompanyID: 10, Name: "Contoso Security", AgreementStatus: "Active", NoEndingDateFlag: 1, LastUpdated: 1},
		{ID: 200, CompanyID: 20, Name: "Fabrikam Security", AgreementStatus: "Active", NoEndingDateFlag: 1, LastUpdated: 1},
	} {
		if err := q.UpsertAgreement(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, tenant := range []dbsqlc.UpsertTenantParams{
		{ID: "tenant-contoso", Name: "Contoso", Now: 1},
		{ID: "tenant-fabrikam", Name: "FABRIKAM, INC.", Now: 1},
	} {
		if err := q.UpsertTenant(ctx, tenant); err != nil {
			t.Fatal(err)
		}
	}
	company, agreement := int64(10), int64(100)
	if _, err := q.SetTenantMapping(ctx, dbsqlc.SetTenantMappingParams{CWCompanyID: &company, CWAgreementID: &agreement, SyncEnabled: 1, Now: 2, ID: "tenant-contoso"}); err != nil {
		t.Fatal(err)
	}
	return database
}

func customersTable(t *testing.T, csv string) Table {
	t.Helper()
	tables, err := Read(strings.NewReader(csv), CSV, "")
	if err != nil || len(tables) != 1 || tables[0].Kind != Customers {
		t.Fatalf("read: %v %+v", err, tables)
	}
	return tables[0]
}

// The export of the caches imports as "nothing changes"; a changed file saves through the
// customers page's Save, after which it too imports as "nothing changes".
func TestSQLiteCustomersRoundTripAndSave(t *testing.T) {
	ctx := context.Background()
	database := openCustomers(t)
	v := SQLiteCustomers{Queries: database.Reader()}
	rows, err := v.CustomerRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].TenantID != "tenant-contoso" || rows[0].CompanyName != "Contoso Ltd" || rows[0].AgreementName != "Contoso Security" ||
		rows[0].Mapping != (CustomerMapping{CompanyID: 10, AgreementID: 100, Sync: true}) || rows[1].Mapping != (CustomerMapping{}) {
		t.Fatalf("rows: %+v", rows)
	}
	var exported bytes.Buffer
	if err := WriteCSV(&exported, CustomersSheet(rows)); err != nil {
		t.Fatal(err)
	}
	changes, warnings, err := ImportCustomers(ctx, customersTable(t, exported.String()), v)
	if err != nil || len(changes) != 0 || len(warnings) != 0 {
		t.Fatalf("re-import of the export: changes %+v warnings %+v err %v", changes, warnings, err)
	}

	edited := strings.Replace(exported.String(), "tenant-fabrikam,\"FABRIKAM, INC.\",,,,,off", "tenant-fabrikam,,20,,200,,on", 1)
	changes, _, err = ImportCustomers(ctx, customersTable(t, edited), v)
	if err != nil || len(changes) != 1 || changes[0].After != (CustomerMapping{CompanyID: 20, AgreementID: 200, Sync: true}) {
		t.Fatalf("edited file: changes %+v err %v\n%s", changes, err, edited)
	}
	if err := SaveCustomerChanges(ctx, database, changes, time.Now()); err != nil {
		t.Fatal(err)
	}
	if changes, _, err = ImportCustomers(ctx, customersTable(t, edited), v); err != nil || len(changes) != 0 {
		t.Fatalf("after saving, the same file must change nothing: %+v %v", changes, err)
	}
}

// Unknown ids and an agreement of another company are errors with line and column.
func TestSQLiteCustomersRejectsUnknownIDsAndForeignAgreements(t *testing.T) {
	database := openCustomers(t)
	file := "sophos_tenant_id,sophos_tenant_name,cw_company_id,cw_company_name,cw_agreement_id,cw_agreement_name,sync\n" +
		"tenant-contoso,,10,,200,,on\n" + // agreement 200 is Fabrikam's
		"tenant-nobody,,,,,,off\n" +
		"tenant-fabrikam,,30,,,,off\n"
	_, _, err := ImportCustomers(context.Background(), customersTable(t, file), SQLiteCustomers{Queries: database.Reader()})
	importErr, ok := errors.AsType[*ImportError](err)
	if !ok {
		t.Fatalf("want an ImportError, got %v", err)
	}
	want := map[int]string{2: CodeWrongCompany, 3: CodeUnknownID, 4: CodeUnknownID}
	for _, issue := range importErr.Issues {
		if want[issue.Line] == issue.Code && issue.Column > 0 {
			delete(want, issue.Line)
		}
	}
	if len(want) > 0 {
		t.Fatalf("missing issues %v in %+v", want, importErr.Issues)
	}
}
