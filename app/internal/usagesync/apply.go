package usagesync

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/db/dbsqlc"
)

// Trigger is what started a run.
type Trigger string

const (
	TriggerManual      Trigger = "manual"
	TriggerScheduled   Trigger = "scheduled"
	TriggerCommandLine Trigger = "command_line"
)

// Progress is reported after each agreement.
type Progress struct {
	AgreementsDone  int `json:"agreementsDone"`
	AgreementsTotal int `json:"agreementsTotal"`
	AgreementID     int `json:"agreementId"` // the agreement just finished
}

// ApplyOptions say who started a run and where progress goes.
type ApplyOptions struct {
	Trigger  Trigger        // empty: manual
	Progress func(Progress) // may be nil; called from one goroutine at a time
}

// Run results.
const (
	ResultSucceeded = "succeeded"
	ResultPartial   = "partial" // some rows failed or changed since the preview
	ResultFailed    = "failed"  // rows failed and nothing was written
	ResultCancelled = "cancelled"
)

// Report is what a run did.
type Report struct {
	RunID    int64         `json:"runId"`
	Month    string        `json:"month"`
	Result   string        `json:"result"`
	Rows     []Row         `json:"rows"` // the preview's rows with their outcomes
	Counts   Counts        `json:"counts"`
	Duration time.Duration `json:"duration"`
	Errors   []string      `json:"errors,omitempty"`
}

// errCrashed ends a run the way kill -9 would (tests only).
var errCrashed = errors.New("usagesync: crashed on purpose")

// Apply carries out an approved preview. Each agreement's additions are read again; a
// row whose ConnectWise state differs from the preview is not written but reported as
// changed since the preview. Cancelling ctx stops the run between writes: a write
// already sent is finished and recorded.
func (e *Engine) Apply(ctx context.Context, p *Preview, opt ApplyOptions) (r *Report, err error) {
	err = e.locked(ctx, func() error {
		r, err = e.apply(ctx, p, opt, true)
		return err
	})
	return r, err
}

// Run plans and applies in one go, for scheduled and command-line runs: the additions
// read while planning are the ones applied on, so each agreement is read once.
func (e *Engine) Run(ctx context.Context, in Inputs, opt ApplyOptions) (p *Preview, r *Report, err error) {
	err = e.locked(ctx, func() error {
		if p, err = e.plan(ctx, in); err != nil {
			return err
		}
		r, err = e.apply(ctx, p, opt, false)
		return err
	})
	return p, r, err
}

// run is one apply in progress.
type run struct {
	*Engine
	id       int64
	month    Month
	settings Settings
	rows     []Row
	managed  map[pair]int
	intents  map[int][]dbsqlc.AdditionIntent
	mu       sync.Mutex // guards errs and progress
	errs     []string
}

func (e *Engine) apply(ctx context.Context, p *Preview, opt ApplyOptions, reread bool) (*Report, error) {
	month, err := ParseMonth(p.Month)
	if err != nil {
		return nil, err
	}
	settings, err := p.Settings.withDefaults()
	if err != nil {
		return nil, err
	}
	trigger := opt.Trigger
	if trigger == "" {
		trigger = TriggerManual
	}
	start := e.now()
	q := e.DB.Queries()
	if err := q.MarkInterruptedRuns(ctx); err != nil {
		return nil, fmt.Errorf("record the run: %w", err)
	}
	runID, err := q.StartSyncRun(ctx, dbsqlc.StartSyncRunParams{Month: month.String(), TriggerKind: string(trigger), Actor: e.Actor, StartedAt: start.UnixMilli()})
	if err != nil {
		return nil, fmt.Errorf("record the run: %w", err)
	}
	r := &run{Engine: e, id: runID, month: month, settings: settings, rows: slices.Clone(p.Rows)}
	if r.managed, err = e.managedAdditions(ctx); err != nil {
		return nil, err
	}
	if r.intents, err = e.openIntents(ctx); err != nil {
		return nil, err
	}

	byAgreement := map[int][]int{} // agreement → indexes of its rows to check or write
	for i, row := range r.rows {
		if row.Action != ActionSkip && row.AgreementID != 0 {
			byAgreement[row.AgreementID] = append(byAgreement[row.AgreementID], i)
		}
	}
	ids := slices.Sorted(maps.Keys(byAgreement))
	var crashed bool
	var crashMu sync.Mutex
	done := 0
	e.eachAgreement(ids, func(id int) {
		var adds []connectwise.Addition
		var err error
		switch {
		case ctx.Err() != nil:
			err = ctx.Err()
		case reread:
			adds, err = e.CW.Additions(ctx, id)
		default:
			adds = p.read[id]
		}
		if err == nil {
			err = r.agreement(ctx, id, adds, byAgreement[id])
		} else {
			r.failAll(ctx, byAgreement[id], err)
		}
		if errors.Is(err, errCrashed) {
			crashMu.Lock()
			crashed = true
			crashMu.Unlock()
			return
		}
		r.mu.Lock()
		done++
		if opt.Progress != nil {
			opt.Progress(Progress{AgreementsDone: done, AgreementsTotal: len(ids), AgreementID: id})
		}
		r.mu.Unlock()
	})
	if crashed {
		return nil, errCrashed
	}

	c := countRows(r.rows)
	rep := &Report{RunID: runID, Month: month.String(), Rows: r.rows, Counts: c, Duration: e.now().Sub(start), Errors: r.errs}
	written := c[ActionCreate] + c[ActionUpdate] + c[ActionZero] + c[ActionAdopted]
	switch {
	case ctx.Err() != nil:
		rep.Result = ResultCancelled
	case c[ActionFailed] > 0 && written == 0:
		rep.Result = ResultFailed
	case c[ActionFailed] > 0 || c[ActionConflict] > 0:
		rep.Result = ResultPartial
	default:
		rep.Result = ResultSucceeded
	}
	slices.Sort(rep.Errors)
	finished := e.now().UnixMilli()
	err = q.FinishSyncRun(context.WithoutCancel(ctx), dbsqlc.FinishSyncRunParams{FinishedAt: &finished, Result: rep.Result,
		Created: int64(c[ActionCreate]), Updated: int64(c[ActionUpdate]), Zeroed: int64(c[ActionZero]), Adopted: int64(c[ActionAdopted]),
		Unchanged: int64(c[ActionUnchanged]), Skipped: int64(c[ActionSkip] + c[ActionNotRun]), Conflicts: int64(c[ActionConflict]),
		Failed: int64(c[ActionFailed]), Errors: strings.Join(rep.Errors, "\n"), ID: runID})
	if err != nil {
		return rep, fmt.Errorf("record the run's result: %w", err)
	}
	return rep, nil
}

// agreement checks and writes one agreement's rows, one write at a time.
func (r *run) agreement(ctx context.Context, id int, adds []connectwise.Addition, rows []int) error {
	managed := map[int]int{} // catalog item → managed addition, this agreement only
	for _, i := range rows {
		managed[r.rows[i].CatalogItemID] = r.managed[pair{id, r.rows[i].CatalogItemID}]
	}
	inDoubt := map[int]time.Time{}     // catalog item → when its create that may still be arriving is checked again
	for _, in := range r.intents[id] { // creates left in doubt by an earlier run
		s, err := r.settle(ctx, in, adds, fmt.Sprintf("agreement %d: catalog item %d", id, in.CatalogItemID))
		if err != nil {
			r.failAll(ctx, rows, err)
			return err
		}
		if s.Outcome == OutcomeInDoubt {
			inDoubt[s.CatalogItemID] = s.RecheckAt
		}
		if s.AdditionID != 0 {
			managed[s.CatalogItemID] = s.AdditionID
		}
	}
	now := r.now()
	var takeOver []int // unchanged rows whose addition becomes the managed one
	for _, i := range rows {
		planned := r.rows[i]
		current := planned
		decide(&current, adds, managed[planned.CatalogItemID], planned.Prorated, now)
		if recheck, ok := inDoubt[planned.CatalogItemID]; ok {
			holdInDoubt(&current, recheck) // a row planned as a create becomes a conflict, never a second POST
		}
		if !sameState(planned, current) {
			r.rows[i].Action, r.rows[i].Reason = ActionConflict, ReasonChangedSincePreview
			r.rows[i].CurrentQuantity = current.CurrentQuantity
			continue
		}
		if planned.Action == ActionUnchanged {
			if managed[planned.CatalogItemID] == 0 {
				takeOver = append(takeOver, i)
			}
			continue
		}
		if ctx.Err() != nil {
			r.rows[i].Action = ActionNotRun
			continue
		}
		var err error
		if planned.Action == ActionCreate {
			err = r.create(ctx, i, adds)
		} else {
			err = r.update(ctx, i, adds)
		}
		if errors.Is(err, errCrashed) {
			return err
		}
		if err != nil {
			r.fail(i, err)
		}
	}
	r.takeOver(ctx, id, takeOver)
	return nil
}

// takeOver remembers the additions of unchanged rows as managed, in one transaction per
// agreement: from now on they are the ones written (and set to 0 when usage stops).
func (r *run) takeOver(ctx context.Context, agreementID int, rows []int) {
	if len(rows) == 0 {
		return
	}
	err := r.DB.InTx(context.WithoutCancel(ctx), func(q *dbsqlc.Queries) error {
		for _, i := range rows {
			if err := r.remember(ctx, q, agreementID, r.rows[i].CatalogItemID, r.rows[i].AdditionID, "adopted"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		for _, i := range rows {
			r.fail(i, fmt.Errorf("remember the managed addition: %w", err))
		}
	}
}

// create adds the row's addition. An intent is recorded first; if the reply is lost the
// agreement is read again and the addition that appeared is adopted, never posted twice.
// If none appeared the intent stays open: the POST may still be in flight, and the pair is
// skipped (ReasonCreateInDoubt) until it shows up or Engine.InFlightGrace has passed.
func (r *run) create(ctx context.Context, i int, adds []connectwise.Addition) error {
	row := r.rows[i]
	known := make([]int, len(adds))
	for k, a := range adds {
		known[k] = a.ID
	}
	knownJSON, _ := json.Marshal(known)
	intent := dbsqlc.AdditionIntent{RunID: r.id, AgreementID: int64(row.AgreementID), CatalogItemID: int64(row.CatalogItemID),
		Quantity: row.NewQuantity, KnownAdditionIds: string(knownJSON), StartedAt: r.now().UnixMilli()}
	intentID, err := r.DB.Queries().StartAdditionIntent(ctx, dbsqlc.StartAdditionIntentParams{RunID: intent.RunID, AgreementID: intent.AgreementID,
		CatalogItemID: intent.CatalogItemID, Quantity: intent.Quantity, KnownAdditionIds: intent.KnownAdditionIds, StartedAt: intent.StartedAt})
	if err != nil {
		return fmt.Errorf("record the create before sending it: %w", err)
	}
	if r.crashed("after_intent") {
		return errCrashed
	}
	effective := r.month.First()
	if r.settings.EffectiveDate == RunDay {
		effective = r.now().UTC().Truncate(24 * time.Hour)
	}
	write := context.WithoutCancel(ctx) // a write in flight is finished, even when the run is cancelled
	created, err := r.CW.CreateAddition(write, row.AgreementID, connectwise.NewAddition{ProductID: row.CatalogItemID,
		Quantity: row.NewQuantity, BillCustomer: connectwise.BillBillable, EffectiveDate: effective})
	if r.crashed("after_post") {
		return errCrashed
	}
	if err == nil {
		if err := r.recordCreate(write, r.id, intentID, row.AgreementID, created, label(row)); err != nil {
			return err
		}
		r.rows[i].AdditionID = created.ID
		return r.crashPoint("after_record")
	}
	if certainlyNotWritten(err) {
		_ = r.DB.Queries().ResolveAdditionIntent(write, dbsqlc.ResolveAdditionIntentParams{Outcome: new("absent"),
			ResolvedAt: new(r.now().UnixMilli()), ID: intentID})
		return fmt.Errorf("create: %w", err)
	}
	// The POST may have been stored, or may still be on its way: read the agreement again
	// and adopt what appeared. Nothing there yet proves nothing, so the intent stays open
	// (settle leaves it alone within the grace) and a later run decides.
	again, readErr := r.CW.Additions(write, row.AgreementID)
	if readErr != nil {
		return fmt.Errorf("create in doubt (%v) and the agreement could not be read again (%v): settled on a later run", err, readErr)
	}
	intent.ID = intentID
	s, serr := r.settle(write, intent, again, label(row))
	switch {
	case serr != nil:
		return serr
	case s.Outcome == "adopted":
		r.rows[i].Action, r.rows[i].AdditionID = ActionAdopted, s.AdditionID
		return nil
	case s.Outcome == OutcomeInDoubt:
		r.rows[i].Reason = ReasonCreateInDoubt
		return fmt.Errorf("create in doubt (%v): %s", err, inDoubtError(s.RecheckAt))
	case s.Outcome == "absent":
		return fmt.Errorf("create failed: %w", err)
	default:
		return fmt.Errorf("create in doubt (%v) and several new additions appeared: choose the one to manage", err)
	}
}

// update sets the quantity of the row's addition (also to 0 for a zero row).
func (r *run) update(ctx context.Context, i int, adds []connectwise.Addition) error {
	row := r.rows[i]
	k := slices.IndexFunc(adds, func(a connectwise.Addition) bool { return a.ID == row.AdditionID })
	before := adds[k] // decide found it, so it is there
	write := context.WithoutCancel(ctx)
	after, err := r.CW.PatchAdditionQuantity(write, row.AgreementID, row.AdditionID, row.NewQuantity)
	if r.crashed("after_patch") {
		return errCrashed
	}
	if err != nil {
		return fmt.Errorf("update quantity: %w", err)
	}
	if err := r.recordUpdate(write, r.id, row.AgreementID, before, after, label(row)); err != nil {
		return err
	}
	return r.crashPoint("after_record")
}

func (r *run) crashPoint(point string) error {
	if r.crashed(point) {
		return errCrashed
	}
	return nil
}

// certainlyNotWritten reports a failure after which ConnectWise surely did not store the
// create: it answered with a client error (validation, not found, throttled).
func certainlyNotWritten(err error) bool {
	e, ok := connectwise.AsError(err)
	return ok && e.Status >= http.StatusBadRequest && e.Status < http.StatusInternalServerError
}

func (r *run) fail(i int, err error) {
	r.rows[i].Action, r.rows[i].Error = ActionFailed, err.Error()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf("%s (agreement %d): %v", label(r.rows[i]), r.rows[i].AgreementID, err))
}

// failAll marks an agreement's rows: not found, not run (cancelled) or failed.
func (r *run) failAll(ctx context.Context, rows []int, err error) {
	for _, i := range rows {
		switch {
		case connectwise.IsNotFound(err):
			r.rows[i].Action, r.rows[i].Reason = ActionSkip, ReasonAgreementNotFound
		case ctx.Err() != nil:
			r.rows[i].Action = ActionNotRun
		default:
			r.fail(i, err)
		}
	}
}
