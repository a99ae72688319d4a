package connectwise

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"psabridge/app/internal/httpretry"
)

// Client talks to one ConnectWise site. It is safe for concurrent use; every call shares
// one retry policy and one limit on requests in flight.
type Client struct {
	site      *url.URL // scheme://host[:port][/prefix]
	apiBase   string   // site + /{codebase}/apis/3.0
	companyID string
	clientID  string
	auth      string // the Authorization header value; never printed
	accept    string
	userAgent string
	doer      *httpretry.Doer
}

// New checks cfg and builds a Client. Errors are *ConfigError naming the field.
func New(cfg Config) (*Client, error) {
	n, err := normalize(cfg)
	if err != nil {
		return nil, err
	}
	doer := httpretry.New(httpClient(n), n.Retry)
	if n.RetrySleep != nil {
		doer.Sleep = n.RetrySleep
	}
	credentials := n.CompanyID + "+" + n.PublicKey + ":" + n.PrivateKey
	return &Client{
		site:      n.site,
		apiBase:   n.site.String() + "/" + n.Codebase + "/apis/3.0",
		companyID: n.CompanyID,
		clientID:  n.ClientID,
		auth:      "Basic " + base64.StdEncoding.EncodeToString([]byte(credentials)),
		accept:    "application/vnd.connectwise.com+json; version=" + n.APIVersion,
		userAgent: n.UserAgent,
		doer:      doer,
	}, nil
}

// String names the site only; the credentials stay out of logs.
func (c *Client) String() string { return "connectwise.Client(" + c.site.Host + ")" }

// Host is the API host requests go to, e.g. "api-na.myconnectwise.net".
func (c *Client) Host() string { return c.site.Host }

func httpClient(n normalized) *http.Client {
	var hc http.Client
	if n.HTTPClient != nil {
		hc = *n.HTTPClient
	} else {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = max(n.Retry.Concurrency*2, 4)
		hc.Transport = t
	}
	if hc.Timeout == 0 {
		hc.Timeout = n.Timeout
	}
	if hc.CheckRedirect == nil {
		hc.CheckRedirect = httpretry.SameHostRedirects
	}
	return &hc
}

// call is one API request.
type call struct {
	method string
	path   string     // resource path below /apis/3.0, e.g. "/procurement/catalog"
	query  url.Values // nil for none
	body   any        // JSON-encoded when not nil
	header map[string]string
}

func (c call) endpoint() string { return c.method + " " + c.path }

// do sends an API call and returns the 2xx response; anything else becomes an *Error.
// The caller closes the body.
func (c *Client) do(ctx context.Context, rq call) (*http.Response, error) {
	if c == nil || c.site == nil {
		return nil, errNoSite
	}
	var payload []byte
	if rq.body != nil {
		var err error
		if payload, err = json.Marshal(rq.body); err != nil {
			return nil, fmt.Errorf("connectwise: encoding %s: %w", rq.endpoint(), err)
		}
	}
	target := c.apiBase + rq.path
	if len(rq.query) > 0 {
		target += "?" + encodeQuery(rq.query)
	}
	build := func(ctx context.Context) (*http.Request, error) {
		var body io.Reader
		if payload != nil {
			body = bytes.NewReader(payload)
		}
		req, err := http.NewRequestWithContext(ctx, rq.method, target, body)
		if err != nil {
			return nil, fmt.Errorf("connectwise: building %s: %w", rq.endpoint(), err)
		}
		req.Header.Set("Authorization", c.auth)
		req.Header.Set("clientId", c.clientID)
		req.Header.Set("Accept", c.accept)
		req.Header.Set("User-Agent", c.userAgent)
		if payload != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		for k, v := range rq.header {
			req.Header.Set(k, v)
		}
		return req, nil
	}
	return c.send(ctx, rq.endpoint(), build)
}

// send runs build through the retrying Doer and turns failures into *Error.
func (c *Client) send(ctx context.Context, endpoint string, build func(context.Context) (*http.Request, error)) (*http.Response, error) {
	resp, err := c.doer.Do(ctx, build)
	if err != nil {
		return nil, c.transportError(ctx, endpoint, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		defer resp.Body.Close()
		return nil, errorFromResponse(resp, endpoint, c.site.Host)
	}
	return resp, nil
}

// getJSON GETs path and decodes the reply into out.
func (c *Client) getJSON(ctx context.Context, path string, query url.Values, out any) error {
	return c.callJSON(ctx, call{method: http.MethodGet, path: path, query: query}, out)
}

// callJSON sends rq and decodes the reply into out.
func (c *Client) callJSON(ctx context.Context, rq call, out any) error {
	resp, err := c.do(ctx, rq)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return decodeReply(resp, rq.endpoint(), c.site.Host, out)
}

// maxReplyBytes caps a reply: the largest real one (a 1,000-item catalog page) is a few
// MB, so anything past this is a proxy gone wrong or a hostile server, not data.
const maxReplyBytes = 64 << 20

// decodeReply decodes a 2xx JSON body into out. Anything else (an HTML page a proxy
// answered 200 with, a cut-off body, trailing garbage, a body over maxReplyBytes, or
// ConnectWise's error shape {"code","message"} sent with a 2xx status) is a
// MalformedReply *Error naming the endpoint; out is then not to be used.
func decodeReply(resp *http.Response, endpoint, host string, out any) error {
	br := bufio.NewReaderSize(http.MaxBytesReader(nil, resp.Body, maxReplyBytes), 32<<10) // fails past the cap
	first, err := firstNonSpace(br)
	if err != nil {
		return malformed(resp, endpoint, host, "an empty reply", err)
	}
	if first != '{' && first != '[' && first != 'n' {
		snippet, _ := io.ReadAll(io.LimitReader(br, 4<<10))
		return malformed(resp, endpoint, host, "a reply that is not JSON: "+textSnippet(snippet, resp.Header.Get("Content-Type")), nil)
	}
	dec := json.NewDecoder(br)
	var object json.RawMessage // an object is read whole first, to tell an error body from a record
	target := out
	if first == '{' {
		target = &object
	}
	if err := dec.Decode(target); err != nil {
		if _, tooLarge := errors.AsType[*http.MaxBytesError](err); tooLarge {
			return malformed(resp, endpoint, host, fmt.Sprintf("a reply larger than %d MB", maxReplyBytes>>20), err)
		}
		return malformed(resp, endpoint, host, "a reply that is not valid JSON ("+err.Error()+")", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return malformed(resp, endpoint, host, "unexpected data after the JSON reply", err)
	}
	if object != nil {
		if msg, ok := errorBody(object); ok {
			return malformed(resp, endpoint, host, "an error instead of data: "+msg, nil)
		}
		if err := json.Unmarshal(object, out); err != nil {
			return malformed(resp, endpoint, host, "a reply that is not valid JSON ("+err.Error()+")", err)
		}
	}
	if f, ok := out.(interface{ afterDecode() }); ok {
		f.afterDecode()
	}
	return nil
}

// errorBody recognises ConnectWise's error shape: an object with a string "code" and a
// string "message" and no "id" (no record we read has that combination).
func errorBody(object json.RawMessage) (string, bool) {
	var wire struct {
		Code    *string         `json:"code"`
		Message *string         `json:"message"`
		ID      json.RawMessage `json:"id"`
	}
	if json.Unmarshal(object, &wire) != nil || wire.Code == nil || wire.Message == nil || wire.ID != nil {
		return "", false
	}
	return clipRunes(*wire.Code+": "+*wire.Message, maxMessageRunes), true
}

func firstNonSpace(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		if b != ' ' && b != '\t' && b != '\r' && b != '\n' {
			return b, br.UnreadByte()
		}
	}
}

// encodeQuery encodes like url.Values.Encode but writes spaces as %20: some servers
// don't read "+" as a space, and a literal "+" is already %2B.
func encodeQuery(v url.Values) string {
	return strings.ReplaceAll(v.Encode(), "+", "%20")
}
