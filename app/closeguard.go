package app

import (
	"context"
	"sync"
)

// WindowService lets the frontend tell the backend what closing the window would lose, and
// close it once the user has decided. The decision itself is the App's (BeforeClose).
type WindowService struct{ app *App }

// closeGuard remembers whether the page has staged changes and whether the user already
// chose to close anyway; it is the whole decision of BeforeClose.
type closeGuard struct {
	mu      sync.Mutex
	unsaved int  // staged changes the frontend reported
	closing bool // the user chose save-and-close or discard: close without asking
}

// ask reports whether closing must wait for the user's answer.
func (g *closeGuard) ask() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.unsaved > 0 && !g.closing
}

func (g *closeGuard) setUnsaved(n int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.unsaved = max(n, 0)
}

func (g *closeGuard) allowClose() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.closing = true
}

// SetUnsavedChanges tells the backend how many staged changes the page holds (0 after Save
// or Discard), so closing the window asks first.
func (s *WindowService) SetUnsavedChanges(count int) {
	s.app.closeGuard.setUnsaved(count)
}

// Close closes the window without asking again: the user chose to save first (and did) or
// to discard the changes.
func (s *WindowService) Close() {
	s.app.closeGuard.allowClose()
	s.app.mu.RLock()
	win := s.app.window
	s.app.mu.RUnlock()
	win.Quit()
}

// BeforeClose is the Wails OnBeforeClose hook: with staged changes it keeps the window open
// and asks the frontend to offer save / discard / cancel (EventCloseRequested).
func (a *App) BeforeClose(context.Context) (prevent bool) {
	if !a.closeGuard.ask() {
		return false
	}
	a.emit().Emit(EventCloseRequested, a.closeGuard.unsavedCount())
	return true
}

func (g *closeGuard) unsavedCount() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.unsaved
}
