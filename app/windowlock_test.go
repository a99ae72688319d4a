package app

import (
	"context"
	"testing"

	"psabridge/app/internal/workspace"
	"psabridge/db/dbsqlc"
)

// A second window on the same data folder is refused (the recovery window says so),
// while a command line opens the same database beside the open window and writes to it.
func TestASecondWindowIsRefusedButTheCommandLineWorks(t *testing.T) {
	a := newRealApp(t, nil)
	dir := a.opts.Config.DataDir
	release, err := LockWindow(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LockWindow(dir)
	w, ok := NewRecovery(err, a.opts.Log)
	if !ok {
		t.Fatalf("second window: %v, want it refused", err)
	}
	if p, _ := w.Service.Problem(); p == nil || p.Problem != "window_open" || p.DatabasePath != dir || len(p.Backups) != 0 {
		t.Fatalf("problem = %+v", p)
	}
	if _, err := w.Service.OpenBackup(dir + "/psabridge.db.bak-v1"); err == nil {
		t.Fatal("a refused second window restored a backup")
	}

	cli, err := workspace.Open(context.Background(), a.opts.workspace())
	if err != nil {
		t.Fatalf("the command line cannot open the database beside the window: %v", err)
	}
	defer cli.Close()
	if err := cli.DB.Queries().PutSetting(context.Background(), dbsqlc.PutSettingParams{Key: "cli.test", Value: "1", UpdatedAt: 1}); err != nil {
		t.Fatalf("the command line cannot write beside the window: %v", err)
	}
	if v, err := a.ws().DB.Queries().GetSetting(context.Background(), "cli.test"); err != nil || v != "1" {
		t.Fatalf("the window does not see the command line's write: %q, %v", v, err)
	}

	if err := release(); err != nil {
		t.Fatal(err)
	}
	again, err := LockWindow(dir)
	if err != nil {
		t.Fatalf("the lock is not free after the window closed: %v", err)
	}
	again()
}
