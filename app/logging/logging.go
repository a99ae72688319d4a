// Package logging writes the app's structured log (log/slog, JSON lines) to a rotating
// file in the data folder, with every secret redacted before it reaches the disk.
package logging

import (
	"encoding/json"
	"io"
	"log/slog"
	"path/filepath"
	"reflect"
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
var secretKey = regexp.MustCompile(`(?i)(pass(word)?|secret|(private|public)[-_]?key|authorization|token|api[-_]?key|cookie)`)

// secretInText matches secrets that slipped into free text: Basic/Bearer credentials and
// key=value or "key":"value" pairs with a secret-looking key, a URL's token= included.
var secretInText = regexp.MustCompile(`(?i)((?:basic|bearer)\s+)[A-Za-z0-9+/=._~-]+|((?:client[-_]?secret|(?:private|public)[-_]?key|password|[a-z_]*token)["'\\]*\s*[:=]\s*["'\\]*)[^\s"'\\&,}]+`)

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
		v := a.Value.Any()
		if err, ok := v.(error); ok {
			return slog.String(a.Key, RedactText(err.Error()))
		}
		if structured(v) {
			return slog.Any(a.Key, redactStructured(v))
		}
	}
	return a
}

// structured reports a value the JSON handler would write field by field (a struct, map or
// slice, or a pointer to one), where a secret could sit under any field name.
func structured(v any) bool {
	t := reflect.TypeOf(v)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Array:
		return true
	}
	return false
}

// redactStructured goes through the value's JSON form: secret-looking keys at any depth
// lose their values, and string values are redacted as text.
func redactStructured(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return "[unloggable " + reflect.TypeOf(v).String() + "]"
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		return RedactText(string(b))
	}
	return redactValue(generic)
}

func redactValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if secretKey.MatchString(k) {
				x[k] = Redacted
			} else {
				x[k] = redactValue(e)
			}
		}
	case []any:
		for i, e := range x {
			x[i] = redactValue(e)
		}
	case string:
		return RedactText(x)
	}
	return v
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
