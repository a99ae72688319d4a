package workspace

import (
	"context"
	"errors"
	"testing"
)

// untouchable is a keychain that fails the test when asked anything.
type untouchable struct{ t *testing.T }

func (u untouchable) Get(name string) (string, error) {
	u.t.Errorf("the keychain was read (%s) although the environment had the secret", name)
	return "", errors.New("keychain touched")
}
func (u untouchable) Set(name, _ string) error {
	u.t.Errorf("the keychain was written (%s)", name)
	return errors.New("keychain touched")
}
func (u untouchable) Delete(name string) error {
	u.t.Errorf("the keychain was changed (%s)", name)
	return errors.New("keychain touched")
}
func (u untouchable) Available() error { return nil }

// A server without a keychain: every setting comes from the environment, the keychain is
// never asked, and nothing of it lands in the database.
func TestEnvironmentSuppliesAccountsWithoutTheKeychain(t *testing.T) {
	o := testOptions(t, false)
	o.Secrets = untouchable{t}
	env := map[string]string{
		EnvCWSite: "https://cw.example.test", EnvCWCompanyID: "acme", EnvCWClientID: "client",
		EnvCWPublicKey: "pub", EnvCWPrivateKey: "priv-secret",
		EnvSophosClientID: "sophos-id", EnvSophosClientSecret: "sophos-secret",
		EnvSophosAPIHost: "https://proxy.example.test", EnvSophosTokenURL: "https://proxy.example.test/token",
	}
	o.Getenv = func(k string) string { return env[k] }
	w, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if !w.ConnectWiseConnected() || !w.SophosConnected() {
		t.Fatalf("environment accounts not connected: cw=%t sophos=%t", w.ConnectWiseConnected(), w.SophosConnected())
	}
	saved, err := SavedSettings(context.Background(), w.DB.Queries())
	if err != nil || len(saved) != 0 {
		t.Fatalf("environment settings were saved to the database: %v %v", saved, err)
	}
	if got := o.SophosConfig(SophosAccount{}); got.APIHost != env[EnvSophosAPIHost] || got.TokenURL != env[EnvSophosTokenURL] {
		t.Fatalf("proxy settings not taken from the environment: %+v", got)
	}

	// Without Getenv (the window today) the same variables are ignored.
	o.Getenv = nil
	o.Secrets = nil
	w2, err := Open(context.Background(), testOptionsFor(t, o))
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	if w2.ConnectWiseConnected() || w2.SophosConnected() {
		t.Fatal("without Getenv the environment must not connect anything")
	}
}

// testOptionsFor is o on a fresh data folder.
func testOptionsFor(t *testing.T, o Options) Options {
	fresh := testOptions(t, false)
	fresh.Getenv, fresh.Sophos = o.Getenv, o.Sophos
	return fresh
}
