package app

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Window is the part of the window the backend changes: its title, which says "Demo" in
// demo mode so even the task bar shows which data the user is looking at, and closing it
// once the user decided what happens to unsaved changes.
type Window interface {
	SetTitle(title string)
	quitter
}

// quitter ends the app: the recovery window's "Quit" and "Restart".
type quitter interface{ Quit() }

// wailsWindow is the running window, through the Wails runtime (the only other file that
// imports it is events.go).
type wailsWindow struct{ ctx context.Context }

func (w wailsWindow) SetTitle(title string) { runtime.WindowSetTitle(w.ctx, title) }

func (w wailsWindow) Quit() { runtime.Quit(w.ctx) }

// noWindow is used until the window is up and in tests.
type noWindow struct{}

func (noWindow) SetTitle(string) {}

func (noWindow) Quit() {}
