// Package app is the boundary between the Go backend and the frontend: the services bound
// to Wails live here as plain structs with JSON-tagged results and errors that carry a code.
// Domain logic lives in app/internal/… and knows nothing of Wails; what one database file
// needs (database, clients, background jobs) is app/internal/workspace.
package app

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"

	"psabridge/app/config"
	"psabridge/app/internal/secrets"
	"psabridge/app/internal/workspace"
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
	// Schedule is where saving the sync settings installs the OS task; zero: this machine.
	Schedule ScheduleOS
}

// SophosEndpoints are where the Sophos client of real accounts signs in (tests only).
type SophosEndpoints = workspace.SophosEndpoints

func (o Options) workspace() workspace.Options {
	return workspace.Options{Config: o.Config, Version: o.Version, Log: o.Log, Secrets: o.Secrets, Sophos: o.Sophos}
}

// App owns the current workspace and the bound services. The services are bound once, at
// start; they look up the current workspace on every call, so switching between demo and
// real data swaps the workspace without restarting the window.
type App struct {
	opts    Options
	current *workspace.Current
	life    context.Context // the app's own: outlives every workspace (opening the next one)

	mu       sync.RWMutex
	emitter  Emitter
	window   Window      // the window's title; a no-op until the window is up
	files    FileDialogs // native open/save dialogs; none until the window is up
	windowUp bool        // Startup ran: background work may start with a new workspace

	settings      *SettingsService
	overview      *OverviewService
	catalog       *CatalogService
	connections   *ConnectionsService
	products      *ProductsService
	schedule      *ScheduleService
	transfer      *TransferService
	customers     *CustomersService
	dashboard     *DashboardService
	usageSync     *UsageSyncService
	recovery      *RecoveryService // bound so the frontend can ask; a normal start has no problem
	windowService *WindowService
	closeGuard    closeGuard  // whether closing the window must ask first (BeforeClose)
	modeMu        sync.Mutex  // one mode switch at a time
	welcome       atomic.Bool // the welcome is still due (no mode chosen yet)
}

// New opens the workspace the options ask for. It does no network I/O beyond loopback
// (demo sandboxes), so the window opens at once even when offline.
func New(ctx context.Context, o Options) (*App, error) {
	if err := o.Config.EnsureDirs(); err != nil {
		return nil, err
	}
	current, err := workspace.OpenCurrent(ctx, o.workspace())
	if err != nil {
		return nil, err
	}
	a := &App{opts: o, current: current, life: context.WithoutCancel(ctx), emitter: discardEmitter{}, window: noWindow{}, files: noFileDialogs{}}
	current.OnReplace = a.workspaceReplaced
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
	a.schedule = &ScheduleService{app: a}
	a.transfer = &TransferService{app: a}
	a.customers = &CustomersService{app: a}
	a.dashboard = &DashboardService{app: a}
	a.usageSync = &UsageSyncService{app: a}
	a.recovery = &RecoveryService{window: noWindow{}}
	a.windowService = &WindowService{app: a}
}

// Bindings are the services the frontend may call.
func (a *App) Bindings() []any {
	return []any{a.settings, a.overview, a.catalog, a.connections, a.products, a.customers, a.schedule, a.transfer,
		a.recovery, a.dashboard, a.usageSync, a.windowService}
}

// use returns the current workspace and its context, which bound methods pass on: their
// work stops when the workspace closes. Callers must not keep either beyond one call.
func (a *App) use() (*workspace.Workspace, context.Context) {
	ws := a.current.Get()
	return ws, ws.Context()
}

// ws returns the current workspace, for calls that need no context.
func (a *App) ws() *workspace.Workspace { return a.current.Get() }

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
	a.files = wailsFileDialogs{ctx: ctx}
	a.windowUp = true
	a.mu.Unlock()
	a.opts.Log.Info("window ready", "version", a.opts.Version, "demo", a.ws().Demo)
	a.startBackgroundWork(a.ws())
}

// startBackgroundWork is what the window's start does for each workspace: bring a stale
// catalog up to date and read recent Sophos usage.
func (a *App) startBackgroundWork(ws *workspace.Workspace) {
	a.autoRefreshCatalog(ws)
	a.discoverProducts(ws)
	a.refreshDashboardData(ws)
}

// workspaceReplaced follows a mode switch or reconnect: the title says which data is
// open, and the background work starts again with the new data or credentials.
func (a *App) workspaceReplaced(next *workspace.Workspace) {
	a.mu.RLock()
	win, up := a.window, a.windowUp
	a.mu.RUnlock()
	win.SetTitle(a.Title())
	if up {
		a.startBackgroundWork(next)
	}
}

// Shutdown is the Wails OnShutdown hook.
func (a *App) Shutdown(context.Context) {
	if err := a.Close(); err != nil {
		a.opts.Log.Error("shutdown", "err", err)
	}
}

// Close ends the current workspace.
func (a *App) Close() error { return a.current.Close() }

// Title is the window title: demo mode says so even in the task bar.
func (a *App) Title() string {
	if a.ws().Demo {
		return "PSA Bridge – Demo"
	}
	return "PSA Bridge"
}
