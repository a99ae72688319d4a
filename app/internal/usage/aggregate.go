// Package usage is the domain side of Sophos usage data: what the products table lists
// (DiscoverProducts) and the quantity each customer is billed per product (Aggregate).
// The sophos package only fetches the data; the mapping and the usage sync use this one.
package usage

import (
	"math"
	"sort"
	"strings"

	"psabridge/app/internal/sophos"
)

// TenantProductTotal is one customer's quantity of one product in a month: the number to
// write into that customer's agreement addition.
type TenantProductTotal struct {
	TenantID         string  `json:"tenantId"`
	TenantName       string  `json:"tenantName,omitempty"` // assignedAccountIdentifier, when Sophos still sends it
	ProductKey       string  `json:"productKey"`
	ProductCode      string  `json:"productCode,omitempty"`
	SKU              string  `json:"sku,omitempty"`
	Description      string  `json:"description,omitempty"`
	Group            string  `json:"group,omitempty"`
	BillableQuantity float64 `json:"billableQuantity"`
	ActualQuantity   float64 `json:"actualQuantity"`
	Lines            int     `json:"lines"` // usage lines summed (orders, order lines, licences)
}

// UnassignedTotal sums the lines of one product that name no tenant (typically firewall
// licences not assigned to a customer in Sophos Central). They cannot be billed to anyone
// until assigned, so they are reported with their serial numbers.
type UnassignedTotal struct {
	ProductKey       string   `json:"productKey"`
	ProductCode      string   `json:"productCode,omitempty"`
	SKU              string   `json:"sku,omitempty"`
	Description      string   `json:"description,omitempty"`
	Group            string   `json:"group,omitempty"`
	BillableQuantity float64  `json:"billableQuantity"`
	Lines            int      `json:"lines"`
	Serials          []string `json:"serials"` // accountNumberOrSerialNumber values, sorted, unique
}

// Aggregation is a month's usage summed per (tenant, product) on billableQuantity. Every input
// line lands in exactly one place: ByTenant, Unassigned (no accountId) or Unkeyed (neither
// productCode nor sku, so it cannot be mapped to any product).
type Aggregation struct {
	ByTenant        []TenantProductTotal `json:"byTenant"`        // sorted by TenantID, then ProductKey
	Unassigned      []UnassignedTotal    `json:"unassigned"`      // sorted by ProductKey
	UnassignedLines []sophos.UsageLine   `json:"unassignedLines"` // the lines behind Unassigned, in input order
	Unkeyed         []sophos.UsageLine   `json:"unkeyed"`         // in input order
	Lines           int                  `json:"lines"`           // lines read
}

// Find returns the total for one tenant and product key.
func (a Aggregation) Find(tenantID, productKey string) (TenantProductTotal, bool) {
	i := sort.Search(len(a.ByTenant), func(i int) bool {
		t := a.ByTenant[i]
		return t.TenantID > tenantID || (t.TenantID == tenantID && t.ProductKey >= productKey)
	})
	if i < len(a.ByTenant) && a.ByTenant[i].TenantID == tenantID && a.ByTenant[i].ProductKey == productKey {
		return a.ByTenant[i], true
	}
	return TenantProductTotal{}, false
}

// Aggregate sums usage lines per (accountId, product key). It is a pure function: the same
// lines in the same order always give the same result.
func Aggregate(lines []sophos.UsageLine) Aggregation {
	type tenantProduct struct{ tenant, product string }
	agg := Aggregation{ByTenant: []TenantProductTotal{}, Unassigned: []UnassignedTotal{},
		UnassignedLines: []sophos.UsageLine{}, Unkeyed: []sophos.UsageLine{}, Lines: len(lines)}
	byTenant := map[tenantProduct]int{} // index into agg.ByTenant
	unassigned := map[string]int{}      // index into agg.Unassigned
	serials := map[string]map[string]bool{}

	for _, l := range lines {
		key := l.ProductKey()
		if key == "" {
			agg.Unkeyed = append(agg.Unkeyed, l)
			continue
		}
		tenant := l.TenantID()
		if tenant == "" {
			i, ok := unassigned[key]
			if !ok {
				i = len(agg.Unassigned)
				unassigned[key] = i
				serials[key] = map[string]bool{}
				agg.Unassigned = append(agg.Unassigned, UnassignedTotal{ProductKey: key, Serials: []string{}})
			}
			u := &agg.Unassigned[i]
			fillProduct(&u.ProductCode, &u.SKU, &u.Description, &u.Group, l)
			u.BillableQuantity += l.BillableQuantity
			u.Lines++
			if s := strings.TrimSpace(l.AccountNumberOrSerialNumber); s != "" && !serials[key][s] {
				serials[key][s] = true
				u.Serials = append(u.Serials, s)
			}
			agg.UnassignedLines = append(agg.UnassignedLines, l)
			continue
		}
		k := tenantProduct{tenant, key}
		i, ok := byTenant[k]
		if !ok {
			i = len(agg.ByTenant)
			byTenant[k] = i
			agg.ByTenant = append(agg.ByTenant, TenantProductTotal{TenantID: tenant, ProductKey: key})
		}
		t := &agg.ByTenant[i]
		fillProduct(&t.ProductCode, &t.SKU, &t.Description, &t.Group, l)
		if t.TenantName == "" {
			t.TenantName = strings.TrimSpace(l.AssignedAccountIdentifier)
		}
		t.BillableQuantity += l.BillableQuantity
		t.ActualQuantity += l.ActualQuantity
		t.Lines++
	}

	for i := range agg.ByTenant {
		agg.ByTenant[i].BillableQuantity = RoundQuantity(agg.ByTenant[i].BillableQuantity)
		agg.ByTenant[i].ActualQuantity = RoundQuantity(agg.ByTenant[i].ActualQuantity)
	}
	for i := range agg.Unassigned {
		agg.Unassigned[i].BillableQuantity = RoundQuantity(agg.Unassigned[i].BillableQuantity)
		sort.Strings(agg.Unassigned[i].Serials)
	}
	sort.Slice(agg.ByTenant, func(i, j int) bool {
		a, b := agg.ByTenant[i], agg.ByTenant[j]
		if a.TenantID != b.TenantID {
			return a.TenantID < b.TenantID
		}
		return a.ProductKey < b.ProductKey
	})
	sort.Slice(agg.Unassigned, func(i, j int) bool { return agg.Unassigned[i].ProductKey < agg.Unassigned[j].ProductKey })
	return agg
}

// fillProduct takes product details from the first line that has them.
func fillProduct(code, sku, description, group *string, l sophos.UsageLine) {
	setIfEmpty(code, l.ProductCode)
	setIfEmpty(sku, l.SKU)
	setIfEmpty(description, l.ProductDescription)
	setIfEmpty(group, l.ProductGroup)
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

// RoundQuantity cancels float noise from summing fractional quantities (0.1+0.2) by rounding
// to six decimals, far finer than any licence count. The usage sync sums and compares
// quantities at the same precision.
func RoundQuantity(v float64) float64 {
	return math.Round(v*1e6) / 1e6
}
