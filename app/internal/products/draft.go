package products

import (
	"cmp"
	"strings"
	"unicode/utf16"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/db/dbsqlc"
)

// Draft is a ConnectWise catalog item as the add/edit product form fills it.
type Draft struct {
	Identifier             string
	Description            string
	CustomerDescription    string
	CategoryID             int64
	SubcategoryID          int64
	TypeID                 int64
	ProductClass           string
	UnitOfMeasureID        int64
	Price                  float64
	Cost                   float64
	Taxable                bool
	ManufacturerID         int64
	ManufacturerPartNumber string
}

// FieldError is a form field's problem, named by the form's field name.
type FieldError struct {
	Field   string
	Message string
}

// Validate checks a draft against ConnectWise's rules (required fields, lengths, product
// class) before anything is sent; the server still has the last word.
func (d Draft) Validate() []FieldError {
	var errs []FieldError
	for _, fe := range d.catalogItem().Validate() {
		errs = append(errs, FieldError{Field: FormField(fe.Field), Message: fe.Message})
	}
	if d.ProductClass != "" && !contains(connectwise.ProductClasses(), d.ProductClass) {
		errs = append(errs, FieldError{Field: "productClass", Message: "unknown product class " + d.ProductClass})
	}
	if d.Price < 0 || d.Cost < 0 {
		errs = append(errs, FieldError{Field: map[bool]string{true: "price", false: "cost"}[d.Price < 0], Message: "must not be negative"})
	}
	return errs
}

// FormField maps ConnectWise's field names to the form's.
func FormField(cw string) string {
	switch cw {
	case "subcategory/id", "subcategory":
		return "subcategoryId"
	case "type/id", "type":
		return "typeId"
	case "category/id", "category":
		return "categoryId"
	case "unitOfMeasure/id", "unitOfMeasure":
		return "unitOfMeasureId"
	case "manufacturer/id", "manufacturer":
		return "manufacturerId"
	}
	return cw
}

func (d Draft) catalogItem() connectwise.CatalogItem {
	ref := func(id int64) connectwise.Reference { return connectwise.Reference{ID: int(id)} }
	return connectwise.CatalogItem{
		Identifier: strings.TrimSpace(d.Identifier), Description: strings.TrimSpace(d.Description),
		CustomerDescription: strings.TrimSpace(d.CustomerDescription), Category: ref(d.CategoryID),
		Subcategory: ref(d.SubcategoryID), Type: ref(d.TypeID), ProductClass: d.ProductClass,
		UnitOfMeasure: ref(d.UnitOfMeasureID), Price: d.Price, Cost: d.Cost, TaxableFlag: d.Taxable,
		Manufacturer: ref(d.ManufacturerID), ManufacturerPartNumber: strings.TrimSpace(d.ManufacturerPartNumber),
	}
}

// Prefill proposes a new ConnectWise product for a Sophos product: names from Sophos
// (cut to ConnectWise's limits), lookups preset from ConnectWise's default flags, and
// "Sophos" as manufacturer when the catalog has one.
func Prefill(p dbsqlc.SophosProduct, l catalog.Lookups) Draft {
	d := Draft{
		Identifier:             clip(identifierFor(p.ProductKey), connectwise.MaxIdentifierLength),
		Description:            clip(p.Description, connectwise.MaxDescriptionLength),
		CustomerDescription:    clip(p.Description, connectwise.MaxCustomerDescriptionLength),
		ProductClass:           connectwise.ProductClassNonInventory,
		Taxable:                true,
		ManufacturerPartNumber: clip(cmp.Or(strings.TrimSpace(p.Sku), p.ProductKey), connectwise.MaxManufacturerPartNumberLength),
	}
	d.CategoryID = catalog.DefaultID(l.Categories)
	d.SubcategoryID = catalog.DefaultID(l.SubcategoriesOf(d.CategoryID))
	d.TypeID = catalog.DefaultID(l.Types)
	d.UnitOfMeasureID = catalog.DefaultID(l.UnitsOfMeasure)
	for _, m := range l.Manufacturers {
		if strings.EqualFold(m.Name, "Sophos") && !m.Inactive {
			d.ManufacturerID = m.ID
		}
	}
	return d
}

// identifierFor turns a Sophos product code into a ConnectWise product ID in Sophos' own
// style ("CIXA-MSP" → "Sophos_CIXA-MSP").
func identifierFor(productKey string) string { return "Sophos_" + productKey }

// clip cuts s to n UTF-16 units (ConnectWise counts like .NET) without splitting a character.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(utf16.Encode([]rune(s))) <= n {
		return s
	}
	units := 0
	for i, r := range s {
		units += len(utf16.Encode([]rune{r}))
		if units > n {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
