package app

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"psabridge/app/internal/transfer"
	"psabridge/app/internal/workspace"
	"psabridge/db/dbsqlc"
)

// mappedDemo is a refreshed demo app with one product mapped and synced.
func mappedDemo(t *testing.T) (*App, ProductRow, CatalogMatch) {
	t.Helper()
	a := refreshedDemo(t)
	rows, _ := a.products.Products()
	found, err := a.catalog.Search("intercept", false)
	if err != nil || len(found) == 0 {
		t.Fatalf("search: %v", err)
	}
	if err := a.products.Save([]ProductChange{{ProductKey: rows[0].ProductKey, Mapping: "existing", ItemID: found[0].ID, SyncEnabled: true}}); err != nil {
		t.Fatal(err)
	}
	return a, rows[0], found[0]
}

func TestExportThenImportChangesNothing(t *testing.T) {
	a, _, _ := mappedDemo(t)
	dir := t.TempDir()
	for _, name := range []string{"products.xlsx", "products.csv"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := a.transfer.ExportTo("products", path); err != nil {
				t.Fatal(err)
			}
			result, err := a.transfer.ImportFrom("products", path)
			if err != nil {
				t.Fatal(err)
			}
			if len(result.Errors) != 0 || len(result.Products) != 0 || len(result.Warnings) != 0 || result.Path != path {
				t.Fatalf("round trip: %+v", result)
			}
		})
	}
	if left, _ := os.ReadDir(dir); len(left) != 2 {
		t.Fatalf("files in the folder: %v (temporary files left?)", left)
	}
}

func TestImportListsChangesToStage(t *testing.T) {
	a, mapped, item := mappedDemo(t)
	rows, _ := a.products.Products()
	other := rows[1]
	path := filepath.Join(t.TempDir(), "edited.csv")
	// German Excel: semicolons, no BOM. The mapped product is switched off and another mapped.
	content := "sophos_product_code;sophos_description;cw_catalog_item_id;cw_identifier;sync\r\n" +
		mapped.ProductKey + ";;" + itoa(item.ID) + ";;off\r\n" +
		other.ProductKey + ";;" + itoa(item.ID) + ";;on\r\n"
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	result, err := a.transfer.ImportFrom("products", path)
	if err != nil {
		t.Fatal(err)
	}
	if len(result.Errors) != 0 || len(result.Products) != 2 {
		t.Fatalf("%+v", result)
	}
	first, second := result.Products[0], result.Products[1]
	if first.ProductKey != mapped.ProductKey || first.Line != 2 || first.SyncEnabled || !first.BeforeSyncEnabled || first.ItemID != item.ID || first.BeforeItemIdentifier != item.Identifier {
		t.Errorf("switched off: %+v", first)
	}
	if second.ProductKey != other.ProductKey || second.ItemID != item.ID || second.ItemIdentifier != item.Identifier ||
		second.BeforeItemID != 0 || !second.SyncEnabled || second.Description != other.Description {
		t.Errorf("newly mapped: %+v", second)
	}
	// Import only stages: nothing is saved.
	if after, _ := a.products.Products(); after[1].Mapped || !after[0].SyncEnabled {
		t.Fatal("the import wrote mappings")
	}
}

func TestBrokenImportListsErrorsWithLines(t *testing.T) {
	a, mapped, _ := mappedDemo(t)
	path := filepath.Join(t.TempDir(), "broken.csv")
	content := "sophos_product_code,sophos_description,cw_catalog_item_id,cw_identifier,sync\n" +
		mapped.ProductKey + ",,abc,,on\n" +
		"NO-SUCH-PRODUCT,,,,off\n" +
		mapped.ProductKey + ",,,,maybe\n"
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	result, err := a.transfer.ImportFrom("products", path)
	if err != nil {
		t.Fatal(err)
	}
	lines := map[int]bool{}
	for _, issue := range result.Errors {
		lines[issue.Line] = true
		if issue.Code == "" || issue.Message == "" {
			t.Errorf("issue without code or message: %+v", issue)
		}
	}
	if !lines[2] || !lines[3] || !lines[4] || len(result.Products) != 0 {
		t.Fatalf("errors %+v, changes %+v", result.Errors, result.Products)
	}
	var bad = result.Errors[0]
	if bad.Line != 2 || bad.Column != 3 {
		t.Errorf("first error at line %d column %d, want line 2 column 3 (the id)", bad.Line, bad.Column)
	}

	// A file that is no spreadsheet at all.
	junk := filepath.Join(t.TempDir(), "junk.xlsx")
	os.WriteFile(junk, []byte("not a zip"), 0o600)
	if result, err := a.transfer.ImportFrom("products", junk); err != nil || len(result.Errors) == 0 {
		t.Fatalf("junk: %+v %v", result, err)
	}
}

func TestTransferRejectsWhatTheWindowCannotDo(t *testing.T) {
	a := newTestApp(t, true)
	var e *Error
	if err := a.transfer.ExportTo("tenants", filepath.Join(t.TempDir(), "k.csv")); !errors.As(err, &e) || e.Field != "kind" {
		t.Fatalf("unknown kind: %v", err)
	}
	if err := a.transfer.ExportTo("products", filepath.Join(t.TempDir(), "p.txt")); !errors.As(err, &e) || e.Field != "path" {
		t.Fatalf("txt: %v", err)
	}
	if _, err := a.transfer.Export("products", "pdf"); !errors.As(err, &e) || e.Field != "format" {
		t.Fatalf("pdf: %v", err)
	}
	// Without a window there is no dialog: an error, never a file written somewhere.
	if _, err := a.transfer.Export("products", "xlsx"); err == nil {
		t.Fatal("export without a window succeeded")
	}
}

func TestExportSyncLines(t *testing.T) {
	a := newTestApp(t, true)
	lines := []SyncLine{
		{Tenant: "Müller GmbH", Product: "=HYPERLINK(1)", Agreement: "MSP Basis", CatalogItem: "SOP-CIXA",
			SophosQuantity: "12", CurrentQuantity: "10", NewQuantity: "12", Action: "update"},
		{Tenant: "Beispiel AG", Product: "XGS 2100", SophosQuantity: "1.5", NewQuantity: "1.5", Action: "skip", Reason: "customer_unmapped"},
	}
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "preview.csv")
	if err := a.transfer.ExportSyncLinesTo(csvPath, "Vorschau 2026-11", lines); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(csvPath)
	records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil || len(records) != 3 || records[1][0] != "Müller GmbH" || records[1][1] != "'=HYPERLINK(1)" || records[2][4] != "1.5" {
		t.Fatalf("csv %q %v", records, err)
	}
	xlsxPath := filepath.Join(dir, "run.xlsx")
	if err := a.transfer.ExportSyncLinesTo(xlsxPath, "Lauf 7", lines); err != nil {
		t.Fatal(err)
	}
	book, err := excelize.OpenFile(xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	if v, _ := book.GetCellValue("Lauf 7", "E2"); v != "12" {
		t.Fatalf("quantity cell %q", v)
	}
	var e *Error
	if err := a.transfer.ExportSyncLinesTo(xlsxPath, strings.Repeat("x", 32), lines); !errors.As(err, &e) || e.Field != "title" {
		t.Fatalf("long title: %v", err)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestCustomersExportThenImportChangesNothing(t *testing.T) {
	a := newTestApp(t, true)
	ws := a.ws()
	ctx := context.Background()
	if err := ws.Refresh(ctx, nil, workspace.PartCustomers, workspace.PartTenants).Err(); err != nil {
		t.Fatal(err)
	}
	q := ws.DB.Queries()
	tenants, _ := q.ListTenants(ctx)
	agreements, _ := q.ListAllAgreements(ctx)
	if len(tenants) < 2 || len(agreements) == 0 {
		t.Fatalf("demo: %d tenants, %d agreements", len(tenants), len(agreements))
	}
	agreement := agreements[0]
	if err := transfer.SaveCustomerChanges(ctx, ws.DB, []transfer.CustomerChange{{TenantID: tenants[0].ID,
		After: transfer.CustomerMapping{CompanyID: agreement.CompanyID, AgreementID: agreement.ID, Sync: true}}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "kunden.xlsx")
	if err := a.transfer.ExportTo("customers", path); err != nil {
		t.Fatal(err)
	}
	result, err := a.transfer.ImportFrom("customers", path)
	if err != nil || len(result.Errors) != 0 || len(result.Customers) != 0 || len(result.Products) != 0 {
		t.Fatalf("round trip: %+v %v", result, err)
	}
	// A products file is not a customers file.
	products := filepath.Join(t.TempDir(), "produkte.csv")
	os.WriteFile(products, []byte("sophos_product_code,sophos_description,cw_catalog_item_id,cw_identifier,sync\n"), 0o600)
	if result, err := a.transfer.ImportFrom("customers", products); err != nil || len(result.Errors) == 0 {
		t.Fatalf("products file as customers: %+v %v", result, err)
	}
}

// chosenFile answers every file dialog with path ("" = the user cancelled) and remembers the titles.
type chosenFile struct {
	path   string
	titles []string
}

func (c *chosenFile) SaveFile(title, _ string, _ []FileFilter) (string, error) {
	c.titles = append(c.titles, title)
	return c.path, nil
}

func (c *chosenFile) OpenFile(title string, _ []FileFilter) (string, error) {
	c.titles = append(c.titles, title)
	return c.path, nil
}

func TestDialogVariantsWriteAndReadTheChosenFile(t *testing.T) {
	a, _, _ := mappedDemo(t)
	dialogs := &chosenFile{}
	a.files = dialogs

	// Cancelled: nothing written, nothing read.
	if path, err := a.transfer.Export("products", "xlsx"); err != nil || path != "" {
		t.Fatalf("cancelled export: %q %v", path, err)
	}
	if result, err := a.transfer.Import("products"); err != nil || !result.Cancelled {
		t.Fatalf("cancelled import: %+v %v", result, err)
	}

	dialogs.path = filepath.Join(t.TempDir(), "chosen.csv")
	if path, err := a.transfer.Export("products", "csv"); err != nil || path != dialogs.path {
		t.Fatalf("export: %q %v", path, err)
	}
	result, err := a.transfer.Import("products")
	if err != nil || result.Cancelled || result.Path != dialogs.path || len(result.Errors) != 0 || len(result.Products) != 0 {
		t.Fatalf("import of the exported file: %+v %v", result, err)
	}
	if path, err := a.transfer.ExportSyncLines("Vorschau 2026-11", "xlsx", []SyncLine{{Tenant: "A", Action: "create"}}); err != nil || path != dialogs.path {
		t.Fatalf("sync lines: %q %v", path, err)
	}
	if len(dialogs.titles) != 5 {
		t.Fatalf("dialogs shown: %q", dialogs.titles)
	}
}

func TestCustomersImportCarriesTheCachedNames(t *testing.T) {
	a := newTestApp(t, true)
	ws := a.ws()
	ctx := context.Background()
	if err := ws.Refresh(ctx, nil, workspace.PartCustomers, workspace.PartTenants).Err(); err != nil {
		t.Fatal(err)
	}
	q := ws.DB.Queries()
	tenants, _ := q.ListTenants(ctx)
	agreements, _ := q.ListAllAgreements(ctx)
	var active, cancelled *dbsqlc.CWAgreement
	for i, ag := range agreements {
		switch {
		case ag.CancelledFlag == 1 && cancelled == nil:
			cancelled = &agreements[i]
		case ag.CancelledFlag == 0 && ag.AgreementStatus == "Active" && active == nil:
			active = &agreements[i]
		}
	}
	if len(tenants) < 2 || active == nil || cancelled == nil {
		t.Fatalf("demo: %d tenants, active %v, cancelled %v", len(tenants), active, cancelled)
	}
	company, err := q.GetCompany(ctx, active.CompanyID)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "kunden.csv")
	file := "sophos_tenant_id,sophos_tenant_name,cw_company_id,cw_company_name,cw_agreement_id,cw_agreement_name,sync\n" +
		fmt.Sprintf("%s,,%d,,%d,,on\n", tenants[0].ID, active.CompanyID, active.ID) +
		fmt.Sprintf("%s,,%d,,%d,,off\n", tenants[1].ID, cancelled.CompanyID, cancelled.ID)
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	result, err := a.transfer.ImportFrom("customers", path)
	if err != nil || len(result.Errors) != 0 || len(result.Customers) != 2 {
		t.Fatalf("import: %+v %v", result, err)
	}
	got := result.Customers[0]
	want := CustomerImportChange{Line: 2, TenantID: tenants[0].ID, TenantName: tenants[0].Name,
		After: CustomerImportMapping{CompanyID: company.ID, CompanyName: company.Name, CompanyIdentifier: company.Identifier,
			AgreementID: active.ID, AgreementName: active.Name, Sync: true}}
	if got != want {
		t.Fatalf("change:\n got  %+v\n want %+v", got, want)
	}
	if c := result.Customers[1]; c.After.AgreementName != cancelled.Name || c.After.AgreementProblem != "agreement_cancelled" ||
		c.TenantName != tenants[1].Name || c.After.CompanyName == "" {
		t.Fatalf("cancelled agreement: %+v", c)
	}
}
