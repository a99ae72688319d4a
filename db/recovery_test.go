package db

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A file from a newer release (schema version above the newest this binary knows) is
// refused with an error naming the file and both versions, and is left untouched.
func TestASchemaNewerThanTheBinaryIsRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "psabridge.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	latest, _ := d.SchemaVersion(ctx)
	if _, err := d.SQL().ExecContext(ctx, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (?, 1)", latest+7); err != nil {
		t.Fatal(err)
	}
	d.Close()
	before, _ := os.ReadFile(path)

	_, err = Open(ctx, path)
	tooNew, ok := errors.AsType[*SchemaTooNewError](err)
	if !ok || tooNew.Version != latest+7 || tooNew.Latest != latest || tooNew.Path != path {
		t.Fatalf("want SchemaTooNewError(%d > %d), got %v", latest+7, latest, err)
	}
	if oe, ok := errors.AsType[*OpenError](err); !ok || oe.Problem != ProblemTooNew || !strings.Contains(err.Error(), path) {
		t.Fatalf("want an OpenError naming the file, got %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the newer file was changed")
	}
	if backups, _ := Backups(path); len(backups) != 0 {
		t.Fatalf("a refused file was copied aside: %+v", backups)
	}
}

// A file that is not a database opens with an OpenError saying it is corrupt.
func TestACorruptFileIsNamedAsSuch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "psabridge.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("this is not a database ", 500)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path)
	oe, ok := errors.AsType[*OpenError](err)
	if !ok || oe.Problem != ProblemCorrupt || oe.Path != path {
		t.Fatalf("want an OpenError(corrupt) for %s, got %v", path, err)
	}
}

// The recovery window offers the copies taken before upgrades; restoring one moves the
// broken file aside (never deleting it) and leaves a database that opens.
func TestRestoreABackupKeepsTheBrokenFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "PSA#2 [x]", "psabridge.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := openAtVersion(ctx, path, 1); err != nil {
		t.Fatal(err)
	}
	d, err := Open(ctx, path) // upgrades, leaving psabridge.db.bak-v1
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	broken := []byte(strings.Repeat("garbage ", 1000))
	if err := os.WriteFile(path, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+"-wal", []byte("stale wal"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".bak-v1.tmp", nil, 0o600); err != nil { // an unfinished copy is no backup
		t.Fatal(err)
	}

	backups, err := Backups(path)
	if err != nil || len(backups) != 1 || backups[0].Path != path+".bak-v1" || backups[0].SchemaVersion != 1 || backups[0].Size == 0 {
		t.Fatalf("backups = %+v, %v", backups, err)
	}
	now := time.Date(2026, 12, 1, 14, 0, 0, 0, time.UTC)
	aside, err := RestoreBackup(path, backups[0].Path, now)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(aside); string(got) != string(broken) {
		t.Fatalf("the broken file is not kept at %s", aside)
	}
	if got, _ := os.ReadFile(aside + "-wal"); string(got) != "stale wal" {
		t.Fatal("the broken file's -wal was not moved aside with it")
	}
	if _, err := os.Stat(backups[0].Path); err != nil {
		t.Fatal("the backup itself is gone")
	}
	d, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("the restored file does not open: %v", err)
	}
	d.Close()
}
