package schedule

import (
	"fmt"
	"strings"
)

// systemdUnit is the base name of the job's .service and .timer user units.
func systemdUnit(dataDir string) string { return "psa-bridge-sync-" + id(dataDir) }

// SystemdOnCalendar is the timer's calendar expression, e.g. "*-*-28 02:00:00".
func SystemdOnCalendar(s Setting) string {
	day := "*"
	if d := s.runDay(); d != 0 {
		day = fmt.Sprintf("%02d", d)
	}
	return fmt.Sprintf("*-*-%s %02d:%02d:00", day, s.Hour, s.Minute)
}

// SystemdUnits are the job's user service and timer. Persistent=true makes systemd start a run
// that was missed while the machine was off or asleep as soon as the timer is active again.
// A user timer runs only while the user has a session unless lingering is enabled
// (`loginctl enable-linger`), which the README explains.
func SystemdUnits(j Job) (service, timer string) {
	unit := systemdUnit(j.DataDir)
	service = strings.Join([]string{
		"[Unit]",
		"Description=PSA Bridge ConnectWise usage sync for " + systemdEscapeSpecifiers(j.DataDir),
		"Wants=network-online.target",
		"After=network-online.target",
		"",
		"[Service]",
		"Type=oneshot",
		"ExecStart=" + j.quotedCommandLine(systemdQuote),
		"",
	}, "\n")
	timer = strings.Join([]string{
		"[Unit]",
		"Description=Schedule of " + unit + ".service",
		"",
		"[Timer]",
		"OnCalendar=" + SystemdOnCalendar(j.Setting),
		"Persistent=true",
		"Unit=" + unit + ".service",
		"",
		"[Install]",
		"WantedBy=timers.target",
		"",
	}, "\n")
	return service, timer
}

// systemdQuote quotes one ExecStart word: inside double quotes a backslash and a quote are
// escaped, "%" starts a unit specifier and "$" a variable, so both are doubled.
func systemdQuote(arg string) string {
	escaped := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", "$$").Replace(systemdEscapeSpecifiers(arg))
	return `"` + escaped + `"`
}

func systemdEscapeSpecifiers(text string) string { return strings.ReplaceAll(text, "%", "%%") }
