package app

import (
	"context"
	"testing"
)

func TestClosingAsksOnlyWhileChangesAreStaged(t *testing.T) {
	a := newTestApp(t, true)
	rec := &recordingEmitter{}
	win := &fakeWindow{}
	a.emitter, a.window = rec, win
	ctx := context.Background()

	if a.BeforeClose(ctx) {
		t.Fatal("nothing staged: the window must close at once")
	}
	a.windowService.SetUnsavedChanges(2)
	if !a.BeforeClose(ctx) {
		t.Fatal("2 staged changes: closing must wait for the user's answer")
	}
	if rec.count(EventCloseRequested) != 1 || rec.data[len(rec.data)-1] != 2 {
		t.Fatalf("the frontend must be asked, with the count: %v %v", rec.events, rec.data)
	}
	if win.quitCount() != 0 {
		t.Fatal("asking must not close the window")
	}

	// Cancel, then Save: the page reports 0 and closing no longer asks.
	a.windowService.SetUnsavedChanges(0)
	if a.BeforeClose(ctx) {
		t.Fatal("saved: the window must close at once")
	}

	// Discard: the user decided, so Close quits and the hook lets it through.
	a.windowService.SetUnsavedChanges(1)
	a.windowService.Close()
	if win.quitCount() != 1 {
		t.Fatalf("Close must quit the window once, quit %d times", win.quitCount())
	}
	if a.BeforeClose(ctx) {
		t.Fatal("after the user chose to close, the hook must not ask again")
	}
	if rec.count(EventCloseRequested) != 1 {
		t.Fatalf("asked again: %v", rec.events)
	}
}
