package schedule

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"
)

// WindowsInstaller registers the job with Task Scheduler through schtasks.exe, as the current
// user and without administrator rights.
type WindowsInstaller struct {
	Env    Env
	Runner Runner
}

const schtasks = "schtasks.exe"

func (w *WindowsInstaller) files(j Job, now time.Time) ([]File, error) {
	content, err := WindowsTaskXML(j, now)
	if err != nil {
		return nil, err
	}
	return []File{{Path: filepath.Join(w.Env.TempDir, windowsTaskName(j.DataDir)+".xml"), Content: content}}, nil
}

// Show implements Installer. The task file is shown where Install writes it briefly.
func (w *WindowsInstaller) Show(ctx context.Context, j Job, now time.Time) (Status, error) {
	files, err := w.files(j, now)
	if err != nil {
		return Status{}, err
	}
	installed, err := w.installed(ctx, j.DataDir)
	return Status{Mechanism: "Windows Task Scheduler", Name: windowsTaskName(j.DataDir), Installed: installed, Files: files}, err
}

// installed asks schtasks for the task. Its "not found" message is localised, so any failure of
// the query counts as "not installed"; a real problem shows up again at install time.
func (w *WindowsInstaller) installed(ctx context.Context, dataDir string) (bool, error) {
	_, err := w.Runner.Run(ctx, nil, schtasks, "/Query", "/TN", windowsTaskName(dataDir))
	if _, failed := errors.AsType[*CommandError](err); failed {
		return false, nil
	}
	return err == nil, err
}

// Install implements Installer: the XML goes to a temporary file that schtasks reads; /F
// replaces a task of the same name, so installing again updates the schedule.
func (w *WindowsInstaller) Install(ctx context.Context, j Job, now time.Time) error {
	files, err := w.files(j, now)
	if err != nil {
		return err
	}
	if err := writeFiles(files); err != nil {
		return err
	}
	defer os.Remove(files[0].Path)
	_, err = w.Runner.Run(ctx, nil, schtasks, "/Create", "/XML", files[0].Path, "/TN", windowsTaskName(j.DataDir), "/F")
	return err
}

// Remove implements Installer; a task that does not exist is already removed.
func (w *WindowsInstaller) Remove(ctx context.Context, dataDir string) error {
	if installed, err := w.installed(ctx, dataDir); err != nil || !installed {
		return err
	}
	_, err := w.Runner.Run(ctx, nil, schtasks, "/Delete", "/TN", windowsTaskName(dataDir), "/F")
	return err
}
