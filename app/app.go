// Package app is the boundary between the Go backend and the frontend: the services bound
// to Wails live here as plain structs with JSON-tagged results and errors that carry a code.
// Domain logic lives in app/internal/… and knows nothing of Wails.
package app

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"psabridge/app/config"
	"psabridge/app/internal/secrets"
)

// Options are what main hands the app.
type Options struct {
	Config  config.Options
	Version string
	Log     *slog.Logger
	// Welcome: nothing was chosen in this data folder yet, so the frontend offers demo
	// data or connecting (config.Options.StartMode decides).
	Welcome bool
	// Secrets is where account secrets live; nil means the OS keychain (tests use
	// keyring.MockInit or a fake).
	Secrets secrets.Store
	// Sophos overrides Sophos Central's hosts for real accounts (tests only).
	Sophos SophosEndpoints
}

// App owns the current session and the bound services. The services are bound once, at
// start; they look up the current session on every call, so switching between demo and
// real data swaps the session without restarting the window.
type App struct {
	opts    Options
	mu      sync.RWMutex
	current *session
	emitter Emitter

	settings *SettingsService
	overview *OverviewService
	catalog  *CatalogService

	connections *ConnectionsService
	products    *ProductsService
	modeMu      sync.Mutex  // one mode switch at a time
	welcome     atomic.Bool // the welcome is still due (no mode chosen yet)
	window      Window      // the window's title; a no-op until the window is up
	windowUp    bool        // Startup ran: background work may start with a new session
}

// New opens the session the options ask for. It does no network I/O beyond loopback
// (demo sandboxes), so the window opens at once even when offline.
func New(ctx context.Context, o Options) (*App, error) {
	if err := o.Config.EnsureDirs(); err != nil {
		return nil, err
	}
	s, err := openSession(ctx, o)
	if err != nil {
		return nil, err
	}
	a := &App{opts: o, current: s, emitter: discardEmitter{}, window: noWindow{}}
	a.welcome.Store(o.Welcome)
	a.bindServices()
	return a, nil
}

// ForBindings returns an App with zero-value services, for `wails generate module`,
// which only inspects the bound types and must not touch the user's data folder.
func ForBindings() *App {
	a := &App{}
	a.bindServices()
	return a
}

func (a *App) bindServices() {
	a.settings = &SettingsService{app: a}
	a.overview = &OverviewService{app: a}
	a.catalog = &CatalogService{app: a}
	a.connections = &ConnectionsService{app: a}
	a.products = &ProductsService{app: a}
}

// Bindings are the services the frontend may call.
func (a *App) Bindings() []any {
	return []any{a.settings, a.overview, a.catalog, a.connections, a.products}
}

// session returns the current session; callers must not keep it beyond one call.
func (a *App) session() *session {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.current
}

// emit returns the current event sink (the window's once it is up).
func (a *App) emit() Emitter {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.emitter
}

// Startup is the Wails OnStartup hook: it receives the runtime context for events.
func (a *App) Startup(ctx context.Context) {
	a.mu.Lock()
	a.emitter = wailsEmitter{ctx: ctx}
	a.window = wailsWindow{ctx: ctx}
	a.windowUp = true
	a.mu.Unlock()
	a.opts.Log.Info("window ready", "version", a.opts.Version, "demo", a.session().demo)
	a.autoRefreshCatalog()
	a.discoverProducts()
}

// autoRefreshCatalog brings a stale cache up to date in the background when the window
// opens. Offline, it fails quietly into the catalog status; the cache keeps serving.
func (a *App) autoRefreshCatalog() {
	sess := a.session()
	if sess.catalog.refresher == nil {
		return
	}
	st, err := sess.db.Reader().GetCatalogState(sess.ctx)
	if err != nil || (st.LastRefresh > 0 && time.Since(time.UnixMilli(st.LastRefresh)) < autoRefreshAge) {
		return
	}
	if err := sess.catalog.start(sess.ctx, false, a.emit()); err != nil {
		a.opts.Log.Warn("automatic catalog refresh not started", "err", err)
	}
}

// Shutdown is the Wails OnShutdown hook.
func (a *App) Shutdown(context.Context) {
	if err := a.Close(); err != nil {
		a.opts.Log.Error("shutdown", "err", err)
	}
}

// Close ends the current session.
func (a *App) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.current == nil {
		return nil
	}
	err := a.current.close()
	a.current = nil
	return err
}

// Title is the window title: demo mode says so even in the task bar.
func (a *App) Title() string {
	if a.session().demo {
		return "PSA Bridge – Demo"
	}
	return "PSA Bridge"
}
