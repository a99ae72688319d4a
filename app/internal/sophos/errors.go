package sophos

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode"
)

// APIError is a reply from Sophos Central or id.sophos.com that was not a success.
// Both error body shapes are read: the API's {error, message, correlationId, code, createdAt,
// requestId, docUrl} and id.sophos.com's {errorCode, message, trackingId}.
type APIError struct {
	Op            string `json:"op"`               // what the client was doing, e.g. "list tenants (page 2)"
	Status        int    `json:"status"`           // HTTP status
	Reason        string `json:"reason,omitempty"` // the API's "error", e.g. "Unauthorized"
	Code          string `json:"code,omitempty"`   // the API's "code" or id.sophos.com's "errorCode"
	Message       string `json:"message,omitempty"`
	CorrelationID string `json:"correlationId,omitempty"`
	RequestID     string `json:"requestId,omitempty"`
	TrackingID    string `json:"trackingId,omitempty"` // id.sophos.com only
	DocURL        string `json:"docUrl,omitempty"`
	Hint          string `json:"hint,omitempty"` // what the user can do about it

	signIn bool // the token endpoint answered, not the API
}

// SignIn reports whether the error came from the token endpoint rather than the API.
func (e *APIError) SignIn() bool { return e.signIn }

func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Sophos Central: %s failed: HTTP %d", e.Op, e.Status)
	if text := http.StatusText(e.Status); text != "" {
		b.WriteString(" " + text)
	}
	if e.Message != "" && e.Message != e.Reason && e.Message != http.StatusText(e.Status) {
		b.WriteString(": " + e.Message)
	} else if e.Reason != "" && e.Reason != http.StatusText(e.Status) {
		b.WriteString(": " + e.Reason)
	}
	var ids []string
	for _, kv := range [][2]string{{"code", e.Code}, {"correlationId", e.CorrelationID},
		{"requestId", e.RequestID}, {"trackingId", e.TrackingID}} {
		if kv[1] != "" {
			ids = append(ids, kv[0]+" "+kv[1])
		}
	}
	if len(ids) > 0 {
		b.WriteString(" (" + strings.Join(ids, ", ") + ")")
	}
	if e.Hint != "" {
		b.WriteString(". " + e.Hint)
	}
	return b.String()
}

// NotPartnerError says the credential works but belongs to an organization or a single
// tenant, which cannot list a partner's customers or read MSP Flex billing.
type NotPartnerError struct {
	IDType string // "organization" or "tenant" (or whatever else whoami said)
	ID     string
}

func (e *NotPartnerError) Error() string {
	kind := "a " + e.IDType
	switch e.IDType {
	case IDTypeOrganization:
		kind = "an organization (enterprise dashboard)"
	case IDTypeTenant:
		kind = "a single customer (tenant)"
	case "":
		kind = "an unknown kind of account"
	}
	return "Sophos Central: these API credentials belong to " + kind + ", not to a partner. " +
		"PSA Bridge reads your customers and MSP Flex billing, which needs Partner-level API credentials: " +
		"create them in Sophos Central Partner under Settings & Policies › API Credentials"
}

// IsNotPartner reports whether err says the credential is not a partner credential.
func IsNotPartner(err error) bool {
	var np *NotPartnerError
	return errors.As(err, &np)
}

// apiStatus is the status of an API reply in err, ignoring sign-in failures: a 404 or 400 from
// a misconfigured token URL must not read as "no data" or "page too large".
func apiStatus(err error) int {
	var ae *APIError
	if errors.As(err, &ae) && !ae.signIn {
		return ae.Status
	}
	return 0
}

// StatusOf returns the HTTP status of an *APIError in err's chain, or 0.
func StatusOf(err error) int {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Status
	}
	return 0
}

const (
	credentialsHint = "Check the client ID and client secret (Sophos Central Partner › Settings & Policies › " +
		"API Credentials); the secret is shown only once, so create a new credential if it is lost"
	forbiddenHint = "The API credential is not allowed to do this: reading customers and billing needs a " +
		"Partner-level credential with the Super Admin role"
	rateLimitHint = "Sophos is limiting the request rate; try again in a minute"
	serverHint    = "Sophos Central reported a problem on its side; try again later"
)

// errorBody holds every field of both Sophos error shapes (and plain OAuth2's).
type errorBody struct {
	Error            string `json:"error"`
	ErrorDescription string `json:"error_description"`
	Message          string `json:"message"`
	CorrelationID    string `json:"correlationId"`
	Code             string `json:"code"`
	CreatedAt        string `json:"createdAt"`
	RequestID        string `json:"requestId"`
	DocURL           string `json:"docUrl"`
	ErrorCode        string `json:"errorCode"`
	TrackingID       string `json:"trackingId"`
}

// newAPIError reads an error body of either shape. A body that is not JSON still gives a
// readable message (its first line, shortened), never raw HTML pages or binary noise.
func newAPIError(op string, status int, body []byte, tokenEndpoint bool) *APIError {
	e := &APIError{Op: op, Status: status, signIn: tokenEndpoint}
	var eb errorBody
	if json.Unmarshal(body, &eb) == nil {
		e.Reason = eb.Error
		e.Message = cmp.Or(eb.Message, eb.ErrorDescription)
		e.Code = cmp.Or(eb.Code, eb.ErrorCode)
		e.CorrelationID, e.RequestID, e.TrackingID, e.DocURL = eb.CorrelationID, eb.RequestID, eb.TrackingID, eb.DocURL
	} else if snippet := readableSnippet(body); snippet != "" {
		e.Message = "unexpected reply: " + snippet
	}
	switch {
	case tokenEndpoint && status >= 400 && status < 500 && status != http.StatusTooManyRequests:
		e.Hint = credentialsHint
	case status == http.StatusUnauthorized:
		e.Hint = credentialsHint
	case status == http.StatusForbidden:
		e.Hint = forbiddenHint
	case status == http.StatusTooManyRequests:
		e.Hint = rateLimitHint
	case status >= 500:
		e.Hint = serverHint
	}
	return e
}

// readableSnippet shortens a non-JSON body to one printable line of at most 160 characters.
func readableSnippet(body []byte) string {
	s := strings.TrimSpace(string(body))
	if strings.HasPrefix(s, "<") { // an HTML error page from a proxy: its text is noise
		return "an HTML page instead of JSON"
	}
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		if !unicode.IsPrint(r) {
			return -1
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}
