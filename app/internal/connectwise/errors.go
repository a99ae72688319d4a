package connectwise

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"psabridge/app/internal/httpretry"
)

// Codes the client itself gives an Error when ConnectWise never answered properly.
// ConnectWise's own codes ("InvalidObject", "NotFound", "Unauthorized", …) pass through.
const (
	CodeUnreachable    = "Unreachable"    // no connection (DNS, refused, TLS, reset)
	CodeTimeout        = "Timeout"        // no answer within the timeout
	CodeMalformedReply = "MalformedReply" // a 2xx reply that isn't the JSON expected
	CodeInvalidID      = "InvalidID"      // an id ≤ 0: no such record, and no request sent
)

// Field-error codes ConnectWise uses (NOTES §6).
const (
	FieldObjectExists  = "ObjectExists"
	FieldMissing       = "MissingRequiredField"
	FieldMaxLength     = "MaxLengthField"
	FieldNotFound      = "NotFound"
	FieldInvalid       = "InvalidField"
	FieldOutOfRange    = "OutOfRange"
	maxErrorBodyBytes  = 64 << 10
	maxMessageRunes    = 300
	maxFieldErrorsText = 5
)

// Error is every failure of a ConnectWise call: an HTTP error status with ConnectWise's
// error body, a reply that isn't JSON, or no reply at all (Status 0). Error() is meant for
// the user; it never contains credentials.
type Error struct {
	Status     int           // HTTP status; 0 when no reply arrived
	Code       string        // ConnectWise's code, or one of the Code* constants
	Message    string        // ConnectWise's message, or a description of what went wrong
	Fields     []FieldError  // ConnectWise's errors[]: one entry per rejected field
	RetryAfter time.Duration // from Retry-After on 429/503; zero when absent
	Endpoint   string        // "GET /procurement/catalog"
	Host       string        // the API host
	Err        error         // the underlying error (network, decoding), if any
}

// FieldError is one entry of ConnectWise's errors[]: what is wrong with which field.
type FieldError struct {
	Code     string `json:"code"`
	Message  string `json:"message"`
	Resource string `json:"resource"`
	Field    string `json:"field"` // a path such as "identifier" or "subcategory/id"
}

// Name is the top-level field the error is about: "subcategory" for "subcategory/id".
// Forms use it to show the message next to the right input.
func (f FieldError) Name() string {
	name, _, _ := strings.Cut(f.Field, "/")
	return name
}

func (e *Error) Unwrap() error { return e.Err }

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.headline())
	if msg := strings.TrimSpace(e.Message); msg != "" && !strings.EqualFold(msg, e.Code) {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	for i, f := range e.Fields {
		if i == maxFieldErrorsText {
			fmt.Fprintf(&b, "; and %d more", len(e.Fields)-i)
			break
		}
		b.WriteString("; ")
		if f.Field != "" {
			b.WriteString(f.Field)
			b.WriteString(": ")
		}
		b.WriteString(cmp.Or(f.Message, f.Code))
	}
	b.WriteString(" (")
	if e.Status != 0 {
		fmt.Fprintf(&b, "HTTP %d", e.Status)
		if e.Code != "" {
			b.WriteString(" " + e.Code)
		}
		b.WriteString(", ")
	}
	b.WriteString(e.Endpoint)
	b.WriteString(")")
	return b.String()
}

func (e *Error) headline() string {
	switch {
	case e.Code == CodeTimeout:
		return "ConnectWise at " + e.Host + " did not answer in time"
	case e.Code == CodeUnreachable:
		return "Cannot reach ConnectWise at " + e.Host
	case e.Code == CodeMalformedReply:
		return "ConnectWise at " + e.Host + " sent an unreadable reply"
	case e.Code == CodeInvalidID:
		return "Not found in ConnectWise"
	}
	switch s := e.Status; {
	case s == http.StatusBadRequest:
		return "ConnectWise rejected the request"
	case s == http.StatusUnauthorized:
		return "ConnectWise did not accept the credentials (company ID, public/private key or clientId)"
	case s == http.StatusForbidden:
		return "The ConnectWise API member is not allowed to do this (check its security role)"
	case s == http.StatusNotFound:
		return "Not found in ConnectWise"
	case s == http.StatusConflict:
		return "ConnectWise reported a conflict"
	case s == http.StatusTooManyRequests:
		if e.RetryAfter > 0 {
			return fmt.Sprintf("ConnectWise is limiting requests; try again in %s", e.RetryAfter.Round(time.Second))
		}
		return "ConnectWise is limiting requests; try again later"
	case s >= 500:
		return "ConnectWise had a server error"
	}
	return fmt.Sprintf("ConnectWise answered %d %s", e.Status, http.StatusText(e.Status))
}

// Field returns the first field error about name (as FieldError.Name), if any.
func (e *Error) Field(name string) (FieldError, bool) {
	for _, f := range e.Fields {
		if strings.EqualFold(f.Name(), name) {
			return f, true
		}
	}
	return FieldError{}, false
}

// AsError finds the *Error in err's chain.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

func hasStatus(err error, status int) bool {
	e, ok := AsError(err)
	return ok && e.Status == status
}

// IsNotFound reports a 404, or an id that no record can have (CodeInvalidID).
func IsNotFound(err error) bool {
	e, ok := AsError(err)
	return ok && (e.Status == http.StatusNotFound || e.Code == CodeInvalidID)
}

// checkID refuses an id ConnectWise never gives (≤ 0) before a request is sent; what
// names the record in the message ("catalog item", "agreement").
func (c *Client) checkID(endpoint, what string, id int) error {
	if id > 0 {
		return nil
	}
	return &Error{Code: CodeInvalidID, Message: fmt.Sprintf("there is no %s %d (ids are positive)", what, id),
		Endpoint: endpoint, Host: c.site.Host}
}

// IsUnauthorized reports a 401: wrong company ID, keys or clientId.
func IsUnauthorized(err error) bool { return hasStatus(err, http.StatusUnauthorized) }

// IsForbidden reports a 403: the API member's security role lacks a permission.
func IsForbidden(err error) bool { return hasStatus(err, http.StatusForbidden) }

// IsConflict reports a 409.
func IsConflict(err error) bool { return hasStatus(err, http.StatusConflict) }

// IsRateLimited reports a 429 that outlasted the retries.
func IsRateLimited(err error) bool { return hasStatus(err, http.StatusTooManyRequests) }

// IsValidation reports a 400: the request (or a field in it) was rejected.
func IsValidation(err error) bool { return hasStatus(err, http.StatusBadRequest) }

// IsObjectExists reports ConnectWise's duplicate error, e.g. an identifier already in use.
func IsObjectExists(err error) bool {
	e, ok := AsError(err)
	if !ok {
		return false
	}
	if e.Code == FieldObjectExists {
		return true
	}
	for _, f := range e.Fields {
		if f.Code == FieldObjectExists {
			return true
		}
	}
	return false
}

// IsUnreachable reports that no reply arrived: network failure or timeout.
func IsUnreachable(err error) bool {
	e, ok := AsError(err)
	return ok && (e.Code == CodeUnreachable || e.Code == CodeTimeout)
}

// IsMalformedReply reports a reply that could not be read.
func IsMalformedReply(err error) bool {
	e, ok := AsError(err)
	return ok && e.Code == CodeMalformedReply
}

// transportError explains a request that got no reply. A cancelled ctx is returned as
// is (wrapped), so callers can tell "the user stopped it" from "the network failed".
func (c *Client) transportError(ctx context.Context, endpoint string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("ConnectWise request %s stopped: %w", endpoint, ctx.Err())
	}
	if e, ok := AsError(err); ok {
		return e
	}
	cause := err
	var ue *url.Error
	if errors.As(err, &ue) {
		cause = ue.Err // url.Error repeats the whole URL; the endpoint says enough
	}
	e := &Error{Code: CodeUnreachable, Message: cause.Error(), Endpoint: endpoint, Host: c.site.Host, Err: err}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		e.Code, e.Message = CodeTimeout, "no reply within the time limit"
	}
	return e
}

// errorFromResponse reads a non-2xx reply into an *Error. JSON bodies give ConnectWise's
// code, message and errors[] (and the 429 shape {"error","message"}); anything else (an
// HTML page from a proxy, a plain-text routing error) gives a short readable excerpt.
func errorFromResponse(resp *http.Response, endpoint, host string) *Error {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBodyBytes))
	e := &Error{Status: resp.StatusCode, Endpoint: endpoint, Host: host}
	if d, ok := httpretry.RetryAfter(resp.Header, time.Now()); ok {
		e.RetryAfter = d
	}
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '{' {
		var wire struct {
			Code    string          `json:"code"`
			Message string          `json:"message"`
			Errors  []FieldError    `json:"errors"`
			Error   json.RawMessage `json:"error"`
		}
		if json.Unmarshal(trimmed, &wire) == nil {
			e.Code, e.Message, e.Fields = wire.Code, clipRunes(wire.Message, maxMessageRunes), wire.Errors
			for i := range e.Fields { // a server may echo a huge rejected value back
				e.Fields[i].Message = clipRunes(e.Fields[i].Message, maxMessageRunes)
			}
			if e.Code == "" {
				var s string
				if json.Unmarshal(wire.Error, &s) == nil {
					e.Code = s
				}
			}
			if e.Code == "" && e.Message == "" && len(e.Fields) == 0 {
				e.Message = textSnippet(body, "")
			}
			return e
		}
	}
	e.Message = textSnippet(body, resp.Header.Get("Content-Type"))
	return e
}

func malformed(resp *http.Response, endpoint, host, what string, err error) *Error {
	return &Error{Status: resp.StatusCode, Code: CodeMalformedReply, Message: "ConnectWise sent " + what,
		Endpoint: endpoint, Host: host, Err: err}
}

var (
	titlePattern = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
	tagPattern   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// textSnippet makes a short, single-line, readable excerpt of a non-JSON body: an HTML
// page's title (or its text), or the start of plain text.
func textSnippet(body []byte, contentType string) string {
	s := string(body)
	if strings.Contains(strings.ToLower(contentType), "html") || strings.HasPrefix(strings.TrimSpace(s), "<") {
		if m := titlePattern.FindStringSubmatch(s); m != nil && strings.TrimSpace(m[1]) != "" {
			s = m[1]
		} else {
			s = tagPattern.ReplaceAllString(s, " ")
		}
		s = html.UnescapeString(s)
	}
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "?")), " ")
	if s == "" {
		return "(empty body)"
	}
	return clipRunes(s, maxMessageRunes)
}

// quoted quotes an input for an error message, cut to a readable length: a 2 MB paste is
// named, not echoed.
func quoted(s string) string { return strconv.Quote(clipRunes(s, maxEchoRunes)) }

const maxEchoRunes = 80

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
