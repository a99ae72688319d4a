package transfer

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func previewFixture() []PreviewRow {
	return []PreviewRow{
		{Tenant: "Müller GmbH", Product: "CIXA-MSP", Agreement: "Managed", CatalogItem: "Sophos_Intercept_X_Advanced",
			SophosQuantity: "12.5", CurrentQuantity: "10", NewQuantity: "12.5", Action: "update", Reason: ""},
		{Tenant: "=cmd|' /C calc'!A0", Product: "XGS-FW", Agreement: "", CatalogItem: "",
			SophosQuantity: "1", CurrentQuantity: "", NewQuantity: "", Action: "skip", Reason: "-no mapping"},
	}
}

func TestPreviewCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, PreviewSheet("Vorschau 2026-11", previewFixture())); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		PreviewColumns(),
		{"Müller GmbH", "CIXA-MSP", "Managed", "Sophos_Intercept_X_Advanced", "12.5", "10", "12.5", "update", ""},
		{"'=cmd|' /C calc'!A0", "XGS-FW", "", "", "1", "", "", "skip", "'-no mapping"},
	}
	if len(records) != len(want) {
		t.Fatalf("records %q", records)
	}
	for i := range want {
		if !slices.Equal(records[i], want[i]) {
			t.Errorf("line %d: %q, want %q", i+1, records[i], want[i])
		}
	}
}

func TestPreviewXLSXKeepsQuantitiesExactAsNumbers(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, PreviewSheet("Vorschau 2026-11", previewFixture())); err != nil {
		t.Fatal(err)
	}
	book, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	const sheet = "Vorschau 2026-11"
	for ref, want := range map[string]string{"E2": "12.5", "F2": "10", "G2": "12.5", "E3": "1"} {
		value, _ := book.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		kind, _ := book.GetCellType(sheet, ref)
		if value != want || (kind != excelize.CellTypeNumber && kind != excelize.CellTypeUnset) {
			t.Errorf("%s = %q (type %v), want the number %s", ref, value, kind, want)
		}
	}
	if value, _ := book.GetCellValue(sheet, "A3"); value != "'=cmd|' /C calc'!A0" {
		t.Errorf("A3 = %q, want the escaped text", value)
	}
	if panes, _ := book.GetPanes(sheet); !panes.Freeze {
		t.Error("header row not frozen")
	}
}
