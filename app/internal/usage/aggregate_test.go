package usage

import (
	"reflect"
	"testing"

	"psabridge/app/internal/sophos"
)

func line(tenant, code string, qty float64) sophos.UsageLine {
	return sophos.UsageLine{AccountID: tenant, ProductCode: code, SKU: "SKU-" + code, ProductDescription: code + " desc",
		ProductGroup: "User", BillableQuantity: qty, ActualQuantity: qty}
}

func firewall(code, serial string) sophos.UsageLine {
	return sophos.UsageLine{ProductCode: code, ProductGroup: "Device", AccountNumberOrSerialNumber: serial, BillableQuantity: 1}
}

func TestAggregate(t *testing.T) {
	tests := []struct {
		name           string
		lines          []sophos.UsageLine
		wantTenant     map[[2]string]float64 // (tenant, key) → billable
		wantLines      map[[2]string]int
		wantUnassigned map[string][]string // key → serials
		wantUnkeyed    int
	}{
		{
			name:       "several lines of one product add up",
			lines:      []sophos.UsageLine{line("t1", "CIXA-MSP", 14), line("t1", "CIXA-MSP", 6), line("t2", "CIXA-MSP", 3)},
			wantTenant: map[[2]string]float64{{"t1", "CIXA-MSP"}: 20, {"t2", "CIXA-MSP"}: 3},
			wantLines:  map[[2]string]int{{"t1", "CIXA-MSP"}: 2, {"t2", "CIXA-MSP"}: 1},
		},
		{
			name: "lines without accountId are kept as unassigned with serials",
			lines: []sophos.UsageLine{line("t1", "CSP-MSP", 2), firewall("XGS-XP-MSP", "X2"), firewall("XGS-XP-MSP", "X1"),
				firewall("XGS-XP-MSP", "X1"), firewall("SFVSTD-MSP", "S9")},
			wantTenant:     map[[2]string]float64{{"t1", "CSP-MSP"}: 2},
			wantLines:      map[[2]string]int{{"t1", "CSP-MSP"}: 1},
			wantUnassigned: map[string][]string{"XGS-XP-MSP": {"X1", "X2"}, "SFVSTD-MSP": {"S9"}},
		},
		{
			name:        "sku stands in for a missing productCode; no key at all is reported",
			lines:       []sophos.UsageLine{{AccountID: "t1", SKU: "CEAZ1CSMG", BillableQuantity: 5}, {AccountID: "t1", BillableQuantity: 9}},
			wantTenant:  map[[2]string]float64{{"t1", "CEAZ1CSMG"}: 5},
			wantLines:   map[[2]string]int{{"t1", "CEAZ1CSMG"}: 1},
			wantUnkeyed: 1,
		},
		{
			name:       "fractional quantities sum without float noise",
			lines:      []sophos.UsageLine{line("t1", "COPTIX", 0.1), line("t1", "COPTIX", 0.2)},
			wantTenant: map[[2]string]float64{{"t1", "COPTIX"}: 0.3},
			wantLines:  map[[2]string]int{{"t1", "COPTIX"}: 2},
		},
		{
			name:       "whitespace-only accountId is unassigned",
			lines:      []sophos.UsageLine{{AccountID: "  ", ProductCode: "X", AccountNumberOrSerialNumber: "S1", BillableQuantity: 1}},
			wantTenant: map[[2]string]float64{}, wantLines: map[[2]string]int{},
			wantUnassigned: map[string][]string{"X": {"S1"}},
		},
		{name: "no lines", wantTenant: map[[2]string]float64{}, wantLines: map[[2]string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			agg := Aggregate(tt.lines)
			gotTenant, gotLines := map[[2]string]float64{}, map[[2]string]int{}
			placed := len(agg.Unkeyed)
			for _, r := range agg.ByTenant {
				gotTenant[[2]string{r.TenantID, r.ProductKey}] = r.BillableQuantity
				gotLines[[2]string{r.TenantID, r.ProductKey}] = r.Lines
				placed += r.Lines
			}
			if !reflect.DeepEqual(gotTenant, tt.wantTenant) || !reflect.DeepEqual(gotLines, tt.wantLines) {
				t.Errorf("by tenant = %v / %v, want %v / %v", gotTenant, gotLines, tt.wantTenant, tt.wantLines)
			}
			gotUnassigned := map[string][]string{}
			for _, u := range agg.Unassigned {
				gotUnassigned[u.ProductKey] = u.Serials
				placed += u.Lines
				if u.BillableQuantity != float64(u.Lines) {
					t.Errorf("unassigned %s: quantity %v for %d one-unit lines", u.ProductKey, u.BillableQuantity, u.Lines)
				}
			}
			if tt.wantUnassigned == nil {
				tt.wantUnassigned = map[string][]string{}
			}
			if !reflect.DeepEqual(gotUnassigned, tt.wantUnassigned) {
				t.Errorf("unassigned = %v, want %v", gotUnassigned, tt.wantUnassigned)
			}
			if len(agg.Unkeyed) != tt.wantUnkeyed {
				t.Errorf("unkeyed = %d, want %d", len(agg.Unkeyed), tt.wantUnkeyed)
			}
			if placed != len(tt.lines) || agg.Lines != len(tt.lines) {
				t.Errorf("%d of %d lines accounted for: a line was dropped or counted twice", placed, len(tt.lines))
			}
		})
	}
}

func TestAggregateOrderAndFind(t *testing.T) {
	lines := []sophos.UsageLine{line("t2", "B", 1), line("t1", "C", 1), line("t1", "A", 1), firewall("Z", "s"), firewall("M", "s")}
	agg := Aggregate(lines)
	var order []string
	for _, r := range agg.ByTenant {
		order = append(order, r.TenantID+"/"+r.ProductKey)
	}
	if want := []string{"t1/A", "t1/C", "t2/B"}; !reflect.DeepEqual(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
	if agg.Unassigned[0].ProductKey != "M" || agg.Unassigned[1].ProductKey != "Z" {
		t.Errorf("unassigned not sorted: %+v", agg.Unassigned)
	}
	if r, ok := agg.Find("t1", "C"); !ok || r.Description != "C desc" || r.SKU != "SKU-C" {
		t.Errorf("Find(t1, C) = %+v, %t", r, ok)
	}
	if _, ok := agg.Find("t1", "B"); ok {
		t.Error("Find(t1, B) found a total that does not exist")
	}
	if !reflect.DeepEqual(Aggregate(lines), agg) {
		t.Error("Aggregate is not deterministic")
	}
}

func TestDiscoverProducts(t *testing.T) {
	jan := sophos.UsageMonth{Year: 2025, Month: 1, Found: true, Lines: []sophos.UsageLine{
		line("t1", "CIXA-MSP", 3), {AccountID: "t1", SKU: "ONLY-SKU", BillableQuantity: 1}, firewall("XGS", "s1")}}
	feb := sophos.UsageMonth{Year: 2025, Month: 2, Found: true, Lines: []sophos.UsageLine{
		{AccountID: "t1", ProductCode: "CIXA-MSP", ProductDescription: "renamed", BillableQuantity: 3}, firewall("XGS", "s1")}}
	mar := sophos.UsageMonth{Year: 2025, Month: 3, Found: true, Lines: []sophos.UsageLine{line("t1", "CIXA-MSP", 3), line("t2", "ITDR-MSP", 5), {AccountID: "t3"}}}
	none := sophos.UsageMonth{Year: 2025, Month: 4}

	got := DiscoverProducts(mar, none, jan, feb) // any order
	type seen struct {
		key, first, last, desc string
		months                 int
	}
	var summary []seen
	for _, p := range got {
		summary = append(summary, seen{p.Key, p.FirstSeen, p.LastSeen, p.Description, p.Months})
	}
	want := []seen{
		{"CIXA-MSP", "2025-01", "2025-03", "CIXA-MSP desc", 3},
		{"ITDR-MSP", "2025-03", "2025-03", "ITDR-MSP desc", 1},
		{"ONLY-SKU", "2025-01", "2025-01", "", 1},
		{"XGS", "2025-01", "2025-02", "", 2},
	}
	if !reflect.DeepEqual(summary, want) {
		t.Errorf("products\n got %+v\nwant %+v", summary, want)
	}
	if !got[1].NewIn("2025-03") || got[0].NewIn("2025-03") {
		t.Error("NewIn does not single out the product first seen in March")
	}
	if got[3].Group != "Device" {
		t.Errorf("group lost: %+v", got[3])
	}
}
