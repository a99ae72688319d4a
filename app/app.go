// Package app is the boundary between the Go backend and the frontend: the services bound
// to Wails live here as plain structs with JSON-tagged results and errors that carry a code.
// Domain logic lives in app/internal/… and knows nothing of Wails.
package app

import (
	"context"
	"errors"
	"log/slog"

	"psabridge/app/config"
	"psabridge/db"
)

// Options are what main hands the app.
type Options struct {
	Config  config.Options
	Version string
	Log     *slog.Logger
}

// App owns the database and the bound services for one run.
type App struct {
	opts     Options
	db       *db.DB
	emitter  Emitter
	settings *SettingsService
	overview *OverviewService
}

// New opens the run's database (demo and real data live in separate files) and builds
// the services. It does no network I/O, so the window opens at once even when offline.
func New(ctx context.Context, o Options) (*App, error) {
	if err := o.Config.EnsureDirs(); err != nil {
		return nil, err
	}
	store, err := db.Open(ctx, o.Config.DatabasePath())
	if err != nil {
		return nil, err
	}
	if store.Backup != "" {
		o.Log.Info("database upgraded; previous version kept", "backup", store.Backup)
	}
	a := &App{opts: o, db: store}
	a.settings = &SettingsService{opts: o, db: store}
	a.overview = &OverviewService{opts: o, db: store}
	return a, nil
}

// ForBindings returns an App with zero-value services, for `wails generate module`,
// which only inspects the bound types and must not touch the user's data folder.
func ForBindings() *App {
	return &App{settings: &SettingsService{}, overview: &OverviewService{}}
}

// Startup is the Wails OnStartup hook: it receives the runtime context for events.
func (a *App) Startup(ctx context.Context) {
	a.emitter = wailsEmitter{ctx: ctx}
	a.opts.Log.Info("window ready", "version", a.opts.Version, "demo", a.opts.Config.Demo)
}

// Shutdown is the Wails OnShutdown hook.
func (a *App) Shutdown(context.Context) {
	if err := a.Close(); err != nil {
		a.opts.Log.Error("shutdown", "err", err)
	}
}

// Close releases the database.
func (a *App) Close() error {
	if a.db == nil {
		return nil
	}
	return errors.Join(a.db.Close())
}

// Bindings are the services the frontend may call.
func (a *App) Bindings() []any { return []any{a.settings, a.overview} }

// Title is the window title: the demo mode says so even in the task bar.
func (a *App) Title() string {
	if a.opts.Config.Demo {
		return "PSA Bridge – Demo"
	}
	return "PSA Bridge"
}
