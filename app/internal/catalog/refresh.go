package catalog

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"psabridge/app/internal/connectwise"
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

// ErrIncompleteCatalog is a download whose ids do not add up to ConnectWise's count (a page
// answered empty or short in the middle): nothing is deleted and the old cache stays.
var ErrIncompleteCatalog = errors.New("the catalog ConnectWise sent is incomplete")

// Full replaces the cache with ConnectWise's catalog. Pages are downloaded outside any
// write transaction and staged beside the cache, each page in its own short transaction,
// so other writes (settings, Save) wait at most about one page. The cache itself changes
// in one short transaction at the end, and only if the staged ids match ConnectWise's
// count: a search meanwhile sees the previous catalog, and a refresh that is cancelled,
// fails, is cut short or is killed leaves the previous catalog untouched.
func (r *Refresher) Full(ctx context.Context, progress func(Progress)) (Result, error) {
	res, err := r.full(ctx, progressFunc(progress))
	if err != nil {
		return Result{}, fmt.Errorf("full catalog refresh: %w", err)
	}
	return r.finish(ctx, res, progress)
}

func (r *Refresher) full(ctx context.Context, report func(Progress)) (Result, error) {
	report(Progress{Phase: PhaseLookups})
	lookups, err := r.Source.Lookups(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("read ConnectWise setup tables: %w", err)
	}
	total, err := r.Source.CatalogCount(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("count ConnectWise catalog: %w", err)
	}
	staging, err := r.DB.StartCatalogStaging(ctx)
	if err != nil {
		return Result{}, err
	}
	defer staging.Close()
	pages, finish := r.prefetch(ctx, time.Time{})
	defer finish() // stops the download if the writer gave up early
	report(Progress{Phase: PhaseItems, Total: total})
	streamed := make([]int64, 0, total) // 8 bytes an item: the gone ids are worked out off the writer
	for page := range pages {
		params := make([]dbsqlc.UpsertCatalogItemParams, len(page))
		for i, it := range page {
			if err := it.check(); err != nil {
				return Result{}, err
			}
			params[i] = it.upsertParams()
			streamed = append(streamed, it.ID)
		}
		if err := staging.Add(ctx, params); err != nil {
			return Result{}, err
		}
		report(Progress{Phase: PhaseItems, Done: len(streamed), Total: max(total, len(streamed))})
	}
	if err := finish(); err != nil {
		return Result{}, err
	}
	slices.Sort(streamed)
	streamed = slices.Compact(streamed)
	if err := r.checkComplete(ctx, len(streamed), total, "sent"); err != nil {
		return Result{}, err
	}
	cached, err := r.DB.Reader().ListCatalogItemIDs(ctx)
	if err != nil {
		return Result{}, err
	}
	swap, err := staging.Apply(ctx, unseen(cached, streamed), func(q *dbsqlc.Queries) error {
		if err := replaceLookups(ctx, q, lookups); err != nil {
			return err
		}
		return q.UpdateCatalogStateAfterFull(ctx, r.now().UnixMilli())
	})
	if err != nil {
		return Result{}, err
	}
	return Result{Full: true, Written: swap.Written, Deleted: swap.Deleted}, nil
}

// checkComplete lets a deletion go ahead only when the distinct ids received equal
// ConnectWise's count: the count taken before the download, or (the catalog may have
// changed meanwhile) a fresh one.
func (r *Refresher) checkComplete(ctx context.Context, received, counted int, verb string) error {
	if received == counted {
		return nil
	}
	now, err := r.Source.CatalogCount(ctx)
	if err != nil {
		return fmt.Errorf("count ConnectWise catalog: %w", err)
	}
	if received == now {
		return nil
	}
	return fmt.Errorf("%w: ConnectWise counts %d items but %s %d; nothing was deleted, try again", ErrIncompleteCatalog, now, verb, received)
}

// Incremental fetches only items changed since the last refresh and checks the count; an
// unchanged catalog costs two requests. When the counts disagree afterwards, something was
// deleted in ConnectWise, and an id sweep finds what. Without a previous full refresh it
// does a full one. Downloads happen outside write transactions.
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
	var local int64
	err = r.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, it := range changed {
			if err := Upsert(ctx, q, it); err != nil {
				return err
			}
		}
		local, err = q.CountCatalogItems(ctx)
		return err
	})
	if err == nil && int(local) != remote {
		res.Deleted, err = r.sweep(ctx, remote, report)
	}
	if err == nil {
		err = r.DB.Queries().UpdateCatalogStateAfterIncremental(ctx, r.now().UnixMilli())
	}
	if err != nil {
		return Result{}, fmt.Errorf("incremental catalog refresh: %w", err)
	}
	return r.finish(ctx, res, progress)
}

// sweep reads every id in ConnectWise (outside any transaction) and, if they add up to
// ConnectWise's count, deletes cached items that are not among them in one transaction.
func (r *Refresher) sweep(ctx context.Context, total int, report func(Progress)) (int, error) {
	seen := make([]int64, 0, total)
	report(Progress{Phase: PhaseSweep, Total: total})
	err := r.Source.EachCatalogIDPage(ctx, func(ids []int64) error {
		seen = append(seen, ids...)
		report(Progress{Phase: PhaseSweep, Done: len(seen), Total: max(total, len(seen))})
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("sweep ConnectWise catalog ids: %w", err)
	}
	slices.Sort(seen)
	seen = slices.Compact(seen)
	if err := r.checkComplete(ctx, len(seen), total, "listed"); err != nil {
		return 0, err
	}
	var deleted int
	err = r.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		deleted, err = deleteUnseen(ctx, q, seen)
		return err
	})
	return deleted, err
}

// deleteUnseen removes cached items whose ids are not in seen (sorted): they are gone from
// ConnectWise. Ids are kept in memory (8 bytes each) rather than in a table, which would
// cost one more statement per item.
func deleteUnseen(ctx context.Context, q *dbsqlc.Queries, seen []int64) (int, error) {
	cached, err := q.ListCatalogItemIDs(ctx)
	if err != nil {
		return 0, err
	}
	deleted := 0
	for _, id := range unseen(cached, seen) {
		if _, err := q.DeleteCatalogItem(ctx, id); err != nil {
			return deleted, fmt.Errorf("remove deleted catalog item %d: %w", id, err)
		}
		deleted++
	}
	return deleted, nil
}

// unseen keeps the ids of cached that are not in seen (sorted): items gone from ConnectWise.
func unseen(cached, seen []int64) []int64 {
	return slices.DeleteFunc(cached, func(id int64) bool {
		_, found := slices.BinarySearch(seen, id)
		return found
	})
}

// prefetch downloads pages in the background, one page ahead of the writer, so the
// network and the database work at the same time; at most two pages are held at once.
// finish stops the download, waits for it and returns its error; calling it again returns
// the same result.
func (r *Refresher) prefetch(ctx context.Context, since time.Time) (pages <-chan []Item, finish func() error) {
	ch := make(chan []Item, 1)
	ctx, cancel := context.WithCancel(ctx)
	var downloadErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(ch)
		downloadErr = r.Source.EachCatalogPage(ctx, since, func(items []Item) error {
			select {
			case ch <- items:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	return ch, sync.OnceValue(func() error {
		select {
		case <-done: // finished by itself: its error (or nil) stands
		default:
			cancel()
			for range ch { // let a blocked send return
			}
			<-done
		}
		cancel()
		return downloadErr
	})
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

// Upsert writes one item to the cache (inside the caller's transaction).
func Upsert(ctx context.Context, q *dbsqlc.Queries, it Item) error {
	if err := it.check(); err != nil {
		return err
	}
	if err := q.UpsertCatalogItem(ctx, it.upsertParams()); err != nil {
		return fmt.Errorf("cache catalog item %d (%.80q): %w", it.ID, it.Identifier, err)
	}
	return nil
}

// check refuses an item the cache cannot hold (its CHECKs: an id, an identifier of 1 to
// ConnectWise's 75 characters), naming it (its identifier cut short).
func (it Item) check() error {
	if it.ID <= 0 || it.Identifier == "" {
		return fmt.Errorf("catalog item %d from ConnectWise has no id or identifier", it.ID)
	}
	if n := utf8.RuneCountInString(it.Identifier); n > connectwise.MaxIdentifierLength {
		return fmt.Errorf("catalog item %d from ConnectWise has a %d-character identifier (%.40q…); at most %d fit",
			it.ID, n, it.Identifier, connectwise.MaxIdentifierLength)
	}
	return nil
}

func replaceLookups(ctx context.Context, q *dbsqlc.Queries, l Lookups) error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	add(q.ClearCategories(ctx))
	for _, c := range l.Categories {
		add(q.InsertCategory(ctx, dbsqlc.InsertCategoryParams{ID: c.ID, Name: c.Name, Inactive: db.Flag(c.Inactive), DefaultFlag: db.Flag(c.Default)}))
	}
	add(q.ClearSubcategories(ctx))
	for _, c := range l.Subcategories {
		add(q.InsertSubcategory(ctx, dbsqlc.InsertSubcategoryParams{ID: c.ID, Name: c.Name, CategoryID: c.ParentID, Inactive: db.Flag(c.Inactive), DefaultFlag: db.Flag(c.Default)}))
	}
	add(q.ClearProductTypes(ctx))
	for _, c := range l.Types {
		add(q.InsertProductType(ctx, dbsqlc.InsertProductTypeParams{ID: c.ID, Name: c.Name, Inactive: db.Flag(c.Inactive), DefaultFlag: db.Flag(c.Default)}))
	}
	add(q.ClearUnitsOfMeasure(ctx))
	for _, c := range l.UnitsOfMeasure {
		add(q.InsertUnitOfMeasure(ctx, dbsqlc.InsertUnitOfMeasureParams{ID: c.ID, Name: c.Name, Inactive: db.Flag(c.Inactive), DefaultFlag: db.Flag(c.Default)}))
	}
	add(q.ClearManufacturers(ctx))
	for _, c := range l.Manufacturers {
		add(q.InsertManufacturer(ctx, dbsqlc.InsertManufacturerParams{ID: c.ID, Name: c.Name, Inactive: db.Flag(c.Inactive)}))
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
