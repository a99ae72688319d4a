package transfer

import (
	"fmt"
	"slices"
	"strings"
)

// Kind is what a mapping file holds.
type Kind string

const (
	Products  Kind = "products"
	Customers Kind = "customers"
)

// Column names, as in the file header.
const (
	colProductCode   = "sophos_product_code"
	colProductDesc   = "sophos_description"
	colCatalogItemID = "cw_catalog_item_id"
	colIdentifier    = "cw_identifier"
	colSync          = "sync"
	colTenantID      = "sophos_tenant_id"
	colTenantName    = "sophos_tenant_name"
	colCompanyID     = "cw_company_id"
	colCompanyName   = "cw_company_name"
	colAgreementID   = "cw_agreement_id"
	colAgreementName = "cw_agreement_name"
)

// Columns are a kind's columns in export order.
func Columns(k Kind) []string {
	switch k {
	case Products:
		return []string{colProductCode, colProductDesc, colCatalogItemID, colIdentifier, colSync}
	case Customers:
		return []string{colTenantID, colTenantName, colCompanyID, colCompanyName, colAgreementID, colAgreementName, colSync}
	}
	return nil
}

// SheetName is the kind's worksheet in an XLSX file.
func SheetName(k Kind) string {
	if k == Customers {
		return "Kunden"
	}
	return "Produkte"
}

// ParseKind reads the --kind value; "" means "detect from the file".
func ParseKind(text string) (Kind, error) {
	switch k := Kind(strings.ToLower(strings.TrimSpace(text))); k {
	case "", Products, Customers:
		return k, nil
	}
	return "", fmt.Errorf("kind must be %q or %q, got %q", Products, Customers, text)
}

// Table is a mapping file as text: the header and each row with the line (CSV) or row (XLSX)
// it came from, so that every problem can name where it is.
type Table struct {
	Kind   Kind
	Header []string
	Rows   []Row
	// positions[i] is the file column (0-based) of Header[i], for naming columns in issues.
	positions []int
}

// column is the 1-based file column of the i-th column of the kind.
func (t Table) column(i int) int {
	if i < len(t.positions) {
		return t.positions[i] + 1
	}
	return i + 1
}

// Row is one data row.
type Row struct {
	Line  int
	Cells []string
}

// detectKind is the kind whose columns the header holds; "" if neither.
func detectKind(header []string) Kind {
	for _, k := range []Kind{Customers, Products} { // customers first: its columns are not a subset
		if hasAllColumns(header, Columns(k)) {
			return k
		}
	}
	return ""
}

func hasAllColumns(header, want []string) bool {
	normalized := normalizedHeader(header)
	for _, column := range want {
		if !slices.Contains(normalized, column) {
			return false
		}
	}
	return true
}

func normalizedHeader(header []string) []string {
	normalized := make([]string, len(header))
	for i, h := range header {
		normalized[i] = strings.ToLower(strings.TrimSpace(h))
	}
	return normalized
}
