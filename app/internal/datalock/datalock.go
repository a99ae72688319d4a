// Package datalock holds the OS file locks that keep processes sharing one data folder
// (the window, the command line, a scheduled run) from stepping on each other:
//
//   - Window: one window per data folder; a second one is refused at once.
//   - Migration: held while the database is opened and migrated; others wait for it.
//   - Sync: one usage sync at a time, window or command line; others wait briefly,
//     then get ErrBusy.
//
// The locks are github.com/gofrs/flock locks (flock(2) on Unix, LockFileEx on Windows) on
// files in the data folder. The OS drops them when the process dies, so a crash never
// leaves a folder locked. A lock belongs to its open file, not to the process: two locks
// on the same file conflict even inside one process.
package datalock

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"
)

// The lock files, in the data folder. Their content is irrelevant; they are never removed
// (removing a lock file while another process waits on it would split the lock in two).
const (
	WindowFile    = "window.lock"
	MigrationFile = "migration.lock"
	SyncFile      = "sync.lock"
)

// ErrWindowOpen is Window's error when another window has the data folder open.
var ErrWindowOpen = errors.New("PSA Bridge is already open with this data folder")

// ErrBusy is the Sync lock's error when another sync run holds it past the wait.
var ErrBusy = errors.New("a sync run is in progress")

// ErrMigrationTimeout is Migration's error when another process migrates for too long.
var ErrMigrationTimeout = errors.New("another PSA Bridge process is upgrading the database")

// DefaultSyncWait is how long Sync waits for a running sync to finish before ErrBusy.
const DefaultSyncWait = 10 * time.Second

// DefaultMigrationWait is how long Migration waits for another process's migration.
const DefaultMigrationWait = 2 * time.Minute

// retryDelay is how often a waiting lock tries again: flock has no blocking wait that a
// context can end.
const retryDelay = 50 * time.Millisecond

// Lock is a held lock; Release gives it back (once; later calls do nothing).
type Lock struct{ f *flock.Flock }

// Release unlocks and closes the lock file.
func (l *Lock) Release() error { return l.f.Unlock() }

// Window takes the window lock of dir without waiting: ErrWindowOpen when another window
// (or anything else holding it) has it. Hold it for the window's lifetime.
func Window(dir string) (*Lock, error) {
	f := flock.New(filepath.Join(dir, WindowFile))
	ok, err := f.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock the data folder %s: %w", dir, err)
	}
	if !ok {
		_ = f.Close()
		return nil, ErrWindowOpen
	}
	return &Lock{f}, nil
}

// Migration takes the migration lock of dir, waiting up to wait (DefaultMigrationWait
// when 0) for another process to finish: ErrMigrationTimeout after that.
func Migration(ctx context.Context, dir string, wait time.Duration) (*Lock, error) {
	return waitFor(ctx, filepath.Join(dir, MigrationFile), cmp.Or(wait, DefaultMigrationWait), ErrMigrationTimeout)
}

// Sync takes the sync lock of dir, waiting up to wait (DefaultSyncWait when 0) for a
// running sync to end: ErrBusy after that.
func Sync(ctx context.Context, dir string, wait time.Duration) (*Lock, error) {
	return waitFor(ctx, filepath.Join(dir, SyncFile), cmp.Or(wait, DefaultSyncWait), ErrBusy)
}

// SyncLock is the sync lock of a data folder as a value the usage sync engine holds
// (usagesync.RunLock): every plan and apply takes it for its duration.
type SyncLock struct {
	Dir  string
	Wait time.Duration // DefaultSyncWait when 0
}

// Acquire takes the lock; release gives it back.
func (s SyncLock) Acquire(ctx context.Context) (release func() error, err error) {
	l, err := Sync(ctx, s.Dir, s.Wait)
	if err != nil {
		return nil, err
	}
	return l.Release, nil
}

// waitFor tries the lock until it is free, wait has passed (busy) or ctx ends (its error).
func waitFor(ctx context.Context, path string, wait time.Duration, busy error) (*Lock, error) {
	f := flock.New(path)
	waitCtx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	ok, err := f.TryLockContext(waitCtx, retryDelay)
	if ok {
		return &Lock{f}, nil
	}
	_ = f.Close()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return nil, busy
}
