package schedule

import (
	"bytes"
	"encoding/xml"
	"strconv"
)

// launchdLabel is the LaunchAgent's label and, with ".plist", its file name.
func launchdLabel(dataDir string) string { return "com.psabridge.sync." + id(dataDir) }

// LaunchAgentPlist is the launchd property list of the job, for ~/Library/LaunchAgents. launchd
// runs a StartCalendarInterval job that was missed while the Mac slept once it wakes (but not one
// missed while it was switched off), and never runs two instances of one label at a time.
func LaunchAgentPlist(j Job) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">` + "\n")
	b.WriteString("<plist version=\"1.0\">\n<dict>\n")
	key := func(name string) { b.WriteString("  <key>" + name + "</key>\n") }
	text := func(indent, element, value string) error {
		b.WriteString(indent + "<" + element + ">")
		if err := xml.EscapeText(&b, []byte(value)); err != nil {
			return err
		}
		b.WriteString("</" + element + ">\n")
		return nil
	}
	key("Label")
	if err := text("  ", "string", launchdLabel(j.DataDir)); err != nil {
		return nil, err
	}
	key("ProgramArguments")
	b.WriteString("  <array>\n")
	for _, arg := range j.commandLine() {
		if err := text("    ", "string", arg); err != nil {
			return nil, err
		}
	}
	b.WriteString("  </array>\n")
	key("StartCalendarInterval")
	b.WriteString("  <dict>\n")
	interval := [][2]string{{"Hour", strconv.Itoa(j.Setting.Hour)}, {"Minute", strconv.Itoa(j.Setting.Minute)}}
	if day := j.Setting.runDay(); day != 0 {
		interval = append([][2]string{{"Day", strconv.Itoa(day)}}, interval...)
	}
	for _, kv := range interval {
		b.WriteString("    <key>" + kv[0] + "</key>\n    <integer>" + kv[1] + "</integer>\n")
	}
	b.WriteString("  </dict>\n")
	key("RunAtLoad")
	b.WriteString("  <false/>\n")
	key("ProcessType")
	b.WriteString("  <string>Background</string>\n")
	b.WriteString("</dict>\n</plist>\n")
	return b.Bytes(), nil
}
