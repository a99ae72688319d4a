// Package logging writes the app's structured log (log/slog, JSON lines) to a rotating
// file in the data folder, with every secret redacted before it reaches the disk.
package logging

import (
	"io"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/natefinch/lumberjack.v2"
)

// FileName is the current log file inside the log folder; rotated files sit beside it.
const FileName = "psabridge.log"

// Open returns a logger writing to dir/psabridge.log (rotated at 10 MB, 5 files, 30 days)
// and the closer for the file.
func Open(dir string, level slog.Level) (*slog.Logger, io.Closer) {
	file := &lumberjack.Logger{
		Filename: filepath.Join(dir, FileName), MaxSize: 10, MaxBackups: 5, MaxAge: 30, LocalTime: false,
	}
	return New(file, level), file
}

// New returns a redacting JSON logger on w.
func New(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level, ReplaceAttr: redactAttr}))
}

// secretKey matches attribute names whose values are secrets, whatever their case or
// separator: password, private_key, privateKey, client-secret, authorization, token …
var secretKey = regexp.MustCompile(`(?i)(pass(word)?|secret|private[-_]?key|authorization|token|api[-_]?key|cookie)`)

// secretInText matches secrets that slipped into free text: Basic/Bearer credentials and
// key=value pairs with a secret-looking key.
var secretInText = regexp.MustCompile(`(?i)((?:basic|bearer)\s+)[A-Za-z0-9+/=._~-]+|((?:client_secret|private_?key|password|access_token|refresh_token)["']?\s*[:=]\s*["']?)[^\s"'&,}]+`)

// Redacted replaces a secret value.
const Redacted = "[REDACTED]"

func redactAttr(_ []string, a slog.Attr) slog.Attr {
	if secretKey.MatchString(a.Key) {
		return slog.String(a.Key, Redacted)
	}
	switch a.Value.Kind() {
	case slog.KindString:
		return slog.String(a.Key, RedactText(a.Value.String()))
	case slog.KindAny:
		if err, ok := a.Value.Any().(error); ok {
			return slog.String(a.Key, RedactText(err.Error()))
		}
	}
	return a
}

// RedactText removes credentials from free text such as an error message or a header dump.
func RedactText(s string) string {
	if !strings.ContainsAny(s, ":= ") {
		return s
	}
	return secretInText.ReplaceAllStringFunc(s, func(m string) string {
		sub := secretInText.FindStringSubmatch(m)
		prefix := sub[1] + sub[2]
		return prefix + Redacted
	})
}
