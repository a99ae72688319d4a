package transfer

import (
	"context"
	"strconv"
)

// ProductMapping is a Sophos product's mapping: the ConnectWise catalog item (0 = none) and the
// sync switch.
type ProductMapping struct {
	CatalogItemID int64 `json:"catalogItemId"`
	Sync          bool  `json:"sync"`
}

// ProductRow is one line of a products file.
type ProductRow struct {
	Code        string // Sophos productCode (the product key)
	Description string
	Mapping     ProductMapping
	Identifier  string // the catalog item's identifier, for people
}

// ProductChange is one product whose mapping the import changes; the caller stages it like a
// manual edit and applies it on Save.
type ProductChange struct {
	Line   int            `json:"line"`
	Code   string         `json:"code"`
	Before ProductMapping `json:"before"`
	After  ProductMapping `json:"after"`
}

// KnownProduct is what the cache knows about a Sophos product.
type KnownProduct struct {
	Description string
	Mapping     ProductMapping
}

// CatalogItem is what the cache knows about a ConnectWise catalog item.
type CatalogItem struct {
	Identifier string
}

// ProductValidator answers from the caches. found is false for an unknown id; err is for the
// cache itself failing.
type ProductValidator interface {
	Product(ctx context.Context, code string) (p KnownProduct, found bool, err error)
	CatalogItem(ctx context.Context, id int64) (item CatalogItem, found bool, err error)
}

// ProductsSheet is the export of the rows, with ids as numbers.
func ProductsSheet(rows []ProductRow) Sheet {
	sheet := Sheet{Name: SheetName(Products), Header: Columns(Products)}
	for _, r := range rows {
		sheet.Rows = append(sheet.Rows, []Cell{
			{Text: r.Code}, {Text: r.Description}, idCell(r.Mapping.CatalogItemID), {Text: r.Identifier}, syncCell(r.Mapping.Sync),
		})
	}
	return sheet
}

func idCell(id int64) Cell {
	if id == 0 {
		return Cell{Number: true}
	}
	return Cell{Text: strconv.FormatInt(id, 10), Number: true}
}

func syncCell(on bool) Cell {
	if on {
		return Cell{Text: "on"}
	}
	return Cell{Text: "off"}
}

// ImportProducts checks every row of a products table against the caches and the mapping rules
// and returns the mappings that change, plus warnings (names that differ from the cache). Any
// error ⇒ an *ImportError listing all of them and no changes. Products not in the file keep
// their mapping.
func ImportProducts(ctx context.Context, t Table, v ProductValidator) ([]ProductChange, []Issue, error) {
	var problems, warnings issues
	seen := map[string]int{}
	var changes []ProductChange
	for _, row := range t.Rows {
		cell := rowReader{table: t, row: row, problems: &problems}
		code := cell.required(0)
		description := row.Cells[1]
		itemID := cell.id(2)
		identifier := row.Cells[3]
		sync := cell.sync(4)
		if code == "" {
			continue
		}
		if first, dup := seen[code]; dup {
			problems.add(row.Line, t.column(0), colProductCode, CodeDuplicateRow, "product %q is already on line %d", code, first)
			continue
		}
		seen[code] = row.Line
		known, found, err := v.Product(ctx, code)
		if err != nil {
			return nil, nil, err
		}
		if !found {
			problems.add(row.Line, t.column(0), colProductCode, CodeUnknownID, "unknown Sophos product %q (refresh the product list first)", code)
			continue
		}
		nameWarning(&warnings, t, row.Line, 1, description, known.Description)
		if itemID > 0 {
			item, found, err := v.CatalogItem(ctx, itemID)
			if err != nil {
				return nil, nil, err
			}
			if !found {
				problems.add(row.Line, t.column(2), colCatalogItemID, CodeUnknownID, "no ConnectWise catalog item with id %d", itemID)
			} else {
				nameWarning(&warnings, t, row.Line, 3, identifier, item.Identifier)
			}
		}
		if sync != nil && *sync && itemID == 0 && cell.ok(2) {
			problems.add(row.Line, t.column(4), colSync, CodeSyncUnmapped, "sync is on, but no catalog item is mapped")
		}
		if !cell.valid() {
			continue
		}
		after := ProductMapping{CatalogItemID: itemID, Sync: *sync}
		if after != known.Mapping {
			changes = append(changes, ProductChange{Line: row.Line, Code: code, Before: known.Mapping, After: after})
		}
	}
	if err := problems.err(); err != nil {
		return nil, nil, err
	}
	return changes, warnings.list, nil
}
