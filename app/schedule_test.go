package app

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"psabridge/app/config"
	"psabridge/app/internal/schedule"
	"psabridge/app/internal/syncsettings"
	"psabridge/db/dbsqlc"
)

// systemctlRecorder stands in for `systemctl --user` (a machine with a systemd user instance):
// it records every call and keeps the enabled state of the timers it was told to enable.
type systemctlRecorder struct {
	mu      sync.Mutex
	calls   []string
	enabled map[string]bool
	refuse  error // returned by enable, as a broken systemd would
}

func (r *systemctlRecorder) Run(_ context.Context, _ []byte, name string, args ...string) ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, strings.Join(append([]string{name}, args...), " "))
	unit := args[len(args)-1]
	switch {
	case slices.Contains(args, "enable"):
		if r.refuse != nil {
			return nil, r.refuse
		}
		r.enabled[unit] = true
	case slices.Contains(args, "disable"):
		delete(r.enabled, unit)
	case slices.Contains(args, "is-enabled") && !r.enabled[unit]:
		return nil, &schedule.CommandError{Command: "systemctl", ExitCode: 1}
	}
	return nil, nil
}

func (r *systemctlRecorder) took(prefix string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.ContainsFunc(r.calls, func(c string) bool { return strings.HasPrefix(c, prefix) })
}

// newScheduleApp is an App whose schedule goes to a recording systemctl and a temporary home.
func newScheduleApp(t *testing.T, demo bool) (*App, *systemctlRecorder, string) {
	t.Helper()
	home := t.TempDir()
	runner := &systemctlRecorder{enabled: map[string]bool{}}
	a, err := New(context.Background(), Options{
		Config:   config.Options{DataDir: t.TempDir(), Demo: demo},
		Version:  "test",
		Log:      slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil)),
		Schedule: ScheduleOS{GOOS: "linux", Env: &schedule.Env{Home: home}, Runner: runner, Binary: "/opt/psa-bridge/psa-bridge"},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a, runner, filepath.Join(home, ".config", "systemd", "user")
}

func monthlyOnDay(day int) syncsettings.Settings {
	s := syncsettings.Default()
	s.Schedule.Frequency, s.Schedule.DayOfMonth, s.Schedule.Hour, s.Schedule.Minute = schedule.MonthlyOnDay, day, 6, 30
	return s
}

func TestSavingSyncSettingsInstallsAndRemovesTheTask(t *testing.T) {
	a, runner, unitDir := newScheduleApp(t, false)
	state, err := a.schedule.SyncSettings()
	if err != nil {
		t.Fatal(err)
	}
	if state.Settings != syncsettings.Default() || state.Demo || state.Task.Mechanism != "systemd" || state.Task.Installed {
		t.Fatalf("before saving: %+v", state)
	}

	state, err = a.schedule.SaveSyncSettings(monthlyOnDay(5))
	if err != nil {
		t.Fatal(err)
	}
	if !state.Task.Installed || !runner.took("systemctl --user enable --now psa-bridge-sync-") {
		t.Fatalf("no task installed: %+v, calls %q", state.Task, runner.calls)
	}
	timer, err := os.ReadFile(filepath.Join(unitDir, state.Task.Name))
	if err != nil || !strings.Contains(string(timer), "OnCalendar=*-*-05 06:30:00") {
		t.Fatalf("timer file: %v\n%s", err, timer)
	}
	service, _ := os.ReadFile(filepath.Join(unitDir, strings.TrimSuffix(state.Task.Name, ".timer")+".service"))
	if !strings.Contains(string(service), `"sync" "--apply"`) || !strings.Contains(string(service), `"--data-dir" "`+a.opts.Config.DataDir+`"`) {
		t.Fatalf("the service does not sync this data folder:\n%s", service)
	}
	next := time.UnixMilli(state.Outlook.NextRun)
	if next.Day() != 5 || next.Hour() != 6 || next.Minute() != 30 || !next.After(time.Now()) {
		t.Fatalf("next run %v", next)
	}
	if again, _ := a.schedule.SyncSettings(); again.Settings != monthlyOnDay(5) || !again.Task.Installed {
		t.Fatalf("not persisted: %+v", again)
	}

	// "Aus" removes the task and its files.
	off := monthlyOnDay(5)
	off.Schedule.Frequency = schedule.Off
	state, err = a.schedule.SaveSyncSettings(off)
	if err != nil {
		t.Fatal(err)
	}
	if state.Task.Installed || state.Outlook.NextRun != 0 || !runner.took("systemctl --user disable --now psa-bridge-sync-") {
		t.Fatalf("after off: %+v", state)
	}
	if left, _ := os.ReadDir(unitDir); len(left) != 0 {
		t.Fatalf("unit files left: %v", left)
	}
}

func TestSyncSettingsErrorsChangeNothing(t *testing.T) {
	a, runner, _ := newScheduleApp(t, false)
	var e *Error
	if _, err := a.schedule.SaveSyncSettings(monthlyOnDay(31)); !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "dayOfMonth" {
		t.Fatalf("day 31: %v", err)
	}
	if runner.took("systemctl --user enable") {
		t.Fatal("a wrong setting reached the scheduler")
	}
	if _, err := a.schedule.Outlook(monthlyOnDay(0)); !errors.As(err, &e) || e.Field != "dayOfMonth" {
		t.Fatalf("outlook of day 0: %v", err)
	}

	// The scheduler refuses: the error says so and the stored settings stay as they were.
	runner.refuse = &schedule.CommandError{Command: "systemctl --user enable", ExitCode: 1, Stderr: "Failed to connect to bus"}
	if _, err := a.schedule.SaveSyncSettings(monthlyOnDay(7)); !errors.As(err, &e) || !strings.Contains(e.Message, "Failed to connect to bus") {
		t.Fatalf("refused install: %v", err)
	}
	if state, _ := a.schedule.SyncSettings(); state.Settings != syncsettings.Default() {
		t.Fatalf("settings changed although the task was not installed: %+v", state.Settings)
	}
}

func TestDemoModeStoresSettingsWithoutATask(t *testing.T) {
	a, runner, unitDir := newScheduleApp(t, true)
	state, err := a.schedule.SaveSyncSettings(monthlyOnDay(5))
	if err != nil {
		t.Fatal(err)
	}
	if !state.Demo || state.Task != (ScheduleTask{}) || state.Settings != monthlyOnDay(5) {
		t.Fatalf("demo: %+v", state)
	}
	if len(runner.calls) != 0 {
		t.Fatalf("demo mode ran scheduler commands: %q", runner.calls)
	}
	if _, err := os.Stat(unitDir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("demo mode wrote unit files: %v", err)
	}
}

func TestOutlookWarnsAboutFirewallProducts(t *testing.T) {
	a, _, _ := newScheduleApp(t, true)
	q := a.ws().DB.Queries()
	ctx := context.Background()
	for _, p := range []dbsqlc.RecordSeenSophosProductParams{
		{ProductKey: "XGS-2100", Description: "XGS 2100 Xstream Protection", ProductGroup: "Device", FirstSeenMonth: "2026-10", LastSeenMonth: "2026-10"},
		{ProductKey: "CIXA", Description: "Intercept X Advanced", ProductGroup: "User", FirstSeenMonth: "2026-10", LastSeenMonth: "2026-10"},
	} {
		if err := q.RecordSeenSophosProduct(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	daily := syncsettings.Default()
	daily.Schedule.Frequency = schedule.Daily
	out, err := a.schedule.Outlook(daily)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.FirewallWarnings) != 1 || out.FirewallWarnings[0].Code != "XGS-2100" {
		t.Fatalf("daily: %+v", out.FirewallWarnings)
	}
	if out, _ := a.schedule.Outlook(syncsettings.Default()); len(out.FirewallWarnings) != 0 || out.BilledMonth == "" {
		t.Fatalf("with the monthly invoice: %+v", out)
	}
	previous := syncsettings.Default()
	previous.Schedule.BilledMonth = schedule.BillPreviousMonth
	out, _ = a.schedule.Outlook(previous)
	next := time.UnixMilli(out.NextRun)
	if want := time.Date(next.Year(), next.Month()-1, 1, 0, 0, 0, 0, time.Local).Format("2006-01"); out.BilledMonth != want || out.AdditionDate != want+"-01" {
		t.Fatalf("previous month: %+v, want %s", out, want)
	}
}

func TestLandingStatusShowsAFailedScheduledRunUntilSeen(t *testing.T) {
	a, _, _ := newScheduleApp(t, true)
	q := a.ws().DB.Queries()
	ctx := context.Background()
	status, err := a.schedule.Status()
	if err != nil || status.LastScheduledRun != nil || status.FailedUnseen || status.NextRun == 0 {
		t.Fatalf("before any run: %+v %v", status, err)
	}
	run := func(trigger, result string, at int64) int64 {
		t.Helper()
		id, err := q.StartSyncRun(ctx, dbsqlc.StartSyncRunParams{Month: "2026-11", TriggerKind: trigger, Actor: "test", StartedAt: at})
		if err != nil {
			t.Fatal(err)
		}
		finished := at + 1000
		if err := q.FinishSyncRun(ctx, dbsqlc.FinishSyncRunParams{ID: id, FinishedAt: &finished, Result: result, Failed: 2, Errors: "agreement 7: offline"}); err != nil {
			t.Fatal(err)
		}
		return id
	}
	failed := run("scheduled", "partial", 1000)
	run("manual", "succeeded", 5000) // a later manual run does not hide the scheduled one
	status, _ = a.schedule.Status()
	if !status.FailedUnseen || status.LastScheduledRun == nil || status.LastScheduledRun.ID != failed || status.LastScheduledRun.Failed != 2 {
		t.Fatalf("failed run: %+v", status)
	}
	if err := a.schedule.MarkScheduledRunSeen(failed); err != nil {
		t.Fatal(err)
	}
	if status, _ = a.schedule.Status(); status.FailedUnseen || status.LastScheduledRun.ID != failed {
		t.Fatalf("after seen: %+v", status)
	}
	// The next failure shows again.
	next := run("scheduled", "failed", 9000)
	if status, _ = a.schedule.Status(); !status.FailedUnseen || status.LastScheduledRun.ID != next {
		t.Fatalf("next failure: %+v", status)
	}
	run("scheduled", "succeeded", 12000)
	if status, _ = a.schedule.Status(); status.FailedUnseen {
		t.Fatalf("a succeeded run is not a failure: %+v", status)
	}
}
