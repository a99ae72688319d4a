package schedule

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// Job is one installed schedule: which binary runs, for which data folder, when.
type Job struct {
	Binary  string // absolute path of the psa-bridge executable
	DataDir string // absolute path of the (real-mode) data folder
	Setting Setting
}

// NewJob checks that a task can be built from the parts. Both paths must be absolute because the
// OS scheduler starts the task from its own working directory, and the setting must be valid and
// not Off (removing the task is how a schedule is switched off).
func NewJob(binary, dataDir string, s Setting) (Job, error) {
	var errs []error
	if !filepath.IsAbs(binary) {
		errs = append(errs, &FieldError{Field: "binary", Reason: fmt.Sprintf("must be an absolute path, got %q", binary)})
	}
	if !filepath.IsAbs(dataDir) {
		errs = append(errs, &FieldError{Field: "dataDir", Reason: fmt.Sprintf("must be an absolute path, got %q", dataDir)})
	}
	if err := s.Validate(); err != nil {
		errs = append(errs, err)
	} else if s.Frequency == Off {
		errs = append(errs, &FieldError{Field: "frequency", Reason: "is off: remove the task instead of installing one"})
	}
	if err := errors.Join(errs...); err != nil {
		return Job{}, err
	}
	return Job{Binary: filepath.Clean(binary), DataDir: filepath.Clean(dataDir), Setting: s}, nil
}

// Arguments are the command-line arguments the task passes to the binary: --scheduled
// records the run's trigger as "scheduled" in the history. Never --demo: a schedule is for
// real mode only.
func (j Job) Arguments() []string {
	return []string{"sync", "--apply", "--scheduled", "--data-dir", j.DataDir}
}

// commandLine is the binary followed by its arguments.
func (j Job) commandLine() []string { return append([]string{j.Binary}, j.Arguments()...) }

// quotedCommandLine is the command line as one line of words, each quoted by quote (a cron
// line, a systemd ExecStart).
func (j Job) quotedCommandLine(quote func(string) string) string {
	words := j.commandLine()
	for i, w := range words {
		words[i] = quote(w)
	}
	return strings.Join(words, " ")
}

// id tells the tasks of different data folders apart, so that two data folders (a test copy, a
// second ConnectWise site) can each have a schedule. It depends on the data folder only, so the
// task can be found and removed without knowing the setting it was installed with.
func id(dataDir string) string {
	sum := sha256.Sum256([]byte(filepath.Clean(dataDir)))
	return hex.EncodeToString(sum[:])[:10]
}
