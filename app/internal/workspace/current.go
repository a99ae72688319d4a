package workspace

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"time"

	"psabridge/db/dbsqlc"
)

// Current holds the open workspace and replaces it when the user switches between demo
// and real data or changes an account. Callers look it up on every call (Get) and must not
// keep it beyond one; work still running on a replaced workspace may fail as it closes.
type Current struct {
	opts Options
	// OnReplace runs after a new workspace took over and the old one closed (the window
	// retitles itself and restarts background work); set it before the first switch.
	OnReplace func(next *Workspace)

	mu       sync.RWMutex
	ws       *Workspace
	switchMu sync.Mutex // one switch or reconnect at a time
}

// OpenCurrent opens the workspace o asks for and holds it.
func OpenCurrent(ctx context.Context, o Options) (*Current, error) {
	w, err := Open(ctx, o)
	if err != nil {
		return nil, err
	}
	return &Current{opts: o, ws: w}, nil
}

// Get returns the open workspace (nil after Close).
func (c *Current) Get() *Workspace {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.ws
}

// Options are the options the workspaces are opened with (Config.Demo aside).
func (c *Current) Options() Options { return c.opts }

// Switch opens the demo (or real) workspace and makes it current, carrying the UI
// preferences over; choosing the one already open changes nothing. switched says whether
// a new workspace was opened.
func (c *Current) Switch(ctx context.Context, demo bool) (switched bool, err error) {
	c.switchMu.Lock()
	defer c.switchMu.Unlock()
	if c.Get().Demo == demo {
		return false, nil
	}
	return true, c.replace(ctx, demo)
}

// Reconnect reopens the real workspace after its account settings changed, so every
// client (and any refresh running on the old credentials) follows the new settings. In
// demo mode it does nothing.
func (c *Current) Reconnect(ctx context.Context) error {
	c.switchMu.Lock()
	defer c.switchMu.Unlock()
	if c.Get().Demo {
		return nil
	}
	return c.replace(ctx, false)
}

// replace opens a workspace for demo (or real) data and swaps it in; the caller holds switchMu.
func (c *Current) replace(ctx context.Context, demo bool) error {
	old := c.Get()
	o := c.opts
	o.Config.Demo = demo
	next, err := Open(ctx, o)
	if err != nil {
		return err
	}
	if old.Demo != demo {
		if err := carryOver(ctx, old.DB.Queries(), next.DB.Queries()); err != nil {
			c.opts.Log.Warn("preferences not carried over to the other mode", "err", err)
		}
	}
	c.mu.Lock()
	c.ws = next
	c.mu.Unlock()
	if err := old.Close(); err != nil {
		c.opts.Log.Warn("closing the previous workspace", "err", err)
	}
	if c.OnReplace != nil {
		c.OnReplace(next)
	}
	return nil
}

// Close closes the open workspace.
func (c *Current) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ws == nil {
		return nil
	}
	err := c.ws.Close()
	c.ws = nil
	return err
}

// UI preferences, kept in app_settings of each database.
const (
	SettingLanguage = "ui.language"
	SettingTheme    = "ui.theme"
)

// uiSettings are preferences, not data: they follow the user across a mode switch so the
// language and theme do not change when the other database opens.
var uiSettings = []string{SettingLanguage, SettingTheme}

// carryOver copies the UI preferences from one database to the other.
func carryOver(ctx context.Context, from, to *dbsqlc.Queries) error {
	var errs []error
	for _, key := range uiSettings {
		v, err := from.GetSetting(ctx, key)
		if errors.Is(err, sql.ErrNoRows) {
			if err := to.DeleteSetting(ctx, key); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, to.PutSetting(ctx, dbsqlc.PutSettingParams{Key: key, Value: v, UpdatedAt: time.Now().UnixMilli()}))
	}
	return errors.Join(errs...)
}
