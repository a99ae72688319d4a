package app

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"sync"
	"testing"

	"psabridge/app/config"
	"psabridge/app/internal/secrets"

	"psabridge/app/internal/workspace"
)

type fakeWindow struct {
	mu     sync.Mutex
	titles []string
	quits  int
}

func (w *fakeWindow) Quit() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.quits++
}

func (w *fakeWindow) quitCount() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.quits
}

func (w *fakeWindow) SetTitle(t string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.titles = append(w.titles, t)
}

func (w *fakeWindow) last() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.titles) == 0 {
		return ""
	}
	return w.titles[len(w.titles)-1]
}

func savedMode(t *testing.T, a *App) string {
	t.Helper()
	m, err := a.opts.Config.SavedMode()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSwitchModeBetweenDemoAndReal(t *testing.T) {
	a := newRealApp(t, nil)
	win := &fakeWindow{}
	a.mu.Lock()
	a.window = win
	a.mu.Unlock()
	dir := a.opts.Config.DataDir
	ctx := context.Background()

	if err := a.settings.SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.connections.SaveSophos(SophosForm{ClientID: "real-client-id", ClientSecret: "real-secret"}); err != nil {
		t.Fatal(err)
	}
	realDB := a.ws().DB

	// Real → demo: the demo database opens, the real one closes.
	if err := a.connections.SwitchMode(true); err != nil {
		t.Fatal(err)
	}
	if !a.ws().Demo || a.ws().DB.Path() != filepath.Join(dir, config.DemoDatabaseFile) {
		t.Fatalf("after switching to demo: demo=%t db=%s", a.ws().Demo, a.ws().DB.Path())
	}
	if err := realDB.SQL().PingContext(ctx); err == nil {
		t.Fatal("the real database is still open after switching to demo")
	}
	if win.last() != "PSA Bridge – Demo" || a.Title() != "PSA Bridge – Demo" {
		t.Fatalf("window title = %q", win.last())
	}
	if savedMode(t, a) != config.ModeDemo {
		t.Fatal("the choice of demo mode was not remembered")
	}
	info, err := a.settings.AppInfo()
	if err != nil || !info.Demo || info.DatabasePath != filepath.Join(dir, config.DemoDatabaseFile) {
		t.Fatalf("AppInfo in demo = %+v, %v", info, err)
	}
	// Real settings never show up in demo mode …
	if _, err := a.ws().DB.Queries().GetSetting(ctx, workspace.SettingSophosClientID); !errors.Is(err, sql.ErrNoRows) {
		t.Fatalf("real connection settings leaked into the demo database: %v", err)
	}
	if st, _ := a.connections.State(); !st.Demo || st.Sophos.ClientID != "" {
		t.Fatalf("connections in demo = %+v", st)
	}
	// … but the language follows the user.
	if p, _ := a.settings.Preferences(); p.Language != "en" {
		t.Fatalf("language after the switch = %q, want en", p.Language)
	}

	// Demo → real: the saved account is back, untouched.
	if err := a.connections.SwitchMode(false); err != nil {
		t.Fatal(err)
	}
	if a.ws().Demo || a.ws().DB.Path() != filepath.Join(dir, config.DatabaseFile) || win.last() != "PSA Bridge" {
		t.Fatalf("after switching back: demo=%t db=%s title=%q", a.ws().Demo, a.ws().DB.Path(), win.last())
	}
	st, err := a.connections.State()
	if err != nil || st.Demo || st.Sophos.ClientID != "real-client-id" || !st.Sophos.ClientSecretSet {
		t.Fatalf("real connections after switching back: %+v, %v", st, err)
	}
	if savedMode(t, a) != config.ModeReal {
		t.Fatal("the choice of real accounts was not remembered")
	}
	// The next start opens what was chosen last.
	if start, err := a.opts.Config.StartMode(); err != nil || start.Demo || start.Welcome {
		t.Fatalf("next start = %+v, %v", start, err)
	}
}

func TestWelcomeEndsWithTheFirstChoice(t *testing.T) {
	a := newRealApp(t, nil, func(o *Options) { o.Config.Demo, o.Welcome = true, true })
	if info, _ := a.settings.AppInfo(); !info.Welcome || !info.Demo {
		t.Fatalf("first run: %+v", info)
	}
	before := a.ws()
	// "Demo-Daten verwenden": stays on the open demo session, remembers the choice.
	if err := a.connections.SwitchMode(true); err != nil {
		t.Fatal(err)
	}
	if a.ws() != before {
		t.Fatal("choosing the mode that is already open must not reopen the database")
	}
	if info, _ := a.settings.AppInfo(); info.Welcome {
		t.Fatal("the welcome is still due after a choice was made")
	}
	if savedMode(t, a) != config.ModeDemo {
		t.Fatal("demo choice not remembered")
	}
}

func TestRealModeWithNothingConfiguredIsNotConnected(t *testing.T) {
	a := newRealApp(t, nil)
	o, err := a.overview.Overview()
	if err != nil || o.Demo || o.Products.Total != 0 {
		t.Fatalf("real mode without accounts shows %+v, %v; want no demo data", o, err)
	}
	q := a.ws().DB.Queries()
	if _, err := workspace.RealConnectWise(context.Background(), a.opts.workspace(), q); !errors.Is(err, workspace.ErrNotConnected) {
		t.Fatalf("ConnectWise client without settings: %v", err)
	}
	if _, err := workspace.RealSophos(context.Background(), a.opts.workspace(), q); !errors.Is(err, workspace.ErrNotConnected) {
		t.Fatalf("Sophos client without settings: %v", err)
	}
}

func TestOverviewSaysWhichAccountsAreSetUp(t *testing.T) {
	a := newRealApp(t, nil)
	if o, _ := a.overview.Overview(); o.ConnectWise || o.Sophos {
		t.Fatalf("nothing saved yet: %+v", o)
	}
	if _, err := a.connections.SaveSophos(SophosForm{ClientID: "id", ClientSecret: "secret"}); err != nil {
		t.Fatal(err)
	}
	if o, _ := a.overview.Overview(); o.ConnectWise || !o.Sophos {
		t.Fatalf("after saving Sophos: %+v", o)
	}
	if _, err := a.connections.RemoveSecret(SecretSophosClientSecret); err != nil {
		t.Fatal(err)
	}
	if o, _ := a.overview.Overview(); o.Sophos {
		t.Fatalf("a credential without its secret is not set up: %+v", o)
	}
}

// countingStore counts keychain calls; it holds nothing.
type countingStore struct {
	mu    sync.Mutex
	calls int
}

func (c *countingStore) touch() { c.mu.Lock(); c.calls++; c.mu.Unlock() }
func (c *countingStore) Get(string) (string, error) {
	c.touch()
	return "", secrets.ErrNotFound
}
func (c *countingStore) Set(string, string) error { c.touch(); return nil }
func (c *countingStore) Delete(string) error      { c.touch(); return nil }
func (c *countingStore) Available() error         { c.touch(); return nil }

// A keychain may ask the user to unlock it: opening real data with nothing set up must
// not touch it (only the Verbindungen page does).
func TestNothingSetUpLeavesTheKeychainAlone(t *testing.T) {
	store := &countingStore{}
	a := newRealApp(t, nil, func(o *Options) { o.Secrets = store; o.Config.Demo = true })
	if err := a.connections.SwitchMode(false); err != nil {
		t.Fatal(err)
	}
	if _, err := a.overview.Overview(); err != nil {
		t.Fatal(err)
	}
	if store.calls != 0 {
		t.Fatalf("the keychain was asked %d times with no account set up", store.calls)
	}
}
