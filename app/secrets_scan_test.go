package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/zalando/go-keyring"

	"psabridge/app/config"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/logging"
)

// authRecorder sits in front of the Sophos sandbox and remembers every Authorization
// header, so the bearer tokens the app was given can be searched for too.
type authRecorder struct {
	mu     sync.Mutex
	values []string
	inner  http.Handler
}

func (r *authRecorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if v := req.Header.Get("Authorization"); v != "" {
		r.mu.Lock()
		r.values = append(r.values, strings.TrimSpace(strings.TrimPrefix(v, "Bearer")))
		r.mu.Unlock()
	}
	r.inner.ServeHTTP(w, req)
}

func (r *authRecorder) tokens() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.values...)
}

// TestSecretsNeverLeaveTheKeychain goes through connect → test → save → catalog refresh →
// search → product discovery → mapping save and product edit → mode switches with known secrets, through the bound
// services as the frontend calls them, with the real rotating log file, and then searches
// every file in the data folder (databases with their WAL files, logs, the mode file and
// anything else, such as an export) and every reply for those secrets.
func TestSecretsNeverLeaveTheKeychain(t *testing.T) {
	keyring.MockInit()
	cw := startConnectWise(t)
	rec := &authRecorder{}
	proxy := httptest.NewServer(rec)
	t.Cleanup(proxy.Close)
	sbx := sophossandbox.New(sophossandbox.Options{GlobalHost: proxy.URL + "/"})
	rec.inner = sbx.Handler()

	dir := t.TempDir()
	cfg := config.Options{DataDir: dir}
	if err := cfg.EnsureDirs(); err != nil {
		t.Fatal(err)
	}
	log, logFile := logging.Open(cfg.LogDir(), slog.LevelDebug)
	a, err := New(context.Background(), Options{Config: cfg, Version: "test", Log: log,
		Sophos: SophosEndpoints{TokenURL: proxy.URL + sophossandbox.TokenPath, APIHost: proxy.URL}})
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	t.Cleanup(func() {
		if !closed {
			a.Close()
			logFile.Close()
		}
	})
	events := &recordingEmitter{}
	a.mu.Lock()
	a.emitter = events
	a.mu.Unlock()
	c := a.connections
	var replies []any // everything the frontend would receive

	// Connect: test before saving, save, test with the stored secrets.
	cwForm := demoCWForm(cw.URL())
	sophosForm := SophosForm{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret}
	cwRes, err := c.TestConnectWise(cwForm)
	if err != nil || !cwRes.OK {
		t.Fatalf("ConnectWise test: %+v, %v", cwRes, err)
	}
	sRes, err := c.TestSophos(sophosForm)
	if err != nil || !sRes.OK {
		t.Fatalf("Sophos test: %+v, %v", sRes, err)
	}
	st1, err := c.SaveConnectWise(cwForm)
	if err != nil {
		t.Fatal(err)
	}
	st2, err := c.SaveSophos(sophosForm)
	if err != nil {
		t.Fatal(err)
	}
	cwRes2, _ := c.TestConnectWise(ConnectWiseForm{Site: cwForm.Site, CompanyID: cwForm.CompanyID, ClientID: cwForm.ClientID})
	sRes2, _ := c.TestSophos(SophosForm{ClientID: sophosForm.ClientID})
	if !cwRes2.OK || !sRes2.OK {
		t.Fatalf("tests with the stored secrets: %+v %+v", cwRes2, sRes2)
	}
	// A failed test (wrong key) is logged with its details: those must be clean too.
	badRes, _ := c.TestConnectWise(ConnectWiseForm{Site: cwForm.Site, CompanyID: cwForm.CompanyID, ClientID: cwForm.ClientID,
		PublicKey: cwForm.PublicKey, PrivateKey: "Wrong" + cwsandbox.DemoPrivateKey})
	replies = append(replies, cwRes, sRes, st1, st2, cwRes2, sRes2, badRes)

	// Refresh the catalog from ConnectWise with the saved account, then search it.
	if err := a.catalog.Refresh(true); err != nil {
		t.Fatalf("catalog refresh with the saved account: %v", err)
	}
	waitForJob(t, a, jobCatalogRefresh)
	status, err := a.catalog.Status()
	if err != nil {
		t.Fatal(err)
	}
	if status.LastError != nil || status.ItemCount != int64(cw.CatalogLen()) {
		t.Fatalf("catalog after refresh: %+v (ConnectWise has %d)", status, cw.CatalogLen())
	}
	matches, err := a.catalog.Search("intercept adv", false)
	if err != nil || len(matches) == 0 {
		t.Fatalf("search: %d matches, %v", len(matches), err)
	}
	replies = append(replies, status, matches)

	// Read Sophos usage with the saved credential (what the app does when the window opens).
	a.discoverProducts(a.ws())
	waitForJob(t, a, jobProductDiscovery)
	if events.count(EventProductsUpdated) == 0 {
		t.Fatal("product discovery did not say the product list changed")
	}
	ov, err := a.overview.Overview()
	if err != nil || ov.Products.Total == 0 {
		t.Fatalf("overview after discovery: %+v, %v", ov, err)
	}
	replies = append(replies, ov)

	// Save mappings: one to an existing product, one to a product created in ConnectWise,
	// then edit that product (every write path to ConnectWise and to the database).
	rows, err := a.products.Products()
	if err != nil || len(rows) < 2 {
		t.Fatalf("products: %d, %v", len(rows), err)
	}
	draft, err := a.products.DraftFor(rows[1].ProductKey)
	if err != nil {
		t.Fatal(err)
	}
	err = a.products.Save([]ProductChange{
		{ProductKey: rows[0].ProductKey, Mapping: "existing", ItemID: matches[0].ID, SyncEnabled: true},
		{ProductKey: rows[1].ProductKey, Mapping: "new", Draft: &draft},
	})
	if err != nil {
		t.Fatalf("save mappings: %v", err)
	}
	rows, _ = a.products.Products()
	var created ProductRow
	for _, r := range rows {
		if r.ProductKey == draft.Identifier || r.ItemIdentifier == draft.Identifier {
			created = r
		}
	}
	edit, err := a.products.EditDraft(created.ItemID)
	if err != nil {
		t.Fatalf("edit draft of the created product: %v", err)
	}
	edit.Price = 9.99
	details, err := a.products.UpdateCatalogItem(created.ItemID, edit)
	if err != nil {
		t.Fatalf("edit the created product: %v", err)
	}
	replies = append(replies, rows, details)

	// Switch to demo and back: the demo database is scanned as well.
	if err := c.SwitchMode(true); err != nil {
		t.Fatal(err)
	}
	if err := c.SwitchMode(false); err != nil {
		t.Fatal(err)
	}
	st3, _ := c.State()
	info, _ := a.settings.AppInfo()
	replies = append(replies, st3, info)

	secretValues := map[string]string{
		"ConnectWise public key":   cwsandbox.DemoPublicKey,
		"ConnectWise private key":  cwsandbox.DemoPrivateKey,
		"ConnectWise Basic header": base64.StdEncoding.EncodeToString([]byte(cwsandbox.DemoCompanyID + "+" + cwsandbox.DemoPublicKey + ":" + cwsandbox.DemoPrivateKey)),
		"Sophos client secret":     sophossandbox.DemoClientSecret,
	}
	tokens := rec.tokens()
	if len(tokens) == 0 {
		t.Fatal("no bearer token was seen: the flow did not reach Sophos through the recorder")
	}
	for i, tok := range tokens {
		secretValues["Sophos bearer token "+string(rune('a'+i%26))] = tok
	}

	// The replies the frontend receives.
	out, _ := json.Marshal(replies)
	for what, v := range secretValues {
		if bytes.Contains(out, []byte(v)) {
			t.Errorf("a reply to the frontend contains the %s", what)
		}
	}

	scan := func(when string) int {
		files := 0
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			files++
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for what, v := range secretValues {
				if n := bytes.Count(b, []byte(v)); n > 0 {
					t.Errorf("%s: %s contains the %s %d times", when, filepath.Base(path), what, n)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	scan("while running") // WAL files included
	closed = true
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	logFile.Close()
	if scan("after closing") < 3 {
		t.Fatal("expected at least both databases and the log file in the data folder")
	}

	// The log did record the flow (so the scan above looked at something real).
	logText, err := os.ReadFile(filepath.Join(cfg.LogDir(), logging.FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ConnectWise connection saved", "Sophos Central connection saved", "ConnectWise connection test", "mode switched"} {
		if !bytes.Contains(logText, []byte(want)) {
			t.Errorf("log lacks %q", want)
		}
	}
	for _, name := range []string{config.DatabaseFile, config.DemoDatabaseFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was not created: %v", name, err)
		}
	}
}
