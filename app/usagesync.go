package app

import (
	"context"
	"crypto/rand"
	"errors"
	"slices"
	"sync"

	"psabridge/app/internal/jobs"
	"psabridge/app/internal/syncsettings"
	"psabridge/app/internal/usagehistory"
	"psabridge/app/internal/usagesync"
	"psabridge/app/internal/workspace"
)

// jobUsageSync is the push of an approved preview to ConnectWise.
const jobUsageSync jobs.Kind = "usagesync.apply"

// keptPreviews is how many previews the service remembers for Apply and ChooseAddition.
const keptPreviews = 8

// UsageSyncService backs the page "Nutzungssynchronisierung": the billing months, the
// preview, the push (a background job with progress and cancel) and the choices the
// preview asks for. The history page's reads are in synchistory.go.
type UsageSyncService struct {
	app *App

	mu       sync.Mutex
	previews []keptPreview // oldest first
	last     *SyncResult   // the last push's result, of lastWS
	lastWS   *workspace.Workspace
}

// keptPreview is an approved-to-be preview, tied to the workspace it was planned on.
type keptPreview struct {
	id      string
	ws      *workspace.Workspace
	preview *usagesync.Preview
}

// engine is the workspace's sync engine: it writes to ConnectWise and holds the data
// folder's sync lock, so the window and the command line never sync at the same time.
func (s *UsageSyncService) engine(ws *workspace.Workspace) (*usagesync.Engine, error) {
	e, err := ws.SyncEngine(actor())
	if errors.Is(err, workspace.ErrNotConnected) {
		return nil, &Error{Code: CodeOffline, Message: "The usage sync needs a connection to ConnectWise.", Err: err}
	}
	return e, err
}

// records reads the recorded runs and writes, which needs neither ConnectWise nor the lock.
func records(ws *workspace.Workspace) *usagesync.Engine { return &usagesync.Engine{DB: ws.DB} }

// Months lists the billing months the usage history holds with data, newest first; the
// default is the newest of them.
func (s *UsageSyncService) Months() (SyncMonths, error) {
	ws, ctx := s.app.use()
	stored, err := usagehistory.Reader{DB: ws.DB}.Months(ctx)
	if err != nil {
		return SyncMonths{}, err
	}
	out := SyncMonths{Months: []string{}}
	for _, m := range slices.Backward(stored) {
		if !m.NoData {
			out.Months = append(out.Months, m.Month)
		}
	}
	if len(out.Months) > 0 {
		out.Default = out.Months[0]
	}
	return out, nil
}

// Preview plans the sync of a billing month (YYYY-MM) from the local caches and one
// additions read per synced agreement. Nothing is written to ConnectWise.
func (s *UsageSyncService) Preview(month string) (SyncPreview, error) {
	ws, ctx := s.app.use()
	eng, err := s.engine(ws)
	if err != nil {
		return SyncPreview{}, err
	}
	if _, err := usagesync.ParseMonth(month); err != nil {
		return SyncPreview{}, InvalidField("month", "%v", err)
	}
	settings, err := syncsettings.Get(ctx, ws.DB.Reader())
	if err != nil {
		return SyncPreview{}, err
	}
	in, err := usagesync.LoadInputs(ctx, ws.DB, month, settings.Sync())
	if errors.Is(err, usagehistory.ErrMonthNotStored) {
		return SyncPreview{}, &Error{Code: CodeNotFound, Field: "month", Message: err.Error(), Err: err}
	}
	if err != nil {
		return SyncPreview{}, classified(err)
	}
	p, err := eng.Plan(ctx, in)
	if err != nil {
		return SyncPreview{}, classified(err)
	}
	id := rand.Text()
	s.mu.Lock()
	s.previews = append(s.previews, keptPreview{id: id, ws: ws, preview: p})
	if len(s.previews) > keptPreviews {
		s.previews = slices.Delete(s.previews, 0, len(s.previews)-keptPreviews)
	}
	s.mu.Unlock()
	return previewDTO(id, p), nil
}

// kept finds a preview of the current workspace by id.
func (s *UsageSyncService) kept(ws *workspace.Workspace, id string) (*usagesync.Preview, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := slices.IndexFunc(s.previews, func(k keptPreview) bool { return k.id == id && k.ws == ws })
	if i < 0 {
		return nil, &Error{Code: CodeNotFound, Record: id, Message: "This preview is no longer available; make a new preview."}
	}
	return s.previews[i].preview, nil
}

// forget drops a preview once it was applied: it cannot be applied twice.
func (s *UsageSyncService) forget(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.previews = slices.DeleteFunc(s.previews, func(k keptPreview) bool { return k.id == id })
}

var errSyncRunning = Errorf(CodeConflict, "A usage sync is already running.")

// Apply pushes exactly the approved preview to ConnectWise in the background. Progress
// (per agreement) and the result come as events; Status tells the same on request.
func (s *UsageSyncService) Apply(previewID string) error {
	ws, _ := s.app.use()
	p, err := s.kept(ws, previewID)
	if err != nil {
		return err
	}
	eng, err := s.engine(ws)
	if err != nil {
		return err
	}
	_, err = s.start(ws, eng, previewID, p)
	return err
}

// start runs the push as a job; the handle is for tests to wait on.
func (s *UsageSyncService) start(ws *workspace.Workspace, eng *usagesync.Engine, previewID string, p *usagesync.Preview) (*jobs.Handle, error) {
	emit := s.app.emit()
	var result *SyncResult
	h, err := ws.Jobs.Start(jobs.Job{
		Kind:     jobUsageSync,
		Progress: SyncProgress{},
		Run: func(ctx context.Context, report func(any)) error {
			rep, err := eng.Apply(ctx, p, usagesync.ApplyOptions{Trigger: usagesync.TriggerManual,
				Progress: func(pr usagesync.Progress) { report(SyncProgress{Done: pr.AgreementsDone, Total: pr.AgreementsTotal}) }})
			if rep != nil {
				result = resultDTO(rep)
			}
			return err
		},
		OnProgress: func(p any) { emit.Emit(EventSyncProgress, p) },
		OnFinish: func(err error) {
			if result == nil {
				result = &SyncResult{Month: p.Month, Result: usagesync.ResultFailed, Counts: map[string]int{}, Rows: []SyncRow{}, Errors: []string{}}
			}
			if err != nil {
				result.Error = classify(err, CodeUpstream)
			}
			s.mu.Lock()
			s.last, s.lastWS = result, ws
			s.mu.Unlock()
			emit.Emit(EventSyncFinished, result)
		},
	})
	if errors.Is(err, jobs.ErrRunning) {
		return nil, errSyncRunning
	}
	if err != nil {
		return nil, err
	}
	s.forget(previewID)
	return h, nil
}

// Cancel stops a running push between writes; a write already sent is finished and recorded.
func (s *UsageSyncService) Cancel() {
	if h := s.app.ws().Jobs.Last(jobUsageSync); h != nil {
		h.Cancel()
	}
}

// Status is whether a push runs, its progress and the last push's result.
func (s *UsageSyncService) Status() SyncStatus {
	ws := s.app.ws()
	var st SyncStatus
	if h := ws.Jobs.Last(jobUsageSync); h != nil && h.Running() {
		st.Running = true
		st.Progress, _ = h.Progress().(SyncProgress)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lastWS == ws {
		st.Last = s.last
	}
	return st
}

// ChooseAddition makes one of several additions for a product on an agreement the one
// PSA Bridge manages. It must be a candidate the preview listed.
func (s *UsageSyncService) ChooseAddition(previewID string, agreementID, catalogItemID, additionID int) error {
	ws, ctx := s.app.use()
	p, err := s.kept(ws, previewID)
	if err != nil {
		return err
	}
	listed := slices.ContainsFunc(p.Rows, func(r usagesync.Row) bool {
		return r.AgreementID == agreementID && r.CatalogItemID == catalogItemID &&
			slices.ContainsFunc(r.Candidates, func(c usagesync.Candidate) bool { return c.AdditionID == additionID })
	})
	if !listed {
		return &Error{Code: CodeInvalid, Field: "additionId", Message: "This addition is not one the preview offered to choose from."}
	}
	return classified(records(ws).ChooseAddition(ctx, agreementID, catalogItemID, additionID))
}

// ConfirmRecreate lets the next preview create a new addition for a pair whose managed
// addition was cancelled or deleted in ConnectWise. The pair must be reported so.
func (s *UsageSyncService) ConfirmRecreate(previewID string, agreementID, catalogItemID int) error {
	ws, ctx := s.app.use()
	p, err := s.kept(ws, previewID)
	if err != nil {
		return err
	}
	reported := slices.ContainsFunc(p.Rows, func(r usagesync.Row) bool {
		return r.AgreementID == agreementID && r.CatalogItemID == catalogItemID &&
			(r.Reason == usagesync.ReasonManagedCancelled || r.Reason == usagesync.ReasonManagedDeleted)
	})
	if !reported {
		return &Error{Code: CodeInvalid, Field: "agreementId", Message: "The preview did not report a cancelled or deleted addition for this product and agreement."}
	}
	return classified(records(ws).ConfirmRecreate(ctx, agreementID, catalogItemID))
}

// RefreshData brings every cache the preview reads up to date (catalog, companies and
// agreements, tenants, usage history, products) through workspace.RefreshAll, and waits.
// A part that fails leaves its cache as it was; the error names the parts that failed.
func (s *UsageSyncService) RefreshData() error {
	ws, ctx := s.app.use()
	err := ws.RefreshAll(ctx, nil).Err()
	if err == nil {
		s.app.emit().Emit(EventProductsUpdated, 0)
		return nil
	}
	return classify(err, CodeUpstream)
}
