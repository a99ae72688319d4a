package logging

import (
	"bytes"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSecretsAreRedacted(t *testing.T) {
	var buf bytes.Buffer
	log := New(&buf, slog.LevelDebug)
	log.Info("connect",
		"privateKey", "pk-123456", "client_secret", "cs-abcdef", "Authorization", "Basic Q1crcHViOnByaXY=",
		"detail", "request had Authorization: Bearer eyJhbGciOi.payload.sig and client_secret=cs-abcdef&x=1",
		"err", errors.New(`token endpoint said {"password":"hunter22"}`),
		slog.Group("cw", "private_key", "pk-123456", "site", "na.myconnectwise.net"),
	)
	out := buf.String()
	for _, secret := range []string{"pk-123456", "cs-abcdef", "Q1crcHViOnByaXY=", "eyJhbGciOi", "hunter22"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains secret %q: %s", secret, out)
		}
	}
	if !strings.Contains(out, "na.myconnectwise.net") || !strings.Contains(out, Redacted) {
		t.Errorf("non-secret context lost or nothing redacted: %s", out)
	}
}

func TestOpenWritesToTheLogFolder(t *testing.T) {
	dir := t.TempDir()
	log, closer := Open(dir, slog.LevelInfo)
	log.Info("started", "version", "1.2.3")
	closer.Close()
	data, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil || !strings.Contains(string(data), `"version":"1.2.3"`) {
		t.Fatalf("log file: %s %v", data, err)
	}
}

// Struct attributes are logged field by field by the JSON handler: their secrets must go
// too, as must a public key, a clientSecret in JSON text and a token in a URL's query.
func TestSecretsInStructsKeysAndURLsAreRedacted(t *testing.T) {
	var buf bytes.Buffer
	log := New(&buf, slog.LevelDebug)
	type credentials struct {
		Site         string
		PublicKey    string
		PrivateKey   string
		ClientSecret string `json:"clientSecret"`
	}
	log.Info("connect",
		"cfg", credentials{Site: "na.myconnectwise.net", PublicKey: "pub-111", PrivateKey: "priv-222", ClientSecret: "cs-333"},
		"ptr", &credentials{PublicKey: "pub-444"},
		"publicKey", "pub-555",
		"body", `{"clientSecret":"cs-666","publicKey":"pub-777"}`,
		"url", "https://api.example.com/v1/usage?token=tok-888&page=2",
	)
	out := buf.String()
	for _, secret := range []string{"pub-111", "priv-222", "cs-333", "pub-444", "pub-555", "cs-666", "pub-777", "tok-888"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains secret %q: %s", secret, out)
		}
	}
	if !strings.Contains(out, "na.myconnectwise.net") || !strings.Contains(out, "page=2") {
		t.Errorf("non-secret context lost: %s", out)
	}
}
