package schedule

import (
	"cmp"
	"context"
	"errors"
	"path/filepath"
	"time"
)

// SystemdInstaller writes a user service and timer and enables the timer.
type SystemdInstaller struct {
	Env    Env
	Runner Runner
}

func (s *SystemdInstaller) dir() string {
	return filepath.Join(cmp.Or(s.Env.ConfigDir, filepath.Join(s.Env.Home, ".config")), "systemd", "user")
}

func (s *SystemdInstaller) paths(dataDir string) (service, timer string) {
	base := filepath.Join(s.dir(), systemdUnit(dataDir))
	return base + ".service", base + ".timer"
}

func (s *SystemdInstaller) files(j Job) []File {
	service, timer := SystemdUnits(j)
	servicePath, timerPath := s.paths(j.DataDir)
	return []File{{Path: servicePath, Content: []byte(service)}, {Path: timerPath, Content: []byte(timer)}}
}

// Show implements Installer: installed means the timer is enabled.
func (s *SystemdInstaller) Show(ctx context.Context, j Job, _ time.Time) (Status, error) {
	_, err := s.Runner.Run(ctx, nil, "systemctl", "--user", "is-enabled", "--quiet", systemdUnit(j.DataDir)+".timer")
	_, disabled := errors.AsType[*CommandError](err)
	if disabled {
		err = nil
	}
	return Status{Mechanism: "systemd", Name: systemdUnit(j.DataDir) + ".timer", Installed: err == nil && !disabled, Files: s.files(j)}, err
}

// Install implements Installer. daemon-reload makes systemd read changed units; enable --now
// starts the timer and keeps it across logins. Re-enabling an enabled timer is harmless.
func (s *SystemdInstaller) Install(ctx context.Context, j Job, _ time.Time) error {
	if err := writeFiles(s.files(j)); err != nil {
		return err
	}
	if _, err := s.Runner.Run(ctx, nil, "systemctl", "--user", "daemon-reload"); err != nil {
		return err
	}
	_, err := s.Runner.Run(ctx, nil, "systemctl", "--user", "enable", "--now", systemdUnit(j.DataDir)+".timer")
	return err
}

// Remove implements Installer.
func (s *SystemdInstaller) Remove(ctx context.Context, dataDir string) error {
	service, timer := s.paths(dataDir)
	if !exists(service) && !exists(timer) {
		return nil
	}
	if _, err := s.Runner.Run(ctx, nil, "systemctl", "--user", "disable", "--now", systemdUnit(dataDir)+".timer"); err != nil {
		return err
	}
	if err := removeFiles(service, timer); err != nil {
		return err
	}
	_, err := s.Runner.Run(ctx, nil, "systemctl", "--user", "daemon-reload")
	return err
}
