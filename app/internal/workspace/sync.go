package workspace

import (
	"fmt"

	"psabridge/app/internal/datalock"
	"psabridge/app/internal/usagesync"
)

// SyncLock is the data folder's sync lock: the window, the command line and a scheduled
// run on the same folder sync one at a time.
func (w *Workspace) SyncLock() datalock.SyncLock { return datalock.SyncLock{Dir: w.dataDir} }

// SyncEngine is the usage sync engine on the workspace's database and ConnectWise, holding
// the data folder's sync lock. actor names who runs it (the OS user) in the history.
func (w *Workspace) SyncEngine(actor string) (*usagesync.Engine, error) {
	if w.ConnectWise == nil {
		return nil, fmt.Errorf("usage sync: ConnectWise: %w", ErrNotConnected)
	}
	return &usagesync.Engine{DB: w.DB, CW: w.ConnectWise, Actor: actor, Lock: w.SyncLock()}, nil
}
