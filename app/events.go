package app

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// The events the backend sends (frontend/src/lib/events.ts mirrors the names). This is the
// only place they are defined.
const (
	EventCatalogProgress  = "catalog:progress"      // CatalogProgress, while a catalog refresh runs
	EventCatalogFinished  = "catalog:finished"      // CatalogRefreshOutcome, when it ends
	EventProductsUpdated  = "products:updated"      // the Sophos product list changed (a count)
	EventDashboardUpdated = "dashboard:updated"     // a cache the landing page reads was refreshed (the part's name)
	EventSyncProgress     = "usagesync:progress"    // SyncProgress, after each agreement of a push
	EventSyncFinished     = "usagesync:finished"    // SyncResult, when a push ends
	EventCustomersUpdated = "customers:updated"     // tenants or their mappings changed (a count)
	EventCloseRequested   = "window:closeRequested" // closing waits: staged changes (a count) need an answer
)

// Emitter sends events to the frontend. Long work (catalog refresh, sync runs) reports
// progress through it; tests use a recording fake.
type Emitter interface {
	Emit(name string, data any)
}

// wailsEmitter emits through the Wails runtime of a running window.
type wailsEmitter struct{ ctx context.Context }

func (w wailsEmitter) Emit(name string, data any) { runtime.EventsEmit(w.ctx, name, data) }

// discardEmitter is used until the window is up (and in tests that do not listen).
type discardEmitter struct{}

func (discardEmitter) Emit(string, any) {}
