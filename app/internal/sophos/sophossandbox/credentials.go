package sophossandbox

import "psabridge/app/internal/demodata"

// Demo credentials the sandbox accepts. They are not secrets: the sandbox only listens on
// loopback and serves made-up data.
const (
	// The partner credential: what demo mode and most tests use.
	DemoClientID     = "5b3c7e2a-0d4f-4c1e-9a8b-1f2e3d4c5b6a"
	DemoClientSecret = "sandbox-partner-secret-3f9a1c7e5d2b"

	// A credential of an organization (enterprise dashboard): whoami says "organization".
	OrganizationClientID     = "7d1e9f4b-2a6c-4e8d-b3f5-9c0a1b2d3e4f"
	OrganizationClientSecret = "sandbox-organization-secret-8e2d4b6a"

	// A credential of a single customer: whoami says "tenant".
	TenantClientID     = "a4f8c2e6-1b3d-4f5a-8c7e-6d9b0a1c2e3f"
	TenantClientSecret = "sandbox-tenant-secret-1c5e7a9b3d"
)

// identity is who a credential belongs to.
type identity struct {
	idType string // partner, organization or tenant
	id     string
}

type credential struct {
	clientID, secret string
	who              identity
}

// credentials lists the accepted credentials. The tenant credential belongs to the second
// demo customer (a usage-billed tenant), so its whoami names a real tenant id.
func credentials() []credential {
	tenantID := ""
	for _, c := range demodata.Customers() {
		if c.UsesSophos && c.BillingType == "usage" && tenantID == "" && c.CompanyName != "Acme Corporation" {
			tenantID = c.TenantID
		}
	}
	return []credential{
		{DemoClientID, DemoClientSecret, identity{"partner", demodata.PartnerID}},
		{OrganizationClientID, OrganizationClientSecret, identity{"organization", stableUUID("organization/demo-enterprise")}},
		{TenantClientID, TenantClientSecret, identity{"tenant", tenantID}},
	}
}
