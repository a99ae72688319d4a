package connectwise

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestSiteURL(t *testing.T) {
	cases := []struct{ in, want, errField string }{
		{"na.myconnectwise.net", "https://api-na.myconnectwise.net", ""},
		{"https://eu.myconnectwise.net/", "https://api-eu.myconnectwise.net", ""},
		{"  HTTPS://AU.MyConnectWise.net  ", "https://api-au.myconnectwise.net", ""},
		{"api-na.myconnectwise.net", "https://api-na.myconnectwise.net", ""},
		{"staging.connectwisedev.com", "https://api-staging.connectwisedev.com", ""},
		{"https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx?locale=en_US", "https://api-na.myconnectwise.net", ""},
		{"manage.example.com", "https://manage.example.com", ""},
		{"https://manage.example.com:8443/cw/v4_6_release/apis/3.0", "https://manage.example.com:8443/cw", ""},
		{"http://127.0.0.1:54321", "http://127.0.0.1:54321", ""},
		{"http://localhost:8080/", "http://localhost:8080", ""},
		{"http://[::1]:9000", "http://[::1]:9000", ""},
		{"http://manage.example.com", "", "Site"},
		{"ftp://manage.example.com", "", "Site"},
		{"https://user:pass@manage.example.com", "", "Site"},
		{"", "", "Site"},
		{"https://", "", "Site"},
	}
	for _, tc := range cases {
		u, err := siteURL(tc.in)
		switch {
		case tc.errField != "":
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Field != tc.errField {
				t.Errorf("siteURL(%q) = %v, %v; want an error for %s", tc.in, u, err, tc.errField)
			}
		case err != nil || u.String() != tc.want:
			t.Errorf("siteURL(%q) = %v, %v; want %s", tc.in, u, err, tc.want)
		}
	}
}

func TestConfigValidation(t *testing.T) {
	valid := sandboxConfig("http://127.0.0.1:1")
	cases := []struct {
		field string
		edit  func(*Config)
	}{
		{"CompanyID", func(c *Config) { c.CompanyID = "" }},
		{"CompanyID", func(c *Config) { c.CompanyID = "acme+corp" }},
		{"PublicKey", func(c *Config) { c.PublicKey = " " }},
		{"PublicKey", func(c *Config) { c.PublicKey = "a:b" }},
		{"PrivateKey", func(c *Config) { c.PrivateKey = "" }},
		{"PrivateKey", func(c *Config) { c.PrivateKey = "has\nnewline" }},
		{"ClientID", func(c *Config) { c.ClientID = "" }},
		{"APIVersion", func(c *Config) { c.APIVersion = "latest" }},
		{"Codebase", func(c *Config) { c.Codebase = "../etc" }},
		{"Timeout", func(c *Config) { c.Timeout = -1 }},
		{"Site", func(c *Config) { c.Site = "http://example.com" }},
	}
	for _, tc := range cases {
		cfg := valid
		tc.edit(&cfg)
		_, err := New(cfg)
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Field != tc.field || !strings.HasPrefix(err.Error(), tc.field+":") {
			t.Errorf("%s: got %v", tc.field, err)
		}
		if err != nil && strings.Contains(err.Error(), cwsandbox.DemoPrivateKey) {
			t.Errorf("error %q shows the private key", err)
		}
	}
	if _, err := New(valid); err != nil {
		t.Fatal(err)
	}
}

// The public key is treated as a secret too: it is half of the credential.
func TestConfigNeverPrintsTheKeys(t *testing.T) {
	cfg := sandboxConfig("http://127.0.0.1:1")
	var logged bytes.Buffer
	slog.New(slog.NewTextHandler(&logged, nil)).Info("config", "cfg", cfg)
	c, _ := New(cfg)
	for _, s := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), logged.String(), fmt.Sprint(c), fmt.Sprintf("%v", c)} {
		if strings.Contains(s, cwsandbox.DemoPrivateKey) || strings.Contains(s, cwsandbox.DemoPublicKey) {
			t.Fatalf("%q shows a key", s)
		}
	}
}

func TestRequestHeaders(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{}, func(c *Config) { c.UserAgent = "PSA-Bridge/1.2.3"; c.APIVersion = "2026.4" })
	if _, err := f.c.CatalogCount(ctxT(t), CatalogQuery{}); err != nil {
		t.Fatal(err)
	}
	r := f.sb.Requests()[0]
	if r.Path != "/v4_6_release/apis/3.0/procurement/catalog/count" ||
		r.Header.Get("Accept") != "application/vnd.connectwise.com+json; version=2026.4" ||
		r.Header.Get("User-Agent") != "PSA-Bridge/1.2.3" || r.Header.Get("clientId") != cwsandbox.DemoClientID ||
		r.Header.Get("Authorization") != "" { // the sandbox never records it
		t.Fatalf("request %s with headers %v", r, r.Header)
	}
}
