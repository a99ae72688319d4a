package app

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"psabridge/db"
)

// RecoveryService feeds the recovery window. When the database cannot be opened (corrupt,
// read-only, written by a newer release), main opens the same frontend with only this
// service bound: it names the file and the problem and offers the copies Open took before
// upgrades. It also says when another window has the data folder open. On a normal start
// it is bound too, and reports no problem.
type RecoveryService struct {
	problem *StartupProblem // nil: the app started normally; Backups are listed on each call
	log     *slog.Logger
	now     func() time.Time

	mu      sync.Mutex
	window  quitter
	restart atomic.Bool
}

// StartupProblem is why the database did not open, and what can be done about it.
type StartupProblem struct {
	DatabasePath string       `json:"databasePath"` // the data folder for "window_open"
	Problem      string       `json:"problem"`      // "corrupt", "read_only", "too_new", "unreadable", "window_open"
	Detail       string       `json:"detail"`       // the error as the system reported it
	Backups      []BackupCopy `json:"backups"`      // newest first
}

// BackupCopy is a copy of the database taken before an upgrade.
type BackupCopy struct {
	Path          string `json:"path"`
	SchemaVersion int64  `json:"schemaVersion"`
	Size          int64  `json:"size"`
	Modified      string `json:"modified"` // RFC 3339
}

// RestoredBackup says where the broken file was kept when a backup took its place.
type RestoredBackup struct {
	BrokenCopy string `json:"brokenCopy"`
}

// RecoveryWindow is what main runs instead of the app when the database did not open:
// Service is the one bound service.
type RecoveryWindow struct{ Service *RecoveryService }

// windowOpen is the problem of a start refused because another window has the folder.
const windowOpen = "window_open"

// NewRecovery is the recovery window for a start that failed with err; ok is false when
// err is neither a database that failed to open nor another window on the data folder
// (then there is nothing to show but the error).
func NewRecovery(err error, log *slog.Logger) (w *RecoveryWindow, ok bool) {
	var p *StartupProblem
	if open, ok := errors.AsType[*db.OpenError](err); ok {
		p = &StartupProblem{DatabasePath: open.Path, Problem: string(open.Problem), Detail: open.Err.Error()}
	} else if other, ok := errors.AsType[*WindowOpenError](err); ok {
		p = &StartupProblem{DatabasePath: other.DataDir, Problem: windowOpen, Detail: other.Error()}
	} else {
		return nil, false
	}
	return &RecoveryWindow{Service: &RecoveryService{problem: p, log: log, now: time.Now, window: noWindow{}}}, true
}

// Startup is the recovery window's Wails OnStartup hook.
func (w *RecoveryWindow) Startup(ctx context.Context) {
	w.Service.mu.Lock()
	defer w.Service.mu.Unlock()
	w.Service.window = wailsWindow{ctx: ctx}
}

// RestartRequested says whether the user asked to start again after a restore.
func (w *RecoveryWindow) RestartRequested() bool { return w.Service.restart.Load() }

// Problem returns why the database did not open, or nil on a normal start.
func (r *RecoveryService) Problem() (*StartupProblem, error) {
	if r.problem == nil {
		return nil, nil
	}
	out := *r.problem
	out.Backups = []BackupCopy{}
	if out.Problem == windowOpen { // the database is fine: nothing to restore
		return &out, nil
	}
	backups, err := db.Backups(out.DatabasePath)
	if err != nil {
		return nil, err
	}
	for _, b := range backups {
		out.Backups = append(out.Backups, BackupCopy{Path: b.Path, SchemaVersion: b.SchemaVersion, Size: b.Size, Modified: b.Modified.UTC().Format(time.RFC3339)})
	}
	return &out, nil
}

// OpenBackup puts a copy of backup (one Problem listed) in place of the broken file, which
// is moved aside and never deleted, and checks that the copy opens. Restart then starts
// PSA Bridge again on it.
func (r *RecoveryService) OpenBackup(backup string) (RestoredBackup, error) {
	p, err := r.Problem()
	if err != nil {
		return RestoredBackup{}, err
	}
	if p == nil {
		return RestoredBackup{}, Errorf(CodeConflict, "The database opened normally; there is nothing to recover.")
	}
	if !slices.ContainsFunc(p.Backups, func(b BackupCopy) bool { return b.Path == backup }) {
		return RestoredBackup{}, InvalidField("backup", "%s is not one of the copies of %s", backup, p.DatabasePath)
	}
	aside, err := db.RestoreBackup(p.DatabasePath, backup, r.now())
	if err != nil {
		return RestoredBackup{}, Errorf(CodeConflict, "Could not restore the copy: %v", err)
	}
	r.log.Warn("database restored from a backup", "database", p.DatabasePath, "backup", backup, "brokenCopy", aside)
	restored, err := db.Open(context.Background(), p.DatabasePath)
	if err != nil {
		return RestoredBackup{BrokenCopy: aside}, Errorf(CodeConflict, "The copy was restored but does not open either: %v", err)
	}
	if err := restored.Close(); err != nil {
		return RestoredBackup{BrokenCopy: aside}, err
	}
	return RestoredBackup{BrokenCopy: aside}, nil
}

// Restart closes the recovery window; main then starts PSA Bridge again.
func (r *RecoveryService) Restart() {
	r.restart.Store(true)
	r.Quit()
}

// Quit closes the window and ends PSA Bridge.
func (r *RecoveryService) Quit() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.window.Quit()
}
