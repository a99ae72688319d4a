package sophos

import (
	"strings"
	"testing"
)

func TestAPIErrorMessages(t *testing.T) {
	tests := []struct {
		name     string
		status   int
		body     string
		token    bool
		contains []string
	}{
		{"api error body", 500, `{"error":"Internal Server Error","message":"Unexpected error.","correlationId":"c-1","code":"internalError","requestId":"r-1"}`,
			false, []string{"HTTP 500", "Unexpected error.", "correlationId c-1", "requestId r-1", "try again later"}},
		{"api 401 without message", 401, `{"error":"Unauthorized","correlationId":"c-2","requestId":"r-2"}`,
			false, []string{"HTTP 401 Unauthorized", "client secret", "correlationId c-2"}},
		{"id.sophos.com body", 401, `{"errorCode":"oauth.invalid_client_secret","message":"Unauthorized","trackingId":"tr-9"}`,
			true, []string{"oauth.invalid_client_secret", "trackingId tr-9", "client ID and client secret"}},
		{"token 400", 400, `{"errorCode":"oauth.invalid_request","message":"Bad Request"}`,
			true, []string{"client ID and client secret"}},
		{"plain text", 502, "Bad gateway from upstream\n", false, []string{"HTTP 502", "Bad gateway from upstream"}},
		{"html page", 503, "<html><body>down</body></html>", false, []string{"HTML page instead of JSON"}},
		{"empty body", 403, "", false, []string{"HTTP 403 Forbidden", "Partner-level"}},
		{"rate limited", 429, `{"error":"Too Many Requests"}`, false, []string{"HTTP 429", "try again in a minute"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := newAPIError("list tenants (page 1)", tt.status, []byte(tt.body), tt.token).Error()
			for _, want := range append(tt.contains, "list tenants") {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
		})
	}
}

func TestNotPartnerErrorMessage(t *testing.T) {
	for _, idType := range []string{IDTypeOrganization, IDTypeTenant, "", "robot"} {
		msg := (&NotPartnerError{IDType: idType}).Error()
		for _, want := range []string{"not to a partner", "Partner-level API credentials", "Settings & Policies › API Credentials"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%q: message %q lacks %q", idType, msg, want)
			}
		}
	}
	if !strings.Contains((&NotPartnerError{IDType: IDTypeOrganization}).Error(), "organization") {
		t.Error("message does not say the credential is an organization's")
	}
}
