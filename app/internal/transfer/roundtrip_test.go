package transfer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func write(t *testing.T, format Format, sheets ...Sheet) []byte {
	t.Helper()
	var buf bytes.Buffer
	var err error
	if format == CSV {
		err = WriteCSV(&buf, sheets[0])
	} else {
		err = WriteXLSX(&buf, sheets...)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readOne(t *testing.T, data []byte, format Format, kind Kind) Table {
	t.Helper()
	tables, err := Read(bytes.NewReader(data), format, kind)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if len(tables) != 1 {
		t.Fatalf("read %d tables, want 1", len(tables))
	}
	return tables[0]
}

// The cells that come back are exactly the exported values, formula-looking ones included.
func TestProductsRoundTripUnchanged(t *testing.T) {
	rows, cache := productFixture()
	sheet := ProductsSheet(rows)
	for _, format := range []Format{CSV, XLSX} {
		t.Run(string(format), func(t *testing.T) {
			table := readOne(t, write(t, format, sheet), format, "") // kind detected
			if table.Kind != Products || len(table.Rows) != len(rows) {
				t.Fatalf("kind %q with %d rows", table.Kind, len(table.Rows))
			}
			for i, row := range table.Rows {
				want := make([]string, len(sheet.Rows[i]))
				for c, cell := range sheet.Rows[i] {
					want[c] = cell.Text
				}
				if !slices.Equal(row.Cells, want) {
					t.Errorf("row %d: %q, want %q", i, row.Cells, want)
				}
				if row.Line != i+2 {
					t.Errorf("row %d from line %d, want %d", i, row.Line, i+2)
				}
			}
			changes, warnings, err := ImportProducts(context.Background(), table, cache)
			if err != nil || len(changes) != 0 || len(warnings) != 0 {
				t.Fatalf("re-import of an unchanged export: changes %v, warnings %v, err %v", changes, warnings, err)
			}
		})
	}
}

func TestCustomersRoundTripUnchanged(t *testing.T) {
	rows, cache := customerFixture()
	sheet := CustomersSheet(rows)
	for _, format := range []Format{CSV, XLSX} {
		t.Run(string(format), func(t *testing.T) {
			table := readOne(t, write(t, format, sheet), format, Customers)
			if table.Kind != Customers || len(table.Rows) != len(rows) {
				t.Fatalf("kind %q with %d rows", table.Kind, len(table.Rows))
			}
			if got := table.Rows[0].Cells[5]; got != "=Managed Services" {
				t.Errorf("agreement name came back as %q", got)
			}
			changes, warnings, err := ImportCustomers(context.Background(), table, cache)
			if err != nil || len(changes) != 0 || len(warnings) != 0 {
				t.Fatalf("re-import of an unchanged export: changes %v, warnings %v, err %v", changes, warnings, err)
			}
		})
	}
}

func TestCSVIsExcelFriendlyAndEscapesFormulas(t *testing.T) {
	rows, _ := productFixture()
	data := string(write(t, CSV, ProductsSheet(rows)))
	if !strings.HasPrefix(data, utf8BOM+"sophos_product_code,sophos_description,cw_catalog_item_id,cw_identifier,sync\r\n") {
		t.Fatalf("CSV starts %q, want a BOM and the comma-separated header", data[:80])
	}
	for _, escaped := range []string{`"'=HYPERLINK(""http://evil"")"`, "'+SUM(A1:A9)", "'-1+2", "'@cmd", "'\tTabbed", "''apostrophe"} {
		if !strings.Contains(data, escaped) {
			t.Errorf("CSV lacks the escaped cell %s:\n%s", escaped, data)
		}
	}
	if !strings.Contains(data, ",9007199254740993,") {
		t.Error("a large id was not written exactly")
	}
}

func TestXLSXSheetsFrozenHeaderAndNumericIDs(t *testing.T) {
	products, _ := productFixture()
	customers, _ := customerFixture()
	data := write(t, XLSX, ProductsSheet(products), CustomersSheet(customers))
	book, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	if got := book.GetSheetList(); !slices.Equal(got, []string{"Produkte", "Kunden"}) {
		t.Fatalf("sheets %v", got)
	}
	for _, sheet := range []string{"Produkte", "Kunden"} {
		panes, err := book.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
			t.Errorf("%s panes %+v, %v; want the header row frozen", sheet, panes, err)
		}
	}
	for _, ref := range []string{"C2", "C3"} {
		if kind, _ := book.GetCellType("Produkte", ref); kind != excelize.CellTypeNumber && kind != excelize.CellTypeUnset {
			t.Errorf("Produkte!%s type %v, want a number", ref, kind)
		}
		if value, _ := book.GetCellValue("Produkte", ref, excelize.Options{RawCellValue: true}); value == "" {
			t.Errorf("Produkte!%s empty", ref)
		}
	}
	if value, _ := book.GetCellValue("Produkte", "C3", excelize.Options{RawCellValue: true}); value != "9007199254740993" {
		t.Errorf("large id stored as %q", value)
	}
	if kind, _ := book.GetCellType("Produkte", "A3"); kind == excelize.CellTypeFormula {
		t.Error("a formula-looking code was stored as a formula")
	}
	// Both sheets come back, each as its kind; with --kind only that one.
	tables, err := Read(bytes.NewReader(data), XLSX, "")
	if err != nil || len(tables) != 2 || tables[0].Kind != Products || tables[1].Kind != Customers {
		t.Fatalf("tables %+v, %v", tables, err)
	}
	if only := readOne(t, data, XLSX, Customers); only.Kind != Customers {
		t.Errorf("--kind customers read %q", only.Kind)
	}
}

func TestImportReadsSemicolonsWithoutBOMAndListsChanges(t *testing.T) {
	_, cache := productFixture()
	file := "sophos_product_code;sophos_description;cw_catalog_item_id;cw_identifier;sync\n" +
		"XGS-FW;;2002;Sophos_Firewall;on\n" + // newly mapped, sync on
		"CIXA-MSP;Renamed by hand;1001;Sophos_Intercept_X_Advanced;off\n" // sync off; name differs → warning
	table := readOne(t, []byte(file), CSV, "")
	changes, warnings, err := ImportProducts(context.Background(), table, cache)
	if err != nil {
		t.Fatal(err)
	}
	want := []ProductChange{
		{Line: 2, Code: "XGS-FW", After: ProductMapping{CatalogItemID: 2002, Sync: true}},
		{Line: 3, Code: "CIXA-MSP", Before: ProductMapping{CatalogItemID: 1001, Sync: true}, After: ProductMapping{CatalogItemID: 1001}},
	}
	if !slices.Equal(changes, want) {
		t.Errorf("changes %+v, want %+v", changes, want)
	}
	if len(warnings) != 1 || warnings[0].Line != 3 || warnings[0].Column != 2 || warnings[0].Code != CodeNameDiffers {
		t.Errorf("warnings %+v, want the differing description on line 3, column 2", warnings)
	}
}
