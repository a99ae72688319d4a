package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"psabridge/db/dbsqlc"
)

// ErrNotDemo: resetting demo data was asked while real accounts are open.
var ErrNotDemo = errors.New("demo data can only be reset in demo mode")

// ResetDemo starts demo data over: the demo database and the demo ConnectWise sandbox's
// state are removed together (never one without the other, or mappings would point at
// products the sandbox no longer has) and a fresh demo workspace opens. The UI preferences
// stay. The old files are moved aside first and only deleted once the new workspace is up;
// if it does not open, they are put back and the old data opens again.
func (c *Current) ResetDemo(ctx context.Context) error {
	c.switchMu.Lock()
	defer c.switchMu.Unlock()
	old := c.Get()
	if !old.Demo {
		return ErrNotDemo
	}
	prefs := map[string]string{}
	for _, key := range uiSettings {
		if v, err := old.DB.Queries().GetSetting(ctx, key); err == nil {
			prefs[key] = v
		}
	}
	o := c.opts
	o.Config.Demo = true
	dbPath := o.Config.DatabasePath()
	files := []string{dbPath, dbPath + "-wal", dbPath + "-shm", DemoSandboxStatePath(o.Config.DataDir)}
	if err := old.Close(); err != nil {
		c.opts.Log.Warn("closing the demo workspace before the reset", "err", err)
	}
	aside := fmt.Sprintf(".reset-%d", time.Now().UnixNano())
	var moved []string
	restore := func() {
		for _, f := range moved {
			_ = os.Remove(f)
			_ = os.Rename(f+aside, f)
		}
	}
	for _, f := range files {
		if err := os.Rename(f, f+aside); err == nil {
			moved = append(moved, f)
		} else if !errors.Is(err, os.ErrNotExist) {
			restore()
			return c.reopenAfterFailedReset(ctx, o, fmt.Errorf("move %s aside: %w", f, err))
		}
	}
	next, err := Open(ctx, o)
	if err != nil {
		restore()
		return c.reopenAfterFailedReset(ctx, o, err)
	}
	for _, f := range moved {
		if err := os.Remove(f + aside); err != nil {
			c.opts.Log.Warn("removing old demo data", "file", f+aside, "err", err)
		}
	}
	for key, v := range prefs {
		if err := next.DB.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: key, Value: v, UpdatedAt: time.Now().UnixMilli()}); err != nil {
			c.opts.Log.Warn("preference not kept across the demo reset", "key", key, "err", err)
		}
	}
	c.swapIn(next)
	return nil
}

// reopenAfterFailedReset opens the old demo data again after a reset failed, so the window
// keeps working; the reset's error is what the user sees.
func (c *Current) reopenAfterFailedReset(ctx context.Context, o Options, resetErr error) error {
	back, err := Open(ctx, o)
	if err != nil {
		return errors.Join(fmt.Errorf("reset demo data: %w", resetErr), fmt.Errorf("reopen the demo data: %w", err))
	}
	c.swapIn(back)
	return fmt.Errorf("reset demo data: %w", resetErr)
}

// swapIn makes next the current workspace (the old one is already closed) and tells OnReplace.
func (c *Current) swapIn(next *Workspace) {
	c.mu.Lock()
	c.ws = next
	c.mu.Unlock()
	if c.OnReplace != nil {
		c.OnReplace(next)
	}
}
