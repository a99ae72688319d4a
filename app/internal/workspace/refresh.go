package workspace

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/customers"
	"psabridge/app/internal/jobs"
	"psabridge/app/internal/products"
	"psabridge/app/internal/usagehistory"
)

// Part is one cache the refresh brings up to date. Each part is a job kind of its own, so
// the window can start or cancel one alone and RefreshAll never runs a part twice at once.
type Part string

const (
	PartCatalog   Part = "catalog"   // the ConnectWise catalog
	PartCustomers Part = "customers" // ConnectWise companies and agreements
	PartTenants   Part = "tenants"   // the Sophos tenants
	PartUsage     Part = "usage"     // the Sophos usage history (the last 24 months)
	PartProducts  Part = "products"  // the Sophos products, found in the stored usage history
)

// Parts are every part, in the order RefreshAll reports them.
var Parts = []Part{PartCatalog, PartCustomers, PartTenants, PartUsage, PartProducts}

// Kind is the part's job kind on the workspace's runner.
func (p Part) Kind() jobs.Kind { return jobs.Kind("refresh." + string(p)) }

// RefreshProgress is one part's progress: its phase and how much of it is done.
type RefreshProgress struct {
	Part  Part   `json:"part"`
	Phase string `json:"phase"`
	Done  int    `json:"done"`
	Total int    `json:"total"` // 0 when unknown
}

// PartResult is what one part did. Err is nil on success; on failure the part's cache is
// left as it was and keeps serving. Only the field of the part's own kind is filled.
type PartResult struct {
	Part      Part
	Err       error
	Catalog   catalog.Result
	Customers customers.Result
	Tenants   customers.TenantResult
	Usage     usagehistory.Result
	Products  int // products seen in the stored history
}

// RefreshResult is every part's result, in the order of Parts.
type RefreshResult struct{ Parts []PartResult }

// Err joins the parts' errors, each naming its part; nil when every part succeeded.
func (r RefreshResult) Err() error {
	var errs []error
	for _, p := range r.Parts {
		if p.Err != nil {
			errs = append(errs, fmt.Errorf("refresh %s: %w", p.Part, p.Err))
		}
	}
	return errors.Join(errs...)
}

// Part returns the result of one part.
func (r RefreshResult) Part(p Part) PartResult {
	for _, res := range r.Parts {
		if res.Part == p {
			return res
		}
	}
	return PartResult{Part: p}
}

// StartRefresh starts one part on the workspace's runner (jobs.ErrRunning while it goes).
// progress (optional) gets its reports; finished (optional) gets its result once it ends.
func (w *Workspace) StartRefresh(part Part, progress func(RefreshProgress), finished func(PartResult)) (*jobs.Handle, error) {
	run, err := w.partRun(part)
	if err != nil {
		return nil, err
	}
	res := PartResult{Part: part}
	return w.Jobs.Start(jobs.Job{
		Kind:     part.Kind(),
		Progress: RefreshProgress{Part: part},
		Run: func(ctx context.Context, report func(any)) error {
			res.Err = run(ctx, &res, func(p RefreshProgress) { report(p) })
			return res.Err
		},
		OnProgress: func(p any) {
			if progress != nil {
				progress(p.(RefreshProgress))
			}
		},
		OnFinish: func(error) {
			if finished != nil {
				finished(res)
			}
		},
	})
}

// RefreshAll brings every cache up to date, as the window's refresh and the command line's
// `refresh` do: the ConnectWise parts and the Sophos parts run side by side, each part a
// job on the runner. A part that fails (Sophos offline, say) does not stop the others; a
// part already running (started by the window) is waited for instead of started again.
// Products are found in the usage history just stored, so usage is downloaded once.
// progress (optional) is called from one part at a time.
func (w *Workspace) RefreshAll(ctx context.Context, progress func(RefreshProgress)) RefreshResult {
	return w.Refresh(ctx, progress, Parts...)
}

// Refresh is RefreshAll for some parts only (`psa-bridge sync` refreshes what it bills
// from: agreements, tenants, usage, products). The result lists the parts asked for, in
// the order of Parts.
func (w *Workspace) Refresh(ctx context.Context, progress func(RefreshProgress), parts ...Part) RefreshResult {
	var mu sync.Mutex
	report := func(p RefreshProgress) {
		if progress != nil {
			mu.Lock()
			defer mu.Unlock()
			progress(p)
		}
	}
	results := make(map[Part]PartResult, len(parts))
	lane := func(lane ...Part) {
		for _, part := range lane {
			if !slices.Contains(parts, part) {
				continue
			}
			res := w.refreshOne(ctx, part, report)
			mu.Lock()
			results[part] = res
			mu.Unlock()
		}
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); lane(PartCatalog, PartCustomers) }()
	go func() { defer wg.Done(); lane(PartTenants, PartUsage, PartProducts) }()
	wg.Wait()
	var out RefreshResult
	for _, p := range Parts {
		if res, ok := results[p]; ok {
			out.Parts = append(out.Parts, res)
		}
	}
	return out
}

// refreshOne runs part on the runner and waits for it; ctx ending cancels it.
func (w *Workspace) refreshOne(ctx context.Context, part Part, progress func(RefreshProgress)) PartResult {
	if err := ctx.Err(); err != nil {
		return PartResult{Part: part, Err: err}
	}
	var res PartResult
	h, err := w.StartRefresh(part, progress, func(r PartResult) { res = r })
	if errors.Is(err, jobs.ErrRunning) {
		// Started elsewhere: wait for that run and report its outcome.
		if h = w.Jobs.Last(part.Kind()); h != nil {
			return PartResult{Part: part, Err: waitOrCancel(ctx, h)}
		}
	}
	if err != nil {
		return PartResult{Part: part, Err: err}
	}
	if err := waitOrCancel(ctx, h); err != nil && res.Err == nil {
		res = PartResult{Part: part, Err: err}
	}
	return res
}

// waitOrCancel waits for h; when ctx ends first it cancels h and waits for it to stop.
func waitOrCancel(ctx context.Context, h *jobs.Handle) error {
	if err := h.Wait(ctx); ctx.Err() == nil {
		return err
	}
	h.Cancel()
	<-h.Done()
	return cmp.Or(h.Err(), ctx.Err())
}

// partFunc is the work of one part, filling its field of the result.
type partFunc func(ctx context.Context, res *PartResult, report func(RefreshProgress)) error

// needs is run when its account is connected, else a run that fails with ErrNotConnected.
func needs(connected bool, run partFunc) (partFunc, error) {
	if !connected {
		return func(context.Context, *PartResult, func(RefreshProgress)) error { return ErrNotConnected }, nil
	}
	return run, nil
}

// partRun is the work of one part.
func (w *Workspace) partRun(part Part) (partFunc, error) {
	switch part {
	case PartCatalog:
		return needs(w.Catalog != nil, func(ctx context.Context, res *PartResult, report func(RefreshProgress)) error {
			var err error
			res.Catalog, err = w.Catalog.Incremental(ctx, func(p catalog.Progress) {
				report(RefreshProgress{Part: part, Phase: string(p.Phase), Done: p.Done, Total: p.Total})
			})
			return err
		})
	case PartCustomers:
		return needs(w.Customers != nil, func(ctx context.Context, res *PartResult, report func(RefreshProgress)) error {
			var err error
			res.Customers, err = w.Customers.Refresh(ctx, func(p customers.Progress) {
				report(RefreshProgress{Part: part, Phase: string(p.Entity) + "." + string(p.Phase), Done: p.Done, Total: p.Total})
			})
			return err
		})
	case PartTenants:
		return needs(w.Sophos != nil, func(ctx context.Context, res *PartResult, report func(RefreshProgress)) error {
			report(RefreshProgress{Part: part, Phase: "tenants", Total: 1})
			var err error
			res.Tenants, err = customers.RefreshTenants(ctx, w.DB, w.Sophos, time.Now())
			report(RefreshProgress{Part: part, Phase: "finished", Done: 1, Total: 1})
			return err
		})
	case PartUsage:
		return needs(w.Sophos != nil, func(ctx context.Context, res *PartResult, report func(RefreshProgress)) error {
			var err error
			res.Usage, err = (&usagehistory.Fetcher{DB: w.DB, Source: w.Sophos}).Refresh(ctx, func(p usagehistory.Progress) {
				report(RefreshProgress{Part: part, Phase: "months", Done: p.Done, Total: p.Total})
			})
			return err
		})
	case PartProducts:
		// Reads only SQLite: offline it finds what the history holds.
		return func(ctx context.Context, res *PartResult, report func(RefreshProgress)) error {
			report(RefreshProgress{Part: part, Phase: "products", Total: 1})
			found, err := products.DiscoverStored(ctx, w.DB, time.Now(), products.DefaultMonths)
			res.Products = len(found)
			report(RefreshProgress{Part: part, Phase: "finished", Done: 1, Total: 1})
			return err
		}, nil
	}
	return nil, fmt.Errorf("no refresh part %q", part)
}
