package app

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"psabridge/app/internal/schedule"
	"psabridge/app/internal/syncsettings"
	"psabridge/app/internal/usagesync"
	"psabridge/app/internal/workspace"
	"psabridge/db/dbsqlc"
)

// ScheduleOS is where saving the sync settings installs the OS task. The zero value is this
// machine; tests give a recording runner and a temporary home.
type ScheduleOS struct {
	GOOS   string          // runtime.GOOS when empty
	Env    *schedule.Env   // schedule.EnvFromOS when nil
	Runner schedule.Runner // schedule.ExecRunner when nil
	Binary string          // os.Executable when empty
}

// settingScheduledRunSeen remembers the failed scheduled run the user has seen on the landing page.
const settingScheduledRunSeen = "sync.scheduledRunSeen"

// ScheduleService reads and saves the usage sync settings ("Synchronisierungseinstellungen")
// and keeps the OS task that runs the sync in step with them.
type ScheduleService struct{ app *App }

// SyncSettingsState is what the sync settings dialog shows.
type SyncSettingsState struct {
	Settings syncsettings.Settings `json:"settings"`
	Outlook  ScheduleOutlook       `json:"outlook"`
	// Demo: the settings are stored, but no OS task is installed (a schedule is for real mode).
	Demo bool         `json:"demo"`
	Task ScheduleTask `json:"task"`
}

// ScheduleTask is the OS task of this data folder.
type ScheduleTask struct {
	Mechanism string `json:"mechanism"` // Windows Task Scheduler, launchd, systemd, cron; "" in demo mode
	Name      string `json:"name"`
	Installed bool   `json:"installed"`
	// Problem says why the task's state could not be read (no scheduler on this machine …).
	Problem string `json:"problem,omitempty"`
}

// ScheduleOutlook is what a setting means from now on.
type ScheduleOutlook struct {
	NextRun          int64             `json:"nextRun"`          // unix ms; 0: no run (off)
	BilledMonth      string            `json:"billedMonth"`      // YYYY-MM the next run bills
	AdditionDate     string            `json:"additionDate"`     // YYYY-MM-DD a new addition of the next run starts on
	FirewallWarnings []FirewallProduct `json:"firewallWarnings"` // Device products Sophos bills only with the monthly invoice
}

// FirewallProduct is a Sophos firewall product the dialog warns about.
type FirewallProduct struct {
	Code        string `json:"code"`
	Description string `json:"description"`
}

// SyncSettings returns the stored settings (defaults before the first save), what they mean and
// the state of the OS task.
func (s *ScheduleService) SyncSettings() (SyncSettingsState, error) {
	ws, ctx := s.app.use()
	settings, err := syncsettings.Get(ctx, ws.DB.Reader())
	if err != nil {
		return SyncSettingsState{}, err
	}
	return s.state(ctx, ws, settings)
}

// Outlook is what settings would mean if saved: the next run, the month it bills, the start
// date of new additions and the firewall warnings. The dialog calls it on every change.
func (s *ScheduleService) Outlook(settings syncsettings.Settings) (ScheduleOutlook, error) {
	if err := settings.Validate(); err != nil {
		return ScheduleOutlook{}, settingsError(err)
	}
	ws, ctx := s.app.use()
	return outlook(ctx, ws.DB.Reader(), settings, time.Now())
}

// SaveSyncSettings validates and stores the settings and, in real mode, installs, updates or
// (for "Aus") removes the OS task that runs `psa-bridge sync --apply` for this data folder.
// The task is changed first: when the OS scheduler refuses, the stored settings stay as they were.
func (s *ScheduleService) SaveSyncSettings(settings syncsettings.Settings) (SyncSettingsState, error) {
	if err := settings.Validate(); err != nil {
		return SyncSettingsState{}, settingsError(err)
	}
	ws, ctx := s.app.use()
	if !ws.Demo {
		if err := s.installTask(ctx, settings.Schedule); err != nil {
			return SyncSettingsState{}, err
		}
	}
	if err := syncsettings.Save(ctx, ws.DB, settings, time.Now()); err != nil {
		return SyncSettingsState{}, settingsError(err)
	}
	return s.state(ctx, ws, settings)
}

func (s *ScheduleService) installTask(ctx context.Context, setting schedule.Setting) error {
	installer, err := s.installer(ctx)
	if err != nil {
		return Errorf(CodeInvalid, "The schedule cannot be set up on this computer: %v", err)
	}
	dataDir := s.app.opts.Config.DataDir
	if setting.Frequency == schedule.Off {
		if err := installer.Remove(ctx, dataDir); err != nil {
			return Errorf(CodeUpstream, "The scheduled task could not be removed: %v", err)
		}
		return nil
	}
	job, err := s.job(setting)
	if err != nil {
		return settingsError(err)
	}
	if err := installer.Install(ctx, job, time.Now()); err != nil {
		return Errorf(CodeUpstream, "The scheduled task could not be installed: %v", err)
	}
	return nil
}

func (s *ScheduleService) job(setting schedule.Setting) (schedule.Job, error) {
	binary := s.app.opts.Schedule.Binary
	if binary == "" {
		exe, err := os.Executable()
		if err != nil {
			return schedule.Job{}, err
		}
		binary = exe
	}
	return schedule.NewJob(binary, s.app.opts.Config.DataDir, setting)
}

func (s *ScheduleService) installer(ctx context.Context) (schedule.Installer, error) {
	host := s.app.opts.Schedule
	var env schedule.Env
	if host.Env != nil {
		env = *host.Env
	} else {
		var err error
		if env, err = schedule.EnvFromOS(); err != nil {
			return nil, err
		}
	}
	var runner schedule.Runner = schedule.ExecRunner{}
	if host.Runner != nil {
		runner = host.Runner
	}
	goos := host.GOOS
	if goos == "" {
		goos = runtime.GOOS
	}
	return schedule.NewInstaller(ctx, goos, env, runner)
}

func (s *ScheduleService) state(ctx context.Context, ws *workspace.Workspace, settings syncsettings.Settings) (SyncSettingsState, error) {
	out, err := outlook(ctx, ws.DB.Reader(), settings, time.Now())
	if err != nil {
		return SyncSettingsState{}, err
	}
	state := SyncSettingsState{Settings: settings, Outlook: out, Demo: ws.Demo}
	if !ws.Demo {
		state.Task = s.task(ctx, settings.Schedule)
	}
	return state, nil
}

// task reads the OS task's state; a machine without a scheduler is reported, not an error, so
// the dialog still opens.
func (s *ScheduleService) task(ctx context.Context, setting schedule.Setting) ScheduleTask {
	installer, err := s.installer(ctx)
	if err != nil {
		return ScheduleTask{Problem: err.Error()}
	}
	if setting.Frequency == schedule.Off {
		setting = schedule.Default() // Show needs a job; the task's name depends on the data folder only
	}
	job, err := s.job(setting)
	if err != nil {
		return ScheduleTask{Problem: err.Error()}
	}
	status, err := installer.Show(ctx, job, time.Now())
	task := ScheduleTask{Mechanism: status.Mechanism, Name: status.Name, Installed: status.Installed}
	if err != nil {
		task.Problem = err.Error()
	}
	return task
}

func outlook(ctx context.Context, q *dbsqlc.Queries, settings syncsettings.Settings, now time.Time) (ScheduleOutlook, error) {
	out := ScheduleOutlook{FirewallWarnings: []FirewallProduct{}}
	if next, ok := schedule.NextRun(settings.Schedule, now); ok {
		out.NextRun = next.UnixMilli()
		out.BilledMonth = schedule.BillingMonth(settings.Schedule, next).Format("2006-01")
		out.AdditionDate = schedule.AdditionEffectiveDate(settings.Schedule, next).Format("2006-01-02")
	}
	devices, err := q.ListDeviceProducts(ctx)
	if err != nil {
		return ScheduleOutlook{}, err
	}
	products := make([]schedule.Product, len(devices))
	for i, d := range devices {
		products[i] = schedule.Product{Code: d.ProductKey, Description: d.Description, Group: d.ProductGroup}
	}
	for _, p := range schedule.FirewallWarnings(settings.Schedule, products) {
		out.FirewallWarnings = append(out.FirewallWarnings, FirewallProduct{Code: p.Code, Description: p.Description})
	}
	return out, nil
}

// settingsError names the first wrong field (the message lists all of them).
func settingsError(err error) error {
	if fe, ok := errors.AsType[*schedule.FieldError](err); ok {
		return InvalidField(fe.Field, "%s", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	return err
}

// ScheduleStatus is the landing page's view of the schedule.
type ScheduleStatus struct {
	Demo      bool   `json:"demo"`
	Frequency string `json:"frequency"`
	NextRun   int64  `json:"nextRun"` // unix ms; 0: no run scheduled
	// LastScheduledRun is the newest run the schedule started; nil before the first.
	LastScheduledRun *ScheduledRun `json:"lastScheduledRun,omitempty"`
	// FailedUnseen: that run did not succeed and the user has not dismissed it yet.
	FailedUnseen bool `json:"failedUnseen"`
}

// ScheduledRun is a run the schedule started.
type ScheduledRun struct {
	ID         int64  `json:"id"`
	Month      string `json:"month"`
	StartedAt  int64  `json:"startedAt"`  // unix ms
	FinishedAt int64  `json:"finishedAt"` // unix ms; 0: running or interrupted
	Result     string `json:"result"`     // running, succeeded, partial, failed, cancelled, interrupted
	Failed     int64  `json:"failed"`
	Conflicts  int64  `json:"conflicts"`
	Errors     string `json:"errors"`
}

// Status returns the next scheduled run and the last scheduled run's result.
func (s *ScheduleService) Status() (ScheduleStatus, error) {
	ws, ctx := s.app.use()
	q := ws.DB.Reader()
	settings, err := syncsettings.Get(ctx, q)
	if err != nil {
		return ScheduleStatus{}, err
	}
	status := ScheduleStatus{Demo: ws.Demo, Frequency: string(settings.Schedule.Frequency)}
	if next, ok := schedule.NextRun(settings.Schedule, time.Now()); ok {
		status.NextRun = next.UnixMilli()
	}
	run, err := q.LastSyncRunByTrigger(ctx, string(usagesync.TriggerScheduled))
	if errors.Is(err, sql.ErrNoRows) {
		return status, nil
	}
	if err != nil {
		return ScheduleStatus{}, err
	}
	last := &ScheduledRun{ID: run.ID, Month: run.Month, StartedAt: run.StartedAt, Result: run.Result,
		Failed: run.Failed, Conflicts: run.Conflicts, Errors: run.Errors}
	if run.FinishedAt != nil {
		last.FinishedAt = *run.FinishedAt
	}
	status.LastScheduledRun = last
	if runFailed(run.Result) {
		seen, err := q.GetSetting(ctx, settingScheduledRunSeen)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return ScheduleStatus{}, err
		}
		status.FailedUnseen = seen != strconv.FormatInt(run.ID, 10)
	}
	return status, nil
}

// runFailed: anything but a run that succeeded or still runs needs the user's attention.
func runFailed(result string) bool { return result != "succeeded" && result != "running" }

// MarkScheduledRunSeen dismisses the failed scheduled run runID on the landing page.
func (s *ScheduleService) MarkScheduledRunSeen(runID int64) error {
	if runID <= 0 {
		return InvalidField("runId", "must be a run id, got %d", runID)
	}
	ws, ctx := s.app.use()
	return ws.DB.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: settingScheduledRunSeen,
		Value: strconv.FormatInt(runID, 10), UpdatedAt: time.Now().UnixMilli()})
}
