package app

import (
	"context"
	"errors"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/jobs"
	"psabridge/app/internal/products"
	"psabridge/app/internal/workspace"
)

// The kinds of background job the app runs on a workspace's runner: the refresh parts'
// own kinds, so the window's runs and workspace.RefreshAll never overlap.
var (
	jobCatalogRefresh   = workspace.PartCatalog.Kind()
	jobProductDiscovery = workspace.PartProducts.Kind()
)

// autoRefreshAge is how old the cache may get before the app refreshes it at start.
const autoRefreshAge = 4 * time.Hour

var errRefreshRunning = Errorf(CodeConflict, "A catalog refresh is already running.")

// startCatalogRefresh begins a refresh (full, or only what changed) on ws unless one is
// running; progress and the outcome go to the window as events.
func (a *App) startCatalogRefresh(ws *workspace.Workspace, full bool) (*jobs.Handle, error) {
	if ws.Catalog == nil {
		return nil, Errorf(CodeInvalid, "No ConnectWise connection is set up.")
	}
	emit := a.emit()
	var res catalog.Result
	h, err := ws.Jobs.Start(jobs.Job{
		Kind:     jobCatalogRefresh,
		Progress: catalog.Progress{Phase: catalog.PhaseLookups},
		Run: func(ctx context.Context, report func(any)) error {
			progress := func(p catalog.Progress) { report(p) }
			var err error
			if full {
				res, err = ws.Catalog.Full(ctx, progress)
			} else {
				res, err = ws.Catalog.Incremental(ctx, progress)
			}
			return err
		},
		OnProgress: func(p any) { emit.Emit(EventCatalogProgress, catalogProgress(p)) },
		OnFinish: func(err error) {
			emit.Emit(EventCatalogFinished, CatalogRefreshOutcome{Full: res.Full, Written: res.Written,
				Deleted: res.Deleted, Total: res.Total, Error: refreshError(err)})
		},
	})
	if errors.Is(err, jobs.ErrRunning) {
		return nil, errRefreshRunning
	}
	return h, err
}

// refreshError is a failed refresh's error as the catalog status and event show it.
func refreshError(err error) *Error {
	if errors.Is(err, context.Canceled) {
		return &Error{Code: CodeCanceled, Message: "The catalog refresh was cancelled; the previous catalog is kept.", Err: err}
	}
	return classify(err, CodeUpstream)
}

func catalogProgress(p any) CatalogProgress {
	cp, _ := p.(catalog.Progress)
	return CatalogProgress{Phase: string(cp.Phase), Done: cp.Done, Total: cp.Total}
}

// autoRefreshCatalog brings a stale cache up to date in the background when the window
// opens. Offline, it fails quietly into the catalog status; the cache keeps serving.
func (a *App) autoRefreshCatalog(ws *workspace.Workspace) {
	if ws.Catalog == nil {
		return
	}
	st, err := ws.DB.Reader().GetCatalogState(ws.Context())
	if err != nil || (st.LastRefresh > 0 && time.Since(time.UnixMilli(st.LastRefresh)) < autoRefreshAge) {
		return
	}
	if _, err := a.startCatalogRefresh(ws, false); err != nil {
		a.opts.Log.Warn("automatic catalog refresh not started", "err", err)
	}
}

// discoverProducts reads recent Sophos usage in the background and records the products
// seen, so the product list follows what Sophos bills. Offline it leaves the list as is.
func (a *App) discoverProducts(ws *workspace.Workspace) *jobs.Handle {
	if ws.Sophos == nil {
		return nil
	}
	emit := a.emit()
	var found int
	h, err := ws.Jobs.Start(jobs.Job{
		Kind: jobProductDiscovery,
		Run: func(ctx context.Context, _ func(any)) error {
			list, err := products.Discover(ctx, ws.DB, ws.Sophos, time.Now(), products.DefaultMonths)
			found = len(list)
			return err
		},
		OnFinish: func(err error) {
			if err != nil {
				a.opts.Log.Warn("Sophos product discovery failed", "err", err)
				return
			}
			a.opts.Log.Info("Sophos products discovered", "count", found)
			emit.Emit(EventProductsUpdated, found)
		},
	})
	if err != nil {
		a.opts.Log.Warn("Sophos product discovery not started", "err", err)
	}
	return h
}
