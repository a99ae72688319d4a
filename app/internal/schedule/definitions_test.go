package schedule

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"
)

func testJob(t *testing.T, f Frequency, day int) Job {
	t.Helper()
	s := Default()
	s.Frequency, s.DayOfMonth, s.Hour, s.Minute = f, day, 3, 7
	job, err := NewJob("/opt/PSA Bridge/psa-bridge", `/home/anna/PSA "Bridge" 100%/data\`, s)
	if err != nil {
		t.Fatal(err)
	}
	return job
}

// parseWindowsCommandLine splits a command line by the CommandLineToArgvW rules, independently
// of windowsQuote, to check that the task passes the arguments unchanged.
func parseWindowsCommandLine(line string) []string {
	var args []string
	var current strings.Builder
	inQuotes, started, backslashes := false, false, 0
	for _, r := range line {
		switch {
		case r == '\\':
			backslashes++
			continue
		case r == '"':
			current.WriteString(strings.Repeat(`\`, backslashes/2))
			if backslashes%2 == 1 {
				current.WriteRune('"')
			} else {
				inQuotes = !inQuotes
			}
			started = true
		case (r == ' ' || r == '\t') && !inQuotes:
			current.WriteString(strings.Repeat(`\`, backslashes))
			if started || current.Len() > 0 {
				args = append(args, current.String())
			}
			current.Reset()
			started = false
		default:
			current.WriteString(strings.Repeat(`\`, backslashes))
			current.WriteRune(r)
			started = true
		}
		backslashes = 0
	}
	current.WriteString(strings.Repeat(`\`, backslashes))
	if started || current.Len() > 0 {
		args = append(args, current.String())
	}
	return args
}

func TestWindowsTaskXMLStructure(t *testing.T) {
	now := time.Date(2026, 5, 30, 12, 0, 0, 0, time.Local)
	for _, c := range []struct {
		frequency Frequency
		day       int
		wantDay   int // 0: daily
		boundary  string
	}{
		{Daily, 0, 0, "2026-05-31T03:07:00"},
		{MonthlyOnDay, 12, 12, "2026-06-12T03:07:00"},
		{WithMonthlyInvoice, 0, InvoiceDay, "2026-06-28T03:07:00"},
	} {
		t.Run(string(c.frequency), func(t *testing.T) {
			job := testJob(t, c.frequency, c.day)
			raw, err := WindowsTaskXML(job, now)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) {
				t.Fatalf("task file starts with % x, want the UTF-16LE byte order mark", raw[:2])
			}
			text, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(text, []byte(`<?xml version="1.0" encoding="UTF-16"?>`)) {
				t.Fatalf("declaration: %q", text[:60])
			}
			var task struct {
				Xmlns   string `xml:"xmlns,attr"`
				Trigger struct {
					StartBoundary string `xml:"StartBoundary"`
					Enabled       bool   `xml:"Enabled"`
					DaysInterval  int    `xml:"ScheduleByDay>DaysInterval"`
					Days          []int  `xml:"ScheduleByMonth>DaysOfMonth>Day"`
					Months        struct {
						Names []xml.Name `xml:",any"`
					} `xml:"ScheduleByMonth>Months"`
				} `xml:"Triggers>CalendarTrigger"`
				Principal struct {
					UserID    string `xml:"UserId"`
					LogonType string `xml:"LogonType"`
					RunLevel  string `xml:"RunLevel"`
				} `xml:"Principals>Principal"`
				Settings struct {
					DisallowStartIfOnBatteries bool   `xml:"DisallowStartIfOnBatteries"`
					StopIfGoingOnBatteries     bool   `xml:"StopIfGoingOnBatteries"`
					StartWhenAvailable         bool   `xml:"StartWhenAvailable"`
					MultipleInstancesPolicy    string `xml:"MultipleInstancesPolicy"`
				} `xml:"Settings"`
				Command   string `xml:"Actions>Exec>Command"`
				Arguments string `xml:"Actions>Exec>Arguments"`
			}
			// The declaration names UTF-16 but the text is decoded already.
			decoder := xml.NewDecoder(bytes.NewReader(text))
			decoder.CharsetReader = func(_ string, input io.Reader) (io.Reader, error) { return input, nil }
			if err := decoder.Decode(&task); err != nil {
				t.Fatalf("task XML does not parse: %v\n%s", err, text)
			}
			if task.Xmlns != "http://schemas.microsoft.com/windows/2004/02/mit/task" {
				t.Errorf("namespace %q", task.Xmlns)
			}
			if task.Trigger.StartBoundary != c.boundary || !task.Trigger.Enabled {
				t.Errorf("trigger start %q enabled %v, want %q", task.Trigger.StartBoundary, task.Trigger.Enabled, c.boundary)
			}
			if c.wantDay == 0 {
				if task.Trigger.DaysInterval != 1 || len(task.Trigger.Days) != 0 {
					t.Errorf("daily trigger: interval %d, days %v", task.Trigger.DaysInterval, task.Trigger.Days)
				}
			} else if !slices.Equal(task.Trigger.Days, []int{c.wantDay}) || len(task.Trigger.Months.Names) != 12 {
				t.Errorf("monthly trigger: days %v, %d months", task.Trigger.Days, len(task.Trigger.Months.Names))
			}
			if task.Principal.UserID != "" || task.Principal.LogonType != "InteractiveToken" || task.Principal.RunLevel != "LeastPrivilege" {
				t.Errorf("principal %+v, want the current user, interactive, least privilege", task.Principal)
			}
			if task.Settings.DisallowStartIfOnBatteries || task.Settings.StopIfGoingOnBatteries || !task.Settings.StartWhenAvailable {
				t.Errorf("settings %+v, want runs on battery and StartWhenAvailable", task.Settings)
			}
			if task.Command != job.Binary {
				t.Errorf("command %q, want %q", task.Command, job.Binary)
			}
			if got := parseWindowsCommandLine(task.Arguments); !slices.Equal(got, job.Arguments()) {
				t.Errorf("arguments %q split into %q, want %q", task.Arguments, got, job.Arguments())
			}
			if strings.Contains(task.Arguments, "--demo") {
				t.Error("a scheduled task must never run in demo mode")
			}
		})
	}
}

func TestLaunchAgentPlistStructure(t *testing.T) {
	for _, c := range []struct {
		frequency Frequency
		day       int
		want      map[string]int
	}{
		{Daily, 0, map[string]int{"Hour": 3, "Minute": 7}},
		{MonthlyOnDay, 9, map[string]int{"Day": 9, "Hour": 3, "Minute": 7}},
		{WithMonthlyInvoice, 0, map[string]int{"Day": InvoiceDay, "Hour": 3, "Minute": 7}},
	} {
		t.Run(string(c.frequency), func(t *testing.T) {
			job := testJob(t, c.frequency, c.day)
			raw, err := LaunchAgentPlist(job)
			if err != nil {
				t.Fatal(err)
			}
			top := parsePlistDict(t, raw)
			if top["Label"] != launchdLabel(job.DataDir) {
				t.Errorf("Label %v", top["Label"])
			}
			args, _ := top["ProgramArguments"].([]any)
			want := append([]string{job.Binary}, job.Arguments()...)
			if len(args) != len(want) {
				t.Fatalf("ProgramArguments %v, want %q", args, want)
			}
			for i := range want {
				if args[i] != want[i] {
					t.Errorf("argument %d = %q, want %q", i, args[i], want[i])
				}
			}
			interval, _ := top["StartCalendarInterval"].(map[string]any)
			if len(interval) != len(c.want) {
				t.Errorf("StartCalendarInterval %v, want %v", interval, c.want)
			}
			for k, v := range c.want {
				if interval[k] != v {
					t.Errorf("StartCalendarInterval[%s] = %v, want %d", k, interval[k], v)
				}
			}
			if top["RunAtLoad"] != false {
				t.Errorf("RunAtLoad %v, want false (installing must not bill)", top["RunAtLoad"])
			}
		})
	}
}

// parsePlistDict reads the plist's top-level dict into Go values (string, int, bool, []any,
// map[string]any), enough for the elements a LaunchAgent uses.
func parsePlistDict(t *testing.T, raw []byte) map[string]any {
	t.Helper()
	decoder := xml.NewDecoder(bytes.NewReader(raw))
	var root struct {
		Version string    `xml:"version,attr"`
		Dict    plistNode `xml:"dict"`
	}
	if err := decoder.Decode(&root); err != nil {
		t.Fatalf("plist does not parse: %v\n%s", err, raw)
	}
	if root.Version != "1.0" {
		t.Errorf("plist version %q", root.Version)
	}
	value, err := root.Dict.value("dict")
	if err != nil {
		t.Fatal(err)
	}
	return value.(map[string]any)
}

type plistNode struct {
	XMLName  xml.Name
	Text     string      `xml:",chardata"`
	Children []plistNode `xml:",any"`
}

func (n plistNode) value(kind string) (any, error) {
	switch kind {
	case "string":
		return n.Text, nil
	case "integer":
		var i int
		_, err := fmt.Sscan(n.Text, &i)
		return i, err
	case "true", "false":
		return kind == "true", nil
	case "array":
		var items []any
		for _, c := range n.Children {
			v, err := c.value(c.XMLName.Local)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
		}
		return items, nil
	case "dict":
		dict := map[string]any{}
		for i := 0; i+1 < len(n.Children); i += 2 {
			if n.Children[i].XMLName.Local != "key" {
				return nil, fmt.Errorf("dict entry %d is <%s>, want <key>", i, n.Children[i].XMLName.Local)
			}
			v, err := n.Children[i+1].value(n.Children[i+1].XMLName.Local)
			if err != nil {
				return nil, err
			}
			dict[n.Children[i].Text] = v
		}
		if len(n.Children)%2 != 0 {
			return nil, fmt.Errorf("dict has a key without a value")
		}
		return dict, nil
	}
	return nil, fmt.Errorf("unexpected plist element <%s>", kind)
}

// parseUnit reads a systemd unit file into section → key → values.
func parseUnit(t *testing.T, text string) map[string]map[string][]string {
	t.Helper()
	sections := map[string]map[string][]string{}
	section := ""
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			sections[section] = map[string][]string{}
		default:
			key, value, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("unit line %d %q is neither a section nor key=value", i+1, line)
			}
			sections[section][key] = append(sections[section][key], value)
		}
	}
	return sections
}

// splitSystemdExec undoes systemdQuote for double-quoted words, independently of it.
func splitSystemdExec(t *testing.T, line string) []string {
	t.Helper()
	var words []string
	for rest := strings.TrimSpace(line); rest != ""; rest = strings.TrimSpace(rest) {
		if rest[0] != '"' {
			t.Fatalf("ExecStart word not quoted: %q", rest)
		}
		var word strings.Builder
		i := 1
		for ; i < len(rest) && rest[i] != '"'; i++ {
			switch {
			case rest[i] == '\\':
				i++
				word.WriteByte(rest[i])
			case rest[i] == '%' || rest[i] == '$':
				if rest[i+1] != rest[i] {
					t.Fatalf("unescaped %c in %q", rest[i], line)
				}
				word.WriteByte(rest[i])
				i++
			default:
				word.WriteByte(rest[i])
			}
		}
		words = append(words, word.String())
		rest = rest[i+1:]
	}
	return words
}

func TestSystemdUnitsStructure(t *testing.T) {
	for _, c := range []struct {
		frequency Frequency
		day       int
		calendar  string
	}{
		{Daily, 0, "*-*-* 03:07:00"},
		{MonthlyOnDay, 4, "*-*-04 03:07:00"},
		{WithMonthlyInvoice, 0, "*-*-28 03:07:00"},
	} {
		t.Run(string(c.frequency), func(t *testing.T) {
			job := testJob(t, c.frequency, c.day)
			serviceText, timerText := SystemdUnits(job)
			service, timer := parseUnit(t, serviceText), parseUnit(t, timerText)
			if got := service["Service"]["Type"]; !slices.Equal(got, []string{"oneshot"}) {
				t.Errorf("Type %v", got)
			}
			exec := service["Service"]["ExecStart"]
			if len(exec) != 1 {
				t.Fatalf("ExecStart %v", exec)
			}
			if got, want := splitSystemdExec(t, exec[0]), append([]string{job.Binary}, job.Arguments()...); !slices.Equal(got, want) {
				t.Errorf("ExecStart runs %q, want %q", got, want)
			}
			if got := timer["Timer"]["OnCalendar"]; !slices.Equal(got, []string{c.calendar}) {
				t.Errorf("OnCalendar %v, want %q", got, c.calendar)
			}
			if got := timer["Timer"]["Persistent"]; !slices.Equal(got, []string{"true"}) {
				t.Errorf("Persistent %v, want true (missed runs catch up)", got)
			}
			if got := timer["Timer"]["Unit"]; !slices.Equal(got, []string{systemdUnit(job.DataDir) + ".service"}) {
				t.Errorf("Unit %v", got)
			}
			if got := timer["Install"]["WantedBy"]; !slices.Equal(got, []string{"timers.target"}) {
				t.Errorf("WantedBy %v", got)
			}
			checkCalendarAgreesWithSystemd(t, job.Setting)
		})
	}
}

// checkCalendarAgreesWithSystemd asks systemd-analyze when the timer's expression next elapses
// and compares it with NextRun, so the two cannot drift apart.
func checkCalendarAgreesWithSystemd(t *testing.T, s Setting) {
	if _, err := exec.LookPath("systemd-analyze"); err != nil {
		t.Log("systemd-analyze not installed; calendar cross-check skipped")
		return
	}
	out, err := exec.Command("systemd-analyze", "calendar", "--iterations=1", SystemdOnCalendar(s)).CombinedOutput()
	if err != nil {
		t.Fatalf("systemd-analyze refuses %q: %v\n%s", SystemdOnCalendar(s), err, out)
	}
	for line := range strings.SplitSeq(string(out), "\n") {
		_, value, ok := strings.Cut(line, "Next elapse:")
		if !ok {
			continue
		}
		fields := strings.Fields(value) // "Mon 2026-12-28 02:00:00 UTC"
		if len(fields) < 3 {
			t.Fatalf("cannot read %q", line)
		}
		got, err := time.ParseInLocation("2006-01-02 15:04:05", fields[1]+" "+fields[2], time.Local)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := NextRun(s, time.Now())
		if !got.Equal(want) {
			t.Errorf("systemd's next elapse %v, NextRun %v", got, want)
		}
		return
	}
	t.Fatalf("no next elapse in systemd-analyze output:\n%s", out)
}

func TestCronBlockAndReplacement(t *testing.T) {
	job := testJob(t, MonthlyOnDay, 6)
	block := CronBlock(job)
	lines := strings.Split(strings.TrimSuffix(block, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("block %q, want begin, entry, end", block)
	}
	fields := strings.Fields(lines[1])
	if got := fields[:5]; !slices.Equal(got, []string{"7", "3", "6", "*", "*"}) {
		t.Errorf("cron time fields %v", got)
	}
	command := strings.Join(fields[5:], " ")
	if strings.Contains(strings.ReplaceAll(command, `\%`, ""), "%") {
		t.Errorf("unescaped %% in cron command %q (cron turns it into a newline)", command)
	}
	// The shell must see the arguments unchanged: let sh split the line (after cron's \% → %).
	if sh, err := exec.LookPath("sh"); err == nil {
		script := "set -- " + strings.ReplaceAll(command, `\%`, "%") + `; for a in "$@"; do printf '%s\0' "$a"; done`
		out, err := exec.Command(sh, "-c", script).Output()
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
		if want := append([]string{job.Binary}, job.Arguments()...); !slices.Equal(got, want) {
			t.Errorf("sh splits the cron command into %q, want %q", got, want)
		}
	}

	other := "MAILTO=ops@example.com\n# keep me\n0 1 * * * /usr/bin/backup --all\n"
	installed := ReplaceCronBlock(other, job.DataDir, block)
	if installed != other+block {
		t.Errorf("install: %q", installed)
	}
	if again := ReplaceCronBlock(installed, job.DataDir, block); again != installed {
		t.Errorf("installing twice changed the crontab: %q", again)
	}
	changed := testJob(t, Daily, 0)
	updated := ReplaceCronBlock(installed, job.DataDir, CronBlock(changed))
	if updated != other+CronBlock(changed) {
		t.Errorf("update: %q", updated)
	}
	if removed := ReplaceCronBlock(updated, job.DataDir, ""); removed != other {
		t.Errorf("remove: %q, want the other lines unchanged", removed)
	}
	foreignBlock := ReplaceCronBlock(other, "/srv/other-data", CronBlock(Job{Binary: "/b", DataDir: "/srv/other-data", Setting: Default()}))
	if got := ReplaceCronBlock(ReplaceCronBlock(foreignBlock, job.DataDir, block), job.DataDir, ""); got != foreignBlock {
		t.Errorf("another data folder's block was touched: %q", got)
	}
	// A begin marker whose end was deleted by hand is not ours to drop.
	begin, _ := cronMarkers(job.DataDir)
	broken := other + begin + "\n0 0 * * * /bin/true\n"
	if got := ReplaceCronBlock(broken, job.DataDir, ""); got != broken {
		t.Errorf("unterminated block dropped lines: %q", got)
	}
	if got := ReplaceCronBlock("0 1 * * * /x", job.DataDir, block); got != "0 1 * * * /x\n"+block {
		t.Errorf("no final newline: %q", got)
	}
}
