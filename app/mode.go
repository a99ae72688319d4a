package app

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"psabridge/db/dbsqlc"
)

// uiSettings are preferences, not data: they follow the user across a mode switch so the
// language and theme do not change when the other database opens.
var uiSettings = []string{settingLanguage, settingTheme}

// switchMode opens the other database (demo or real) in-process, makes it current, closes
// the old one and remembers the choice for the next start. Choosing the mode that is
// already open only remembers it (the welcome's "use demo data").
func (a *App) switchMode(ctx context.Context, demo bool) error {
	a.modeMu.Lock()
	defer a.modeMu.Unlock()
	if a.session().demo != demo {
		if err := a.replaceSession(ctx, demo); err != nil {
			return err
		}
		a.opts.Log.Info("mode switched", "demo", demo, "database", a.session().db.Path())
	}
	if err := a.opts.Config.SaveMode(demo); err != nil {
		return err
	}
	a.welcome.Store(false)
	return nil
}

// reconnect reopens the real session after its account settings changed, so every
// client (and any refresh running on the old credentials) follows the new settings.
// Sessions never change once open, which keeps them free of locks.
func (a *App) reconnect(ctx context.Context) error {
	a.modeMu.Lock()
	defer a.modeMu.Unlock()
	if a.session().demo {
		return nil
	}
	return a.replaceSession(ctx, false)
}

// replaceSession opens a session for demo (or real) data and swaps it in; the caller
// holds modeMu. Calls already running on the old session may fail as it closes.
func (a *App) replaceSession(ctx context.Context, demo bool) error {
	old := a.session()
	o := a.opts
	o.Config.Demo = demo
	next, err := openSession(ctx, o)
	if err != nil {
		return err
	}
	if old.demo != demo {
		if err := carryOver(ctx, old.db.Queries(), next.db.Queries()); err != nil {
			a.opts.Log.Warn("preferences not carried over to the other mode", "err", err)
		}
	}
	a.mu.Lock()
	a.current = next
	win, up := a.window, a.windowUp
	a.mu.Unlock()
	if err := old.close(); err != nil {
		a.opts.Log.Warn("closing the previous session", "err", err)
	}
	win.SetTitle(a.Title())
	if up {
		// What the window's start does for the first session: bring a stale catalog up to
		// date and read recent Sophos usage, now with the new data or credentials.
		a.autoRefreshCatalog()
		a.discoverProducts()
	}
	return nil
}

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
