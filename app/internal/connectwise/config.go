package connectwise

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"psabridge/app/internal/httpretry"
)

// Defaults used when a Config leaves a field empty.
const (
	// DefaultCodebase is the path codebase every ConnectWise site accepts; cloud sites
	// route it to the tenant's current version (NOTES §1).
	DefaultCodebase = "v4_6_release"
	// DefaultAPIVersion is the model version pinned in the Accept header. Pinning keeps
	// response shapes stable when the tenant upgrades (ConnectWise supports a version for
	// 12 months after it is superseded).
	DefaultAPIVersion = "2025.1"
	// DefaultTimeout bounds one HTTP attempt, reading the body included.
	DefaultTimeout = 30 * time.Second
	// DefaultUserAgent names the app when Config.UserAgent is empty.
	DefaultUserAgent = "PSA-Bridge/dev"
)

// Config is what the client needs to talk to one ConnectWise site.
type Config struct {
	// Site is the ConnectWise site: "na.myconnectwise.net", "https://eu.myconnectwise.net",
	// an on-premise host ("manage.example.com"), or a full base URL such as
	// "http://127.0.0.1:54321" for the sandbox. Cloud hosts get their "api-" prefix; plain
	// http is only accepted for loopback addresses (ConnectWise requires HTTPS).
	Site string
	// CompanyID is the company ID used at login (e.g. "training").
	CompanyID string
	// PublicKey and PrivateKey are the API member's key pair.
	PublicKey  string
	PrivateKey string
	// ClientID is the integration's clientId (a GUID from developer.connectwise.com).
	ClientID string
	// APIVersion is the version in the Accept header, e.g. "2025.1"; empty: DefaultAPIVersion.
	APIVersion string
	// Codebase is the path codebase; empty: DefaultCodebase.
	Codebase string
	// UserAgent names PSA Bridge and its version, e.g. "PSA-Bridge/1.4.0"; empty: DefaultUserAgent.
	UserAgent string
	// Timeout bounds each HTTP attempt; zero: DefaultTimeout.
	Timeout time.Duration
	// HTTPClient sends the requests; nil builds one. Its Timeout is set from Timeout when zero.
	HTTPClient *http.Client
	// Retry is the retry and concurrency policy; the zero value means httpretry.DefaultPolicy().
	Retry httpretry.Policy
	// RetrySleep replaces the wait between attempts (tests record waits instead of sleeping);
	// nil waits for real.
	RetrySleep func(ctx context.Context, d time.Duration) error
}

// String describes the configuration without its keys (the public key is half of the
// credential, so it is treated as a secret too): a Config is safe to print.
func (c Config) String() string {
	return fmt.Sprintf("connectwise.Config{Site: %q, CompanyID: %q, PublicKey: %s, PrivateKey: %s, ClientID: %q, APIVersion: %q}",
		c.Site, c.CompanyID, redacted(c.PublicKey), redacted(c.PrivateKey), c.ClientID, c.APIVersion)
}

// GoString keeps %#v from printing the keys too.
func (c Config) GoString() string { return c.String() }

// LogValue keeps slog from logging the keys.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(slog.String("site", c.Site), slog.String("companyId", c.CompanyID),
		slog.String("publicKey", redacted(c.PublicKey)), slog.String("privateKey", redacted(c.PrivateKey)),
		slog.String("clientId", c.ClientID))
}

func redacted(secret string) string {
	if secret == "" {
		return `""`
	}
	return "[redacted]"
}

// ConfigError is an invalid Config field; Field names it as in Config.
type ConfigError struct {
	Field  string
	Reason string
}

func (e *ConfigError) Error() string { return e.Field + ": " + e.Reason }

var (
	apiVersionPattern = regexp.MustCompile(`^[0-9]{4}\.[0-9]{1,2}$`)
	codebasePattern   = regexp.MustCompile(`^(v4_6_release|v[0-9]{4}_[0-9]{1,2})$`)
)

// normalized is a Config with defaults filled in and Site turned into a base URL.
type normalized struct {
	Config
	site *url.URL // scheme://host[:port][/prefix], no trailing slash
}

func normalize(cfg Config) (normalized, error) {
	n := normalized{Config: cfg}
	site, err := siteURL(cfg.Site)
	if err != nil {
		return n, err
	}
	n.site = site
	checks := []struct {
		field, value, forbidden string
	}{
		{"CompanyID", cfg.CompanyID, "+:/\\"},
		{"PublicKey", cfg.PublicKey, ":"},
		{"PrivateKey", cfg.PrivateKey, ""},
		{"ClientID", cfg.ClientID, ""},
	}
	for _, c := range checks {
		switch {
		case strings.TrimSpace(c.value) == "":
			return n, &ConfigError{c.field, "is required"}
		case strings.ContainsFunc(c.value, func(r rune) bool { return r <= ' ' || r == 0x7f }):
			return n, &ConfigError{c.field, "must not contain spaces or control characters"}
		case c.forbidden != "" && strings.ContainsAny(c.value, c.forbidden):
			return n, &ConfigError{c.field, fmt.Sprintf("must not contain any of %q", c.forbidden)}
		}
	}
	if n.APIVersion == "" {
		n.APIVersion = DefaultAPIVersion
	}
	if !apiVersionPattern.MatchString(n.APIVersion) {
		return n, &ConfigError{"APIVersion", quoted(n.APIVersion) + " is not a version like 2025.1"}
	}
	if n.Codebase == "" {
		n.Codebase = DefaultCodebase
	}
	n.Codebase = strings.Trim(n.Codebase, "/")
	if !codebasePattern.MatchString(n.Codebase) {
		return n, &ConfigError{"Codebase", quoted(n.Codebase) + " is not a codebase like v4_6_release or v2025_1"}
	}
	if n.UserAgent == "" {
		n.UserAgent = DefaultUserAgent
	}
	switch {
	case n.Timeout < 0:
		return n, &ConfigError{"Timeout", "must not be negative"}
	case n.Timeout == 0:
		n.Timeout = DefaultTimeout
	}
	if n.Retry == (httpretry.Policy{}) {
		n.Retry = httpretry.DefaultPolicy()
	}
	return n, nil
}

// siteURL turns what a user typed as the site into the base URL requests are built on.
func siteURL(site string) (*url.URL, error) {
	s := strings.TrimSpace(site)
	if s == "" {
		return nil, &ConfigError{"Site", "is required (for example na.myconnectwise.net)"}
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Hostname() == "" {
		return nil, &ConfigError{"Site", quoted(site) + " is not a host name or URL"}
	}
	if u.User != nil {
		return nil, &ConfigError{"Site", "must not contain a user name or password"}
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	switch u.Scheme {
	case "https":
	case "http":
		if !isLoopback(host) {
			return nil, &ConfigError{"Site", "ConnectWise requires HTTPS; use https:// (plain http is only accepted for a local sandbox)"}
		}
	default:
		return nil, &ConfigError{"Site", "scheme " + quoted(u.Scheme) + " is not supported; use https://"}
	}
	// Cloud sites answer the API only under their api- host: na.myconnectwise.net → api-na.….
	if isCloudHost(host) && !strings.HasPrefix(host, "api-") {
		host = "api-" + host
	}
	if port := u.Port(); port != "" {
		host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return &url.URL{Scheme: u.Scheme, Host: host, Path: sitePrefix(u.Path)}, nil
}

func isCloudHost(host string) bool {
	for _, domain := range []string{".myconnectwise.net", ".connectwisedev.com"} {
		if strings.HasSuffix(host, domain) && len(host) > len(domain) {
			return true
		}
	}
	return false
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// sitePrefix keeps a path prefix an on-premise server may sit under, but drops what a user
// pastes from the browser: the codebase and everything after it, or a login page.
func sitePrefix(p string) string {
	var kept []string
	for _, seg := range strings.Split(strings.Trim(p, "/"), "/") {
		lower := strings.ToLower(seg)
		if seg == "" || codebasePattern.MatchString(lower) || lower == "login" || lower == "apis" || strings.HasSuffix(lower, ".aspx") {
			break
		}
		kept = append(kept, seg)
	}
	if len(kept) == 0 {
		return ""
	}
	return "/" + strings.Join(kept, "/")
}

// errNoSite guards methods against a Client not built by New.
var errNoSite = errors.New("connectwise: client not initialised; use connectwise.New")
