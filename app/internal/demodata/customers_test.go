package demodata

import "testing"

func TestCustomersAreConsistent(t *testing.T) {
	cs := Customers()
	ids, tenants, differ := map[int]bool{}, map[string]bool{}, 0
	for _, c := range cs {
		if c.CompanyName != "" {
			if ids[c.CompanyID] || len(c.Identifier) > 30 || c.Identifier == "" {
				t.Errorf("bad company %+v", c)
			}
			ids[c.CompanyID] = true
		}
		if c.UsesSophos {
			if tenants[c.TenantID] || len(c.TenantID) != 36 {
				t.Errorf("bad tenant %+v", c)
			}
			tenants[c.TenantID] = true
			if c.CompanyName != "" && c.CompanyName != c.TenantName {
				differ++
			}
		}
	}
	if len(ids) != 40 || len(tenants) != 40 {
		t.Fatalf("%d companies and %d tenants, want 40 of each", len(ids), len(tenants))
	}
	if differ < 3 {
		t.Errorf("only %d names differ between systems; the demo needs a few", differ)
	}
	if Customers()[0].TenantID != cs[0].TenantID {
		t.Error("tenant ids must be stable")
	}
}
