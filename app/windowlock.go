package app

import (
	"errors"
	"fmt"

	"psabridge/app/internal/datalock"
)

// WindowOpenError says another window has the data folder open.
type WindowOpenError struct{ DataDir string }

func (e *WindowOpenError) Error() string {
	return fmt.Sprintf("PSA Bridge is already open with the data folder %s: switch to that window", e.DataDir)
}

func (e *WindowOpenError) Unwrap() error { return datalock.ErrWindowOpen }

// LockWindow takes the data folder's window lock. main takes it before anything opens the
// database and holds it while a window is open (the app's or the recovery window), so a
// second window on the same folder is refused even where Wails' single-instance lock does
// nothing (Linux without D-Bus). A command line takes none: it shares the database with
// the window (WAL, the migration lock, the sync lock).
func LockWindow(dataDir string) (release func() error, err error) {
	l, err := datalock.Window(dataDir)
	if errors.Is(err, datalock.ErrWindowOpen) {
		return nil, &WindowOpenError{DataDir: dataDir}
	}
	if err != nil {
		return nil, err
	}
	return l.Release, nil
}
