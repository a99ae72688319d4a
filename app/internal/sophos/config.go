package sophos

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"psabridge/app/internal/httpretry"
)

// Sophos' production endpoints; Config fields left empty fall back to these.
const (
	DefaultTokenURL  = "https://id.sophos.com/api/v2/oauth2/token"
	DefaultAPIHost   = "https://api.central.sophos.com"
	DefaultUserAgent = "PSA-Bridge (Sophos Central Partner client)"

	defaultTimeout = 60 * time.Second
)

// Config says which credential to use and where Sophos (or the sandbox) lives.
type Config struct {
	ClientID     string
	ClientSecret string
	TokenURL     string // OAuth2 token endpoint; DefaultTokenURL when empty
	APIHost      string // host asked for /whoami/v1; DefaultAPIHost when empty
	// PinAPIHost sends partner calls to APIHost even when whoami names another global host.
	// Leave it off for Sophos: whoami's apiHosts.global is the documented host to use.
	PinAPIHost bool
	UserAgent  string
	HTTPClient *http.Client     // used for API and token calls; a 60 s timeout client when nil
	Retry      httpretry.Policy // httpretry.DefaultPolicy() when zero
}

// String keeps the secret out of logs and error messages that print a Config with %v.
func (c Config) String() string {
	secret := "<empty>"
	if c.ClientSecret != "" {
		secret = "<redacted>"
	}
	return fmt.Sprintf("sophos.Config{ClientID:%q ClientSecret:%s TokenURL:%q APIHost:%q PinAPIHost:%t}",
		c.ClientID, secret, c.TokenURL, c.APIHost, c.PinAPIHost)
}

// GoString covers %#v as well.
func (c Config) GoString() string { return c.String() }

// ConfigError names the Config field that is wrong, so a settings form can point at it.
type ConfigError struct {
	Field  string
	Reason string
}

func (e *ConfigError) Error() string { return "sophos: " + e.Field + " " + e.Reason }

// normalized returns the Config with defaults filled in and URLs cleaned, or the first problem.
func (c Config) normalized() (Config, error) {
	c.ClientID = strings.TrimSpace(c.ClientID) // pasted credentials often carry a stray space or newline
	c.ClientSecret = strings.TrimSpace(c.ClientSecret)
	if c.ClientID == "" {
		return c, &ConfigError{"ClientID", "is required (Sophos Central Partner › Settings & Policies › API Credentials)"}
	}
	if c.ClientSecret == "" {
		return c, &ConfigError{"ClientSecret", "is required (it is shown once when the API credential is created)"}
	}
	if strings.ContainsAny(c.ClientID, " \t\r\n") {
		return c, &ConfigError{"ClientID", "must not contain spaces or line breaks"}
	}
	if c.TokenURL == "" {
		c.TokenURL = DefaultTokenURL
	}
	if c.APIHost == "" {
		c.APIHost = DefaultAPIHost
	}
	tokenURL, err := checkEndpoint("TokenURL", c.TokenURL)
	if err != nil {
		return c, err
	}
	apiHost, err := checkEndpoint("APIHost", c.APIHost)
	if err != nil {
		return c, err
	}
	c.TokenURL = tokenURL
	c.APIHost = strings.TrimRight(apiHost, "/")
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: defaultTimeout}
	}
	if c.Retry == (httpretry.Policy{}) {
		c.Retry = httpretry.DefaultPolicy()
	}
	return c, nil
}

// checkEndpoint accepts an absolute https URL, or plain http for loopback hosts only (the
// sandbox): a bearer token or client secret must never cross a network in clear text.
func checkEndpoint(field, raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return "", &ConfigError{field, "must be an absolute https URL, got " + quoteClipped(raw)}
	}
	if u.User != nil {
		return "", &ConfigError{field, "must not contain a user name or password"}
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return "", &ConfigError{field, "must not contain a query or fragment"}
	}
	if u.Scheme == "http" && !isLoopbackHost(u.Hostname()) {
		return "", &ConfigError{field, "must use https; plain http is only allowed for loopback hosts such as 127.0.0.1"}
	}
	return u.String(), nil
}

// quoteClipped quotes an input for a message, cut to a readable length: a 2 MB paste is
// named, not echoed.
func quoteClipped(s string) string {
	const maxRunes = 80
	if r := []rune(s); len(r) > maxRunes {
		s = string(r[:maxRunes]) + "…"
	}
	return strconv.Quote(s)
}

// isLoopbackHost reports whether host (without port) is this machine.
func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// partnerBaseURL picks the host for partner calls: whoami's global host (Sophos' rule) unless
// pinned or unusable. Sophos' own whoami example shows "http://…/": such a non-loopback
// http host is upgraded to https rather than sending the bearer token in clear text.
func partnerBaseURL(reported, configured string, pin bool) string {
	if pin {
		return configured
	}
	u, err := url.Parse(strings.TrimSpace(reported))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return configured
	}
	if u.Scheme == "http" && !isLoopbackHost(u.Hostname()) {
		u.Scheme = "https"
	}
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return strings.TrimRight(u.String(), "/")
}
