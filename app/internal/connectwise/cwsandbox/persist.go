package cwsandbox

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
)

// savedState is what a sandbox with a StateFile keeps across restarts: the rows API
// writes can change (catalog, agreements, additions) and the next ids, so an id is never
// handed out twice. Setup tables and companies are fixed demo data and rebuilt on start.
type savedState struct {
	Version    int            `json:"version"`
	Catalog    []*catalogItem `json:"catalog"`
	Agreements []*agreement   `json:"agreements"`
	Additions  []*addition    `json:"additions"`
	NextIDs    map[string]int `json:"nextIds"`
}

const stateVersion = 1

// loadState replaces the tenant's changeable rows with those saved in path. A missing
// file is not an error: the sandbox starts from its seed data and creates the file on
// the first write.
func (s *Server) loadState(path string) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cwsandbox: read state file: %w", err)
	}
	var st savedState
	if err := json.Unmarshal(b, &st); err != nil {
		return fmt.Errorf("cwsandbox: state file %s is damaged: %w", path, err)
	}
	if st.Version != stateVersion {
		return fmt.Errorf("cwsandbox: state file %s has version %d, want %d", path, st.Version, stateVersion)
	}
	s.t.catalog = newTable[*catalogItem](nil)
	s.t.identifiers = make(map[string]int, len(st.Catalog))
	for _, it := range st.Catalog {
		s.t.putItem(it)
	}
	s.t.agreements = newTable(st.Agreements)
	s.t.additions = newTable(st.Additions)
	for k, v := range st.NextIDs {
		s.nextIDs[k] = max(s.nextIDs[k], v)
	}
	return nil
}

// saveState writes the changeable rows to opts.StateFile, atomically: a temporary file
// in the same folder is written, synced and renamed over the old one, so a crash leaves
// either the old or the new state, never half a file. The caller holds s.mu.
func (s *Server) saveState() error {
	path := s.opts.StateFile
	if path == "" {
		return nil
	}
	b, err := json.Marshal(savedState{Version: stateVersion, Catalog: s.t.catalog.rows,
		Agreements: s.t.agreements.rows, Additions: s.t.additions.rows, NextIDs: s.nextIDs})
	if err != nil {
		return fmt.Errorf("cwsandbox: encode state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cwsandbox: save state: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("cwsandbox: save state: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("cwsandbox: save state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cwsandbox: save state: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cwsandbox: save state: %w", err)
	}
	return nil
}

// saveAndReply writes the state after a change made through the API, then answers status
// with v (no body when v is nil). When saving fails it answers 500 instead: the change stays
// in memory but a restart would lose it.
func (s *Server) saveAndReply(w http.ResponseWriter, status int, v any) {
	if err := s.saveState(); err != nil {
		writeError(w, http.StatusInternalServerError, errorBody{Code: "ConnectWiseApi", Message: err.Error()})
		return
	}
	if v == nil {
		w.WriteHeader(status)
		return
	}
	s.reply(w, status, v)
}
