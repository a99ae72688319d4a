package transfer

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
			{Text: r.SophosQuantity, Number: true}, {Text: r.CurrentQuantity, Number: true}, {Text: r.NewQuantity, Number: true},
			{Text: r.Action}, {Text: r.Reason},
		})
	}
	return sheet
}
