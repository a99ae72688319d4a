package customers

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/textsearch"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// ConnectWise is what the company and agreement cache reads; *connectwise.Client has it.
type ConnectWise interface {
	CompanyCount(ctx context.Context, cond connectwise.Cond) (int, error)
	EachCompanyPage(ctx context.Context, cond connectwise.Cond, fn func([]connectwise.Company) error) error
	EachCompanyIDPage(ctx context.Context, fn func(ids []int) error) error
	AgreementCount(ctx context.Context, cond connectwise.Cond) (int, error)
	EachAgreementPage(ctx context.Context, cond connectwise.Cond, fn func([]connectwise.Agreement) error) error
	EachAgreementIDPage(ctx context.Context, fn func(ids []int) error) error
}

// Entity names the cache being refreshed (and the row of cw_cache_state).
type Entity string

const (
	EntityCompanies  Entity = "companies"
	EntityAgreements Entity = "agreements"
)

// Phase is the step a refresh is in, for the progress bar's label.
type Phase string

const (
	PhaseRows     Phase = "rows"  // reading changed (or all) rows
	PhaseSweep    Phase = "sweep" // reading all ids to find deletions
	PhaseFinished Phase = "finished"
)

// Progress is reported after each page.
type Progress struct {
	Entity Entity
	Phase  Phase
	Done   int
	Total  int // 0 when unknown
}

// EntityResult says what a refresh changed in one cache.
type EntityResult struct {
	Full    bool
	Written int // rows read and upserted (unchanged rows cost no write)
	Removed int // rows gone from ConnectWise: agreements deleted, companies marked gone
	// SkippedRemoval is set when the ids ConnectWise streamed did not add up to its own
	// count (it changed while we read): nothing was removed, the next refresh sweeps again.
	SkippedRemoval bool
	Total          int // rows ConnectWise has, as cached afterwards
}

// Result is what RefreshConnectWise did to both caches.
type Result struct {
	Companies, Agreements EntityResult
}

// Refresher keeps the company and agreement caches in line with ConnectWise, the way the
// catalog cache is kept: incremental by lastUpdated, a count to notice deletions, an id sweep
// to find them. An unchanged ConnectWise costs two requests per entity. The cache is what the
// customers page reads, so it works offline.
type Refresher struct {
	DB *db.DB
	CW ConnectWise
	// Overlap is subtracted from the high-water mark, so a row updated in the same second
	// as the last one seen (or under clock skew) is not missed.
	Overlap time.Duration
	Now     func() time.Time
}

// Refresh brings both caches up to date (a full read the first time).
func (r *Refresher) Refresh(ctx context.Context, progress func(Progress)) (Result, error) {
	var res Result
	var err error
	if res.Companies, err = refresh(ctx, r, r.companies(), progress); err != nil {
		return res, err
	}
	if res.Agreements, err = refresh(ctx, r, r.agreements(), progress); err != nil {
		return res, err
	}
	return res, nil
}

// entity is one cache's part in the shared refresh: how to read ConnectWise and write rows.
type entity[T any] struct {
	name       Entity
	id         func(row T) int64
	count      func(ctx context.Context) (int, error)
	eachPage   func(ctx context.Context, cond connectwise.Cond, fn func([]T) error) error
	eachIDPage func(ctx context.Context, fn func(ids []int) error) error
	upsert     func(ctx context.Context, q *dbsqlc.Queries, row T) error
	localIDs   func(q *dbsqlc.Queries, ctx context.Context) ([]int64, error)
	remove     func(q *dbsqlc.Queries, ctx context.Context, id int64) (int64, error)
	saveState  func(ctx context.Context, q *dbsqlc.Queries, full bool, now int64) error
}

func (r *Refresher) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// refresh reads what changed since the high-water mark (everything the first time) and the
// count, sweeps the ids when the counts disagree, and only then writes, in one short
// transaction: no request is made while the database is locked for writing, and a refresh
// that fails half-way leaves the previous cache. Companies and agreements are a few
// thousand small rows, so a change set is held in memory.
func refresh[T any](ctx context.Context, r *Refresher, e entity[T], progress func(Progress)) (EntityResult, error) {
	report := func(p Progress) {
		if progress != nil {
			p.Entity = e.name
			progress(p)
		}
	}
	q := r.DB.Queries()
	state, err := q.GetCacheState(ctx, string(e.name))
	if err != nil {
		return EntityResult{}, fmt.Errorf("read the %s cache state: %w", e.name, err)
	}
	res := EntityResult{Full: state.LastFullRefresh == 0}
	var cond connectwise.Cond
	if !res.Full {
		cond = connectwise.UpdatedSince(time.UnixMilli(state.HighWaterUpdated).Add(-r.Overlap))
	}
	remote, err := e.count(ctx)
	if err != nil {
		return res, fmt.Errorf("count ConnectWise %s: %w", e.name, err)
	}
	var rows []T
	report(Progress{Phase: PhaseRows, Total: totalIf(res.Full, remote)})
	if err := e.eachPage(ctx, cond, func(page []T) error {
		rows = append(rows, page...)
		report(Progress{Phase: PhaseRows, Done: len(rows), Total: totalIf(res.Full, max(remote, len(rows)))})
		return nil
	}); err != nil {
		return res, fmt.Errorf("read ConnectWise %s: %w", e.name, err)
	}
	res.Written = len(rows)

	// What the cache will hold once the changed rows are written: its ids plus new ones.
	cached, err := e.localIDs(q, ctx)
	if err != nil {
		return res, err
	}
	after := make(map[int64]bool, len(cached)+len(rows))
	for _, id := range cached {
		after[id] = true
	}
	for _, row := range rows {
		after[e.id(row)] = true
	}
	var gone []int64
	if len(after) != remote {
		if gone, err = sweep(ctx, e, remote, after, &res, report); err != nil {
			return res, err
		}
	}
	err = r.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, row := range rows {
			if err := e.upsert(ctx, q, row); err != nil {
				return err
			}
		}
		for _, id := range gone {
			if _, err := e.remove(q, ctx, id); err != nil {
				return fmt.Errorf("remove %s %d gone from ConnectWise: %w", e.name, id, err)
			}
		}
		return e.saveState(ctx, q, res.Full, r.now().UnixMilli())
	})
	if err != nil {
		return res, fmt.Errorf("refresh the %s cache: %w", e.name, err)
	}
	res.Removed = len(gone)
	res.Total = len(after) - len(gone)
	report(Progress{Phase: PhaseFinished, Done: res.Total, Total: res.Total})
	return res, nil
}

// sweep reads every id ConnectWise has and returns the cached ids not among them, but only
// when the ids add up to ConnectWise's count: a row created or deleted during the sweep
// would otherwise make a row that exists look deleted (then nothing is removed, and
// res.SkippedRemoval says so).
func sweep[T any](ctx context.Context, e entity[T], remote int, cached map[int64]bool, res *EntityResult, report func(Progress)) ([]int64, error) {
	seen := make(map[int64]bool, remote)
	report(Progress{Phase: PhaseSweep, Total: remote})
	if err := e.eachIDPage(ctx, func(ids []int) error {
		for _, id := range ids {
			seen[int64(id)] = true
		}
		report(Progress{Phase: PhaseSweep, Done: len(seen), Total: max(remote, len(seen))})
		return nil
	}); err != nil {
		return nil, fmt.Errorf("sweep ConnectWise %s ids: %w", e.name, err)
	}
	if len(seen) != remote {
		res.SkippedRemoval = true
		return nil, nil
	}
	var gone []int64
	for id := range cached {
		if !seen[id] {
			gone = append(gone, id)
		}
	}
	slices.Sort(gone)
	return gone, nil
}

func totalIf(known bool, n int) int {
	if known {
		return n
	}
	return 0
}

func (r *Refresher) companies() entity[connectwise.Company] {
	return entity[connectwise.Company]{
		name:       EntityCompanies,
		id:         func(c connectwise.Company) int64 { return int64(c.ID) },
		count:      func(ctx context.Context) (int, error) { return r.CW.CompanyCount(ctx, connectwise.Cond{}) },
		eachPage:   r.CW.EachCompanyPage,
		eachIDPage: r.CW.EachCompanyIDPage,
		upsert:     upsertCompany,
		localIDs:   (*dbsqlc.Queries).ListCompanyIDs,
		// A company purged from ConnectWise stays cached, marked gone: a mapping may name it.
		remove: (*dbsqlc.Queries).MarkCompanyGone,
		saveState: func(ctx context.Context, q *dbsqlc.Queries, full bool, now int64) error {
			return q.UpdateCompaniesStateAfterRefresh(ctx, dbsqlc.UpdateCompaniesStateAfterRefreshParams{Full: db.Flag(full), Now: now})
		},
	}
}

func (r *Refresher) agreements() entity[connectwise.Agreement] {
	return entity[connectwise.Agreement]{
		name:       EntityAgreements,
		id:         func(a connectwise.Agreement) int64 { return int64(a.ID) },
		count:      func(ctx context.Context) (int, error) { return r.CW.AgreementCount(ctx, connectwise.Cond{}) },
		eachPage:   r.CW.EachAgreementPage,
		eachIDPage: r.CW.EachAgreementIDPage,
		upsert:     upsertAgreement,
		localIDs:   (*dbsqlc.Queries).ListAgreementIDs,
		// A deleted agreement is removed; a mapping to it shows "agreement no longer found".
		remove: (*dbsqlc.Queries).DeleteAgreement,
		saveState: func(ctx context.Context, q *dbsqlc.Queries, full bool, now int64) error {
			return q.UpdateAgreementsStateAfterRefresh(ctx, dbsqlc.UpdateAgreementsStateAfterRefreshParams{Full: db.Flag(full), Now: now})
		},
	}
}

// companyStatusInactive is the company status ConnectWise ships for former customers.
const companyStatusInactive = "Inactive"

func upsertCompany(ctx context.Context, q *dbsqlc.Queries, c connectwise.Company) error {
	if c.ID <= 0 || c.Identifier == "" {
		return fmt.Errorf("company %d from ConnectWise has no id or identifier", c.ID)
	}
	err := q.UpsertCompany(ctx, dbsqlc.UpsertCompanyParams{
		ID: int64(c.ID), Identifier: c.Identifier, Name: c.Name, StatusID: optionalID(c.Status.ID), StatusName: c.Status.Name,
		DeletedFlag: db.Flag(c.DeletedFlag), Inactive: db.Flag(strings.EqualFold(c.Status.Name, companyStatusInactive)),
		IsVendor: db.Flag(c.IsVendorFlag), LastUpdated: c.LastUpdated.UnixMilli(),
		IdentifierKey: textsearch.Fold(c.Identifier), NameKey: NormalizeName(c.Name),
	})
	if err != nil {
		return fmt.Errorf("cache company %d (%s): %w", c.ID, c.Identifier, err)
	}
	return nil
}

func upsertAgreement(ctx context.Context, q *dbsqlc.Queries, a connectwise.Agreement) error {
	if a.ID <= 0 || a.Company.ID <= 0 {
		return fmt.Errorf("agreement %d from ConnectWise has no id or company", a.ID)
	}
	err := q.UpsertAgreement(ctx, dbsqlc.UpsertAgreementParams{
		ID: int64(a.ID), CompanyID: int64(a.Company.ID), Name: a.Name, TypeID: optionalID(a.Type.ID), TypeName: a.Type.Name,
		AgreementStatus: a.AgreementStatus, StartDate: unixMilli(a.StartDate), EndDate: unixMilli(a.EndDate),
		NoEndingDateFlag: db.Flag(a.NoEndingDateFlag), BillingCycleID: optionalID(a.BillingCycle.ID),
		BillingCycleName: a.BillingCycle.Name, CancelledFlag: db.Flag(a.CancelledFlag), DateCancelled: unixMilli(a.DateCancelled),
		ParentAgreementID: optionalID(a.ParentAgreement.ID), ProrateFlag: db.Flag(a.ProrateFlag), LastUpdated: a.LastUpdated.UnixMilli(),
	})
	if err != nil {
		return fmt.Errorf("cache agreement %d (%s): %w", a.ID, a.Name, err)
	}
	return nil
}

func optionalID(id int) *int64 {
	if id <= 0 {
		return nil
	}
	v := int64(id)
	return &v
}

// unixMilli is t in unix ms, 0 for a zero time (ConnectWise sent none).
func unixMilli(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}
