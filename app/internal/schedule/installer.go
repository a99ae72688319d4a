package schedule

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// File is one file an installer writes, shown by `schedule show`.
type File struct {
	Path    string
	Content []byte
}

// Status is what `schedule show` and the dialog report.
type Status struct {
	Mechanism string // "Windows Task Scheduler", "launchd", "systemd", "cron"
	Name      string // the task's name, label, unit or crontab marker
	Installed bool
	Files     []File // the definition Install writes for the job
}

// Installer installs, shows and removes the job's task in one OS scheduler.
type Installer interface {
	Show(ctx context.Context, j Job, now time.Time) (Status, error)
	Install(ctx context.Context, j Job, now time.Time) error
	Remove(ctx context.Context, dataDir string) error
}

// Runner runs an external command (schtasks.exe, launchctl, systemctl, crontab) with stdin and
// returns its standard output. Tests pass a recorder; production uses ExecRunner.
type Runner interface {
	Run(ctx context.Context, stdin []byte, name string, args ...string) ([]byte, error)
}

// ExecRunner runs commands with os/exec.
type ExecRunner struct{}

// CommandError is a failed command with what it printed on standard error.
type CommandError struct {
	Command  string
	ExitCode int
	Stderr   string
}

func (e *CommandError) Error() string {
	return fmt.Sprintf("%s failed (exit code %d): %s", e.Command, e.ExitCode, cmp.Or(strings.TrimSpace(e.Stderr), "no message"))
}

// Run implements Runner.
func (ExecRunner) Run(ctx context.Context, stdin []byte, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdin = bytes.NewReader(stdin)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if exitErr, ok := errors.AsType[*exec.ExitError](err); ok {
		return stdout.Bytes(), &CommandError{Command: name + " " + strings.Join(args, " "), ExitCode: exitErr.ExitCode(), Stderr: stderr.String()}
	}
	return stdout.Bytes(), err
}

// Env is where the installers put their files and who they install for.
type Env struct {
	Home    string // the user's home directory
	TempDir string // for the Windows task file handed to schtasks
	UID     int    // macOS: launchctl's gui/UID domain
	// ConfigDir is $XDG_CONFIG_HOME (systemd user units go to ConfigDir/systemd/user);
	// empty means Home/.config.
	ConfigDir string
}

// ErrNoScheduler is returned on Linux when neither a systemd user instance nor crontab exists.
var ErrNoScheduler = errors.New("schedule: no scheduler found: neither a systemd user instance (systemctl --user) nor crontab is available")

// NewInstaller picks the installer for goos (runtime.GOOS in production). On Linux it prefers a
// systemd user timer and falls back to crontab when the user instance does not answer (containers,
// WSL without systemd, minimal servers).
func NewInstaller(ctx context.Context, goos string, env Env, runner Runner) (Installer, error) {
	switch goos {
	case "windows":
		return &WindowsInstaller{Env: env, Runner: runner}, nil
	case "darwin":
		return &LaunchdInstaller{Env: env, Runner: runner}, nil
	case "linux", "freebsd", "openbsd", "netbsd":
		if goos == "linux" {
			if _, err := runner.Run(ctx, nil, "systemctl", "--user", "show-environment"); err == nil {
				return &SystemdInstaller{Env: env, Runner: runner}, nil
			}
		}
		if _, err := runner.Run(ctx, nil, "sh", "-c", "command -v crontab"); err == nil {
			return &CronInstaller{Runner: runner}, nil
		}
		return nil, ErrNoScheduler
	}
	return nil, fmt.Errorf("schedule: scheduling is not supported on %s", goos)
}

// EnvFromOS is the Env of the user running the process.
func EnvFromOS() (Env, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return Env{}, fmt.Errorf("schedule: %w", err)
	}
	return Env{Home: home, TempDir: os.TempDir(), UID: os.Getuid(), ConfigDir: os.Getenv("XDG_CONFIG_HOME")}, nil
}
