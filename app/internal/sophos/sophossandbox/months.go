package sophossandbox

import (
	"fmt"
	"time"
)

// yearMonth is one billing month.
type yearMonth struct{ year, month int }

func monthOf(t time.Time) yearMonth { return yearMonth{t.Year(), int(t.Month())} }

func (m yearMonth) String() string { return fmt.Sprintf("%04d-%02d", m.year, m.month) }

// add moves n months forward (or back for negative n).
func (m yearMonth) add(n int) yearMonth {
	i := m.year*12 + (m.month - 1) + n
	return yearMonth{i / 12, i%12 + 1}
}

func (m yearMonth) firstDay() string { return fmt.Sprintf("%04d-%02d-01", m.year, m.month) }

func (m yearMonth) lastDay() string {
	last := time.Date(m.year, time.Month(m.month)+1, 0, 0, 0, 0, 0, time.UTC)
	return last.Format("2006-01-02")
}
