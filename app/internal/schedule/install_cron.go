package schedule

import (
	"context"
	"errors"
	"strings"
	"time"
)

// CronInstaller keeps the job as a marked block in the user's crontab, leaving every other line
// alone.
type CronInstaller struct {
	Runner Runner
}

// read returns the user's crontab; a user without one has an empty crontab.
func (c *CronInstaller) read(ctx context.Context) (string, error) {
	out, err := c.Runner.Run(ctx, nil, "crontab", "-l")
	if cmdErr, ok := errors.AsType[*CommandError](err); ok && strings.Contains(strings.ToLower(cmdErr.Stderr), "no crontab") {
		return "", nil
	}
	return string(out), err
}

// update rewrites the crontab only when the block changes it.
func (c *CronInstaller) update(ctx context.Context, dataDir, block string) error {
	current, err := c.read(ctx)
	if err != nil {
		return err
	}
	updated := ReplaceCronBlock(current, dataDir, block)
	switch updated {
	case current:
		return nil
	case "":
		// Our block was the only content: leave the user without a crontab, as before.
		_, err = c.Runner.Run(ctx, nil, "crontab", "-r")
		return err
	}
	_, err = c.Runner.Run(ctx, []byte(updated), "crontab", "-")
	return err
}

// Show implements Installer.
func (c *CronInstaller) Show(ctx context.Context, j Job, _ time.Time) (Status, error) {
	current, err := c.read(ctx)
	begin, _ := cronMarkers(j.DataDir)
	return Status{
		Mechanism: "cron", Name: begin, Installed: strings.Contains(current, begin+"\n"),
		Files: []File{{Path: "crontab", Content: []byte(CronBlock(j))}},
	}, err
}

// Install implements Installer.
func (c *CronInstaller) Install(ctx context.Context, j Job, _ time.Time) error {
	return c.update(ctx, j.DataDir, CronBlock(j))
}

// Remove implements Installer.
func (c *CronInstaller) Remove(ctx context.Context, dataDir string) error {
	return c.update(ctx, dataDir, "")
}
