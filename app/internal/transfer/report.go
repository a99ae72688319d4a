package transfer

import "strconv"

// PreviewRow is one line of a sync preview or a past run, as the usage sync engine reports it.
// Quantities are text, exactly as Sophos and ConnectWise gave them.
type PreviewRow struct {
	Tenant          string
	Product         string
	Agreement       string
	CatalogItem     string
	SophosQuantity  string
	CurrentQuantity string
	NewQuantity     string
	Action          string // create, update, unchanged, skip, failed, conflict
	Reason          string
}

// PreviewColumns are the preview file's columns.
func PreviewColumns() []string {
	return []string{"tenant", "product", "agreement", "catalog_item", "sophos_quantity", "current_quantity", "new_quantity", "action", "reason"}
}

// PreviewSheet is a sync preview or run for WriteCSV or WriteXLSX, quantities as numbers. name is
// the worksheet name, e.g. "Vorschau 2026-11" (at most 31 characters, no []:*?/\).
func PreviewSheet(name string, rows []PreviewRow) Sheet {
	sheet := Sheet{Name: name, Header: PreviewColumns()}
	for _, r := range rows {
		sheet.Rows = append(sheet.Rows, []Cell{
			{Text: r.Tenant}, {Text: r.Product}, {Text: r.Agreement}, {Text: r.CatalogItem},
			numberCell(r.SophosQuantity), numberCell(r.CurrentQuantity), numberCell(r.NewQuantity),
			{Text: r.Action}, {Text: r.Reason},
		})
	}
	return sheet
}

// numberCell is a number cell when the text is a number, else a text cell (a quantity the engine
// could not read stays visible as it was given).
func numberCell(text string) Cell {
	_, err := strconv.ParseFloat(text, 64)
	return Cell{Text: text, Number: err == nil}
}
