package workspace

import (
	"bytes"
	"context"
	"log/slog"
	"testing"

	"psabridge/app/config"
	"psabridge/db/dbsqlc"

	"github.com/zalando/go-keyring"
)

func testOptions(t *testing.T, demo bool) Options {
	t.Helper()
	cfg := config.Options{DataDir: t.TempDir(), Demo: demo}
	if err := cfg.EnsureDirs(); err != nil {
		t.Fatal(err)
	}
	keyring.MockInit() // a real workspace reads the keychain only when settings are saved
	return Options{Config: cfg, Version: "test", Log: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))}
}

// A command line opens the demo workspace as the window does: database, both clients
// against the sandboxes, and the catalog refresher, with no Wails anywhere.
func TestOpenDemoGivesEverythingConnected(t *testing.T) {
	w, err := Open(context.Background(), testOptions(t, true))
	if err != nil {
		t.Fatal(err)
	}
	if !w.Demo || !w.ConnectWiseConnected() || !w.SophosConnected() || w.Catalog == nil || w.Jobs == nil {
		t.Fatalf("demo workspace: %+v", w)
	}
	if _, err := w.Sophos.WhoAmI(w.Context()); err != nil {
		t.Fatalf("the Sophos sandbox answers: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if w.Context().Err() == nil {
		t.Fatal("the workspace's context must end when it closes")
	}
}

func TestSwitchCarriesPreferencesAndReconnectIsRealOnly(t *testing.T) {
	o := testOptions(t, false)
	c, err := OpenCurrent(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	real := c.Get()
	if real.Demo || real.ConnectWiseConnected() || real.SophosConnected() {
		t.Fatalf("a real workspace with nothing saved must not be connected: %+v", real)
	}
	if err := real.DB.Queries().PutSetting(context.Background(), dbsqlc.PutSettingParams{Key: SettingLanguage, Value: "en", UpdatedAt: 1}); err != nil {
		t.Fatal(err)
	}
	var replaced []*Workspace
	c.OnReplace = func(next *Workspace) { replaced = append(replaced, next) }
	if switched, err := c.Switch(context.Background(), true); err != nil || !switched {
		t.Fatalf("Switch to demo: %t %v", switched, err)
	}
	demo := c.Get()
	if !demo.Demo || len(replaced) != 1 || replaced[0] != demo || real.Context().Err() == nil {
		t.Fatalf("after the switch: demo=%t replaced=%d old closed=%t", demo.Demo, len(replaced), real.Context().Err() != nil)
	}
	if v, err := demo.DB.Queries().GetSetting(context.Background(), SettingLanguage); err != nil || v != "en" {
		t.Fatalf("language in the demo database: %q %v", v, err)
	}
	if switched, err := c.Switch(context.Background(), true); err != nil || switched {
		t.Fatalf("switching to the open mode must change nothing: %t %v", switched, err)
	}
	if err := c.Reconnect(context.Background()); err != nil || c.Get() != demo {
		t.Fatalf("Reconnect in demo mode must change nothing: %v", err)
	}
}
