package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"psabridge/app/config"
	"psabridge/app/internal/jobs"
	"time"
)

// newTestApp opens an App on a fresh data folder, as main does.
func newTestApp(t *testing.T, demo bool) *App {
	t.Helper()
	a, err := New(context.Background(), Options{
		Config:  config.Options{DataDir: t.TempDir(), Demo: demo},
		Version: "test",
		Log:     slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// recordingEmitter collects events, for asserting progress reports.
type recordingEmitter struct {
	mu     sync.Mutex
	events []string
	data   []any
}

func (r *recordingEmitter) Emit(name string, data any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, name)
	r.data = append(r.data, data)
}

func (r *recordingEmitter) count(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, e := range r.events {
		if e == name {
			n++
		}
	}
	return n
}

func TestPreferencesAreRemembered(t *testing.T) {
	a := newTestApp(t, false)
	p, err := a.settings.Preferences()
	if err != nil || p.Language != "" || p.Theme != "system" {
		t.Fatalf("defaults %+v %v", p, err)
	}
	if err := a.settings.SetLanguage("de"); err != nil {
		t.Fatal(err)
	}
	if err := a.settings.SetTheme("dark"); err != nil {
		t.Fatal(err)
	}
	if p, _ := a.settings.Preferences(); p.Language != "de" || p.Theme != "dark" {
		t.Fatalf("after saving: %+v", p)
	}
	var e *Error
	if err := a.settings.SetLanguage("fr"); !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "language" {
		t.Fatalf("unsupported language: %v", err)
	}
}

func TestAppInfoNamesTheModeAndFiles(t *testing.T) {
	a := newTestApp(t, true)
	info, err := a.settings.AppInfo()
	if err != nil {
		t.Fatal(err)
	}
	if !info.Demo || !strings.HasSuffix(info.DatabasePath, config.DemoDatabaseFile) || info.SchemaVersion < 1 || info.Version != "test" {
		t.Fatalf("%+v", info)
	}
	if a.Title() != "PSA Bridge – Demo" {
		t.Fatalf("title %q", a.Title())
	}
}

func TestErrorFormatter(t *testing.T) {
	var logged bytes.Buffer
	f := ErrorFormatter{Log: slog.New(slog.NewTextHandler(&logged, nil))}
	decode := func(err error) Error {
		var e Error
		if err := json.Unmarshal([]byte(f.Format(err).(string)), &e); err != nil {
			t.Fatal(err)
		}
		return e
	}
	if e := decode(fmt.Errorf("saving: %w", InvalidField("identifier", "too long"))); e.Code != CodeInvalid || e.Field != "identifier" {
		t.Fatalf("%+v", e)
	}
	if e := decode(context.Canceled); e.Code != CodeCanceled {
		t.Fatalf("%+v", e)
	}
	e := decode(errors.New("sql: database is locked at /secret/path"))
	if e.Code != CodeInternal || strings.Contains(e.Message, "/secret/path") || !strings.Contains(e.Message, "ref") {
		t.Fatalf("internal details leaked to the UI: %+v", e)
	}
	if !strings.Contains(logged.String(), "/secret/path") {
		t.Fatal("the internal error was not logged in full")
	}
}

func TestCatalogServiceWithoutConnection(t *testing.T) {
	a := newTestApp(t, false)
	st, err := a.catalog.Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.Connected || st.LastRefresh != 0 || st.AgeMs != -1 || st.Refreshing {
		t.Fatalf("%+v", st)
	}
	var e *Error
	if err := a.catalog.Refresh(false); !errors.As(err, &e) || e.Code != CodeInvalid {
		t.Fatalf("refresh without connection: %v", err)
	}
	if _, err := a.catalog.Item(42); !errors.As(err, &e) || e.Code != CodeNotFound {
		t.Fatalf("missing item: %v", err)
	}
	if got, err := a.catalog.Search("x", false); err != nil || len(got) != 0 {
		t.Fatalf("one-character search: %v %v", got, err)
	}
}

// waitForJob waits until the running (or last) background job of kind on the current
// workspace has ended; its own error is the test's to check through the services.
func waitForJob(t *testing.T, a *App, kind jobs.Kind) {
	t.Helper()
	h := a.ws().Jobs.Last(kind)
	if h == nil {
		t.Fatalf("no %s job was started", kind)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if h.Wait(ctx); ctx.Err() != nil {
		t.Fatalf("%s did not end within a minute", kind)
	}
}
