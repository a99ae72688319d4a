package products

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"psabridge/app/internal/catalog"
	"psabridge/db/dbsqlc"
)

// Rule names why a catalog item is suggested for a Sophos product. The UI words it:
// "identifier contains CDE-MSP", "Sophos' own identifier for this product".
type Rule string

const (
	RuleIdentifierContains Rule = "identifierContains"  // the item's identifier contains the code or SKU
	RulePartNumberContains Rule = "partNumberContains"  // its manufacturer part number does
	RuleVendorSKUContains  Rule = "vendorSkuContains"   // its vendor SKU does
	RuleSophosIdentifier   Rule = "sophosOwnIdentifier" // it has the Sophos_* identifier Sophos' integration uses
)

// Reason is one rule that matched, with the value it matched on.
type Reason struct {
	Rule  Rule
	Value string // the productCode, SKU or Sophos_* identifier found
}

// Candidate is a catalog item the rules point at.
type Candidate struct {
	ItemID      int64
	Identifier  string
	Description string
	Reasons     []Reason
}

// Suggestion is the outcome for one unmapped Sophos product: exactly one candidate is a
// suggestion (Item set); two or more are ambiguous and suggest nothing (Ambiguous lists
// them, so the UI can say why). Nothing is ever mapped automatically.
type Suggestion struct {
	ProductKey string
	Item       *Candidate
	Ambiguous  []Candidate
}

// sophosIdentifiers are the catalog identifiers Sophos' own ConnectWise integration
// creates, by the product they stand for (../shared/reference/sophos/NOTES.md §2.1; the
// source's table ends after 19 rows, the last one truncated and left out here).
func sophosIdentifiers() map[string]string {
	return map[string]string{
		"Sophos_Endpoint_Protection":      "Sophos Central Endpoint Protection",
		"Sophos_Intercept_X":              "Sophos Central Intercept X",
		"Sophos_Intercept_X_Advanced":     "Sophos Central Intercept X Advanced",
		"Sophos_Intercept_X_Advanced_XDR": "Sophos Central Intercept X Advanced with XDR",
		"Sophos_MTR_Standard":             "Intercept X Advanced with XDR and MTR Standard",
		"Sophos_MTR_Advanced":             "Intercept X Advanced with XDR and MTR Advanced",
		"Sophos_Mobile_Standard":          "Sophos Central Mobile Control Standard",
		"Sophos_Mobile_Advanced":          "Sophos Central Mobile Control Advanced",
		"Sophos_Email_Portal_Encryption":  "Sophos Central Portal Encryption Add-on for Email Advanced",
		"Sophos_Mobile_Security":          "Sophos Central Mobile Security",
		"Sophos_Srv_Protection":           "Sophos Central Server Protection",
		"Sophos_Intercept_X_Adv_Srv":      "Sophos Central Server Intercept X Advanced for Server",
		"Sophos_Intercept_X_Adv_Srv_XDR":  "Sophos Central Intercept X Advanced for Server with XDR",
		"Sophos_MTR_Standard_Srv":         "Intercept X Advanced for Server with XDR and MTR Standard",
		"Sophos_MTR_Advanced_Srv":         "Intercept X Advanced for Server with XDR and MTR Advanced",
		"Sophos_Device_Encryption":        "Sophos Central Device Encryption",
		"Sophos_Central_Phish_Threat":     "Sophos Central Phish Threat",
		"Sophos_Wireless_Perf_Standard":   "Sophos Wireless Performance Standard",
	}
}

// productName reduces a Sophos product description to what names the product, so the
// usage data's "Central Device Encryption - MSP Monthly" and the integration's "Sophos
// Central Device Encryption" compare equal: the billing suffix after " - " and the words
// "Sophos" and "Central" go, case and accents do not count.
func productName(description string) string {
	name, _, _ := strings.Cut(description, " - ")
	var kept []string
	for _, w := range strings.Fields(catalog.SearchKey(name)) {
		if w != "sophos" && w != "central" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// containsCode reports whether code appears in field as a whole: not as part of a longer
// code ("CIXA-MSP" is not in "SVRCIXA-MSP"). Letter case does not count.
func containsCode(field, code string) bool {
	if code == "" {
		return false
	}
	f, c := strings.ToLower(field), strings.ToLower(code)
	for i := 0; ; {
		j := strings.Index(f[i:], c)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(c)
		if (start == 0 || !isCodeChar(rune(f[start-1]))) && (end == len(f) || !isCodeChar(rune(f[end]))) {
			return true
		}
		i = start + 1
	}
}

func isCodeChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// maxCandidates bounds the items read per code; a code found in more items than this
// is ambiguous anyway.
const maxCandidates = 50

// Suggest proposes a catalog item for every unmapped Sophos product, by explainable rules:
// the product's code or SKU inside an item's identifier, manufacturer part number or
// vendor SKU, or Sophos' own Sophos_* identifier for the product. Inactive items are
// never suggested.
func Suggest(ctx context.Context, q *dbsqlc.Queries) ([]Suggestion, error) {
	products, err := q.ListSophosProducts(ctx)
	if err != nil {
		return nil, fmt.Errorf("read Sophos products: %w", err)
	}
	byName := map[string]string{} // product name → Sophos_* identifier
	for id, desc := range sophosIdentifiers() {
		byName[productName(desc)] = id
	}
	var out []Suggestion
	for _, p := range products {
		if p.CWCatalogItemID != nil {
			continue
		}
		found := map[int64]*Candidate{}
		add := func(m catalog.Match, r Reason) {
			c := found[m.ID]
			if c == nil {
				c = &Candidate{ItemID: m.ID, Identifier: m.Identifier, Description: m.Description}
				found[m.ID] = c
			}
			if !slices.Contains(c.Reasons, r) {
				c.Reasons = append(c.Reasons, r)
			}
		}
		for _, code := range uniqueNonEmpty(p.ProductKey, p.Sku) {
			items, err := catalog.ItemsWithWords(ctx, q, code, maxCandidates)
			if err != nil {
				return nil, err
			}
			for _, m := range items {
				if containsCode(m.Identifier, code) {
					add(m, Reason{RuleIdentifierContains, code})
				}
				if containsCode(m.ManufacturerPartNumber, code) {
					add(m, Reason{RulePartNumberContains, code})
				}
				if containsCode(m.VendorSKU, code) {
					add(m, Reason{RuleVendorSKUContains, code})
				}
			}
		}
		if id, ok := byName[productName(p.Description)]; ok {
			it, err := q.GetCatalogItemByIdentifierKey(ctx, catalog.Fold(id))
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, fmt.Errorf("look up %s in the local catalog: %w", id, err)
			}
			if err == nil && it.Inactive == 0 {
				add(catalog.Match{ID: it.ID, Identifier: it.Identifier, Description: it.Description}, Reason{RuleSophosIdentifier, id})
			}
		}
		if len(found) == 0 {
			continue
		}
		s := Suggestion{ProductKey: p.ProductKey}
		for _, c := range found {
			s.Ambiguous = append(s.Ambiguous, *c)
		}
		slices.SortFunc(s.Ambiguous, func(a, b Candidate) int { return strings.Compare(a.Identifier, b.Identifier) })
		if len(s.Ambiguous) == 1 {
			s.Item, s.Ambiguous = &s.Ambiguous[0], nil
		}
		out = append(out, s)
	}
	return out, nil
}

func uniqueNonEmpty(vs ...string) []string {
	var out []string
	for _, v := range vs {
		if v != "" && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, v) }) {
			out = append(out, v)
		}
	}
	return out
}
