package schedule

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// recorder stands in for the OS commands (schtasks.exe, launchctl, systemctl) that do not exist
// on the test machine: it records each call and, for schtasks /Create, reads the task file while
// it exists, as schtasks would. fail maps a command line prefix to the error it returns.
type recorder struct {
	calls    []string
	taskFile []byte
	fail     map[string]error
}

func (r *recorder) Run(_ context.Context, _ []byte, name string, args ...string) ([]byte, error) {
	line := strings.Join(append([]string{name}, args...), " ")
	r.calls = append(r.calls, line)
	if i := slices.Index(args, "/XML"); i >= 0 {
		content, err := os.ReadFile(args[i+1])
		if err != nil {
			return nil, err
		}
		r.taskFile = content
	}
	for prefix, err := range r.fail {
		if strings.HasPrefix(line, prefix) {
			return nil, err
		}
	}
	return nil, nil
}

var notFound = &CommandError{Command: "x", ExitCode: 1, Stderr: "not found"}

func TestWindowsInstallerCommands(t *testing.T) {
	ctx := context.Background()
	job := testJob(t, Daily, 0)
	env := Env{TempDir: t.TempDir()}
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.Local)
	runner := &recorder{}
	installer := &WindowsInstaller{Env: env, Runner: runner}
	if err := installer.Install(ctx, job, now); err != nil {
		t.Fatal(err)
	}
	name := windowsTaskName(job.DataDir)
	want, _ := WindowsTaskXML(job, now)
	if len(runner.calls) != 1 || !strings.HasPrefix(runner.calls[0], "schtasks.exe /Create /XML ") || !strings.HasSuffix(runner.calls[0], " /TN "+name+" /F") {
		t.Fatalf("calls %q", runner.calls)
	}
	if string(runner.taskFile) != string(want) {
		t.Error("schtasks was handed a different task file than the definition")
	}
	if leftovers, _ := os.ReadDir(env.TempDir); len(leftovers) != 0 {
		t.Errorf("task file left behind: %v", leftovers)
	}

	runner.calls = nil
	if err := installer.Remove(ctx, job.DataDir); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(runner.calls, []string{"schtasks.exe /Query /TN " + name, "schtasks.exe /Delete /TN " + name + " /F"}) {
		t.Errorf("remove calls %q", runner.calls)
	}

	// Removing a task that is not there succeeds without deleting anything.
	runner.calls, runner.fail = nil, map[string]error{"schtasks.exe /Query": notFound}
	if err := installer.Remove(ctx, job.DataDir); err != nil {
		t.Fatal(err)
	}
	status, err := installer.Show(ctx, job, now)
	if err != nil || status.Installed || len(status.Files) != 1 {
		t.Errorf("show %+v, %v; want not installed with the task file", status, err)
	}
	if slices.ContainsFunc(runner.calls, func(c string) bool { return strings.Contains(c, "/Delete") }) {
		t.Errorf("deleted a task that was not there: %q", runner.calls)
	}
}

func TestLaunchdInstallerWritesAndLoadsTheAgent(t *testing.T) {
	ctx := context.Background()
	job := testJob(t, WithMonthlyInvoice, 0)
	env := Env{Home: t.TempDir(), UID: 501}
	runner := &recorder{fail: map[string]error{"launchctl bootout": notFound}}
	installer := &LaunchdInstaller{Env: env, Runner: runner}
	if err := installer.Install(ctx, job, time.Now()); err != nil {
		t.Fatal(err)
	}
	label := launchdLabel(job.DataDir)
	path := filepath.Join(env.Home, "Library", "LaunchAgents", label+".plist")
	written, err := os.ReadFile(path)
	want, _ := LaunchAgentPlist(job)
	if err != nil || string(written) != string(want) {
		t.Fatalf("agent file %s: %v", path, err)
	}
	if !slices.Equal(runner.calls, []string{"launchctl bootout gui/501/" + label, "launchctl bootstrap gui/501 " + path}) {
		t.Errorf("install calls %q", runner.calls)
	}
	if status, _ := installer.Show(ctx, job, time.Now()); !status.Installed {
		t.Error("show: not installed after install")
	}
	runner.calls = nil
	if err := installer.Remove(ctx, job.DataDir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("agent file still there: %v", err)
	}
	if !slices.Equal(runner.calls, []string{"launchctl bootout gui/501/" + label}) {
		t.Errorf("remove calls %q", runner.calls)
	}
}

func TestSystemdInstallerWritesUnitsAndEnablesTheTimer(t *testing.T) {
	ctx := context.Background()
	job := testJob(t, Daily, 0)
	env := Env{Home: t.TempDir()}
	runner := &recorder{}
	installer := &SystemdInstaller{Env: env, Runner: runner}
	if err := installer.Install(ctx, job, time.Now()); err != nil {
		t.Fatal(err)
	}
	unit := systemdUnit(job.DataDir)
	dir := filepath.Join(env.Home, ".config", "systemd", "user")
	wantService, wantTimer := SystemdUnits(job)
	for path, want := range map[string]string{filepath.Join(dir, unit+".service"): wantService, filepath.Join(dir, unit+".timer"): wantTimer} {
		if got, err := os.ReadFile(path); err != nil || string(got) != want {
			t.Errorf("%s: %v", path, err)
		}
	}
	if !slices.Equal(runner.calls, []string{"systemctl --user daemon-reload", "systemctl --user enable --now " + unit + ".timer"}) {
		t.Errorf("install calls %q", runner.calls)
	}
	runner.calls = nil
	if err := installer.Remove(ctx, job.DataDir); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("units left behind: %v", entries)
	}
	if !slices.Equal(runner.calls, []string{"systemctl --user disable --now " + unit + ".timer", "systemctl --user daemon-reload"}) {
		t.Errorf("remove calls %q", runner.calls)
	}
}

func TestNewInstallerPicksTheScheduler(t *testing.T) {
	ctx := context.Background()
	for goos, want := range map[string]string{"windows": "*schedule.WindowsInstaller", "darwin": "*schedule.LaunchdInstaller"} {
		installer, err := NewInstaller(ctx, goos, Env{}, &recorder{})
		if err != nil || typeName(installer) != want {
			t.Errorf("%s: %s, %v; want %s", goos, typeName(installer), err, want)
		}
	}
	if installer, _ := NewInstaller(ctx, "linux", Env{}, &recorder{}); typeName(installer) != "*schedule.SystemdInstaller" {
		t.Errorf("linux with systemd: %s", typeName(installer))
	}
	noSystemd := &recorder{fail: map[string]error{"systemctl": notFound}}
	if installer, _ := NewInstaller(ctx, "linux", Env{}, noSystemd); typeName(installer) != "*schedule.CronInstaller" {
		t.Errorf("linux without systemd: %s", typeName(installer))
	}
	nothing := &recorder{fail: map[string]error{"systemctl": notFound, "sh": notFound}}
	if _, err := NewInstaller(ctx, "linux", Env{}, nothing); !errors.Is(err, ErrNoScheduler) {
		t.Errorf("linux without either: %v", err)
	}
	if _, err := NewInstaller(ctx, "plan9", Env{}, &recorder{}); err == nil {
		t.Error("plan9 accepted")
	}
}

func typeName(v any) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("%T", v)
}

// TestCronInstallAndRemoveForReal installs the job into this user's real crontab and removes it
// again, checking that the crontab afterwards is exactly what it was before.
func TestCronInstallAndRemoveForReal(t *testing.T) {
	if _, err := exec.LookPath("crontab"); err != nil {
		t.Skip("crontab is not installed (apt-get install cron); real cron install not tested")
	}
	ctx := context.Background()
	installer := &CronInstaller{Runner: ExecRunner{}}
	before, err := installer.read(ctx)
	if err != nil {
		t.Skipf("cannot read this user's crontab: %v", err)
	}
	t.Cleanup(func() {
		if after, _ := installer.read(ctx); after != before {
			_, _ = ExecRunner{}.Run(ctx, []byte(before), "crontab", "-")
		}
	})
	job := testJob(t, WithMonthlyInvoice, 0)
	job.DataDir = filepath.Join(t.TempDir(), "data") // unique: never a real installation's block
	if err := installer.Install(ctx, job, time.Now()); err != nil {
		t.Fatal(err)
	}
	installed, _ := installer.read(ctx)
	if !strings.Contains(installed, CronBlock(job)) || !strings.HasPrefix(installed, before) {
		t.Fatalf("crontab after install:\n%s\nwant the previous lines followed by the block", installed)
	}
	if status, err := installer.Show(ctx, job, time.Now()); err != nil || !status.Installed {
		t.Errorf("show after install: %+v, %v", status, err)
	}
	if err := installer.Remove(ctx, job.DataDir); err != nil {
		t.Fatal(err)
	}
	if after, _ := installer.read(ctx); after != before {
		t.Errorf("crontab after remove:\n%q\nwant it as before:\n%q", after, before)
	}
	if status, _ := installer.Show(ctx, job, time.Now()); status.Installed {
		t.Error("show after remove: still installed")
	}
}

// TestSystemdInstallAndRemoveForReal does the same with a systemd user instance, where one runs.
func TestSystemdInstallAndRemoveForReal(t *testing.T) {
	ctx := context.Background()
	if _, err := (ExecRunner{}).Run(ctx, nil, "systemctl", "--user", "show-environment"); err != nil {
		t.Skipf("no systemd user instance here (%v); real systemd install not tested", err)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip(err)
	}
	installer := &SystemdInstaller{Env: Env{Home: home, ConfigDir: os.Getenv("XDG_CONFIG_HOME")}, Runner: ExecRunner{}}
	job := testJob(t, Daily, 0)
	job.DataDir = filepath.Join(t.TempDir(), "data")
	t.Cleanup(func() { _ = installer.Remove(ctx, job.DataDir) })
	if err := installer.Install(ctx, job, time.Now()); err != nil {
		t.Fatal(err)
	}
	if status, err := installer.Show(ctx, job, time.Now()); err != nil || !status.Installed {
		t.Fatalf("show after install: %+v, %v", status, err)
	}
	if err := installer.Remove(ctx, job.DataDir); err != nil {
		t.Fatal(err)
	}
	if status, _ := installer.Show(ctx, job, time.Now()); status.Installed {
		t.Error("show after remove: still installed")
	}
}
