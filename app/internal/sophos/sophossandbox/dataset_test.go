package sophossandbox

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"psabridge/app/internal/demodata"
)

var june2025 = yearMonth{2025, 6}

func TestDemoTenantsMatchDemoCustomers(t *testing.T) {
	d := buildDataset(june2025, 12)
	var want []string
	for _, c := range demodata.Customers() {
		if c.UsesSophos {
			want = append(want, c.TenantName)
		}
	}
	var got []string
	for _, tn := range d.tenants {
		got = append(got, tn.name)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tenant names %v\nwant %v", got, want)
	}
	if len(got) != 40 || got[0] != "Acme Corp" {
		t.Errorf("want the demo customers' Sophos names (Acme Corp first), got %d: %v", len(got), got[:1])
	}
}

func TestDemoUsage(t *testing.T) {
	d := buildDataset(june2025, 12)
	if len(d.months) != 12 || d.months[0] != (yearMonth{2024, 7}) || d.latest() != june2025 {
		t.Fatalf("months %v", d.months)
	}
	codes := map[string]bool{}
	firstSeen := map[string]yearMonth{}
	for _, m := range d.months {
		unassigned := 0
		seenLine := map[string]bool{}
		for _, item := range d.usage[m] {
			codes[item.ProductCode] = true
			if _, ok := firstSeen[item.ProductCode]; !ok {
				firstSeen[item.ProductCode] = m
			}
			if seenLine[item.OrderLineItemNumber] {
				t.Errorf("%s: order line %s twice", m, item.OrderLineItemNumber)
			}
			seenLine[item.OrderLineItemNumber] = true
			if item.AccountID == "" {
				unassigned++
				if item.ProductGroup != "Device" || item.AccountNumberOrSerialNumber == "" {
					t.Errorf("unassigned line is not a device with a serial: %+v", item)
				}
			}
			if item.BillableQuantity < 0 || item.ProductCode == "" || item.SKU == "" || item.BillingStartDate != m.firstDay() {
				t.Errorf("bad line %+v", item)
			}
		}
		if unassigned == 0 {
			t.Errorf("%s has no unassigned firewall lines", m)
		}
	}
	if len(codes) < 30 || len(codes) != len(catalog) {
		t.Errorf("%d product codes in use, catalog has %d; want all of them and 30+", len(codes), len(catalog))
	}
	for code, m := range firstSeen {
		if (code == NewProductCode) != (m == june2025) {
			t.Errorf("%s first appears in %s", code, m)
		}
	}
}

func TestDemoUsageChangesOverTime(t *testing.T) {
	d := buildDataset(june2025, 12)
	perTenant := func(m yearMonth) map[string]map[string]float64 {
		out := map[string]map[string]float64{}
		for _, item := range d.usage[m] {
			if out[item.AccountID] == nil {
				out[item.AccountID] = map[string]float64{}
			}
			out[item.AccountID][item.ProductCode] += item.BillableQuantity
		}
		return out
	}
	prev := perTenant(d.months[0])
	for _, m := range d.months[1:] {
		cur := perTenant(m)
		changed := 0
		for id, products := range cur {
			if !reflect.DeepEqual(products, prev[id]) {
				changed++
			}
		}
		if changed < len(cur)/2 {
			t.Errorf("%s: only %d of %d customers changed since last month", m, changed, len(cur))
		}
		prev = cur
	}

	acme := demodata.Customers()[0].TenantID
	has := func(m yearMonth, tenant, code string) bool { return perTenant(m)[tenant][code] > 0 }
	if !has(yearMonth{2025, 3}, acme, "CPHISH-MSP") || has(june2025, acme, "CPHISH-MSP") {
		t.Error("Acme Corp should have dropped Phish Threat after March")
	}
	second := demodata.Customers()[1].TenantID
	if has(yearMonth{2025, 3}, second, "CEMA-MSP") || !has(june2025, second, "CEMA-MSP") {
		t.Error("the second customer should have added Email Advanced in April")
	}
	for _, c := range demodata.Customers() {
		if c.UsesSophos && c.BillingType != "usage" && len(perTenant(june2025)[c.TenantID]) > 0 {
			t.Errorf("%s bills by term but has usage lines", c.TenantName)
		}
	}
}

func TestDemoUsageShapes(t *testing.T) {
	d := buildDataset(june2025, 12)
	fields := func(item usageItem) int {
		b, _ := json.Marshal(item)
		var m map[string]any
		_ = json.Unmarshal(b, &m)
		return len(m)
	}
	for i, m := range d.months {
		for _, item := range d.usage[m] {
			if item.AccountID == "" {
				continue
			}
			want := 17 // current shape
			if i < len(d.months)-fullShapeAgeMonths {
				want = 35 // 2021–2024 shape
			}
			if got := fields(item); got != want {
				t.Fatalf("%s: item has %d fields, want %d: %+v", m, got, want, item)
			}
		}
	}
}

func TestDemoDataIsDeterministic(t *testing.T) {
	if !reflect.DeepEqual(buildDataset(june2025, 12), buildDataset(june2025, 12)) {
		t.Error("two builds of the same months differ")
	}
	now := func() time.Time { return time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC) }
	if got := New(Options{Now: now}).data.latest(); got != (yearMonth{2026, 2}) {
		t.Errorf("latest month %s, want 2026-02 (Now's month)", got)
	}
}

func TestScaledDataset(t *testing.T) {
	june2025 := yearMonth{2025, 6}
	d := buildScaledDataset(june2025, 2, Scale{Tenants: 50, Products: 10})
	if len(d.tenants) != 50 || len(d.months) != 2 {
		t.Fatalf("%d tenants, %d months", len(d.tenants), len(d.months))
	}
	perTenant := map[string]map[string]bool{}
	for _, it := range d.usage[june2025] {
		if it.AccountID == "" || it.BillableQuantity < 1 {
			t.Fatalf("generated line without tenant or quantity: %+v", it)
		}
		if perTenant[it.AccountID] == nil {
			perTenant[it.AccountID] = map[string]bool{}
		}
		perTenant[it.AccountID][it.ProductCode] = true
	}
	for id, products := range perTenant {
		if len(products) != 10 {
			t.Fatalf("tenant %s has %d products, want 10", id, len(products))
		}
	}
	if len(perTenant) != 50 || !reflect.DeepEqual(d, buildScaledDataset(june2025, 2, Scale{Tenants: 50, Products: 10})) {
		t.Fatal("the generated data must cover every tenant and be deterministic")
	}
}
