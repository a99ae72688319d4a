package app

import (
	"cmp"
	"context"
	"errors"
	"strings"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/errkind"
	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/sophos"
	"psabridge/app/logging"
)

// A connection test should answer within seconds: one retry for a network blip, and no
// waiting out a long Retry-After (the result says "rate limited" instead).
var connectionTestRetry = httpretry.Policy{MaxAttempts: 2, BaseDelay: 300 * time.Millisecond,
	MaxDelay: time.Second, MaxRetryAfter: 3 * time.Second, Concurrency: 2}

// Failure codes of a connection test. The frontend maps each to a message in its language
// (connections.failure.* in src/locales); Detail carries the technical text for support.
const (
	FailureUnreachable        = "unreachable"         // no answer from the host
	FailureUnknownCompany     = "unknown_company"     // ConnectWise: the site does not know the company ID
	FailureBadKeys            = "bad_keys"            // ConnectWise: public/private key rejected
	FailureBadClientID        = "bad_client_id"       // ConnectWise: clientId rejected
	FailureCatalogPermission  = "catalog_permission"  // ConnectWise: API member may not read the catalog
	FailureUnknownClient      = "unknown_client"      // Sophos: no such client ID
	FailureBadSecret          = "bad_secret"          // Sophos: client secret rejected
	FailureBadCredentials     = "bad_credentials"     // Sophos: sign-in refused for another reason
	FailureNotPartner         = "not_partner"         // Sophos: an organization or tenant credential
	FailureMissingPermission  = "missing_permission"  // Sophos: the credential may not list customers
	FailureRateLimited        = "rate_limited"        // the service asks to slow down
	FailureUnexpectedResponse = "unexpected_response" // anything else; see Detail
)

// ConnectWiseTest is what a ConnectWise connection test found: what works, and the first
// thing that does not.
type ConnectWiseTest struct {
	OK              bool   `json:"ok"`
	Failure         string `json:"failure,omitempty"`
	Detail          string `json:"detail,omitempty"` // technical text (English), never a secret
	Reachable       bool   `json:"reachable"`
	CompanyName     string `json:"companyName,omitempty"`
	Version         string `json:"version,omitempty"` // e.g. v2025.1.10245
	Cloud           bool   `json:"cloud"`
	AuthOK          bool   `json:"authOk"`
	CatalogReadable bool   `json:"catalogReadable"`
	CatalogItems    int    `json:"catalogItems"`
}

// SophosTest is what a Sophos Central connection test found.
type SophosTest struct {
	OK          bool   `json:"ok"`
	Failure     string `json:"failure,omitempty"`
	Detail      string `json:"detail,omitempty"`
	IDType      string `json:"idType,omitempty"` // what whoami said: partner, organization, tenant
	PartnerID   string `json:"partnerId,omitempty"`
	TenantsRead bool   `json:"tenantsRead"`
	Tenants     int    `json:"tenants"`
}

var connectWiseFailures = map[connectwise.Problem]string{
	connectwise.ProblemUnreachable:       FailureUnreachable,
	connectwise.ProblemUnknownCompany:    FailureUnknownCompany,
	connectwise.ProblemBadCredentials:    FailureBadKeys,
	connectwise.ProblemBadClientID:       FailureBadClientID,
	connectwise.ProblemMissingPermission: FailureCatalogPermission,
}

// testConnectWise runs the client's step-by-step test and reports it in the app's terms.
func testConnectWise(ctx context.Context, c *connectwise.Client, secrets ...string) ConnectWiseTest {
	r := c.TestConnection(ctx)
	out := ConnectWiseTest{OK: r.OK(), Reachable: r.Reachable, CompanyName: r.CompanyName,
		Version: cmp.Or(r.ServerVersion, r.VersionCode), Cloud: r.IsCloud, AuthOK: r.AuthOK,
		CatalogReadable: r.CatalogReadable, CatalogItems: r.CatalogCount}
	if out.OK {
		return out
	}
	out.Failure = connectWiseFailures[r.Problem]
	if errors.Is(r.Err, errkind.RateLimited) {
		out.Failure = FailureRateLimited
	}
	if out.Failure == "" {
		out.Failure = FailureUnexpectedResponse
	}
	if r.Err != nil {
		out.Detail = scrub(r.Err.Error(), secrets...)
	}
	return out
}

// testSophos asks whoami who the credential belongs to, then lists the partner's
// customers, which is what reading usage needs.
func testSophos(ctx context.Context, c *sophos.Client, secret string) SophosTest {
	var out SophosTest
	id, err := c.WhoAmI(ctx)
	out.IDType = id.IDType
	if err == nil {
		out.PartnerID = id.ID
		var tenants []sophos.Tenant
		if tenants, err = c.Tenants(ctx); err == nil {
			out.OK, out.TenantsRead, out.Tenants = true, true, len(tenants)
			return out
		}
	}
	out.Failure = sophosFailure(err)
	out.Detail = scrub(err.Error(), secret)
	return out
}

// sophosFailure classifies a failed Sophos call.
func sophosFailure(err error) string {
	if sophos.IsNotPartner(err) {
		return FailureNotPartner
	}
	if ae, ok := errors.AsType[*sophos.APIError](err); ok && ae.SignIn() && errors.Is(err, errkind.Unauthorized) {
		switch ae.Code {
		case sophos.SignInBadSecret:
			return FailureBadSecret
		case sophos.SignInUnknownClient:
			return FailureUnknownClient
		}
		return FailureBadCredentials
	}
	switch errkind.Of(err) {
	case errkind.Unauthorized:
		return FailureBadCredentials
	case errkind.Forbidden:
		return FailureMissingPermission
	case errkind.RateLimited:
		return FailureRateLimited
	case errkind.Unreachable:
		return FailureUnreachable
	}
	return FailureUnexpectedResponse
}

// scrub keeps secrets out of text shown to the user or logged: the literal values (in
// case a server echoed them) and anything that looks like a credential.
func scrub(text string, secrets ...string) string {
	for _, s := range secrets {
		if len(s) >= 4 {
			text = strings.ReplaceAll(text, s, logging.Redacted)
		}
	}
	return logging.RedactText(text)
}
