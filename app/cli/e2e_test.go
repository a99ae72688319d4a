package cli_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"psabridge/app/cli"
	"psabridge/app/config"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/datalock"
	"psabridge/app/internal/demodata"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/internal/usagesync"
	"psabridge/db"
)

// binary is psa-bridge built once for every test here: the command line is tested as users
// run it, a separate process with its own exit code.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "psa-bridge-cli-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "psa-bridge")
	// No build tags: the command line runs before any window code, so the plain build (whose
	// window would refuse to start) is the same program for these commands, and builds fast
	// from the test cache.
	build := exec.Command("go", "build", "-o", binary, "psabridge")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building psa-bridge:", err)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// e2e is a ConnectWise and a Sophos sandbox on loopback and a data folder configured only
// through the environment.
type e2e struct {
	t       *testing.T
	cw      *cwsandbox.Server
	sophos  *sophossandbox.Server
	dataDir string
	home    string
	env     map[string]string
}

func newE2E(t *testing.T) *e2e {
	t.Helper()
	cw := cwsandbox.New(cwsandbox.Options{})
	if err := cw.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cw.Close() })
	sb := sophossandbox.New(sophossandbox.Options{})
	if err := sb.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sb.Close() })
	e := &e2e{t: t, cw: cw, sophos: sb, dataDir: filepath.Join(t.TempDir(), "data"), home: t.TempDir()}
	e.env = map[string]string{
		"PATH": os.Getenv("PATH"), "HOME": e.home, "XDG_CONFIG_HOME": filepath.Join(e.home, ".config"),
		"LANG": "C.UTF-8", "USER": "cli-test",
		// No keychain: a keyring lookup would fail here and leave the account unconnected,
		// so a connected run proves the keychain was not asked.
		"DBUS_SESSION_BUS_ADDRESS": "disabled:",
		"PSABRIDGE_CW_SITE":        cw.URL(), "PSABRIDGE_CW_COMPANY_ID": cwsandbox.DemoCompanyID,
		"PSABRIDGE_CW_CLIENT_ID": cwsandbox.DemoClientID, "PSABRIDGE_CW_PUBLIC_KEY": cwsandbox.DemoPublicKey,
		"PSABRIDGE_CW_PRIVATE_KEY": cwsandbox.DemoPrivateKey, "PSABRIDGE_SOPHOS_CLIENT_ID": sophossandbox.DemoClientID,
		"PSABRIDGE_SOPHOS_CLIENT_SECRET": sophossandbox.DemoClientSecret,
		"PSABRIDGE_SOPHOS_API_HOST":      sb.URL(), "PSABRIDGE_SOPHOS_TOKEN_URL": sb.TokenURL(),
	}
	return e
}

type result struct {
	stdout, stderr string
	code           int
}

// run runs psa-bridge with args, --data-dir added, and the environment of e.
func (e *e2e) run(args ...string) result {
	e.t.Helper()
	return e.runEnv(e.env, append(args, "--data-dir", e.dataDir)...)
}

func (e *e2e) runEnv(env map[string]string, args ...string) result {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	if exit, ok := errors.AsType[*exec.ExitError](err); ok {
		res.code = exit.ExitCode()
	} else if err != nil {
		e.t.Fatalf("psa-bridge %v: %v", args, err)
	}
	if strings.Contains(res.stderr, "goroutine ") || strings.Contains(res.stderr, "panic:") {
		e.t.Fatalf("psa-bridge %v printed a stack trace:\n%s", args, res.stderr)
	}
	if out := res.stdout + res.stderr; strings.Contains(out, "%!") {
		e.t.Fatalf("psa-bridge %v printed a message with wrong format arguments:\n%s", args, out)
	}
	return res
}

// must runs args and fails unless the exit code is want.
func (e *e2e) must(want int, args ...string) result {
	e.t.Helper()
	res := e.run(args...)
	if res.code != want {
		e.t.Fatalf("psa-bridge %v: exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", args, res.code, want, res.stdout, res.stderr)
	}
	return res
}

// writes counts the agreement writes (POST, PATCH) ConnectWise received.
func (e *e2e) writes() int {
	return e.cw.RequestCount("POST", "/finance/agreements/*") + e.cw.RequestCount("PATCH", "/finance/agreements/*")
}

func (e *e2e) path(name string) string { return filepath.Join(e.home, name) }

// readCSV reads an exported CSV (UTF-8 with BOM).
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Fatalf("%s has no UTF-8 byte order mark", path)
	}
	records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return records
}

func writeCSV(t *testing.T, path string, records [][]string) {
	t.Helper()
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	if err := w.WriteAll(records); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// The command line end to end: configuration only from the environment, refresh, mappings
// exported, edited and imported, a preview that writes nothing, a run with a failure (exit
// 3), the rerun that finishes it without doubles, and a sync refused while another holds the
// data folder's sync lock.
func TestCommandLineEndToEnd(t *testing.T) {
	e := newE2E(t)
	month := time.Now().Format("2006-01") // the sandbox's latest usage month

	// Two demo customers get an active agreement to bill on (before the refresh caches them).
	type mapped struct {
		tenantID             string
		companyID, agreement int
	}
	var customers []mapped
	for _, c := range demodata.Customers() {
		if !c.UsesSophos || c.SophosOnly || c.CompanyID == 0 || c.TenantStatus != "" || len(customers) == 2 {
			continue
		}
		id, err := e.cw.AddAgreement(cwsandbox.AgreementSeed{CompanyID: c.CompanyID})
		if err != nil {
			t.Fatal(err)
		}
		customers = append(customers, mapped{c.TenantID, c.CompanyID, id})
	}

	res := e.must(cli.ExitOK, "refresh")
	for _, part := range []string{"Catalog", "Sophos tenants", "Usage history", "Sophos products"} {
		if !strings.Contains(res.stdout, part) {
			t.Errorf("refresh output lacks %q:\n%s", part, res.stdout)
		}
	}

	// Export, map, import: the preview of the import changes nothing, --apply saves.
	e.must(cli.ExitOK, "export", e.path("products.csv"), "--kind", "products")
	e.must(cli.ExitOK, "export", e.path("customers.csv"), "--kind", "customers")
	products := readCSV(t, e.path("products.csv"))
	if !slices.Equal(products[0], []string{"sophos_product_code", "sophos_description", "cw_catalog_item_id", "cw_identifier", "sync"}) || len(products) < 3 {
		t.Fatalf("products export: %q", products)
	}
	items := e.cw.CatalogItemIDs()
	for i := 1; i < len(products); i++ {
		products[i][2], products[i][3], products[i][4] = strconv.Itoa(items[i]), "", "on"
	}
	writeCSV(t, e.path("products-mapped.csv"), products)
	tenants := readCSV(t, e.path("customers.csv"))
	for _, c := range customers {
		i := slices.IndexFunc(tenants, func(row []string) bool { return row[0] == c.tenantID })
		if i < 0 {
			t.Fatalf("tenant %s not exported", c.tenantID)
		}
		tenants[i][2], tenants[i][4], tenants[i][6] = strconv.Itoa(c.companyID), strconv.Itoa(c.agreement), "on"
	}
	writeCSV(t, e.path("customers-mapped.csv"), tenants)

	res = e.must(cli.ExitOK, "import", e.path("products-mapped.csv"))
	if !strings.Contains(res.stdout, "would change") {
		t.Fatalf("import preview output:\n%s", res.stdout)
	}
	e.must(cli.ExitOK, "export", e.path("products-after-preview.csv"), "--kind", "products")
	if readFile(t, e.path("products-after-preview.csv")) != readFile(t, e.path("products.csv")) {
		t.Fatal("import without --apply changed the mappings")
	}
	e.must(cli.ExitOK, "import", e.path("products-mapped.csv"), "--apply")
	e.must(cli.ExitOK, "import", e.path("customers-mapped.csv"), "--apply")

	// Round trip: what is exported imports as "nothing would change", CSV and XLSX alike.
	e.must(cli.ExitOK, "export", e.path("all.xlsx"))
	e.must(cli.ExitOK, "export", e.path("customers-before.csv"), "--kind", "customers")
	e.must(cli.ExitOK, "export", e.path("products-before.csv"))
	for _, file := range []string{"all.xlsx", "customers-before.csv", "products-before.csv"} {
		res = e.must(cli.ExitOK, "import", e.path(file), "--apply")
		if strings.Contains(res.stdout, "saved") || !strings.Contains(res.stdout, "nothing would change") {
			t.Fatalf("re-importing the export %s changed something:\n%s", file, res.stdout)
		}
	}
	e.must(cli.ExitOK, "export", e.path("customers-after.csv"), "--kind", "customers")
	if readFile(t, e.path("customers-after.csv")) != readFile(t, e.path("customers-before.csv")) {
		t.Fatal("the export → import round trip changed the customer mappings")
	}

	// A broken file is rejected whole, every problem with its line, and nothing changes.
	broken := slices.Clone(tenants)
	broken[1] = slices.Clone(broken[1])
	broken[1][6] = "maybe"
	broken[2] = slices.Clone(broken[2])
	broken[2][2] = "999999"
	writeCSV(t, e.path("customers-broken.csv"), broken)
	res = e.must(cli.ExitUsage, "import", e.path("customers-broken.csv"), "--apply")
	if !strings.Contains(res.stderr, "line 2") || !strings.Contains(res.stderr, "line 3") || !strings.Contains(res.stderr, "nothing was imported") {
		t.Fatalf("broken file: stderr does not name both lines:\n%s", res.stderr)
	}
	broken[3] = slices.Clone(broken[3])
	broken[3][4] = strconv.Itoa(customers[0].agreement) // an agreement of another company
	writeCSV(t, e.path("customers-broken.csv"), broken)
	res = e.must(cli.ExitUsage, "import", e.path("customers-broken.csv"), "--apply")
	for _, want := range []string{"line 2", "line 3", "line 4", "nothing was imported"} {
		if !strings.Contains(res.stderr, want) {
			t.Fatalf("broken file: stderr lacks %q:\n%s", want, res.stderr)
		}
	}
	original := readFile(t, e.path("customers-before.csv"))
	brokenFiles := map[string]string{
		"tabs.csv":           strings.ReplaceAll(original, ",", "\t"), // a delimiter Excel does not write
		"missing-column.csv": strings.Replace(original, ",cw_agreement_id", "", 1),
		"not-utf8.csv":       strings.Replace(original, "Müller", "M\xfcller", 1),
		"junk.csv":           strings.Repeat("junk;junk,\"junk\n", 10<<20/11),
	}
	for name, content := range brokenFiles {
		if err := os.WriteFile(e.path(name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		res = e.must(cli.ExitUsage, "import", e.path(name), "--kind", "customers", "--apply")
		if !strings.Contains(res.stderr, "nothing was imported") || (name != "junk.csv" && !strings.Contains(res.stderr, "line ")) {
			t.Fatalf("%s: stderr does not say where:\n%s", name, res.stderr)
		}
	}
	res = e.must(cli.ExitUsage, "import", e.path("no-such-file.csv"))
	if !strings.Contains(res.stderr, "no-such-file.csv") {
		t.Fatalf("missing file: %q", res.stderr)
	}
	e.must(cli.ExitOK, "export", e.path("customers-after-broken.csv"), "--kind", "customers")
	if readFile(t, e.path("customers-after-broken.csv")) != readFile(t, e.path("customers-before.csv")) {
		t.Fatal("a rejected import changed the customer mappings")
	}

	// The preview writes nothing to ConnectWise.
	before := e.writes()
	res = e.must(cli.ExitOK, "sync", "--month", month)
	if !strings.Contains(res.stdout, "preview, nothing has been written") || !strings.Contains(res.stdout, "create") {
		t.Fatalf("preview output:\n%s", res.stdout)
	}
	doc := syncJSON(t, e.must(cli.ExitOK, "sync", "--month", month, "--json"))
	if e.writes() != before {
		t.Fatalf("the preview wrote to ConnectWise: %d writes", e.writes()-before)
	}
	if doc.RunID != nil || doc.Month != month || doc.Counts["create"] == 0 {
		t.Fatalf("preview document: runId %v, month %s, counts %v", doc.RunID, doc.Month, doc.Counts)
	}

	// Another run holds the sync lock: this one waits briefly, then exits 2 saying so.
	lock, err := datalock.Sync(context.Background(), e.dataDir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	res = e.must(cli.ExitUsage, "sync", "--month", month, "--apply")
	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.stderr, "a sync run is in progress") || strings.Count(strings.TrimSpace(res.stderr), "\n") != 0 {
		t.Fatalf("overlapping run: stderr %q", res.stderr)
	}
	if e.writes() != before {
		t.Fatal("the refused run wrote to ConnectWise")
	}

	// One create fails in ConnectWise: the run finishes the rest and exits 3.
	e.cw.Faults().Set(cwsandbox.Fault{Method: "POST", Path: "/finance/agreements/*", Kind: cwsandbox.StatusCode, Status: 400, Times: 1})
	doc = syncJSON(t, e.must(cli.ExitPartial, "sync", "--month", month, "--apply", "--json"))
	if doc.RunID == nil || doc.Counts["failed"] != 1 || doc.Counts["create"] == 0 {
		t.Fatalf("run with a failure: runId %v counts %v", doc.RunID, doc.Counts)
	}
	// The rerun creates the missing one and nothing twice; a third run has nothing to do.
	doc = syncJSON(t, e.must(cli.ExitOK, "sync", "--month", month, "--apply", "--json"))
	if doc.Counts["failed"] != 0 || doc.Counts["create"] != 1 {
		t.Fatalf("rerun: counts %v, want exactly the failed create", doc.Counts)
	}
	for _, c := range customers {
		seen := map[int]int{}
		for _, a := range e.cw.AgreementAdditions(c.agreement) {
			seen[a.ProductID]++
			if seen[a.ProductID] > 1 {
				t.Fatalf("agreement %d has product %d twice", c.agreement, a.ProductID)
			}
		}
	}
	before = e.writes()
	doc = syncJSON(t, e.must(cli.ExitOK, "sync", "--month", month, "--apply", "--json", "--scheduled"))
	if e.writes() != before || doc.Counts["create"]+doc.Counts["update"] != 0 || doc.Counts["unchanged"] == 0 {
		t.Fatalf("third run: %d writes, counts %v", e.writes()-before, doc.Counts)
	}

	// The history has the three runs with their triggers, as the window shows them.
	store, err := db.Open(context.Background(), filepath.Join(e.dataDir, config.DatabaseFile))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	runs, err := (&usagesync.Engine{DB: store}).Runs(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	var triggers []usagesync.Trigger
	for _, r := range runs {
		triggers = append(triggers, r.Trigger)
	}
	want := []usagesync.Trigger{usagesync.TriggerScheduled, usagesync.TriggerCommandLine, usagesync.TriggerCommandLine}
	if !slices.Equal(triggers, want) || runs[1].Actor != "cli-test" || runs[2].Result != usagesync.ResultPartial {
		t.Fatalf("history: triggers %v (want %v), %+v", triggers, want, runs)
	}

	// The secrets came from the environment and went nowhere: not the database, not the log.
	err = filepath.WalkDir(e.dataDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		for _, secret := range []string{cwsandbox.DemoPrivateKey, cwsandbox.DemoPublicKey, sophossandbox.DemoClientSecret} {
			if bytes.Contains(data, []byte(secret)) {
				t.Errorf("%s holds a secret from the environment", path)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// syncJSON checks the --json document's shape (exactly the documented keys) and decodes it.
func syncJSON(t *testing.T, res result) cli.SyncDocument {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(res.stdout), &raw); err != nil {
		t.Fatalf("--json printed no single JSON document: %v\n%s", err, res.stdout)
	}
	if keys := sortedKeys(raw); !slices.Equal(keys, []string{"counts", "items", "month", "runId"}) {
		t.Fatalf("document keys %v", keys)
	}
	var items []map[string]json.RawMessage
	if err := json.Unmarshal(raw["items"], &items); err != nil || len(items) == 0 {
		t.Fatalf("items: %v (%d)", err, len(items))
	}
	want := []string{"action", "agreementId", "catalogItemId", "currentQuantity", "newQuantity", "productCode", "reason", "sophosQuantity", "tenantId"}
	actions := []string{"create", "update", "unchanged", "skip", "failed", "conflict"}
	for _, item := range items {
		if keys := sortedKeys(item); !slices.Equal(keys, want) {
			t.Fatalf("item keys %v, want %v", keys, want)
		}
		var action string
		_ = json.Unmarshal(item["action"], &action)
		if !slices.Contains(actions, action) {
			t.Fatalf("item action %q is not one of %v", action, actions)
		}
	}
	var doc cli.SyncDocument
	if err := json.Unmarshal([]byte(res.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if keys := sortedKeys(doc.Counts); !slices.Equal(keys, []string{"conflict", "create", "failed", "skip", "unchanged", "update"}) {
		t.Fatalf("counts keys %v", keys)
	}
	return doc
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Each class of bad argument or configuration exits 2 with one line naming what is wrong,
// in the user's language.
func TestCommandLineRefusesBadInputWithOneLine(t *testing.T) {
	e := newE2E(t)
	noAccounts := map[string]string{"PATH": os.Getenv("PATH"), "HOME": e.home, "LANG": "C.UTF-8", "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
	german := map[string]string{}
	for k, v := range noAccounts {
		german[k] = v
	}
	german["LANG"] = "de_DE.UTF-8"
	wrongKey := maps.Clone(e.env)
	wrongKey["PSABRIDGE_CW_PRIVATE_KEY"] = "not-the-key"
	cases := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"bad month", e.env, []string{"sync", "--month", "2026-13"}, `--month "2026-13"`},
		{"month not in the history", e.env, []string{"sync", "--month", "1999-01"}, "no usage for 1999-01"},
		{"no connection", noAccounts, []string{"sync"}, "ConnectWise is not connected"},
		{"no connection, German", german, []string{"sync"}, "ConnectWise ist nicht verbunden"},
		{"credentials rejected", wrongKey, []string{"sync"}, "refreshing Companies and agreements failed, nothing was synced"},
		{"unknown command", e.env, []string{"snyc"}, `unknown command "snyc"`},
		{"unknown flag", e.env, []string{"sync", "--aply"}, "aply"},
		{"file type", e.env, []string{"export", e.path("x.txt")}, "must end in .csv or .xlsx"},
		{"kind", e.env, []string{"export", e.path("x.csv"), "--kind", "tenants"}, "--kind must be products or customers"},
		{"schedule action", e.env, []string{"schedule", "start"}, "show, install or remove"},
	}
	corrupt := filepath.Join(e.home, "data-corrupt-database")
	if err := os.MkdirAll(corrupt, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corrupt, config.DatabaseFile), bytes.Repeat([]byte("not a database "), 500), 0o600); err != nil {
		t.Fatal(err)
	}
	cases = append(cases, struct {
		name string
		env  map[string]string
		args []string
		want string
	}{"corrupt database", e.env, []string{"export", e.path("x.csv")}, "cannot be opened (corrupt)"})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := e.runEnv(c.env, append(c.args, "--data-dir", filepath.Join(e.home, "data-"+strings.ReplaceAll(c.name, " ", "-")))...)
			if res.code != cli.ExitUsage {
				t.Fatalf("exit code %d, want 2\nstdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
			}
			if line := strings.TrimSpace(res.stderr); strings.Contains(line, "\n") || !strings.Contains(line, c.want) {
				t.Fatalf("stderr %q: want one line containing %q", res.stderr, c.want)
			}
		})
	}
}

// A refresh part that fails leaves the others done: the table says which, exit code 3.
func TestRefreshReportsAFailedPart(t *testing.T) {
	e := newE2E(t)
	e.cw.Faults().Set(cwsandbox.Fault{Path: "/procurement/catalog*", Kind: cwsandbox.StatusCode, Status: 404})
	res := e.must(cli.ExitPartial, "refresh")
	if !regexp.MustCompile(`Catalog\s+failed: `).MatchString(res.stdout) || !regexp.MustCompile(`Sophos tenants\s+\d+ tenants`).MatchString(res.stdout) {
		t.Fatalf("refresh output:\n%s", res.stdout)
	}
}

// The schedule from the command line: show prints the saved setting and its next run;
// install puts the task into the scheduler (here cron: a stand-in crontab on PATH keeps the
// machine's own untouched, and systemctl answers as on a server without a user instance),
// show then says installed, and remove takes it out again.
func TestScheduleInstallShowRemove(t *testing.T) {
	e := newE2E(t)
	bin := t.TempDir()
	crontabFile := filepath.Join(e.home, "crontab.txt")
	scripts := map[string]string{
		"systemctl": "#!/bin/sh\necho 'Failed to connect to bus' >&2\nexit 1\n",
		"crontab": `#!/bin/sh
case "$1" in
  -l) if [ -f "$FAKE_CRONTAB" ]; then cat "$FAKE_CRONTAB"; else echo "no crontab for $USER" >&2; exit 1; fi ;;
  -r) rm -f "$FAKE_CRONTAB" ;;
  -) cat > "$FAKE_CRONTAB" ;;
  *) exit 2 ;;
esac
`,
	}
	for name, script := range scripts {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	e.env["PATH"] = bin + string(os.PathListSeparator) + os.Getenv("PATH")
	e.env["FAKE_CRONTAB"] = crontabFile

	res := e.must(cli.ExitOK, "schedule", "show")
	for _, want := range []string{"with the Sophos monthly invoice (day 28, 02:00)", "Next run:", "cron", "not installed"} {
		if !strings.Contains(res.stdout, want) {
			t.Fatalf("schedule show lacks %q:\n%s%s", want, res.stdout, res.stderr)
		}
	}
	e.must(cli.ExitOK, "schedule", "install")
	crontab := readFile(t, crontabFile)
	if !strings.Contains(crontab, "'sync' '--apply' '--scheduled' '--data-dir' '"+e.dataDir+"'") || !strings.Contains(crontab, "0 2 28 * * '"+binary+"'") {
		t.Fatalf("crontab after install:\n%s", crontab)
	}
	res = e.must(cli.ExitOK, "schedule", "show")
	if !strings.Contains(res.stdout, "(installed)") {
		t.Fatalf("schedule show after install:\n%s", res.stdout)
	}
	german := maps.Clone(e.env)
	german["LANG"] = "de_DE.UTF-8"
	res = e.runEnv(german, "schedule", "show", "--data-dir", e.dataDir)
	if res.code != cli.ExitOK || !strings.Contains(res.stdout, "Nächster Lauf:") || !strings.Contains(res.stdout, "(eingerichtet)") {
		t.Fatalf("schedule show in German (exit %d):\n%s", res.code, res.stdout)
	}
	e.must(cli.ExitOK, "schedule", "remove")
	if _, err := os.Stat(crontabFile); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("remove left the crontab behind: %v", err)
	}
}

func TestHelpAndVersion(t *testing.T) {
	e := newE2E(t)
	res := e.runEnv(e.env, "--help")
	if res.code != 0 || !strings.Contains(res.stdout, "psa-bridge sync") || !strings.Contains(res.stdout, "PSABRIDGE_CW_PRIVATE_KEY") {
		t.Fatalf("--help (exit %d):\n%s", res.code, res.stdout)
	}
	res = e.runEnv(e.env, "--version")
	if res.code != 0 || !strings.HasPrefix(res.stdout, "PSA Bridge ") {
		t.Fatalf("--version (exit %d): %q", res.code, res.stdout)
	}
}
