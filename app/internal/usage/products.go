package usage

import (
	"sort"
	"strings"

	"psabridge/app/internal/sophos"
)

// Product is a Sophos product seen in usage data: what the products table of the mapping
// page lists.
type Product struct {
	Key         string `json:"key"` // the mapping key: productCode, else sku
	Code        string `json:"code,omitempty"`
	SKU         string `json:"sku,omitempty"`
	Description string `json:"description,omitempty"`
	Group       string `json:"group,omitempty"` // User, Server or Device
	FirstSeen   string `json:"firstSeen"`       // "YYYY-MM"
	LastSeen    string `json:"lastSeen"`        // "YYYY-MM"
	Months      int    `json:"months"`          // months it appears in
}

// NewIn reports whether the product first appeared in the given month ("YYYY-MM").
func (p Product) NewIn(monthKey string) bool { return p.FirstSeen == monthKey }

// DiscoverProducts lists the products seen across the given months, sorted by Key. Names,
// SKU and group come from the latest month a product appears in, because Sophos renames
// products; months may be passed in any order. Lines with no product key are skipped.
func DiscoverProducts(months ...sophos.UsageMonth) []Product {
	ordered := append([]sophos.UsageMonth(nil), months...)
	sort.SliceStable(ordered, func(i, j int) bool { return ordered[i].Key() < ordered[j].Key() })

	byKey := map[string]*Product{}
	for _, m := range ordered {
		month := m.Key()
		for _, l := range m.Lines {
			key := l.ProductKey()
			if key == "" {
				continue
			}
			p := byKey[key]
			if p == nil {
				p = &Product{Key: key, FirstSeen: month}
				byKey[key] = p
			}
			if p.LastSeen != month {
				p.LastSeen = month
				p.Months++
			}
			// Later months overwrite: the newest wording wins.
			overwriteIfSet(&p.Code, l.ProductCode)
			overwriteIfSet(&p.SKU, l.SKU)
			overwriteIfSet(&p.Description, l.ProductDescription)
			overwriteIfSet(&p.Group, l.ProductGroup)
		}
	}
	products := make([]Product, 0, len(byKey))
	for _, p := range byKey {
		products = append(products, *p)
	}
	sort.Slice(products, func(i, j int) bool { return products[i].Key < products[j].Key })
	return products
}

func overwriteIfSet(dst *string, v string) {
	if v = strings.TrimSpace(v); v != "" {
		*dst = v
	}
}
