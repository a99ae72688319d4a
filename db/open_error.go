package db

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Problem is what kept a database file from opening, in terms the recovery window shows.
type Problem string

// The problems Open reports.
const (
	ProblemCorrupt    Problem = "corrupt"    // not a database, or damaged
	ProblemReadOnly   Problem = "read_only"  // the file or its folder cannot be written
	ProblemTooNew     Problem = "too_new"    // written by a newer PSA Bridge
	ProblemUnreadable Problem = "unreadable" // anything else (missing permissions, disk errors)
)

// OpenError says which database file could not be opened and why. The app shows it in a
// window of its own instead of stopping with a message on stderr.
type OpenError struct {
	Path    string
	Problem Problem
	Err     error
}

func (e *OpenError) Error() string {
	return fmt.Sprintf("database %s cannot be opened (%s): %v", e.Path, e.Problem, e.Err)
}

func (e *OpenError) Unwrap() error { return e.Err }

// SchemaTooNewError says the file was written by a newer release whose schema this binary
// does not know: opening it could misread or damage the user's data, so it is refused.
type SchemaTooNewError struct {
	Path    string
	Version int64 // the file's schema version
	Latest  int64 // the newest this binary knows
}

func (e *SchemaTooNewError) Error() string {
	return fmt.Sprintf("%s has schema version %d, but this PSA Bridge knows versions up to %d: it was written by a newer release; install that release (or newer) to open it",
		e.Path, e.Version, e.Latest)
}

// openError wraps a failure to open path in an *OpenError naming its problem.
func openError(path string, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := errors.AsType[*OpenError](err); ok {
		return err
	}
	return &OpenError{Path: path, Problem: problemOf(err), Err: err}
}

func problemOf(err error) Problem {
	if _, ok := errors.AsType[*SchemaTooNewError](err); ok {
		return ProblemTooNew
	}
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return ProblemReadOnly
	}
	if se, ok := errors.AsType[*sqlite.Error](err); ok {
		switch se.Code() & 0xff { // the primary result code
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return ProblemCorrupt
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
			return ProblemReadOnly
		}
	}
	return ProblemUnreadable
}
