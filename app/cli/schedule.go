package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"text/tabwriter"
	"time"

	"psabridge/app/internal/schedule"
	"psabridge/app/internal/syncsettings"
)

// schedule shows, installs or removes the OS task that runs `sync --apply --scheduled` for
// the real data folder (never --demo), with the sync settings saved in the window.
func (r *runner) schedule(ctx context.Context, args []string) error {
	f := r.flags("schedule", false)
	positional, err := r.parse(f, args)
	if err != nil {
		return err
	}
	if len(positional) != 1 {
		return r.usage("err.scheduleAction")
	}
	action := positional[0]
	if action != "show" && action != "install" && action != "remove" {
		return r.usage("err.scheduleAction")
	}
	w, cfg, err := r.open(ctx, f)
	if err != nil {
		return err
	}
	settings, err := syncsettings.Get(ctx, w.DB.Queries())
	if err != nil {
		return r.usage("err.settings", oneLine(err))
	}
	setting := settings.Schedule
	env, err := schedule.EnvFromOS()
	if err != nil {
		return err
	}
	installer, installerErr := schedule.NewInstaller(ctx, runtime.GOOS, env, schedule.ExecRunner{})
	if errors.Is(installerErr, schedule.ErrNoScheduler) {
		installerErr = r.usage("err.noScheduler")
	}
	now := r.env.Now()
	switch action {
	case "remove":
		if installerErr != nil {
			return installerErr
		}
		if err := installer.Remove(ctx, cfg.DataDir); err != nil {
			return r.usage("err.schedule", oneLine(err))
		}
		r.log.Info("schedule removed", "dataDir", cfg.DataDir)
		fmt.Fprintln(r.env.Stdout, r.p.T("schedule.removeDone"))
		return nil
	case "install":
		if installerErr != nil {
			return installerErr
		}
		if setting.Frequency == schedule.Off {
			return r.usage("err.scheduleOff")
		}
		job, err := r.job(cfg.DataDir, setting)
		if err != nil {
			return err
		}
		if err := installer.Install(ctx, job, now); err != nil {
			return r.usage("err.schedule", oneLine(err))
		}
		next, _ := schedule.NextRun(setting, now)
		r.log.Info("schedule installed", "dataDir", cfg.DataDir, "frequency", setting.Frequency)
		fmt.Fprintln(r.env.Stdout, r.p.T("schedule.installDone", next.Format(time.DateTime)))
		return nil
	}
	return r.showSchedule(ctx, installer, installerErr, cfg.DataDir, setting, now)
}

// showSchedule prints the setting, the next run and the month it bills, and whether the OS
// task is installed (with its definition file).
func (r *runner) showSchedule(ctx context.Context, installer schedule.Installer, installerErr error, dataDir string, s schedule.Setting, now time.Time) error {
	tw := tabwriter.NewWriter(r.env.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, r.p.T("schedule.setting", r.describe(s)))
	if next, ok := schedule.NextRun(s, now); ok {
		fmt.Fprintln(tw, r.p.T("schedule.next", next.Format(time.DateTime+" MST")))
		fmt.Fprintln(tw, r.p.T("schedule.month", schedule.BillingMonth(s, next).Format("2006-01")+" ("+r.p.T("billed."+string(s.BilledMonth))+")"))
	} else {
		fmt.Fprintln(tw, r.p.T("schedule.noNext"))
	}
	var showErr error
	if installerErr != nil {
		showErr = installerErr
	} else if s.Frequency != schedule.Off {
		job, err := r.job(dataDir, s)
		if err != nil {
			return err
		}
		status, err := installer.Show(ctx, job, now)
		if err != nil {
			showErr = r.usage("err.schedule", oneLine(err))
		} else {
			state := r.p.T("schedule.notInstalled")
			if status.Installed {
				state = r.p.T("schedule.installed")
			}
			fmt.Fprintln(tw, r.p.T("schedule.scheduler", status.Mechanism+" "+status.Name, state))
			for _, file := range status.Files {
				fmt.Fprintln(tw, r.p.T("schedule.file", file.Path))
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if showErr != nil {
		// The setting and next run are shown; the scheduler's state could not be.
		var exit *exitError
		if errors.As(showErr, &exit) {
			fmt.Fprintln(r.env.Stderr, exit.msg)
			return nil
		}
		return showErr
	}
	return nil
}

// job is the task for this binary and data folder.
func (r *runner) job(dataDir string, s schedule.Setting) (schedule.Job, error) {
	exe, err := r.env.Executable()
	if err != nil {
		return schedule.Job{}, err
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	job, err := schedule.NewJob(exe, dataDir, s)
	if err != nil {
		return schedule.Job{}, r.usage("err.settings", oneLine(err))
	}
	return job, nil
}

// describe is the setting in words.
func (r *runner) describe(s schedule.Setting) string {
	switch s.Frequency {
	case schedule.WithMonthlyInvoice:
		return r.p.T("freq.monthly-invoice", schedule.InvoiceDay, s.Hour, s.Minute)
	case schedule.MonthlyOnDay:
		return r.p.T("freq.monthly", s.DayOfMonth, s.Hour, s.Minute)
	case schedule.Daily:
		return r.p.T("freq.daily", s.Hour, s.Minute)
	}
	return r.p.T("freq.off")
}
