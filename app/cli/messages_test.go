package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// Both languages have every key, with the same format verbs in the same order.
func TestMessagesComplete(t *testing.T) {
	for key, en := range messages[English] {
		de, ok := messages[German][key]
		if !ok {
			t.Errorf("German lacks %q", key)
			continue
		}
		if a, b := verb.FindAllString(en, -1), verb.FindAllString(de, -1); !slices.Equal(a, b) {
			t.Errorf("%q: English verbs %v, German %v", key, a, b)
		}
	}
	for key := range messages[German] {
		if _, ok := messages[English][key]; !ok {
			t.Errorf("English lacks %q", key)
		}
	}
}

func TestLanguageFromTheLocale(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{"LANG": "de_DE.UTF-8"}, German},
		{map[string]string{"LANG": "de_AT"}, German},
		{map[string]string{"LANG": "en_US.UTF-8"}, English},
		{map[string]string{"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, English},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "de_CH.UTF-8"}, German},
		{map[string]string{"LANG": "C"}, English},
		{map[string]string{}, English},
	}
	for _, c := range cases {
		if got := unixLang(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %s, want %s", c.env, got, c.want)
		}
	}
}

// A panic inside a command ends with exit code 1 and one line naming a reference that the
// data folder's log holds with the stack; the user sees no stack trace.
func TestPanicBecomesExitOneWithALoggedReference(t *testing.T) {
	commands["explode"] = func(r *runner, ctx context.Context, args []string) error {
		f := r.flags("explode", false)
		if _, err := r.parse(f, args); err != nil {
			return err
		}
		if _, _, err := r.open(ctx, f); err != nil {
			return err
		}
		panic("boom")
	}
	defer delete(commands, "explode")
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := Main([]string{"explode", "--data-dir", dir}, Env{Version: "test", Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return map[string]string{"LANG": "en_US.UTF-8"}[k] }})
	if code != ExitInternal {
		t.Fatalf("exit code %d, want 1", code)
	}
	msg := strings.TrimSpace(stderr.String())
	ref := regexp.MustCompile(`reference ([0-9a-f]{8})`).FindStringSubmatch(msg)
	if ref == nil || strings.Contains(msg, "\n") || strings.Contains(msg, "goroutine") {
		t.Fatalf("stderr %q: want one line with a reference and no stack", msg)
	}
	logs, err := os.ReadFile(filepath.Join(dir, "logs", "psabridge.log"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(logs), ref[1]) || !strings.Contains(string(logs), "goroutine") {
		t.Fatalf("the log lacks reference %s with its stack:\n%s", ref[1], logs)
	}
}
