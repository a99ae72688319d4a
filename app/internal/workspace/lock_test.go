package workspace

import (
	"context"
	"errors"
	"testing"
	"time"

	"psabridge/app/internal/datalock"
)

// Opening a workspace migrates under the data folder's migration lock: while another
// process holds it, Open waits (here: gives up after MigrationWait) and touches nothing;
// once it is free, Open proceeds.
func TestOpenMigratesUnderTheMigrationLock(t *testing.T) {
	o := testOptions(t, false)
	other, err := datalock.Migration(context.Background(), o.Config.DataDir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	o.MigrationWait = 100 * time.Millisecond
	if _, err := Open(context.Background(), o); !errors.Is(err, datalock.ErrMigrationTimeout) {
		t.Fatalf("Open while another process migrates: %v, want ErrMigrationTimeout", err)
	}
	if err := other.Release(); err != nil {
		t.Fatal(err)
	}
	w, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// The lock is released once the database is open: the next process need not wait.
	l, err := datalock.Migration(context.Background(), o.Config.DataDir, 100*time.Millisecond)
	if err != nil {
		t.Fatalf("the migration lock is still held after Open: %v", err)
	}
	l.Release()
}
