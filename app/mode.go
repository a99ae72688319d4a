package app

// switchMode opens the other database (demo or real), makes it current, closes the old
// one and remembers the choice for the next start. Choosing the mode that is already open
// only remembers it (the welcome's "use demo data").
func (a *App) switchMode(demo bool) error {
	a.modeMu.Lock()
	defer a.modeMu.Unlock()
	switched, err := a.current.Switch(a.life, demo)
	if err != nil {
		return err
	}
	if switched {
		a.opts.Log.Info("mode switched", "demo", demo, "database", a.ws().DB.Path())
	}
	if err := a.opts.Config.SaveMode(demo); err != nil {
		return err
	}
	a.welcome.Store(false)
	return nil
}

// reconnect reopens the real workspace after its account settings changed.
func (a *App) reconnect() error {
	a.modeMu.Lock()
	defer a.modeMu.Unlock()
	return a.current.Reconnect(a.life)
}
