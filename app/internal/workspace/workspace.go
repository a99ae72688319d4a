// Package workspace opens what one database file needs: the database, the ConnectWise and
// Sophos clients of the saved accounts (or, in demo mode, of the built-in sandboxes), the
// catalog refresher and the background jobs. The window (package app) and a command line
// (`psa-bridge sync`) open it alike; it knows nothing of Wails.
package workspace

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"psabridge/app/config"
	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/customers"
	"psabridge/app/internal/datalock"
	"psabridge/app/internal/jobs"
	"psabridge/app/internal/secrets"
	"psabridge/app/internal/sophos"
	"psabridge/db"
)

// Options say which workspace to open and how.
type Options struct {
	Config  config.Options // Config.Demo picks the demo database and the sandboxes
	Version string         // named in every API request's User-Agent
	Log     *slog.Logger
	// Secrets is where account secrets live; nil means the OS keychain scoped to the data
	// folder (tests use keyring.MockInit or a fake).
	Secrets secrets.Store
	// Sophos overrides Sophos Central's hosts for real accounts (tests only).
	Sophos SophosEndpoints
	// MigrationWait is how long Open waits for another process migrating the same data
	// folder (datalock.DefaultMigrationWait when 0).
	MigrationWait time.Duration
	// Getenv, when set (os.Getenv), lets the PSABRIDGE_* variables of env.go supply or
	// override the real accounts' settings and secrets; nil ignores the environment.
	Getenv func(string) string
}

// Workspace is everything that belongs to one database file: the demo workspace runs the
// built-in sandboxes, a real one the user's accounts. The two never share anything, and a
// workspace never changes once open (a changed account opens a new one), so it needs no
// locks.
type Workspace struct {
	Demo bool
	DB   *db.DB
	// Sophos and ConnectWise are nil until the account is set up.
	Sophos      *sophos.Client
	ConnectWise *connectwise.Client
	// Catalog refreshes the local catalog from ConnectWise; nil without ConnectWise.
	Catalog *catalog.Refresher
	// Customers refreshes the company and agreement caches; nil without ConnectWise.
	Customers *customers.Refresher
	// Jobs runs background work; every run ends when the workspace closes.
	Jobs *jobs.Runner

	dataDir string // the data folder, where the locks live
	ctx     context.Context
	cancel  context.CancelFunc
	closers []func() error // in reverse order of opening
}

// Open opens the workspace o asks for. It does no network I/O beyond loopback (demo
// sandboxes), so it succeeds offline.
func Open(ctx context.Context, o Options) (*Workspace, error) {
	store, err := openDatabase(ctx, o)
	if err != nil {
		return nil, err
	}
	if store.Backup != "" {
		o.Log.Info("database upgraded; previous version kept", "backup", store.Backup)
	}
	w := &Workspace{Demo: o.Config.Demo, DB: store, dataDir: o.Config.DataDir}
	w.ctx, w.cancel = context.WithCancel(context.Background())
	w.Jobs = jobs.NewRunner(w.ctx)
	w.closers = append(w.closers, store.Close)
	if w.Demo {
		if err := w.startSandboxes(o); err != nil {
			return nil, errors.Join(err, w.Close())
		}
	} else {
		w.connectAccounts(ctx, o) // accounts.go
	}
	return w, nil
}

// openDatabase opens (and migrates) the database under the data folder's migration lock,
// so the window and a command line started at the same time never migrate it together.
func openDatabase(ctx context.Context, o Options) (*db.DB, error) {
	lock, err := datalock.Migration(ctx, o.Config.DataDir, o.MigrationWait)
	if err != nil {
		return nil, err
	}
	store, err := db.Open(ctx, o.Config.DatabasePath())
	if err := errors.Join(err, lock.Release()); err != nil {
		if store != nil {
			store.Close()
		}
		return nil, err
	}
	return store, nil
}

// Context ends when the workspace closes: work on its behalf stops with it.
func (w *Workspace) Context() context.Context { return w.ctx }

// ConnectWiseConnected reports whether a ConnectWise client is set up (always in demo mode).
func (w *Workspace) ConnectWiseConnected() bool { return w.ConnectWise != nil }

// SophosConnected reports whether a Sophos client is set up (always in demo mode).
func (w *Workspace) SophosConnected() bool { return w.Sophos != nil }

// catalogOverlap is how far before the newest change already seen an incremental refresh
// starts looking: it covers items changed in the same second and small clock skew.
const catalogOverlap = 5 * time.Minute

// UseConnectWise makes c the workspace's ConnectWise client, feeding the catalog refresh
// too. Only opening (and tests simulating a lost connection) call it.
func (w *Workspace) UseConnectWise(c *connectwise.Client) {
	w.ConnectWise = c
	w.Catalog = &catalog.Refresher{DB: w.DB, Source: catalog.NewSource(c), Overlap: catalogOverlap}
	w.Customers = &customers.Refresher{DB: w.DB, CW: c, Overlap: catalogOverlap}
}

// Close stops the background work (a running refresh rolls back) and closes everything
// the workspace opened.
func (w *Workspace) Close() error {
	w.cancel()
	w.Jobs.Stop()
	var errs []error
	for i := len(w.closers) - 1; i >= 0; i-- {
		errs = append(errs, w.closers[i]())
	}
	return errors.Join(errs...)
}

// UserAgent names PSA Bridge and its version in every API request.
func UserAgent(version string) string { return "PSA-Bridge/" + version }
