package cli

import (
	"cmp"
	"context"
	"errors"
	"fmt"

	"psabridge/app/internal/datalock"
	"psabridge/app/internal/syncsettings"
	"psabridge/app/internal/usagehistory"
	"psabridge/app/internal/usagesync"
	"psabridge/app/internal/workspace"
)

// syncParts are what a sync bills from, refreshed first as the window's refresh does:
// agreements, tenants, the usage history and the products seen in it.
var syncParts = []workspace.Part{workspace.PartCustomers, workspace.PartTenants, workspace.PartUsage, workspace.PartProducts}

// sync previews (or with --apply runs) the usage sync of a month with the window's engine,
// under the data folder's sync lock.
func (r *runner) sync(ctx context.Context, args []string) error {
	f := r.flags("sync", true)
	month := f.fs.String("month", "", "billing month YYYY-MM")
	apply := f.fs.Bool("apply", false, "write to ConnectWise")
	asJSON := f.fs.Bool("json", false, "print one JSON document")
	scheduled := f.fs.Bool("scheduled", false, "started by the OS scheduler")
	positional, err := r.parse(f, args)
	if err != nil {
		return err
	}
	if err := r.noPositional(f, positional); err != nil {
		return err
	}
	if *month != "" {
		if _, err := usagesync.ParseMonth(*month); err != nil {
			return r.usage("err.month", *month)
		}
	}
	w, _, err := r.open(ctx, f)
	if err != nil {
		return err
	}
	if err := r.needs(w, true, true); err != nil {
		return err
	}
	in, err := r.syncInputs(ctx, w, *month)
	if err != nil {
		return err
	}
	trigger := usagesync.TriggerCommandLine
	if *scheduled {
		trigger = usagesync.TriggerScheduled
	}
	out, err := r.runSync(ctx, w, in, *apply, trigger)
	if err != nil {
		return err
	}
	return r.printSyncOutput(out, *asJSON, *apply)
}

// syncInputs refreshes what the sync bills from and loads the month's inputs; month ""
// is the month the saved sync settings bill.
func (r *runner) syncInputs(ctx context.Context, w *workspace.Workspace, month string) (usagesync.Inputs, error) {
	settings, err := syncsettings.Get(ctx, w.DB.Queries())
	if err != nil {
		return usagesync.Inputs{}, r.usage("err.settings", oneLine(err))
	}
	month = cmp.Or(month, settings.BilledMonth(r.env.Now()))
	refreshed := w.Refresh(ctx, nil, syncParts...)
	for _, part := range refreshed.Parts {
		if part.Err != nil {
			// Billing from stale copies could bill the wrong thing: nothing is synced.
			r.log.Error("refresh before sync failed", "part", part.Part, "err", part.Err)
			code := ExitInternal
			if configurationProblem(part.Err) {
				code = ExitUsage
			}
			return usagesync.Inputs{}, &exitError{code: code, msg: r.p.T("err.refresh", r.p.T("part."+string(part.Part)), oneLine(part.Err))}
		}
	}
	in, err := usagesync.LoadInputs(ctx, w.DB, month, settings.Sync())
	if errors.Is(err, usagehistory.ErrMonthNotStored) {
		return in, r.usage("err.monthNotStored", month)
	}
	return in, err
}

// runSync plans (preview) or plans and applies (apply) with the window's engine.
func (r *runner) runSync(ctx context.Context, w *workspace.Workspace, in usagesync.Inputs, apply bool, trigger usagesync.Trigger) (syncOutput, error) {
	engine, err := w.SyncEngine(r.actor())
	if err != nil {
		return syncOutput{}, err
	}
	if !apply {
		preview, err := engine.Plan(ctx, in)
		if err != nil {
			return syncOutput{}, r.syncError(err)
		}
		return syncOutput{Month: preview.Month, Rows: preview.Rows, Errors: preview.Errors}, nil
	}
	preview, report, err := engine.Run(ctx, in, usagesync.ApplyOptions{Trigger: trigger})
	if err != nil {
		return syncOutput{}, r.syncError(err)
	}
	r.log.Info("usage sync run", "month", report.Month, "run", report.RunID, "result", report.Result, "trigger", trigger)
	return syncOutput{Month: report.Month, RunID: &report.RunID, Result: report.Result, Rows: report.Rows,
		Errors: append(preview.Errors, report.Errors...)}, nil
}

// printSyncOutput prints the document or the table; 3 when rows failed or conflicted.
func (r *runner) printSyncOutput(out syncOutput, asJSON, applied bool) error {
	doc := out.document()
	var err error
	if asJSON {
		err = writeJSON(r.env.Stdout, doc)
		for _, e := range out.Errors { // the document has its rows; what went wrong overall goes beside it
			fmt.Fprintln(r.env.Stderr, r.p.T("sync.error", e))
		}
	} else {
		err = r.printSync(out, doc, applied)
	}
	if err != nil {
		return err
	}
	if doc.Counts[string(usagesync.ActionFailed)] > 0 || doc.Counts[string(usagesync.ActionConflict)] > 0 || len(out.Errors) > 0 {
		return &exitError{code: ExitPartial}
	}
	return nil
}

// syncError turns the engine's refusals into exit code 2.
func (r *runner) syncError(err error) error {
	if errors.Is(err, datalock.ErrBusy) {
		return r.usage("err.busy")
	}
	return err
}
