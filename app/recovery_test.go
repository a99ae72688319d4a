package app

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"psabridge/app/config"
)

// A corrupt database does not end the start with a message on stderr: the recovery
// service names the file and the problem, lists the copy taken before the last upgrade,
// and restores it by copying, keeping the broken file.
func TestACorruptDatabaseOffersItsBackup(t *testing.T) {
	keyring.MockInit()
	o := Options{Config: config.Options{DataDir: t.TempDir()}, Version: "test", Log: slog.New(slog.DiscardHandler)}
	a, err := New(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	path := o.Config.DatabasePath()
	backup := path + ".bak-v3"
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(backup, good, 0o600); err != nil {
		t.Fatal(err)
	}
	broken := []byte(strings.Repeat("\x00garbage", 4096))
	if err := os.WriteFile(path, broken, 0o600); err != nil {
		t.Fatal(err)
	}

	_, err = New(context.Background(), o)
	w, ok := NewRecovery(err, o.Log)
	if !ok {
		t.Fatalf("want a database that failed to open, got %v", err)
	}
	r := w.Service
	p, err := r.Problem()
	if err != nil || p == nil || p.DatabasePath != path || p.Problem != "corrupt" || len(p.Backups) != 1 || p.Backups[0].Path != backup {
		t.Fatalf("problem = %+v, %v", p, err)
	}
	_, err = r.OpenBackup(path + ".somewhere-else")
	wantAppError(t, err, CodeInvalid, "backup")

	restored, err := r.OpenBackup(backup)
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := os.ReadFile(restored.BrokenCopy); string(kept) != string(broken) {
		t.Fatalf("the broken file is not kept at %q", restored.BrokenCopy)
	}
	a, err = New(context.Background(), o)
	if err != nil {
		t.Fatalf("the restored database does not open: %v", err)
	}
	a.Close()

	// On a normal start the service reports no problem.
	if p, err := a.recovery.Problem(); p != nil || err != nil {
		t.Fatalf("a normal start reports %+v, %v", p, err)
	}
}

// Switching to a database that does not open says so, naming the file, and keeps the
// open one.
func TestSwitchingToABrokenDatabaseSaysWhy(t *testing.T) {
	a := newRealApp(t, nil)
	demo := a.opts.Config
	demo.Demo = true
	if err := os.WriteFile(demo.DatabasePath(), []byte(strings.Repeat("garbage ", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	err := a.connections.SwitchMode(true)
	e := wantAppError(t, classified(err), CodeConflict, "")
	if !strings.Contains(e.Message, demo.DatabasePath()) || !strings.Contains(e.Message, "corrupt") {
		t.Fatalf("message %q does not name the file and the problem", e.Message)
	}
	if a.ws().Demo {
		t.Fatal("the broken database was made current")
	}
}
