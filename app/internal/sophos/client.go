package sophos

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"psabridge/app/internal/httpretry"
)

// Reply size caps: a usage page of 1000 lines is well under 2 MB; the cap only stops a
// misbehaving server from filling memory.
const (
	maxReplyBytes = 64 << 20
	maxErrorBytes = 64 << 10
)

// Client talks to one Sophos Central Partner account. It is safe for concurrent use; build one
// per credential and keep it, so the access token is reused across calls.
type Client struct {
	cfg    Config
	doer   *httpretry.Doer
	tokens *tokenCache

	mu      sync.Mutex
	partner *partnerSession // set by the first successful partner whoami
}

// partnerSession is what partner routes need from whoami.
type partnerSession struct {
	id      string // X-Partner-ID
	baseURL string // global API host, no trailing slash
}

// New checks cfg and returns a Client. It makes no network calls.
func New(cfg Config) (*Client, error) {
	cfg, err := cfg.normalized()
	if err != nil {
		return nil, err
	}
	doer := httpretry.New(withSameHostRedirects(cfg.HTTPClient), cfg.Retry)
	return &Client{cfg: cfg, doer: doer, tokens: newTokenCache(newTokenSource(cfg, doer))}, nil
}

// withSameHostRedirects returns a copy of hc that follows redirects only on the same host
// and never from https to http: a 307/308 from the token endpoint would otherwise re-POST
// the client secret wherever it points. A CheckRedirect the caller set is kept.
func withSameHostRedirects(hc *http.Client) *http.Client {
	out := *hc
	if out.CheckRedirect == nil {
		out.CheckRedirect = httpretry.SameHostRedirects
	}
	return &out
}

// apiRequest is one GET to the Sophos API.
type apiRequest struct {
	op      string // for messages: "list tenants (page 2)"
	baseURL string
	path    string // already escaped
	query   url.Values
	header  http.Header
}

func (r apiRequest) url() string {
	u := r.baseURL + r.path
	if len(r.query) > 0 {
		u += "?" + r.query.Encode()
	}
	return u
}

// getJSON sends r and decodes a 2xx JSON reply into out. Any other reply becomes an *APIError.
func (c *Client) getJSON(ctx context.Context, r apiRequest, out any) error {
	body, err := c.get(ctx, r)
	if err != nil {
		return err
	}
	if msg, ok := okErrorBody(body); ok {
		return fmt.Errorf("Sophos Central: %s: the reply is an error, not data: %s", r.op, msg)
	}
	if err := json.Unmarshal(body, out); err != nil {
		return &ReplyError{Op: r.op, Problem: "the reply is not the JSON that was expected: " + describeJSONError(err)}
	}
	return nil
}

// okErrorBody recognises Sophos' error shape sent with a 2xx status: an object with a
// string "error" and a string "message" and neither "id" nor "items" (no record or page
// we read looks like that).
func okErrorBody(body []byte) (string, bool) {
	trimmed := strings.TrimSpace(string(body[:min(len(body), 16)]))
	if !strings.HasPrefix(trimmed, "{") {
		return "", false
	}
	var wire struct {
		Error   *string         `json:"error"`
		Message *string         `json:"message"`
		ID      json.RawMessage `json:"id"`
		Items   json.RawMessage `json:"items"`
	}
	if json.Unmarshal(body, &wire) != nil || wire.Error == nil || wire.Message == nil || wire.ID != nil || wire.Items != nil {
		return "", false
	}
	return readableSnippet([]byte(*wire.Error + ": " + *wire.Message)), true
}

// get sends r with a bearer token and returns the body of a 2xx reply. 429, 5xx and network
// errors are retried by the Doer. A 401 means the token expired or was revoked on Sophos'
// side before its stated expiry: the token is discarded and the request sent once more with
// a new one; a second 401 is returned, so a broken credential fails instead of looping.
func (c *Client) get(ctx context.Context, r apiRequest) ([]byte, error) {
	for renewed := false; ; renewed = true {
		var used string
		resp, err := c.doer.Do(ctx, func(ctx context.Context) (*http.Request, error) {
			tok, err := c.tokens.token(ctx)
			if err != nil {
				return nil, err
			}
			used = tok.AccessToken
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.url(), nil)
			if err != nil {
				return nil, err
			}
			for k, v := range r.header {
				req.Header[k] = v
			}
			req.Header.Set("Authorization", "Bearer "+used)
			req.Header.Set("Accept", "application/json")
			req.Header.Set("User-Agent", c.cfg.UserAgent)
			return req, nil
		})
		if err != nil {
			return nil, c.transportError(r.op, err)
		}
		if resp.StatusCode == http.StatusUnauthorized && !renewed {
			httpretry.Drain(resp)
			c.tokens.discard(used)
			continue
		}
		return c.readReply(r.op, resp, used)
	}
}

func (c *Client) readReply(op string, resp *http.Response, token string) ([]byte, error) {
	defer httpretry.Drain(resp)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBytes))
		apiErr := newAPIError(op, resp.StatusCode, body, false)
		c.redact(apiErr, token)
		return nil, apiErr
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxReplyBytes+1))
	if err != nil {
		return nil, &ReplyError{Op: op, Problem: "reading the reply failed", Err: err}
	}
	if len(body) > maxReplyBytes {
		return nil, &ReplyError{Op: op, Problem: fmt.Sprintf("the reply is larger than %d MB", maxReplyBytes>>20)}
	}
	return body, nil
}

// transportError keeps token errors (already readable) and context errors as they are and
// names the operation for everything else.
func (c *Client) transportError(op string, err error) error {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		c.redact(apiErr, "")
		return apiErr
	}
	var signIn *signInError
	if errors.As(err, &signIn) {
		return fmt.Errorf("Sophos Central: %s: %w", op, err)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("Sophos Central: %s: %w", op, err)
	}
	// err is a *url.Error: method, URL (no secrets: they travel in headers and form bodies) and cause.
	return &NetworkError{Op: op, Err: err}
}

// redact removes the secret and the bearer token from text a server sent back, in case a
// proxy or a misbehaving endpoint echoes the request.
func (c *Client) redact(e *APIError, token string) {
	for _, secret := range []string{c.cfg.ClientSecret, token} {
		if secret == "" {
			continue
		}
		e.Message = strings.ReplaceAll(e.Message, secret, "[redacted]")
		e.Reason = strings.ReplaceAll(e.Reason, secret, "[redacted]")
	}
}

// describeJSONError turns encoding/json errors into a sentence that names the field.
func describeJSONError(err error) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		return fmt.Sprintf("field %q holds %s, not %s", typeErr.Field, typeErr.Value, typeErr.Type)
	}
	var syntaxErr *json.SyntaxError
	if errors.Is(err, io.ErrUnexpectedEOF) || (errors.As(err, &syntaxErr) && strings.Contains(syntaxErr.Error(), "unexpected end")) {
		return "the reply ended early (truncated JSON)"
	}
	if syntaxErr != nil {
		return fmt.Sprintf("malformed JSON at byte %d (%v)", syntaxErr.Offset, syntaxErr)
	}
	return err.Error()
}
