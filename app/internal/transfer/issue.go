package transfer

import (
	"fmt"
	"strings"
)

// Issue is one problem in an import file. Line is the file line (CSV) or row (XLSX), 1 being the
// header; Column is 1-based, 0 when the problem is the whole line or file. Code is stable for the
// window to translate; Message is English for the command line and logs.
type Issue struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Field   string `json:"field"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (i Issue) String() string {
	switch {
	case i.Line == 0:
		return i.Message
	case i.Column == 0:
		return fmt.Sprintf("line %d: %s", i.Line, i.Message)
	case i.Field != "":
		return fmt.Sprintf("line %d, column %d (%s): %s", i.Line, i.Column, i.Field, i.Message)
	}
	return fmt.Sprintf("line %d, column %d: %s", i.Line, i.Column, i.Message)
}

// Issue codes.
const (
	CodeTooLarge        = "too_large"
	CodeNotUTF8         = "not_utf8"
	CodeUnreadable      = "unreadable"
	CodeUnknownKind     = "unknown_kind"
	CodeMissingColumn   = "missing_column"
	CodeDuplicateColumn = "duplicate_column"
	CodeWrongCellCount  = "wrong_cell_count"
	CodeRequired        = "required"
	CodeBadValue        = "bad_value"
	CodeUnknownID       = "unknown_id"
	CodeWrongCompany    = "agreement_not_of_company"
	CodeSyncUnmapped    = "sync_without_mapping"
	CodeDuplicateRow    = "duplicate_row"
	CodeNameDiffers     = "name_differs" // a warning
	CodeMoreProblems    = "more_problems"
)

// maxIssues bounds the list for a file of junk; the last entry says how many more there were.
const maxIssues = 500

// ImportError is a rejected file: nothing was imported. Issues lists every error found.
type ImportError struct {
	Issues []Issue
}

func (e *ImportError) Error() string {
	lines := make([]string, 0, len(e.Issues)+1)
	lines = append(lines, fmt.Sprintf("import rejected, nothing changed: %d problem(s)", len(e.Issues)))
	for _, issue := range e.Issues {
		lines = append(lines, "  "+issue.String())
	}
	return strings.Join(lines, "\n")
}

// issues collects problems up to maxIssues.
type issues struct {
	list    []Issue
	dropped int
}

func (l *issues) add(line, column int, field, code, format string, args ...any) {
	if len(l.list) >= maxIssues {
		l.dropped++
		return
	}
	l.list = append(l.list, Issue{Line: line, Column: column, Field: field, Code: code, Message: fmt.Sprintf(format, args...)})
}

// err is nil without problems, else an *ImportError with all of them.
func (l *issues) err() error {
	if len(l.list) == 0 {
		return nil
	}
	all := l.list
	if l.dropped > 0 {
		all = append(all, Issue{Code: CodeMoreProblems, Message: fmt.Sprintf("… and %d more problem(s) not listed", l.dropped)})
	}
	return &ImportError{Issues: all}
}
