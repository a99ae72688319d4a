package catalog

import (
	"context"
	"errors"
	"fmt"
	"time"

	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// Source is what a refresh needs from ConnectWise. The ConnectWise client satisfies it
// through NewSource; each method streams, so no caller ever holds the whole catalog.
type Source interface {
	// CatalogCount counts all catalog items, inactive ones included.
	CatalogCount(ctx context.Context) (int, error)
	// EachCatalogPage calls fn once per page of items, oldest id first. A zero since means
	// every item; otherwise only items whose lastUpdated is after since.
	EachCatalogPage(ctx context.Context, since time.Time, fn func([]Item) error) error
	// EachCatalogIDPage calls fn once per page of the ids of all items (a cheap sweep).
	EachCatalogIDPage(ctx context.Context, fn func([]int64) error) error
	// Lookups reads the setup tables.
	Lookups(ctx context.Context) (Lookups, error)
}

// Phase names the step a refresh is in, for the progress bar's label.
type Phase string

const (
	PhaseLookups  Phase = "lookups"
	PhaseItems    Phase = "items"
	PhaseSweep    Phase = "sweep"
	PhaseFinished Phase = "finished"
)

// Progress is reported after each page.
type Progress struct {
	Phase Phase
	Done  int // items (or ids) processed so far
	Total int // best estimate of all there are; 0 if unknown
}

// Result says what a refresh changed.
type Result struct {
	Full    bool
	Written int // items inserted or updated
	Deleted int // items gone from ConnectWise, removed from the cache
	Total   int // items in the cache afterwards
}

// Refresher brings the cache in line with ConnectWise.
type Refresher struct {
	DB     *db.DB
	Source Source
	// Overlap is subtracted from the high-water mark in an incremental refresh, so an
	// item updated in the same second as the last one seen (or under clock skew) is not missed.
	Overlap time.Duration
	Now     func() time.Time
}

func (r *Refresher) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Full replaces the cache with ConnectWise's catalog. It runs as one transaction: a
// search meanwhile (on the read pool) sees the previous catalog, and a refresh that is
// cancelled or fails half-way leaves the previous catalog untouched.
func (r *Refresher) Full(ctx context.Context, progress func(Progress)) (Result, error) {
	report := progressFunc(progress)
	report(Progress{Phase: PhaseLookups})
	lookups, err := r.Source.Lookups(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("read ConnectWise setup tables: %w", err)
	}
	total, err := r.Source.CatalogCount(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("count ConnectWise catalog: %w", err)
	}
	res := Result{Full: true}
	err = r.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		if err := replaceLookups(ctx, q, lookups); err != nil {
			return err
		}
		if err := q.ClearCatalogSeen(ctx); err != nil {
			return err
		}
		report(Progress{Phase: PhaseItems, Total: total})
		err := r.Source.EachCatalogPage(ctx, time.Time{}, func(items []Item) error {
			for _, it := range items {
				if err := upsert(ctx, q, it); err != nil {
					return err
				}
				if err := q.MarkCatalogItemSeen(ctx, it.ID); err != nil {
					return err
				}
			}
			res.Written += len(items)
			report(Progress{Phase: PhaseItems, Done: res.Written, Total: max(total, res.Written)})
			return nil
		})
		if err != nil {
			return err
		}
		deleted, err := q.DeleteUnseenCatalogItems(ctx)
		if err != nil {
			return err
		}
		res.Deleted = int(deleted)
		if err := q.ClearCatalogSeen(ctx); err != nil {
			return err
		}
		return q.UpdateCatalogStateAfterFull(ctx, r.now().UnixMilli())
	})
	if err != nil {
		return Result{}, fmt.Errorf("full catalog refresh: %w", err)
	}
	return r.finish(ctx, res, progress)
}

// Incremental fetches only items changed since the last refresh and checks the count; an
// unchanged catalog costs two requests. When the counts disagree afterwards, something was
// deleted in ConnectWise, and an id sweep finds what. Without a previous full refresh it
// does a full one.
func (r *Refresher) Incremental(ctx context.Context, progress func(Progress)) (Result, error) {
	state, err := r.DB.Queries().GetCatalogState(ctx)
	if err != nil {
		return Result{}, err
	}
	if state.LastFullRefresh == 0 {
		return r.Full(ctx, progress)
	}
	report := progressFunc(progress)
	since := time.UnixMilli(state.HighWaterUpdated).Add(-r.Overlap)
	var changed []Item // an incremental change set is small: holding it is fine
	report(Progress{Phase: PhaseItems})
	if err := r.Source.EachCatalogPage(ctx, since, func(items []Item) error {
		changed = append(changed, items...)
		report(Progress{Phase: PhaseItems, Done: len(changed)})
		return nil
	}); err != nil {
		return Result{}, fmt.Errorf("read changed ConnectWise catalog items: %w", err)
	}
	remote, err := r.Source.CatalogCount(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("count ConnectWise catalog: %w", err)
	}
	res := Result{Written: len(changed)}
	err = r.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, it := range changed {
			if err := upsert(ctx, q, it); err != nil {
				return err
			}
		}
		local, err := q.CountCatalogItems(ctx)
		if err != nil {
			return err
		}
		if int(local) != remote {
			if res.Deleted, err = r.sweep(ctx, q, remote, report); err != nil {
				return err
			}
		}
		return q.UpdateCatalogStateAfterIncremental(ctx, r.now().UnixMilli())
	})
	if err != nil {
		return Result{}, fmt.Errorf("incremental catalog refresh: %w", err)
	}
	return r.finish(ctx, res, progress)
}

// sweep reads every id in ConnectWise and deletes cached items that are not among them.
func (r *Refresher) sweep(ctx context.Context, q *dbsqlc.Queries, total int, report func(Progress)) (int, error) {
	if err := q.ClearCatalogSeen(ctx); err != nil {
		return 0, err
	}
	done := 0
	report(Progress{Phase: PhaseSweep, Total: total})
	err := r.Source.EachCatalogIDPage(ctx, func(ids []int64) error {
		for _, id := range ids {
			if err := q.MarkCatalogItemSeen(ctx, id); err != nil {
				return err
			}
		}
		done += len(ids)
		report(Progress{Phase: PhaseSweep, Done: done, Total: max(total, done)})
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("sweep ConnectWise catalog ids: %w", err)
	}
	deleted, err := q.DeleteUnseenCatalogItems(ctx)
	if err != nil {
		return 0, err
	}
	return int(deleted), q.ClearCatalogSeen(ctx)
}

func (r *Refresher) finish(ctx context.Context, res Result, progress func(Progress)) (Result, error) {
	n, err := r.DB.Queries().CountCatalogItems(ctx)
	if err != nil {
		return res, err
	}
	res.Total = int(n)
	progressFunc(progress)(Progress{Phase: PhaseFinished, Done: res.Total, Total: res.Total})
	return res, nil
}

func upsert(ctx context.Context, q *dbsqlc.Queries, it Item) error {
	if it.ID <= 0 || it.Identifier == "" {
		return fmt.Errorf("catalog item %d from ConnectWise has no id or identifier", it.ID)
	}
	if err := q.UpsertCatalogItem(ctx, it.upsertParams()); err != nil {
		return fmt.Errorf("cache catalog item %d (%s): %w", it.ID, it.Identifier, err)
	}
	return nil
}

func replaceLookups(ctx context.Context, q *dbsqlc.Queries, l Lookups) error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	add(q.ClearCategories(ctx))
	for _, c := range l.Categories {
		add(q.InsertCategory(ctx, dbsqlc.InsertCategoryParams{ID: c.ID, Name: c.Name, Inactive: boolInt(c.Inactive), DefaultFlag: boolInt(c.Default)}))
	}
	add(q.ClearSubcategories(ctx))
	for _, c := range l.Subcategories {
		add(q.InsertSubcategory(ctx, dbsqlc.InsertSubcategoryParams{ID: c.ID, Name: c.Name, CategoryID: c.ParentID, Inactive: boolInt(c.Inactive), DefaultFlag: boolInt(c.Default)}))
	}
	add(q.ClearProductTypes(ctx))
	for _, c := range l.Types {
		add(q.InsertProductType(ctx, dbsqlc.InsertProductTypeParams{ID: c.ID, Name: c.Name, Inactive: boolInt(c.Inactive), DefaultFlag: boolInt(c.Default)}))
	}
	add(q.ClearUnitsOfMeasure(ctx))
	for _, c := range l.UnitsOfMeasure {
		add(q.InsertUnitOfMeasure(ctx, dbsqlc.InsertUnitOfMeasureParams{ID: c.ID, Name: c.Name, Inactive: boolInt(c.Inactive), DefaultFlag: boolInt(c.Default)}))
	}
	add(q.ClearManufacturers(ctx))
	for _, c := range l.Manufacturers {
		add(q.InsertManufacturer(ctx, dbsqlc.InsertManufacturerParams{ID: c.ID, Name: c.Name, Inactive: boolInt(c.Inactive)}))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("cache ConnectWise setup tables: %w", err)
	}
	return nil
}

func progressFunc(f func(Progress)) func(Progress) {
	if f == nil {
		return func(Progress) {}
	}
	return f
}
