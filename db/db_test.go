package db

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"psabridge/db/dbsqlc"
)

func TestOpenSetsPragmasAndMigrates(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "fresh.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.Backup != "" {
		t.Errorf("a new file needs no backup, got %s", d.Backup)
	}
	for pragma, want := range map[string]string{"journal_mode": "wal", "foreign_keys": "1", "synchronous": "1", "busy_timeout": "5000"} {
		var got string
		if err := d.SQL().QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
	v, err := d.SchemaVersion(ctx)
	if err != nil || v < 2 {
		t.Fatalf("schema version %d (%v), want the latest", v, err)
	}
}

// An install of an older release has a file at an older schema version with the user's
// data in it. Opening it with this release must upgrade it in place and keep a copy.
func TestUpgradeInPlaceKeepsDataAndACopy(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "psabridge.db")
	if err := openAtVersion(ctx, path, 1); err != nil {
		t.Fatal(err)
	}
	old, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.ExecContext(ctx, "INSERT INTO app_settings (key, value, updated_at) VALUES ('ui.language', 'de', 1)"); err != nil {
		t.Fatal(err)
	}
	old.Close()

	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if want := path + ".bak-v1"; d.Backup != want {
		t.Fatalf("backup %q, want %q", d.Backup, want)
	}
	lang, err := d.Queries().GetSetting(ctx, "ui.language")
	if err != nil || lang != "de" {
		t.Fatalf("setting after upgrade = %q (%v), want de", lang, err)
	}
	if _, err := d.Queries().CountSophosProducts(ctx); err != nil {
		t.Fatalf("new table missing after upgrade: %v", err)
	}

	// The copy is a complete database at the old version with the same data.
	bak, err := sqlOpen(d.Backup)
	if err != nil {
		t.Fatal(err)
	}
	defer bak.Close()
	var value string
	if err := bak.QueryRowContext(ctx, "SELECT value FROM app_settings WHERE key='ui.language'").Scan(&value); err != nil || value != "de" {
		t.Fatalf("backup holds %q (%v)", value, err)
	}
	var tables int
	bak.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE name='sophos_products'").Scan(&tables)
	if tables != 0 {
		t.Fatal("the backup must be the pre-upgrade schema")
	}

	// Opening again is a no-op: nothing to migrate, no new copy.
	d.Close()
	again, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if again.Backup != "" {
		t.Fatalf("an up-to-date file was copied again to %s", again.Backup)
	}
}

func TestSyncNeedsMappingIsEnforcedBySchema(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "rules.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	_, err = d.SQL().ExecContext(ctx, `INSERT INTO sophos_products (product_key, first_seen_month, last_seen_month, sync_enabled, updated_at)
		VALUES ('CIXA-MSP', '2026-10', '2026-10', 1, 1)`)
	if err == nil || !strings.Contains(err.Error(), "sync_needs_mapping") {
		t.Fatalf("sync on an unmapped product was accepted: %v", err)
	}
}

func TestInTxRollsBackOnError(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "tx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	boom := errors.New("boom")
	err = d.InTx(ctx, func(q *dbsqlc.Queries) error {
		if err := q.PutSetting(ctx, dbsqlc.PutSettingParams{Key: "a", Value: "1", UpdatedAt: 1}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err %v", err)
	}
	if _, err := d.Queries().GetSetting(ctx, "a"); err == nil {
		t.Fatal("a rolled-back write is visible")
	}
}

func TestOpenReportsUnwritablePath(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, []byte("x"), 0o600)
	if _, err := Open(context.Background(), filepath.Join(blocker, "db.sqlite")); err == nil || !strings.Contains(err.Error(), blocker) {
		t.Fatalf("want an error naming the path, got %v", err)
	}
}

// A long write (a full catalog refresh) must not block readers: they see the last
// committed state until it commits.
func TestReaderSeesCommittedStateDuringAWrite(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "wal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: "k", Value: "old", UpdatedAt: 1}); err != nil {
		t.Fatal(err)
	}
	inside := make(chan struct{})
	release := make(chan struct{})
	done := make(chan error)
	go func() {
		done <- d.InTx(ctx, func(q *dbsqlc.Queries) error {
			if err := q.PutSetting(ctx, dbsqlc.PutSettingParams{Key: "k", Value: "new", UpdatedAt: 2}); err != nil {
				return err
			}
			close(inside)
			<-release
			return nil
		})
	}()
	<-inside
	if v, err := d.Reader().GetSetting(ctx, "k"); err != nil || v != "old" {
		t.Fatalf("reader during the write saw %q (%v), want old", v, err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if v, _ := d.Reader().GetSetting(ctx, "k"); v != "new" {
		t.Fatalf("reader after commit saw %q", v)
	}
	if err := d.Reader().PutSetting(ctx, dbsqlc.PutSettingParams{Key: "x", Value: "y", UpdatedAt: 3}); err == nil {
		t.Fatal("the reader accepted a write")
	}
}

// Reads in one ReadTx see one state: a write committed between them is not seen.
func TestReadTxSeesOneState(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "snapshot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: "k", Value: "old", UpdatedAt: 1}); err != nil {
		t.Fatal(err)
	}
	err = d.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		if v, err := q.GetSetting(ctx, "k"); err != nil || v != "old" {
			t.Fatalf("first read saw %q (%v), want old", v, err)
		}
		if err := d.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: "k", Value: "new", UpdatedAt: 2}); err != nil {
			t.Fatal(err)
		}
		if v, err := q.GetSetting(ctx, "k"); err != nil || v != "old" {
			t.Fatalf("second read in the same transaction saw %q (%v), want old", v, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := d.Reader().GetSetting(ctx, "k"); v != "new" {
		t.Fatalf("after the read transaction the reader saw %q, want new", v)
	}
}
