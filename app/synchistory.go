package app

import (
	"time"

	"psabridge/app/internal/usagesync"
)

// The history page "Verlauf" and the landing page's last run: reads of the recorded runs
// and of every ConnectWise write, from the local database only (they work offline).

// runsShown is how many runs the history page lists.
const runsShown = 200

// Runs lists the recorded sync runs, newest first.
func (s *UsageSyncService) Runs() ([]SyncRun, error) {
	ws, ctx := s.app.use()
	runs, err := records(ws).Runs(ctx, runsShown)
	if err != nil {
		return nil, err
	}
	out := make([]SyncRun, len(runs))
	for i, r := range runs {
		out[i] = runDTO(r)
	}
	return out, nil
}

// LastRun is the newest run, nil before the first.
func (s *UsageSyncService) LastRun() (*SyncRun, error) {
	ws, ctx := s.app.use()
	r, found, err := records(ws).LastRun(ctx)
	if err != nil || !found {
		return nil, err
	}
	dto := runDTO(r)
	return &dto, nil
}

// Writes lists ConnectWise writes, newest first, narrowed by the filter: one run's
// (RunID), the sync's, or the others (product creates and edits).
func (s *UsageSyncService) Writes(f WriteFilter) ([]WriteEntry, error) {
	switch f.Scope {
	case "", "all", "runs", "other":
	default:
		return nil, InvalidField("scope", "%q is not all, runs or other", f.Scope)
	}
	ws, ctx := s.app.use()
	df := usagesync.WriteFilter{Scope: f.Scope, RunID: f.RunID, Customer: f.Customer, Product: f.Product, Action: f.Action}
	var err error
	if df.From, err = parseDay("from", f.From); err != nil {
		return nil, err
	}
	if df.To, err = parseDay("to", f.To); err != nil {
		return nil, err
	}
	if !df.To.IsZero() {
		df.To = df.To.AddDate(0, 0, 1) // the whole last day
	}
	writes, err := records(ws).Writes(ctx, df)
	if err != nil {
		return nil, err
	}
	out := make([]WriteEntry, len(writes))
	for i, w := range writes {
		out[i] = writeDTO(w)
	}
	return out, nil
}

// parseDay reads a YYYY-MM-DD filter date as the start of that day (UTC); "" is no date.
func parseDay(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, InvalidField(field, "%q is not a date of the form YYYY-MM-DD", s)
	}
	return t, nil
}
