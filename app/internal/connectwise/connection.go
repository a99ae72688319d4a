package connectwise

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// Problem names what a connection test found wrong, for the user and for the UI.
type Problem string

// The problems a connection test tells apart.
const (
	ProblemNone              Problem = ""
	ProblemUnreachable       Problem = "unreachable"        // no answer from the site: address, network, TLS
	ProblemUnknownCompany    Problem = "unknown-company"    // the site doesn't know the company ID
	ProblemBadCredentials    Problem = "bad-credentials"    // 401: public/private key (or company ID) wrong
	ProblemBadClientID       Problem = "bad-client-id"      // 400/401/403 naming the clientId
	ProblemMissingPermission Problem = "missing-permission" // 403: the API member's role lacks Product Catalog access
	ProblemOther             Problem = "other"              // anything else; see Err
)

// ConnectionReport is the result of TestConnection.
type ConnectionReport struct {
	Reachable       bool   // the site answered
	CompanyFound    bool   // the company ID is known to the site
	CompanyName     string // from company info
	Codebase        string // e.g. "v2025_1/" (cloud) or "v4_6_release/" (on-premise)
	VersionCode     string // e.g. "v2025.1"
	ServerVersion   string // /system/info version, e.g. "v2025.1.10245"
	IsCloud         bool
	AuthOK          bool // keys and clientId accepted
	CatalogReadable bool // the API member may read the product catalog
	CatalogCount    int  // active and inactive catalog items
	Problem         Problem
	Err             error // the failure behind Problem
}

// OK reports a fully working connection.
func (r ConnectionReport) OK() bool { return r.Problem == ProblemNone }

// Summary is one sentence for the user.
func (r ConnectionReport) Summary() string {
	switch r.Problem {
	case ProblemNone:
		return fmt.Sprintf("Connected to %s (%s); %d catalog items readable.", cmp.Or(r.CompanyName, "ConnectWise"),
			cmp.Or(r.ServerVersion, r.VersionCode, "unknown version"), r.CatalogCount)
	case ProblemUnreachable:
		return "The ConnectWise site does not answer. Check the site address and the network."
	case ProblemUnknownCompany:
		return "The ConnectWise site does not know this company ID."
	case ProblemBadCredentials:
		return "ConnectWise did not accept the public/private key pair for this company ID."
	case ProblemBadClientID:
		return "ConnectWise did not accept the clientId. Use the clientId registered for PSA Bridge."
	case ProblemMissingPermission:
		return "The API member may not read the product catalog. Give its security role Inquire on Procurement > Product Catalog."
	}
	if r.Err != nil {
		return r.Err.Error()
	}
	return "The connection test failed."
}

// TestConnection checks the connection step by step: company info (no credentials; site
// reachable, company known, version), /system/info (credentials and clientId), then the
// catalog count (permission), and says which step failed and why.
func (c *Client) TestConnection(ctx context.Context) ConnectionReport {
	var r ConnectionReport
	info, err := c.companyInfo(ctx)
	switch {
	case err != nil && IsUnreachable(err):
		r.Problem, r.Err = ProblemUnreachable, err
		return r
	case err != nil && ctx.Err() != nil:
		r.Problem, r.Err = ProblemOther, err
		return r
	}
	r.Reachable = true
	if info != nil {
		r.CompanyFound, r.CompanyName, r.Codebase, r.VersionCode, r.IsCloud =
			true, info.CompanyName, info.Codebase, info.VersionCode, bool(info.IsCloud)
	}

	var sys struct {
		Version string `json:"version"`
		IsCloud bool   `json:"isCloud"`
	}
	if err := c.getJSON(ctx, "/system/info", nil, &sys); err != nil {
		r.Problem, r.Err = c.classify(err, r.CompanyFound), err
		return r
	}
	r.AuthOK, r.CompanyFound, r.ServerVersion = true, true, sys.Version
	r.IsCloud = r.IsCloud || sys.IsCloud

	n, err := c.CatalogCount(ctx, CatalogQuery{IncludeInactive: true})
	if err != nil {
		r.Problem, r.Err = c.classify(err, true), err
		if IsForbidden(err) && r.Problem != ProblemBadClientID {
			r.Problem = ProblemMissingPermission
		}
		return r
	}
	r.CatalogReadable, r.CatalogCount = true, n
	return r
}

// classify maps an authenticated call's failure to a Problem.
func (c *Client) classify(err error, companyFound bool) Problem {
	e, ok := AsError(err)
	switch {
	case !ok:
		return ProblemOther
	case e.Code == CodeUnreachable || e.Code == CodeTimeout:
		return ProblemUnreachable
	case (e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden || e.Status == http.StatusBadRequest) &&
		strings.Contains(strings.ToLower(e.Code+" "+e.Message), "clientid"): // some servers answer 400
		return ProblemBadClientID
	case e.Status == http.StatusUnauthorized && !companyFound:
		return ProblemUnknownCompany
	case e.Status == http.StatusUnauthorized:
		return ProblemBadCredentials
	case e.Status == http.StatusForbidden:
		return ProblemMissingPermission
	case e.Status == http.StatusNotFound && !companyFound:
		return ProblemUnknownCompany // cloud answers a wrong company or codebase with 404
	}
	return ProblemOther
}

// companyInfo is /login/companyinfo/{companyId}: no credentials, plain JSON.
type companyInfo struct {
	CompanyName string   `json:"CompanyName"`
	Codebase    string   `json:"Codebase"`
	VersionCode string   `json:"VersionCode"`
	CompanyID   string   `json:"CompanyID"`
	IsCloud     flexBool `json:"IsCloud"`
}

// companyInfo asks the site about the company. A nil result means "company not known":
// ConnectWise answers an unknown company with an empty body, null, a 404 or a plain-text
// routing error, depending on the site.
func (c *Client) companyInfo(ctx context.Context) (*companyInfo, error) {
	target := c.site.String() + "/login/companyinfo/" + url.PathEscape(c.companyID)
	const endpoint = "GET /login/companyinfo"
	resp, err := c.send(ctx, endpoint, func(ctx context.Context) (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Accept", "application/json")
		req.Header.Set("User-Agent", c.userAgent)
		return req, nil
	})
	if err != nil {
		if e, ok := AsError(err); ok && e.Status != 0 && e.Status < 500 {
			return nil, nil // the site answered: it doesn't know the company
		}
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, c.transportError(ctx, endpoint, err)
	}
	body = bytes.TrimSpace(body)
	var info companyInfo
	if len(body) == 0 || string(body) == "null" || json.Unmarshal(body, &info) != nil || info.CompanyID == "" && info.Codebase == "" {
		return nil, nil
	}
	return &info, nil
}

// flexBool reads true, "True" or "true" (company info writes IsCloud either way).
type flexBool bool

func (b *flexBool) UnmarshalJSON(data []byte) error {
	*b = flexBool(strings.EqualFold(strings.Trim(string(data), `"`), "true"))
	return nil
}
