package sophos

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

// TenantLicenses is GET /licenses/v1/licenses for one tenant: live licence counts between
// monthly usage reports, useful for a preview.
type TenantLicenses struct {
	TenantID       string    `json:"tenantId"`
	OrganizationID string    `json:"organizationId,omitempty"`
	Licenses       []License `json:"licenses"`
}

// License is one licence of a tenant.
type License struct {
	ID                 string  `json:"id"`
	LicenseIdentifier  string  `json:"licenseIdentifier,omitempty"`
	ProductCode        string  `json:"productCode,omitempty"`
	ProductName        string  `json:"productName,omitempty"`
	ProductGenericCode string  `json:"productGenericCode,omitempty"`
	StartDate          string  `json:"startDate,omitempty"`
	EndDate            string  `json:"endDate,omitempty"`
	Perpetual          bool    `json:"perpetual"`
	Type               string  `json:"type,omitempty"` // trial, term, usage, ordered, enterprise, perpetual
	Quantity           float64 `json:"quantity"`
	Unlimited          bool    `json:"unlimited"`
	UsageCount         float64 `json:"usageCount"`
	UsageDate          string  `json:"usageDate,omitempty"`
	UsageCollectedAt   string  `json:"usageCollectedAt,omitempty"`
}

type licensesReply struct {
	Organization struct {
		ID flexString `json:"id"`
	} `json:"organization"`
	Tenant struct {
		ID flexString `json:"id"`
	} `json:"tenant"`
	Licenses []struct {
		ID                flexString `json:"id"`
		LicenseIdentifier flexString `json:"licenseIdentifier"`
		Product           struct {
			Code        flexString `json:"code"`
			Name        flexString `json:"name"`
			GenericCode flexString `json:"genericCode"`
		} `json:"product"`
		StartDate flexString `json:"startDate"`
		EndDate   flexString `json:"endDate"`
		Perpetual bool       `json:"perpetual"`
		Type      flexString `json:"type"`
		Quantity  flexNumber `json:"quantity"`
		Unlimited bool       `json:"unlimited"`
		Usage     struct {
			Current struct {
				Count       flexNumber `json:"count"`
				Date        flexString `json:"date"`
				CollectedAt flexString `json:"collectedAt"`
			} `json:"current"`
		} `json:"usage"`
	} `json:"licenses"`
}

func (r licensesReply) result() TenantLicenses {
	out := TenantLicenses{TenantID: string(r.Tenant.ID), OrganizationID: string(r.Organization.ID),
		Licenses: make([]License, 0, len(r.Licenses))}
	for _, l := range r.Licenses {
		out.Licenses = append(out.Licenses, License{
			ID: string(l.ID), LicenseIdentifier: string(l.LicenseIdentifier),
			ProductCode: string(l.Product.Code), ProductName: string(l.Product.Name),
			ProductGenericCode: string(l.Product.GenericCode),
			StartDate:          string(l.StartDate), EndDate: string(l.EndDate), Perpetual: l.Perpetual,
			Type: string(l.Type), Quantity: float64(l.Quantity), Unlimited: l.Unlimited,
			UsageCount: float64(l.Usage.Current.Count), UsageDate: string(l.Usage.Current.Date),
			UsageCollectedAt: string(l.Usage.Current.CollectedAt),
		})
	}
	return out
}

// Licenses reads a tenant's licences. The Licensing API sits on the global host but takes
// X-Tenant-ID (NOTES §1.3), so the partner's own host is used.
func (c *Client) Licenses(ctx context.Context, tenantID string) (TenantLicenses, error) {
	tenantID = strings.TrimSpace(tenantID)
	if tenantID == "" {
		return TenantLicenses{}, fmt.Errorf("Sophos Central: licences: the tenant id is empty")
	}
	s, err := c.partnerSession(ctx)
	if err != nil {
		return TenantLicenses{}, err
	}
	h := http.Header{}
	h.Set("X-Tenant-ID", tenantID)
	var reply licensesReply
	if err := c.getJSON(ctx, apiRequest{op: "read licences of tenant " + tenantID, baseURL: s.baseURL,
		path: "/licenses/v1/licenses", header: h}, &reply); err != nil {
		return TenantLicenses{}, err
	}
	return reply.result(), nil
}
