package sophos

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

// The three kinds of credential whoami can report.
const (
	IDTypePartner      = "partner"
	IDTypeOrganization = "organization"
	IDTypeTenant       = "tenant"
)

// Identity is what GET /whoami/v1 says about the credential.
type Identity struct {
	ID             string `json:"id"`
	IDType         string `json:"idType"`                   // partner, organization or tenant
	GlobalHost     string `json:"globalHost"`               // apiHosts.global, trailing slash removed
	DataRegionHost string `json:"dataRegionHost,omitempty"` // apiHosts.dataRegion; absent for partners
}

type whoamiReply struct {
	ID       string `json:"id"`
	IDType   string `json:"idType"`
	APIHosts struct {
		Global     string `json:"global"`
		DataRegion string `json:"dataRegion"`
	} `json:"apiHosts"`
}

// WhoAmI asks Sophos who the credential belongs to (a "test connection" in the UI). For an
// organization or tenant credential it returns the Identity together with a *NotPartnerError.
// A partner identity is remembered for the partner calls that follow.
func (c *Client) WhoAmI(ctx context.Context) (Identity, error) {
	var reply whoamiReply
	err := c.getJSON(ctx, apiRequest{op: "check the API credentials (whoami)", baseURL: c.cfg.APIHost, path: "/whoami/v1"}, &reply)
	if err != nil {
		return Identity{}, err
	}
	id := Identity{
		ID:             strings.TrimSpace(reply.ID),
		IDType:         strings.ToLower(strings.TrimSpace(reply.IDType)),
		GlobalHost:     strings.TrimRight(strings.TrimSpace(reply.APIHosts.Global), "/"),
		DataRegionHost: strings.TrimRight(strings.TrimSpace(reply.APIHosts.DataRegion), "/"),
	}
	if id.ID == "" {
		return id, fmt.Errorf("Sophos Central: whoami replied without an id")
	}
	if id.IDType != IDTypePartner {
		return id, &NotPartnerError{IDType: id.IDType, ID: id.ID}
	}
	c.mu.Lock()
	c.partner = &partnerSession{id: id.ID, baseURL: partnerBaseURL(reply.APIHosts.Global, c.cfg.APIHost, c.cfg.PinAPIHost)}
	c.mu.Unlock()
	return id, nil
}

// partnerSession returns the remembered partner identity, asking whoami the first time.
func (c *Client) partnerSession(ctx context.Context) (partnerSession, error) {
	c.mu.Lock()
	s := c.partner
	c.mu.Unlock()
	if s != nil {
		return *s, nil
	}
	if _, err := c.WhoAmI(ctx); err != nil {
		return partnerSession{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return *c.partner, nil
}

// partnerHeader is the header every partner route needs.
func (s partnerSession) header() http.Header {
	h := http.Header{}
	h.Set("X-Partner-ID", s.id)
	return h
}
