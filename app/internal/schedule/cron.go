package schedule

import (
	"fmt"
	"strings"
)

// cronMarkers are the lines around the job's block in the user's crontab. Only the lines between
// a matching pair are ever replaced or removed; every other line stays as it was.
func cronMarkers(dataDir string) (begin, end string) {
	return "# BEGIN psa-bridge sync " + id(dataDir) + " (managed by PSA Bridge; do not edit)",
		"# END psa-bridge sync " + id(dataDir)
}

// CronBlock is the job's managed crontab block, marker lines included. cron does not catch up on
// a run missed while the machine was off; the README says so and recommends systemd where present.
func CronBlock(j Job) string {
	day := "*"
	if d := j.Setting.runDay(); d != 0 {
		day = fmt.Sprint(d)
	}
	begin, end := cronMarkers(j.DataDir)
	return fmt.Sprintf("%s\n%d %d %s * * %s\n%s\n", begin, j.Setting.Minute, j.Setting.Hour, day, j.quotedCommandLine(cronQuote), end)
}

// cronQuote single-quotes a word for /bin/sh. In a crontab line an unescaped "%" ends the
// command (the rest becomes its standard input), so it is escaped even inside quotes.
func cronQuote(word string) string {
	quoted := "'" + strings.ReplaceAll(word, "'", `'\''`) + "'"
	return strings.ReplaceAll(quoted, "%", `\%`)
}

// ReplaceCronBlock returns crontab with the data folder's managed block replaced by newBlock
// (or removed when newBlock is empty), appended at the end when there was none. Lines outside the
// markers are kept byte for byte.
func ReplaceCronBlock(crontab, dataDir, newBlock string) string {
	begin, end := cronMarkers(dataDir)
	lines := strings.SplitAfter(crontab, "\n")
	var kept, block strings.Builder // block holds a managed block until its end marker is seen
	inside := false
	for _, line := range lines {
		trimmed := strings.TrimRight(line, "\r\n")
		switch {
		case trimmed == begin:
			// A second begin while inside means the first lost its end marker: keep those lines.
			kept.WriteString(block.String())
			block.Reset()
			inside = true
			block.WriteString(line)
		case inside && trimmed == end:
			inside = false
			block.Reset()
		case inside:
			block.WriteString(line)
		default:
			kept.WriteString(line)
		}
	}
	// A begin marker without its end (an edit by hand) is not ours to drop: keep those lines.
	kept.WriteString(block.String())
	result := kept.String()
	if newBlock == "" {
		return result
	}
	if result != "" && !strings.HasSuffix(result, "\n") {
		result += "\n"
	}
	return result + newBlock
}
