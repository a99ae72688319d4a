package schedule

import (
	"context"
	"fmt"
	"path/filepath"
	"time"
)

// LaunchdInstaller writes a LaunchAgent to ~/Library/LaunchAgents and loads it into the user's
// GUI domain with launchctl bootstrap (the successor of the deprecated `launchctl load`).
type LaunchdInstaller struct {
	Env    Env
	Runner Runner
}

func (l *LaunchdInstaller) path(dataDir string) string {
	return filepath.Join(l.Env.Home, "Library", "LaunchAgents", launchdLabel(dataDir)+".plist")
}

func (l *LaunchdInstaller) domain() string { return fmt.Sprintf("gui/%d", l.Env.UID) }

// Show implements Installer.
func (l *LaunchdInstaller) Show(_ context.Context, j Job, _ time.Time) (Status, error) {
	content, err := LaunchAgentPlist(j)
	return Status{
		Mechanism: "launchd", Name: launchdLabel(j.DataDir), Installed: exists(l.path(j.DataDir)),
		Files: []File{{Path: l.path(j.DataDir), Content: content}},
	}, err
}

// Install implements Installer. launchd keeps a loaded job's old definition, so an installed
// job is booted out before the new one is bootstrapped.
func (l *LaunchdInstaller) Install(ctx context.Context, j Job, _ time.Time) error {
	content, err := LaunchAgentPlist(j)
	if err != nil {
		return err
	}
	if err := writeFiles([]File{{Path: l.path(j.DataDir), Content: content}}); err != nil {
		return err
	}
	// Fails when the job is not loaded yet, which is fine.
	_, _ = l.Runner.Run(ctx, nil, "launchctl", "bootout", l.domain()+"/"+launchdLabel(j.DataDir))
	_, err = l.Runner.Run(ctx, nil, "launchctl", "bootstrap", l.domain(), l.path(j.DataDir))
	return err
}

// Remove implements Installer.
func (l *LaunchdInstaller) Remove(ctx context.Context, dataDir string) error {
	if !exists(l.path(dataDir)) {
		return nil
	}
	_, _ = l.Runner.Run(ctx, nil, "launchctl", "bootout", l.domain()+"/"+launchdLabel(dataDir))
	return removeFiles(l.path(dataDir))
}
