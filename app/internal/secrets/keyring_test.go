package secrets

import (
	"errors"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"
)

func TestKeyringSetGetReplaceDelete(t *testing.T) {
	keyring.MockInit()
	k := Keyring{Scope: "install-a"}
	if err := k.Available(); err != nil {
		t.Fatalf("Available on a working keychain: %v", err)
	}
	if _, err := k.Get("sophos.client-secret"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get before Set: err = %v, want ErrNotFound", err)
	}
	if err := k.Set("sophos.client-secret", "first"); err != nil {
		t.Fatal(err)
	}
	if err := k.Set("sophos.client-secret", "second"); err != nil {
		t.Fatal(err)
	}
	if v, err := k.Get("sophos.client-secret"); err != nil || v != "second" {
		t.Fatalf("Get after replace = %q, %v; want second", v, err)
	}
	if err := k.Delete("sophos.client-secret"); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Get("sophos.client-secret"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete: err = %v, want ErrNotFound", err)
	}
	if err := k.Delete("sophos.client-secret"); err != nil {
		t.Fatalf("deleting a missing secret must succeed, got %v", err)
	}
}

func TestKeyringScopesKeepInstallsApart(t *testing.T) {
	keyring.MockInit()
	a, b := Keyring{Scope: "a"}, Keyring{Scope: "b"}
	if err := a.Set("connectwise.private-key", "key-of-a"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Get("connectwise.private-key"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("install b sees install a's key: err = %v", err)
	}
	// The entry is filed under the app's service name with the scope in the account name,
	// which is what the user finds in the OS keychain app.
	if v, err := keyring.Get(Service, "connectwise.private-key@a"); err != nil || v != "key-of-a" {
		t.Fatalf("keychain entry = %q, %v", v, err)
	}
}

func TestKeyringUnavailableIsSaidPlainly(t *testing.T) {
	keyring.MockInitWithError(errors.New("The name org.freedesktop.secrets was not provided by any .service files"))
	t.Cleanup(keyring.MockInit)
	k := Keyring{Scope: "x"}
	checks := map[string]error{"Available": k.Available(), "Set": k.Set("n", "v"), "Delete": k.Delete("n")}
	_, checks["Get"] = k.Get("n")
	for op, err := range checks {
		if !IsUnavailable(err) {
			t.Errorf("%s: err = %v, want *UnavailableError", op, err)
			continue
		}
		if !strings.Contains(err.Error(), "keychain is not available") || !strings.Contains(err.Error(), "never in a file") {
			t.Errorf("%s: message %q does not tell the user plainly", op, err)
		}
	}
}

func TestKeyringTooBigIsNotReportedAsUnavailable(t *testing.T) {
	keyring.MockInitWithError(keyring.ErrSetDataTooBig)
	t.Cleanup(keyring.MockInit)
	err := Keyring{}.Set("n", strings.Repeat("x", 10))
	if err == nil || IsUnavailable(err) || !strings.Contains(err.Error(), "too long") {
		t.Fatalf("err = %v, want a 'too long' error", err)
	}
}
