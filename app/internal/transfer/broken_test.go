package transfer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

type where struct {
	line, column int
	code         string
}

func issuesOf(t *testing.T, err error) []where {
	t.Helper()
	importErr, ok := errors.AsType[*ImportError](err)
	if !ok {
		t.Fatalf("error %v (%T), want an *ImportError", err, err)
	}
	got := make([]where, len(importErr.Issues))
	for i, issue := range importErr.Issues {
		got[i] = where{issue.Line, issue.Column, issue.Code}
	}
	return got
}

func expectIssues(t *testing.T, err error, want ...where) {
	t.Helper()
	got := issuesOf(t, err)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("issues %v\nwant %v\n%v", got, want, err)
	}
}

const productHeader = "sophos_product_code,sophos_description,cw_catalog_item_id,cw_identifier,sync\n"

// importProductsCSV reads and imports a products file; a rejected file must give no changes.
func importProductsCSV(t *testing.T, file string) error {
	t.Helper()
	_, cache := productFixture()
	tables, err := Read(strings.NewReader(file), CSV, Products)
	if err != nil {
		return err
	}
	changes, _, err := ImportProducts(context.Background(), tables[0], cache)
	if err != nil && changes != nil {
		t.Errorf("a rejected import returned changes: %v", changes)
	}
	return err
}

func TestBrokenProductFilesAreRejectedWithLineAndColumn(t *testing.T) {
	cases := []struct {
		name string
		file string
		want []where
	}{
		{"wrong delimiter", strings.ReplaceAll(productHeader+"XGS-FW,,2002,,on\n", ",", "\t"),
			[]where{{1, 0, CodeMissingColumn}, {1, 0, CodeMissingColumn}, {1, 0, CodeMissingColumn}, {1, 0, CodeMissingColumn}, {1, 0, CodeMissingColumn}}},
		{"missing column", "sophos_product_code,cw_catalog_item_id,sync\nXGS-FW,2002,on\n",
			[]where{{1, 0, CodeMissingColumn}, {1, 0, CodeMissingColumn}}},
		{"unknown product and item", productHeader + "XGS-FW,,2002,,on\nNOPE-MSP,,3,,off\nCIXA-MSP,,999,,on\n",
			[]where{{3, 1, CodeUnknownID}, {4, 3, CodeUnknownID}}},
		{"sync on without mapping", productHeader + "XGS-FW,,,,on\n",
			[]where{{2, 5, CodeSyncUnmapped}}},
		{"duplicate rows", productHeader + "XGS-FW,,2002,,on\nCIXA-MSP,,1001,,on\nXGS-FW,,,,off\n",
			[]where{{4, 1, CodeDuplicateRow}}},
		{"bad values", productHeader + "XGS-FW,,abc,,yes\nCIXA-MSP,,-5,,on\n,,,,off\n",
			[]where{{2, 3, CodeBadValue}, {2, 5, CodeBadValue}, {3, 3, CodeBadValue}, {4, 1, CodeRequired}}},
		{"stray separator", productHeader + "XGS-FW,,2002,,on,extra\n",
			[]where{{2, 6, CodeWrongCellCount}}},
		{"quote in a field", productHeader + "XGS-FW,a \"b\" c,2002,,on\n",
			[]where{{2, 0, CodeUnreadable}}},
		{"bad UTF-8", productHeader + "XGS-FW,ok,2002,,on\nCIXA-MSP,F\xfcr Server,1001,,on\n",
			[]where{{3, 0, CodeNotUTF8}}},
		{"empty", "", []where{{1, 0, CodeMissingColumn}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectIssues(t, importProductsCSV(t, c.file), c.want...)
		})
	}
}

func TestJunkIsRejectedFastWithoutReadingItAll(t *testing.T) {
	junk := bytes.Repeat([]byte("\x00\xff junk;,\"\n"), 10<<20/11+1) // 10 MB
	for _, format := range []Format{CSV, XLSX} {
		source := bytes.NewReader(junk)
		_, err := Read(source, format, "")
		expectIssues(t, err, where{0, 0, CodeTooLarge})
		// Fast because it stops at the cap rather than reading (or parsing) the rest.
		if read := len(junk) - source.Len(); read > MaxFileSize+1 {
			t.Errorf("%s: read %d bytes of junk, want at most the cap %d", format, read, MaxFileSize+1)
		}
	}
	// Small junk: not a table at all.
	_, err := Read(bytes.NewReader([]byte("hello world\nthis is not a mapping\n")), CSV, "")
	expectIssues(t, err, where{1, 0, CodeUnknownKind})
	_, err = Read(bytes.NewReader([]byte("PK\x03\x04 not really a zip")), XLSX, "")
	expectIssues(t, err, where{0, 0, CodeUnreadable})
}

func TestBrokenCustomerFiles(t *testing.T) {
	_, cache := customerFixture()
	const header = "sophos_tenant_id,sophos_tenant_name,cw_company_id,cw_company_name,cw_agreement_id,cw_agreement_name,sync\n"
	const t1, t2 = "4ee2d3c6-7a52-4b3b-8e0f-000000000001", "4ee2d3c6-7a52-4b3b-8e0f-000000000002"
	cases := []struct {
		name string
		file string
		want []where
	}{
		{"agreement of another company", header + t1 + ",,250,,79,,on\n", []where{{2, 5, CodeWrongCompany}}},
		{"agreement without company", header + t1 + ",,,,77,,off\n", []where{{2, 5, CodeWrongCompany}}},
		{"unknown ids", header + "no-such-tenant,,250,,77,,on\n" + t2 + ",,999,,998,,on\n",
			[]where{{2, 1, CodeUnknownID}, {3, 3, CodeUnknownID}, {3, 5, CodeUnknownID}}},
		{"sync on without agreement", header + t2 + ",,251,,,,on\n", []where{{2, 7, CodeSyncUnmapped}}},
		{"duplicate tenant", header + t1 + ",,250,,77,,on\n" + t1 + ",,250,,77,,on\n", []where{{3, 1, CodeDuplicateRow}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tables, err := Read(strings.NewReader(c.file), CSV, "")
			if err != nil {
				t.Fatal(err)
			}
			changes, _, err := ImportCustomers(context.Background(), tables[0], cache)
			expectIssues(t, err, c.want...)
			if changes != nil {
				t.Errorf("a rejected import returned changes: %v", changes)
			}
		})
	}
	// Columns in another order, names differing: valid, with warnings and the change.
	file := "sync;cw_agreement_id;cw_company_id;sophos_tenant_id;sophos_tenant_name;cw_company_name;cw_agreement_name\n" +
		"on;78;251;" + t2 + ";Renamed;Home Office KG;Backup\n"
	tables, err := Read(strings.NewReader(file), CSV, "")
	if err != nil {
		t.Fatal(err)
	}
	changes, warnings, err := ImportCustomers(context.Background(), tables[0], cache)
	if err != nil || len(changes) != 1 || changes[0].After != (CustomerMapping{CompanyID: 251, AgreementID: 78, Sync: true}) {
		t.Fatalf("changes %+v, %v", changes, err)
	}
	if len(warnings) != 1 || warnings[0].Column != 5 || warnings[0].Field != colTenantName {
		t.Errorf("warnings %+v, want the tenant name in file column 5", warnings)
	}
}

func TestXLSXImportErrorsNameTheRow(t *testing.T) {
	_, cache := productFixture()
	sheet := ProductsSheet([]ProductRow{{Code: "XGS-FW", Mapping: ProductMapping{CatalogItemID: 2002, Sync: true}}, {Code: "CIXA-MSP", Mapping: ProductMapping{CatalogItemID: 404}}})
	tables, err := Read(bytes.NewReader(write(t, XLSX, sheet)), XLSX, "")
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = ImportProducts(context.Background(), tables[0], cache)
	expectIssues(t, err, where{3, 3, CodeUnknownID})
	_, err = Read(bytes.NewReader(write(t, XLSX, sheet)), XLSX, Customers)
	expectIssues(t, err, where{0, 0, CodeUnknownKind})
}
