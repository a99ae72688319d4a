package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ModeFile remembers whether the user last chose demo data or real accounts. It lives in
// the data folder, not in a database, because it decides which database file opens.
const ModeFile = "mode"

// The two modes, as written in ModeFile.
const (
	ModeDemo = "demo"
	ModeReal = "real"
)

// Start is how a run begins.
type Start struct {
	Demo    bool // open the demo database and sandboxes
	Welcome bool // nothing was ever chosen here: offer demo data or connecting
}

// StartMode decides how this run begins: --demo forces demo mode for the run; otherwise
// the remembered choice wins. With no choice remembered the app opens on demo data (so
// `make run` shows every workflow at once) and shows the welcome; a data folder that
// already has a real database from before the mode file existed stays on real data.
func (o Options) StartMode() (Start, error) {
	if o.Demo {
		return Start{Demo: true}, nil
	}
	mode, err := o.SavedMode()
	switch {
	case err != nil:
		return Start{}, err
	case mode == ModeDemo:
		return Start{Demo: true}, nil
	case mode == ModeReal:
		return Start{}, nil
	case !o.FirstRun():
		return Start{}, nil
	}
	return Start{Demo: true, Welcome: true}, nil
}

// SavedMode returns the remembered mode, or "" when none was chosen yet. A file with
// anything else in it is reported rather than guessed at.
func (o Options) SavedMode() (string, error) {
	b, err := os.ReadFile(filepath.Join(o.DataDir, ModeFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read the remembered mode: %w", err)
	}
	switch m := strings.TrimSpace(string(b)); m {
	case ModeDemo, ModeReal:
		return m, nil
	default:
		return "", fmt.Errorf("%s holds %q; expected %q or %q (delete the file to see the welcome again)",
			filepath.Join(o.DataDir, ModeFile), m, ModeDemo, ModeReal)
	}
}

// SaveMode remembers the mode (demo or not) for the next start. The file is replaced
// atomically so a crash never leaves it half-written.
func (o Options) SaveMode(demo bool) error {
	mode := ModeReal
	if demo {
		mode = ModeDemo
	}
	path := filepath.Join(o.DataDir, ModeFile)
	tmp, err := os.CreateTemp(o.DataDir, ModeFile+".*.tmp")
	if err != nil {
		return fmt.Errorf("remember the mode: %w", err)
	}
	_, werr := tmp.WriteString(mode + "\n")
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("remember the mode: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("remember the mode: %w", err)
	}
	return nil
}
