package app

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"psabridge/app/config"
)

func TestLayoutProbeIsOffUnlessAskedAndReportsToTheLog(t *testing.T) {
	var logged bytes.Buffer
	dir := t.TempDir()
	a, err := New(context.Background(), Options{
		Config: config.Options{DataDir: dir, Demo: true, LayoutProbe: "configure"},
		Log:    slog.New(slog.NewJSONHandler(&logged, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if got := a.settings.LayoutProbe(); got != "configure" {
		t.Fatalf("LayoutProbe = %q, want configure", got)
	}
	a.settings.ReportLayout(LayoutReport{Page: "configure", Width: 900, Height: 600,
		Problems: []string{"toolbar: Filter overlaps Speichern", "table runs 40px past the right edge"}})
	line := logged.String()
	for _, want := range []string{`"msg":"layout probe"`, `"width":900`, `"height":600`, `"problems":2`, `Filter overlaps Speichern`} {
		if !strings.Contains(line, want) {
			t.Errorf("log lacks %s:\n%s", want, line)
		}
	}

	plain := newTestApp(t, true)
	if got := plain.settings.LayoutProbe(); got != "" {
		t.Errorf("without the flag LayoutProbe = %q, want empty", got)
	}
}
