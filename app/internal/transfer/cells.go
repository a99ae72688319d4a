package transfer

import (
	"strconv"
	"strings"
)

// rowReader reads typed values from a row's cells, recording a problem for each bad one.
type rowReader struct {
	table    Table
	row      Row
	problems *issues
	bad      map[int]bool // cells that had a problem
}

func (r *rowReader) fail(i int, code, format string, args ...any) {
	if r.bad == nil {
		r.bad = map[int]bool{}
	}
	r.bad[i] = true
	r.problems.add(r.row.Line, r.table.column(i), r.table.Header[i], code, format, args...)
}

// ok reports whether cell i was read without a problem.
func (r *rowReader) ok(i int) bool { return !r.bad[i] }

// valid reports whether every cell read so far was fine.
func (r *rowReader) valid() bool { return len(r.bad) == 0 }

// required is a cell that must not be empty.
func (r *rowReader) required(i int) string {
	text := r.row.Cells[i]
	if text == "" {
		r.fail(i, CodeRequired, "must not be empty")
	}
	return text
}

// id is an optional ConnectWise id: empty (0) or a positive whole number.
func (r *rowReader) id(i int) int64 {
	text := r.row.Cells[i]
	if text == "" {
		return 0
	}
	id, err := strconv.ParseInt(text, 10, 64)
	if err != nil || id <= 0 {
		r.fail(i, CodeBadValue, "%q is not an id (a positive whole number)", text)
		return 0
	}
	return id
}

// sync is "on" or "off"; nil when it is neither.
func (r *rowReader) sync(i int) *bool {
	switch strings.ToLower(r.row.Cells[i]) {
	case "on":
		on := true
		return &on
	case "off":
		off := false
		return &off
	}
	r.fail(i, CodeBadValue, "%q must be on or off", r.row.Cells[i])
	return nil
}
