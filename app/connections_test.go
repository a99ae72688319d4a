package app

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/zalando/go-keyring"

	"psabridge/app/config"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/secrets"
	"psabridge/app/internal/sophos/sophossandbox"

	"psabridge/app/internal/workspace"
)

// syncBuffer is a log sink tests can read while the app writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newRealApp opens an App on real (not demo) data in a fresh folder, with the OS keychain
// replaced by go-keyring's in-memory mock and Sophos pointed at sbx (when given).
func newRealApp(t *testing.T, sbx *sophossandbox.Server, edit ...func(*Options)) *App {
	t.Helper()
	keyring.MockInit()
	o := Options{
		Config:  config.Options{DataDir: t.TempDir()},
		Version: "test",
		Log:     slog.New(slog.NewJSONHandler(&syncBuffer{}, nil)),
	}
	if sbx != nil {
		o.Sophos = SophosEndpoints{TokenURL: sbx.TokenURL(), APIHost: sbx.URL()}
	}
	for _, e := range edit {
		e(&o)
	}
	a, err := New(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func startSophos(t *testing.T) *sophossandbox.Server {
	t.Helper()
	return sandboxtest.StartSophos(t, sophossandbox.Options{})
}

func startConnectWise(t *testing.T) *cwsandbox.Server {
	t.Helper()
	return sandboxtest.StartConnectWise(t, cwsandbox.Options{})
}

func demoCWForm(site string) ConnectWiseForm {
	return ConnectWiseForm{Site: site, CompanyID: cwsandbox.DemoCompanyID, PublicKey: cwsandbox.DemoPublicKey,
		PrivateKey: cwsandbox.DemoPrivateKey, ClientID: cwsandbox.DemoClientID}
}

func wantAppError(t *testing.T, err error, code Code, field string) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Code != code || e.Field != field {
		t.Fatalf("err = %#v (%v); want code %q field %q", e, err, code, field)
	}
	return e
}

// keychainHas reads the mock keychain directly, as the OS keychain app would show it.
func keychainHas(t *testing.T, a *App, name string) string {
	t.Helper()
	v, err := a.secretStore().Get(name)
	if errors.Is(err, secrets.ErrNotFound) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSaveReplaceAndRemoveSecrets(t *testing.T) {
	a := newRealApp(t, nil)
	c := a.connections

	st, err := c.State()
	if err != nil || st.Demo || !st.Keychain.Available || st.ConnectWise.PrivateKeySet || st.Sophos.ClientSecretSet {
		t.Fatalf("fresh state = %+v, %v", st, err)
	}

	// Save: keys go to the keychain, the rest to the database; the reply only says "set".
	st, err = c.SaveConnectWise(ConnectWiseForm{Site: " na.myconnectwise.net ", CompanyID: "acme", PublicKey: "pub-1",
		PrivateKey: "priv-1\n", ClientID: "5f0c9d7e-3b2a-4c61-9e8f-0a1b2c3d4e5f"})
	if err != nil {
		t.Fatal(err)
	}
	want := ConnectWiseSettings{Site: "na.myconnectwise.net", CompanyID: "acme", ClientID: "5f0c9d7e-3b2a-4c61-9e8f-0a1b2c3d4e5f",
		PublicKeySet: true, PrivateKeySet: true}
	if st.ConnectWise != want {
		t.Fatalf("after save: %+v, want %+v", st.ConnectWise, want)
	}
	if got := keychainHas(t, a, workspace.SecretCWPrivateKey); got != "priv-1" {
		t.Fatalf("keychain private key = %q (pasted line breaks must be trimmed)", got)
	}
	if _, err := c.SaveSophos(SophosForm{ClientID: "sophos-id", ClientSecret: "sophos-secret-1"}); err != nil {
		t.Fatal(err)
	}

	// Save again with empty key fields: the stored keys are kept, other fields change (the
	// site and company ID need the keys again: TestStoredKeysAreNotSentToATypedSite).
	if _, err := c.SaveConnectWise(ConnectWiseForm{Site: "na.myconnectwise.net", CompanyID: "acme", ClientID: "6f0c9d7e-3b2a-4c61-9e8f-0a1b2c3d4e5f"}); err != nil {
		t.Fatal(err)
	}
	if keychainHas(t, a, workspace.SecretCWPrivateKey) != "priv-1" || keychainHas(t, a, workspace.SecretCWPublicKey) != "pub-1" {
		t.Fatal("an empty key field must keep the stored key")
	}
	// Replace.
	if _, err := c.SaveConnectWise(ConnectWiseForm{Site: "na.myconnectwise.net", CompanyID: "acme", ClientID: want.ClientID, PrivateKey: "priv-2"}); err != nil {
		t.Fatal(err)
	}
	if keychainHas(t, a, workspace.SecretCWPrivateKey) != "priv-2" || keychainHas(t, a, workspace.SecretCWPublicKey) != "pub-1" {
		t.Fatal("replacing the private key must leave the public key alone")
	}

	// Remove.
	st, err = c.RemoveSecret(SecretConnectWisePrivateKey)
	if err != nil {
		t.Fatal(err)
	}
	if st.ConnectWise.PrivateKeySet || !st.ConnectWise.PublicKeySet || keychainHas(t, a, workspace.SecretCWPrivateKey) != "" {
		t.Fatalf("after removing the private key: %+v", st.ConnectWise)
	}
	st, err = c.RemoveSecret(SecretSophosClientSecret)
	if err != nil || st.Sophos.ClientSecretSet || st.Sophos.ClientID != "sophos-id" {
		t.Fatalf("after removing the Sophos secret: %+v, %v", st.Sophos, err)
	}
	wantAppError(t, func() error { _, err := c.RemoveSecret("database.password"); return err }(), CodeInvalid, "secret")

	// With a key removed, a save without it is refused, naming the field.
	_, err = c.SaveConnectWise(ConnectWiseForm{Site: "na.myconnectwise.net", CompanyID: "acme", ClientID: want.ClientID})
	wantAppError(t, err, CodeInvalid, "privateKey")

	// Only non-secret settings are in the database.
	assertNoSecretsInSettings(t, a, "pub-1", "priv-1", "priv-2", "sophos-secret-1")
}

func assertNoSecretsInSettings(t *testing.T, a *App, secrets ...string) {
	t.Helper()
	rows, err := a.ws().DB.SQL().Query(`SELECT key, value FROM app_settings`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			if strings.Contains(v, s) {
				t.Errorf("app_settings %s holds a secret", k)
			}
		}
	}
}

func TestSaveValidatesAndNamesTheField(t *testing.T) {
	a := newRealApp(t, nil)
	c := a.connections
	tests := []struct {
		form  ConnectWiseForm
		field string
	}{
		{ConnectWiseForm{CompanyID: "acme", PublicKey: "p", PrivateKey: "k", ClientID: "c"}, "site"},
		{ConnectWiseForm{Site: "http://cw.example.com", CompanyID: "acme", PublicKey: "p", PrivateKey: "k", ClientID: "c"}, "site"},
		{ConnectWiseForm{Site: "na.myconnectwise.net", PublicKey: "p", PrivateKey: "k", ClientID: "c"}, "companyId"},
		{ConnectWiseForm{Site: "na.myconnectwise.net", CompanyID: "acme", PrivateKey: "k", ClientID: "c"}, "publicKey"},
		{ConnectWiseForm{Site: "na.myconnectwise.net", CompanyID: "acme", PublicKey: "p", PrivateKey: "k"}, "clientId"},
	}
	for _, tt := range tests {
		_, err := c.SaveConnectWise(tt.form)
		wantAppError(t, err, CodeInvalid, tt.field)
	}
	_, err := c.SaveSophos(SophosForm{ClientSecret: "s"})
	wantAppError(t, err, CodeInvalid, "clientId")
	_, err = c.SaveSophos(SophosForm{ClientID: "id"})
	wantAppError(t, err, CodeInvalid, "clientSecret")

	// A refused save stores nothing, neither in the keychain nor in the database.
	if keychainHas(t, a, workspace.SecretCWPrivateKey) != "" || keychainHas(t, a, workspace.SecretSophosSecret) != "" {
		t.Fatal("a refused save left a secret in the keychain")
	}
	if st, _ := c.State(); st.ConnectWise.Site != "" || st.Sophos.ClientID != "" {
		t.Fatalf("a refused save left settings: %+v", st)
	}
}

func TestNoKeychainIsSaidPlainlyAndNothingIsStored(t *testing.T) {
	a := newRealApp(t, nil)
	keyring.MockInitWithError(errors.New("The name org.freedesktop.secrets was not provided by any .service files"))
	t.Cleanup(keyring.MockInit)
	c := a.connections

	st, err := c.State()
	if err != nil {
		t.Fatal(err)
	}
	if st.Keychain.Available || !strings.Contains(st.Keychain.Message, "keychain is not available") {
		t.Fatalf("keychain state = %+v", st.Keychain)
	}
	_, err = c.SaveSophos(SophosForm{ClientID: "id", ClientSecret: "would-be-lost"})
	e := wantAppError(t, err, CodeKeychain, "")
	if !strings.Contains(e.Message, "never in a file") {
		t.Fatalf("message %q does not say secrets are never written elsewhere", e.Message)
	}
	_, err = c.SaveConnectWise(ConnectWiseForm{Site: "na.myconnectwise.net", CompanyID: "acme", PublicKey: "p", PrivateKey: "k", ClientID: "c"})
	wantAppError(t, err, CodeKeychain, "")
	if st, _ := c.State(); st.Sophos.ClientID != "" || st.ConnectWise.Site != "" {
		t.Fatalf("settings were saved without their secrets: %+v", st)
	}
	assertNoSecretsInSettings(t, a, "would-be-lost")

	// Testing with every secret typed in needs no keychain.
	if _, err := c.TestSophos(SophosForm{ClientID: "id"}); !errors.As(err, new(*Error)) || err.(*Error).Code != CodeKeychain {
		t.Fatalf("a test that needs the stored secret: err = %v, want the keychain error", err)
	}
}

func TestConnectionsInDemoModeTouchNoAccounts(t *testing.T) {
	keyring.MockInit()
	a := newTestApp(t, true)
	st, err := a.connections.State()
	if err != nil || !st.Demo {
		t.Fatalf("demo state = %+v, %v", st, err)
	}
	_, err = a.connections.SaveSophos(SophosForm{ClientID: "id", ClientSecret: "secret"})
	wantAppError(t, err, CodeConflict, "")
	_, err = a.connections.TestConnectWise(ConnectWiseForm{})
	wantAppError(t, err, CodeConflict, "")
	if keychainHas(t, a, workspace.SecretSophosSecret) != "" {
		t.Fatal("demo mode wrote to the keychain")
	}
}
