package dashboard_test

import (
	"bytes"
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"psabridge/app/config"
	"psabridge/app/internal/workspace"
)

// demoWorkspace is the demo workspace with every cache filled from its sandboxes, as the
// window has it after its first refresh.
func demoWorkspace(t *testing.T) *workspace.Workspace {
	t.Helper()
	cfg := config.Options{DataDir: t.TempDir(), Demo: true}
	if err := cfg.EnsureDirs(); err != nil {
		t.Fatal(err)
	}
	keyring.MockInit()
	w, err := workspace.Open(context.Background(), workspace.Options{Config: cfg, Version: "test",
		Log: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := w.RefreshAll(ctx, nil).Err(); err != nil {
		t.Fatal(err)
	}
	return w
}
