package sophos

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// Tenant is one of the partner's customers in Sophos Central.
type Tenant struct {
	ID             string         `json:"id"`
	Name           string         `json:"name"`
	ShowAs         string         `json:"showAs,omitempty"`
	DataGeography  string         `json:"dataGeography,omitempty"`
	DataRegion     string         `json:"dataRegion,omitempty"`
	BillingType    string         `json:"billingType,omitempty"` // usage (MSP Flex), term or trial
	APIHost        string         `json:"apiHost,omitempty"`
	PartnerID      string         `json:"partnerId,omitempty"`
	OrganizationID string         `json:"organizationId,omitempty"`
	Status         string         `json:"status,omitempty"` // not in Sophos' examples; seen as active/suspended elsewhere
	Contact        *TenantContact `json:"contact,omitempty"`
}

// Billing types a tenant can have.
const (
	BillingTypeUsage = "usage"
	BillingTypeTerm  = "term"
	BillingTypeTrial = "trial"
)

// DisplayName is showAs when Sophos has one, else the name.
func (t Tenant) DisplayName() string {
	if s := strings.TrimSpace(t.ShowAs); s != "" {
		return s
	}
	return t.Name
}

// TenantContact is the customer contact Sophos keeps (shown in tenant create bodies and some
// list replies).
type TenantContact struct {
	FirstName string         `json:"firstName,omitempty"`
	LastName  string         `json:"lastName,omitempty"`
	Email     string         `json:"email,omitempty"`
	Phone     string         `json:"phone,omitempty"`
	Mobile    string         `json:"mobile,omitempty"`
	Fax       string         `json:"fax,omitempty"`
	Address   *TenantAddress `json:"address,omitempty"`
}

// TenantAddress is a contact's postal address.
type TenantAddress struct {
	Address1    string `json:"address1,omitempty"`
	Address2    string `json:"address2,omitempty"`
	City        string `json:"city,omitempty"`
	State       string `json:"state,omitempty"`
	CountryCode string `json:"countryCode,omitempty"`
	PostalCode  string `json:"postalCode,omitempty"`
}

// tenantWire is a tenant as Sophos sends it (partner and organization are nested objects).
type tenantWire struct {
	ID            flexString `json:"id"`
	Name          flexString `json:"name"`
	ShowAs        flexString `json:"showAs"`
	DataGeography flexString `json:"dataGeography"`
	DataRegion    flexString `json:"dataRegion"`
	BillingType   flexString `json:"billingType"`
	APIHost       flexString `json:"apiHost"`
	Status        flexString `json:"status"`
	Partner       struct {
		ID flexString `json:"id"`
	} `json:"partner"`
	Organization struct {
		ID flexString `json:"id"`
	} `json:"organization"`
	Contact *TenantContact `json:"contact"`
}

func (w tenantWire) tenant() Tenant {
	return Tenant{
		ID: strings.TrimSpace(string(w.ID)), Name: string(w.Name), ShowAs: string(w.ShowAs),
		DataGeography: string(w.DataGeography), DataRegion: string(w.DataRegion),
		BillingType: string(w.BillingType), APIHost: string(w.APIHost),
		PartnerID: string(w.Partner.ID), OrganizationID: string(w.Organization.ID),
		Status: string(w.Status), Contact: w.Contact,
	}
}

type tenantsPage struct {
	Items []tenantWire `json:"items"`
	Pages pageInfo     `json:"pages"`
}

// Tenants lists all of the partner's tenants. Paging is page-based: page 1 asks for the page
// total, then pages 2…total follow. A tenant seen twice (the list moved between pages) is
// kept once.
func (c *Client) Tenants(ctx context.Context) ([]Tenant, error) {
	s, err := c.partnerSession(ctx)
	if err != nil {
		return nil, err
	}
	fetch := func(ctx context.Context, page, size int, withTotal bool) (tenantsPage, error) {
		q := url.Values{"page": {strconv.Itoa(page)}}
		setPageSize(q, size)
		if withTotal {
			q.Set("pageTotal", "true")
		}
		var p tenantsPage
		err := c.getJSON(ctx, apiRequest{op: fmt.Sprintf("list tenants (page %d)", page), baseURL: s.baseURL,
			path: "/partner/v1/tenants", query: q, header: s.header()}, &p)
		return p, err
	}

	var first tenantsPage
	size, err := firstPage(ctx, func(ctx context.Context, size int) error {
		var err error
		first, err = fetch(ctx, 1, size, true)
		return err
	})
	if err != nil {
		return nil, err
	}
	size = nextPageSize(size, first.Pages)
	if first.Pages.Total > maxPages {
		return nil, fmt.Errorf("Sophos Central: list tenants: %w", errTooManyPages)
	}

	seen := map[string]bool{}
	tenants := make([]Tenant, 0, max(first.Pages.Items, len(first.Items)))
	add := func(items []tenantWire) {
		for _, w := range items {
			t := w.tenant()
			if t.ID != "" && seen[t.ID] {
				continue
			}
			seen[t.ID] = true
			tenants = append(tenants, t)
		}
	}
	add(first.Items)

	// Without a page total (a server that ignores pageTotal), read on until a short page.
	last, full := first.Pages.Total, size
	if full == 0 {
		full = len(first.Items) // the server's default page size, as far as we can tell
	}
	more := func(page int, got int) bool {
		if last > 0 {
			return page <= last
		}
		return got > 0 && got >= full && page <= maxPages
	}
	got := len(first.Items)
	for page := 2; more(page, got); page++ {
		p, err := fetch(ctx, page, size, false)
		if err != nil {
			return nil, err
		}
		add(p.Items)
		got = len(p.Items)
	}
	return tenants, nil
}

// Tenant reads one tenant (GET /partner/v1/tenants/{id}), which adds showAs and organization.
func (c *Client) Tenant(ctx context.Context, tenantID string) (Tenant, error) {
	tenantID = strings.TrimSpace(tenantID)
	if tenantID == "" {
		return Tenant{}, fmt.Errorf("Sophos Central: get tenant: the tenant id is empty")
	}
	s, err := c.partnerSession(ctx)
	if err != nil {
		return Tenant{}, err
	}
	var w tenantWire
	err = c.getJSON(ctx, apiRequest{op: "get tenant " + tenantID, baseURL: s.baseURL,
		path: "/partner/v1/tenants/" + url.PathEscape(tenantID), header: s.header()}, &w)
	return w.tenant(), err
}
