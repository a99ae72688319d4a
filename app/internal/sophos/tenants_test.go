package sophos

import (
	"context"
	"net/url"
	"strconv"
	"testing"

	"psabridge/app/internal/demodata"
	"psabridge/app/internal/sophos/sophossandbox"
)

func TestTenantsAllPages(t *testing.T) {
	tests := []struct {
		name      string
		opts      sophossandbox.Options
		wantPages int
	}{
		{"server cuts the page size to 7", sophossandbox.Options{TenantPageMaxSize: 7}, 6},
		{"server rejects oversize pages", sophossandbox.Options{TenantPageMaxSize: 7, RejectOversizePages: true}, 6},
		{"everything on one page", sophossandbox.Options{}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := startSandbox(t, tt.opts)
			c, _ := newTestClient(t, sb)
			tenants, err := c.Tenants(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]demodata.Customer{}
			for _, cu := range demodata.Customers() {
				if cu.UsesSophos {
					want[cu.TenantID] = cu
				}
			}
			if len(tenants) != len(want) {
				t.Fatalf("%d tenants, want %d", len(tenants), len(want))
			}
			for _, tn := range tenants {
				cu, ok := want[tn.ID]
				if !ok || tn.Name != cu.TenantName || tn.BillingType != cu.BillingType || tn.DataRegion != cu.DataRegion ||
					tn.DataGeography != cu.DataGeo || tn.PartnerID != demodata.PartnerID || tn.APIHost == "" {
					t.Errorf("tenant %+v does not match demo customer %+v", tn, cu)
				}
			}
			var pages []url.Values
			for _, r := range sb.Requests() {
				if r.Path != "/partner/v1/tenants" || r.Status != 200 {
					continue
				}
				q, _ := url.ParseQuery(r.Query)
				pages = append(pages, q)
				if r.PartnerID != demodata.PartnerID {
					t.Errorf("request without the partner's X-Partner-ID: %+v", r)
				}
			}
			if len(pages) != tt.wantPages {
				t.Fatalf("%d pages read, want %d", len(pages), tt.wantPages)
			}
			for i, q := range pages {
				if q.Get("page") != strconv.Itoa(i+1) || (i == 0) != (q.Get("pageTotal") == "true") {
					t.Errorf("page %d asked with %v", i+1, q)
				}
			}
		})
	}
}

func TestTenantNamesDifferFromCompaniesOnPurpose(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	tenants, err := c.Tenants(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, tn := range tenants {
		names[tn.Name] = true
	}
	if !names["Acme Corp"] || names["Acme Corporation"] {
		t.Error(`the sandbox must call the tenant "Acme Corp" while ConnectWise says "Acme Corporation"`)
	}
}

func TestTenantDetail(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	id := demodata.Customers()[0].TenantID
	tn, err := c.Tenant(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if tn.ID != id || tn.ShowAs != "Acme Corp" || tn.OrganizationID == "" {
		t.Errorf("tenant detail %+v", tn)
	}
	if _, err := c.Tenant(context.Background(), "no-such-tenant"); StatusOf(err) != 404 {
		t.Errorf("unknown tenant: %v", err)
	}
}

func TestLicenses(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	c, _ := newTestClient(t, sb)
	id := demodata.Customers()[0].TenantID
	got, err := c.Licenses(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if got.TenantID != id || len(got.Licenses) == 0 || got.Licenses[0].ProductCode == "" || got.Licenses[0].Quantity == 0 {
		t.Errorf("licences %+v", got)
	}
}
