package schedule

import (
	"bytes"
	"encoding/xml"
	"strings"
	"time"

	"golang.org/x/text/encoding/unicode"
)

// windowsTaskName is the task's name in the Task Scheduler library root. The root, not a folder
// of our own: a standard user may create tasks there without administrator rights.
func windowsTaskName(dataDir string) string { return "PSA Bridge sync " + id(dataDir) }

// The Task Scheduler schema (version 1.2, Windows 7 and later), reduced to what the task uses.
// Element order follows the schema's sequences.
type winTask struct {
	XMLName          xml.Name        `xml:"Task"`
	Version          string          `xml:"version,attr"`
	Xmlns            string          `xml:"xmlns,attr"`
	RegistrationInfo winRegistration `xml:"RegistrationInfo"`
	Triggers         winTriggers     `xml:"Triggers"`
	Principals       winPrincipals   `xml:"Principals"`
	Settings         winSettings     `xml:"Settings"`
	Actions          winActions      `xml:"Actions"`
}

type winRegistration struct {
	Author      string `xml:"Author"`
	Description string `xml:"Description"`
}

type winTriggers struct {
	CalendarTrigger winCalendarTrigger `xml:"CalendarTrigger"`
}

type winCalendarTrigger struct {
	StartBoundary   string           `xml:"StartBoundary"`
	Enabled         bool             `xml:"Enabled"`
	ScheduleByDay   *winByDay        `xml:"ScheduleByDay,omitempty"`
	ScheduleByMonth *winScheduleByMo `xml:"ScheduleByMonth,omitempty"`
}

type winByDay struct {
	DaysInterval int `xml:"DaysInterval"`
}

type winScheduleByMo struct {
	DaysOfMonth []int     `xml:"DaysOfMonth>Day"`
	Months      winMonths `xml:"Months"`
}

// winMonths lists all twelve months as empty elements (<January/> …), which is how the schema
// says "every month".
type winMonths struct {
	January, February, March, April, May, June, July, August, September, October, November, December struct{}
}

type winPrincipals struct {
	Principal winPrincipal `xml:"Principal"`
}

// winPrincipal without a UserId makes schtasks register the task for the user who runs it.
// InteractiveToken runs it only while that user is logged on, with their keychain (Credential
// Manager) available and without storing a password or needing administrator rights.
type winPrincipal struct {
	ID        string `xml:"id,attr"`
	LogonType string `xml:"LogonType"`
	RunLevel  string `xml:"RunLevel"`
}

type winSettings struct {
	MultipleInstancesPolicy    string `xml:"MultipleInstancesPolicy"`
	DisallowStartIfOnBatteries bool   `xml:"DisallowStartIfOnBatteries"`
	StopIfGoingOnBatteries     bool   `xml:"StopIfGoingOnBatteries"`
	StartWhenAvailable         bool   `xml:"StartWhenAvailable"`
	RunOnlyIfNetworkAvailable  bool   `xml:"RunOnlyIfNetworkAvailable"`
	ExecutionTimeLimit         string `xml:"ExecutionTimeLimit"`
	Enabled                    bool   `xml:"Enabled"`
}

type winActions struct {
	Context string  `xml:"Context,attr"`
	Exec    winExec `xml:"Exec"`
}

type winExec struct {
	Command   string `xml:"Command"`
	Arguments string `xml:"Arguments"`
}

// WindowsTaskXML is the Task Scheduler definition of the job, encoded as UTF-16LE with a byte
// order mark, which is what `schtasks.exe /Create /XML FILE` expects (a UTF-8 file with an
// encoding="UTF-16" declaration is refused). The first run is the next one after now; Task
// Scheduler wants a start date, and one in the past would make StartWhenAvailable start a
// "missed" run right after installing.
func WindowsTaskXML(j Job, now time.Time) ([]byte, error) {
	first, _ := NextRun(j.Setting, now)
	trigger := winCalendarTrigger{StartBoundary: first.Format("2006-01-02T15:04:05"), Enabled: true}
	if day := j.Setting.runDay(); day != 0 {
		trigger.ScheduleByMonth = &winScheduleByMo{DaysOfMonth: []int{day}}
	} else {
		trigger.ScheduleByDay = &winByDay{DaysInterval: 1}
	}
	task := winTask{
		Version: "1.2",
		Xmlns:   "http://schemas.microsoft.com/windows/2004/02/mit/task",
		RegistrationInfo: winRegistration{
			Author:      "PSA Bridge",
			Description: "PSA Bridge: ConnectWise usage sync for " + j.DataDir,
		},
		Triggers:   winTriggers{CalendarTrigger: trigger},
		Principals: winPrincipals{Principal: winPrincipal{ID: "Author", LogonType: "InteractiveToken", RunLevel: "LeastPrivilege"}},
		Settings: winSettings{
			MultipleInstancesPolicy:    "IgnoreNew", // the data folder's lock refuses overlaps anyway
			DisallowStartIfOnBatteries: false,       // laptops bill too
			StopIfGoingOnBatteries:     false,
			StartWhenAvailable:         true, // a run missed while asleep or off runs at the next chance
			RunOnlyIfNetworkAvailable:  false,
			ExecutionTimeLimit:         "PT2H",
			Enabled:                    true,
		},
		Actions: winActions{Context: "Author", Exec: winExec{Command: j.Binary, Arguments: windowsCommandLine(j.Arguments())}},
	}
	var text bytes.Buffer
	text.WriteString(`<?xml version="1.0" encoding="UTF-16"?>` + "\n")
	encoder := xml.NewEncoder(&text)
	encoder.Indent("", "  ")
	if err := encoder.Encode(task); err != nil {
		return nil, err
	}
	return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(text.Bytes())
}

// windowsCommandLine joins arguments the way CommandLineToArgvW (and Go's os.Args on Windows)
// splits them again: quotes around arguments with spaces, backslashes doubled only before a
// quote. syscall.EscapeArg does this but exists only in Windows builds, and the definition is
// generated and tested on every OS.
func windowsCommandLine(args []string) string {
	quoted := make([]string, len(args))
	for i, arg := range args {
		quoted[i] = windowsQuote(arg)
	}
	return strings.Join(quoted, " ")
}

func windowsQuote(arg string) string {
	if arg != "" && !strings.ContainsAny(arg, " \t\"") {
		return arg
	}
	var b strings.Builder
	b.WriteByte('"')
	backslashes := 0
	for _, r := range arg {
		switch r {
		case '\\':
			backslashes++
			continue
		case '"':
			b.WriteString(strings.Repeat(`\`, 2*backslashes+1))
		default:
			b.WriteString(strings.Repeat(`\`, backslashes))
		}
		backslashes = 0
		b.WriteRune(r)
	}
	b.WriteString(strings.Repeat(`\`, 2*backslashes)) // before the closing quote
	b.WriteByte('"')
	return b.String()
}
