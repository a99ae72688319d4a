package usagesync

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"psabridge/db/dbsqlc"
)

// RunRecord is one recorded run, for the history page and the landing page.
type RunRecord struct {
	ID         int64     `json:"id"`
	Month      string    `json:"month"`
	Trigger    Trigger   `json:"trigger"`
	Actor      string    `json:"actor"`
	StartedAt  time.Time `json:"startedAt"`
	FinishedAt time.Time `json:"finishedAt"` // zero: running, or interrupted
	Result     string    `json:"result"`     // running, succeeded, partial, failed, cancelled, interrupted
	Counts     Counts    `json:"counts"`
	Errors     string    `json:"errors"`
}

func runRecord(r dbsqlc.UsageSyncRun) RunRecord {
	rec := RunRecord{ID: r.ID, Month: r.Month, Trigger: Trigger(r.TriggerKind), Actor: r.Actor,
		StartedAt: time.UnixMilli(r.StartedAt).UTC(), Result: r.Result, Errors: r.Errors,
		Counts: Counts{ActionCreate: int(r.Created), ActionUpdate: int(r.Updated), ActionZero: int(r.Zeroed),
			ActionAdopted: int(r.Adopted), ActionUnchanged: int(r.Unchanged), ActionSkip: int(r.Skipped),
			ActionConflict: int(r.Conflicts), ActionFailed: int(r.Failed)}}
	if r.FinishedAt != nil {
		rec.FinishedAt = time.UnixMilli(*r.FinishedAt).UTC()
	}
	return rec
}

// Runs lists the newest runs first.
func (e *Engine) Runs(ctx context.Context, limit int) ([]RunRecord, error) {
	rows, err := e.DB.Reader().ListSyncRuns(ctx, int64(limit))
	if err != nil {
		return nil, fmt.Errorf("read runs: %w", err)
	}
	out := make([]RunRecord, len(rows))
	for i, r := range rows {
		out[i] = runRecord(r)
	}
	return out, nil
}

// LastRun is the newest run; found is false before the first.
func (e *Engine) LastRun(ctx context.Context) (rec RunRecord, found bool, err error) {
	r, err := e.DB.Reader().LastSyncRun(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return RunRecord{}, false, nil
	}
	if err != nil {
		return RunRecord{}, false, fmt.Errorf("read the last run: %w", err)
	}
	return runRecord(r), true, nil
}

// Write is one ConnectWise write in the history.
type Write struct {
	ID       int64     `json:"id"`
	At       time.Time `json:"at"`
	Actor    string    `json:"actor"`
	Action   string    `json:"action"` // create_addition, update_addition, …
	EntityID int64     `json:"entityId"`
	Label    string    `json:"label"`
	Before   string    `json:"before"` // JSON
	After    string    `json:"after"`  // JSON
	RunID    int64     `json:"runId,omitempty"`
}

// RunWrites lists a run's writes in the order they were made.
func (e *Engine) RunWrites(ctx context.Context, runID int64) ([]Write, error) {
	rows, err := e.DB.Reader().ListRunWrites(ctx, &runID)
	if err != nil {
		return nil, fmt.Errorf("read the writes of run %d: %w", runID, err)
	}
	out := make([]Write, len(rows))
	for i, w := range rows {
		out[i] = writeOf(w)
	}
	return out, nil
}

func writeOf(w dbsqlc.CwWriteLog) Write {
	out := Write{ID: w.ID, At: time.UnixMilli(w.At).UTC(), Actor: w.Actor, Action: w.Action, EntityID: w.EntityID,
		Label: w.Label, Before: w.BeforeJson, After: w.AfterJson}
	if w.RunID != nil {
		out.RunID = *w.RunID
	}
	return out
}

// ChooseAddition makes additionID the addition PSA Bridge manages for a catalog item on
// an agreement (where ConnectWise holds several). It must be one of the preview's candidates.
func (e *Engine) ChooseAddition(ctx context.Context, agreementID, catalogItemID, additionID int) error {
	if agreementID <= 0 || catalogItemID <= 0 || additionID <= 0 {
		return fmt.Errorf("choose addition: agreement, catalog item and addition ids must be positive")
	}
	return e.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		if err := e.remember(ctx, q, agreementID, catalogItemID, additionID, "chosen"); err != nil {
			return err
		}
		// No longer ambiguous: off the landing page's problems.
		return q.ResolveSeveralAdditions(ctx, dbsqlc.ResolveSeveralAdditionsParams{AgreementID: int64(agreementID), CatalogItemID: int64(catalogItemID)})
	})
}

// ConfirmRecreate forgets the managed addition of a pair after it was cancelled or deleted
// in ConnectWise, so the next run may create a new one: the user's confirmation.
func (e *Engine) ConfirmRecreate(ctx context.Context, agreementID, catalogItemID int) error {
	return e.DB.Queries().ForgetManagedAddition(ctx, dbsqlc.ForgetManagedAdditionParams{AgreementID: int64(agreementID), CatalogItemID: int64(catalogItemID)})
}

// WriteFilter narrows the write history; zero fields do not filter.
type WriteFilter struct {
	Scope    string    // "all" (also ""), "runs" (writes of sync runs), "other" (product creates and edits)
	RunID    int64     // one run's writes
	Customer string    // within the label ("customer: product"), any case
	Product  string    // within the label, any case
	Action   string    // create_addition, update_addition, create_catalog_item, update_catalog_item
	From, To time.Time // at >= From, at < To
	Limit    int       // 0: 500
}

// Writes lists ConnectWise writes, newest first: the sync's additions and every other
// write (product creates and edits) recorded in the history.
func (e *Engine) Writes(ctx context.Context, f WriteFilter) ([]Write, error) {
	scope := f.Scope
	switch scope {
	case "":
		scope = "all"
	case "all", "runs", "other":
	default:
		return nil, fmt.Errorf("write history: scope %q is not all, runs or other", f.Scope)
	}
	ms := func(t time.Time) int64 {
		if t.IsZero() {
			return 0
		}
		return t.UnixMilli()
	}
	rows, err := e.DB.Reader().ListWriteHistory(ctx, dbsqlc.ListWriteHistoryParams{Scope: scope, RunID: f.RunID, Action: f.Action,
		Customer: f.Customer, Product: f.Product, FromMs: ms(f.From), ToMs: ms(f.To), Lim: int64(cmp.Or(f.Limit, 500))})
	if err != nil {
		return nil, fmt.Errorf("read the write history: %w", err)
	}
	out := make([]Write, len(rows))
	for i, w := range rows {
		out[i] = writeOf(w)
	}
	return out, nil
}
