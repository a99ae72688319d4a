package sophos

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"psabridge/app/internal/httpretry"
)

func TestNewValidatesConfig(t *testing.T) {
	valid := Config{ClientID: "id", ClientSecret: "secret"}
	tests := []struct {
		name      string
		change    func(*Config)
		wantField string // "" means New must succeed
	}{
		{"defaults", func(*Config) {}, ""},
		{"missing client id", func(c *Config) { c.ClientID = "  " }, "ClientID"},
		{"missing secret", func(c *Config) { c.ClientSecret = "" }, "ClientSecret"},
		{"client id with inner space", func(c *Config) { c.ClientID = "ab cd" }, "ClientID"},
		{"plain http token url", func(c *Config) { c.TokenURL = "http://id.sophos.com/api/v2/oauth2/token" }, "TokenURL"},
		{"plain http api host", func(c *Config) { c.APIHost = "http://api.central.sophos.com" }, "APIHost"},
		{"relative api host", func(c *Config) { c.APIHost = "api.central.sophos.com" }, "APIHost"},
		{"ftp token url", func(c *Config) { c.TokenURL = "ftp://id.sophos.com/token" }, "TokenURL"},
		{"user info", func(c *Config) { c.APIHost = "https://u:p@api.central.sophos.com" }, "APIHost"},
		{"query", func(c *Config) { c.APIHost = "https://api.central.sophos.com/?x=1" }, "APIHost"},
		{"loopback http ok", func(c *Config) { c.APIHost, c.TokenURL = "http://127.0.0.1:8080/", "http://localhost:8080/t" }, ""},
		{"ipv6 loopback ok", func(c *Config) { c.APIHost = "http://[::1]:8080" }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := valid
			tt.change(&cfg)
			c, err := New(cfg)
			if tt.wantField == "" {
				if err != nil {
					t.Fatalf("New: %v", err)
				}
				if strings.HasSuffix(c.cfg.APIHost, "/") {
					t.Errorf("APIHost keeps its trailing slash: %q", c.cfg.APIHost)
				}
				return
			}
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Field != tt.wantField {
				t.Fatalf("error = %v, want a ConfigError for %s", err, tt.wantField)
			}
			if !strings.Contains(err.Error(), tt.wantField) {
				t.Errorf("message %q does not name the field", err)
			}
		})
	}
}

func TestNewFillsDefaults(t *testing.T) {
	c, err := New(Config{ClientID: " id\n", ClientSecret: " s3cret "})
	if err != nil {
		t.Fatal(err)
	}
	if c.cfg.TokenURL != DefaultTokenURL || c.cfg.APIHost != DefaultAPIHost {
		t.Errorf("defaults: %q %q", c.cfg.TokenURL, c.cfg.APIHost)
	}
	if c.cfg.ClientID != "id" || c.cfg.ClientSecret != "s3cret" {
		t.Errorf("credentials not trimmed: %q", c.cfg.ClientID)
	}
	if c.cfg.Retry != httpretry.DefaultPolicy() || c.cfg.HTTPClient == nil || c.cfg.HTTPClient.Timeout == 0 {
		t.Errorf("retry policy or HTTP client not defaulted")
	}
}

func TestConfigPrintingHidesSecret(t *testing.T) {
	cfg := Config{ClientID: "id", ClientSecret: "top-secret-value"}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		if out := fmt.Sprintf(format, cfg); strings.Contains(out, "top-secret-value") {
			t.Errorf("%s prints the secret: %s", format, out)
		}
	}
}

func TestPartnerBaseURL(t *testing.T) {
	const configured = "https://api.central.sophos.com"
	tests := []struct {
		reported string
		pin      bool
		want     string
	}{
		{"https://api.central.sophos.com/", false, "https://api.central.sophos.com"},
		{"http://api.central.sophos.com/", false, "https://api.central.sophos.com"}, // Sophos' example: never send a token in clear
		{"https://api-eu01.central.sophos.com", false, "https://api-eu01.central.sophos.com"},
		{"http://127.0.0.1:9000/", false, "http://127.0.0.1:9000"},
		{"", false, configured},
		{"not a url", false, configured},
		{"https://other.example/", true, configured},
	}
	for _, tt := range tests {
		if got := partnerBaseURL(tt.reported, configured, tt.pin); got != tt.want {
			t.Errorf("partnerBaseURL(%q, pin=%t) = %q, want %q", tt.reported, tt.pin, got, tt.want)
		}
	}
}

// A 1.5 MB paste is named in the error, not echoed whole.
func TestHugeEndpointIsNotEchoed(t *testing.T) {
	huge := strings.Repeat("x", 1_500_000)
	_, err := New(Config{ClientID: "id", ClientSecret: "secret", TokenURL: "ftp:" + huge})
	if err == nil || len(err.Error()) > 1000 {
		t.Fatalf("a %d-byte error: want a short one", len(fmt.Sprint(err)))
	}
}
