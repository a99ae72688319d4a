package products

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/usage"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// The kill test's child process: with these set, the test binary saves "create a new
// ConnectWise product" for every Sophos product in the database at killSaveDBEnv, against
// the sandbox at killSaveSiteEnv, with identifiers starting killSavePrefixEnv; it says
// "saving" on stdout just before Save starts, then runs until done or killed.
const (
	killSaveDBEnv     = "PSABRIDGE_KILL_SAVE_DB"
	killSaveSiteEnv   = "PSABRIDGE_KILL_SAVE_SITE"
	killSavePrefixEnv = "PSABRIDGE_KILL_SAVE_PREFIX"
	killSaveProducts  = 6
)

func TestMain(m *testing.M) {
	if os.Getenv(killSaveDBEnv) != "" {
		os.Exit(runSaveChild())
	}
	os.Exit(m.Run())
}

func runSaveChild() int {
	ctx := context.Background()
	d, err := db.Open(ctx, os.Getenv(killSaveDBEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer d.Close()
	saver, changes, err := killSaver(ctx, d, os.Getenv(killSaveSiteEnv), os.Getenv(killSavePrefixEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("saving")
	if err := saver.Save(ctx, changes); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// killSaver is the Save the child runs, and the parent again after each kill.
func killSaver(ctx context.Context, d *db.DB, site, prefix string) (*Saver, []Change, error) {
	cw, err := connectwise.New(sandboxtest.ConnectWiseConfig(site))
	if err != nil {
		return nil, nil, err
	}
	l, err := catalog.LoadLookups(ctx, d.Queries())
	if err != nil {
		return nil, nil, err
	}
	var changes []Change
	for _, key := range killSaveKeys() {
		p, err := d.Queries().GetSophosProduct(ctx, key)
		if err != nil {
			return nil, nil, err
		}
		draft := Prefill(p, l)
		draft.Identifier = prefix + key
		changes = append(changes, Change{ProductKey: key, Mapping: MapToNew, Draft: &draft, SyncEnabled: true})
	}
	return &Saver{DB: d, CW: cw, Actor: "kill-test"}, changes, nil
}

func killSaveKeys() []string {
	keys := make([]string, killSaveProducts)
	for i := range keys {
		keys[i] = fmt.Sprintf("KILL-%d", i)
	}
	return keys
}

// Kills a Save that creates several products (a child process, SIGKILL) at random points,
// 50 times, then saves again: after each, the database passes integrity_check, ConnectWise
// holds each new product exactly once, each is mapped to its Sophos product, and the
// history has each create exactly once.
func TestKilledSaveCreatesEachProductOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 50 child processes")
	}
	const kills = 50
	ctx := context.Background()
	sb, cw := sandboxtest.ConnectWise(t, cwsandbox.Options{Catalog: cwsandbox.GenerateCatalog(100)})
	// A little latency per request spreads the Save over enough time to be hit anywhere.
	sb.Faults().Set(cwsandbox.Fault{Path: "/procurement/catalog*", Kind: cwsandbox.Latency, Delay: 4 * time.Millisecond})
	template := filepath.Join(t.TempDir(), "template.db")
	{
		d, err := db.Open(ctx, template)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := (&catalog.Refresher{DB: d, Source: catalog.NewSource(cw)}).Full(ctx, nil); err != nil {
			t.Fatal(err)
		}
		err = d.InTx(ctx, func(q *dbsqlc.Queries) error {
			for i, key := range killSaveKeys() {
				p := usage.Product{Key: key, SKU: key, Description: fmt.Sprintf("Kill test product %d", i), Group: "User", FirstSeen: "2026-01", LastSeen: "2026-11"}
				if err := Record(ctx, q, p, time.Now()); err != nil {
					return err
				}
			}
			return nil
		})
		d.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	templateBytes, err := os.ReadFile(template)
	if err != nil {
		t.Fatal(err)
	}

	// run saves in a child on a fresh copy of the template and kills it delay after it
	// says "saving" (unless it exits first).
	run := func(i int, delay time.Duration) (path, prefix string, exited bool, took time.Duration) {
		path = filepath.Join(t.TempDir(), "psabridge.db")
		if err := os.WriteFile(path, templateBytes, 0o600); err != nil {
			t.Fatal(err)
		}
		prefix = fmt.Sprintf("K%02d-", i)
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), killSaveDBEnv+"="+path, killSaveSiteEnv+"="+sb.URL(), killSavePrefixEnv+"="+prefix)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		if !lines.Scan() || lines.Text() != "saving" {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("the save child did not start: %s", stderr.String())
		}
		begin := time.Now()
		waited := make(chan error, 1)
		go func() {
			for lines.Scan() {
			}
			waited <- cmd.Wait()
		}()
		timer := time.NewTimer(delay)
		defer timer.Stop()
		select {
		case <-timer.C:
			_ = cmd.Process.Kill() // SIGKILL
			<-waited
		case err := <-waited:
			if err != nil {
				t.Fatalf("save child failed: %v\n%s", err, stderr.String())
			}
			exited = true
		}
		return path, prefix, exited, time.Since(begin)
	}

	// One uninterrupted Save gives the time a Save takes.
	before := sb.CatalogLen()
	path, prefix, exited, full := run(0, time.Minute)
	if !exited {
		t.Fatal("the uninterrupted save did not finish")
	}
	checkSavedOnce(t, sb, path, prefix, before)

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 4))
	var atKill struct{ created, pending, mapped, exited, noneCreated, someCreated, allCreatedUnmapped, committed int }
	for i := 1; i <= kills; i++ {
		before := sb.CatalogLen()
		path, prefix, exited, _ := run(i, time.Duration(rng.Int64N(int64(full)*6/5)))
		created, pending, mapped := killState(t, sb, path, before)
		atKill.created += created
		atKill.pending += pending
		atKill.mapped += mapped
		switch {
		case exited:
			atKill.exited++
		case mapped == killSaveProducts:
			atKill.committed++
		case created == 0:
			atKill.noneCreated++
		case created < killSaveProducts:
			atKill.someCreated++
		default:
			atKill.allCreatedUnmapped++
		}

		// Restart: the same Save again, in this process.
		d, err := db.Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen after kill %d: %v", i, err)
		}
		saver, changes, err := killSaver(ctx, d, sb.URL(), prefix)
		if err == nil && mapped < killSaveProducts {
			err = saver.Save(ctx, changes)
		}
		d.Close()
		if err != nil {
			t.Fatalf("save after kill %d: %v", i, err)
		}
		checkSavedOnce(t, sb, path, prefix, before)
	}
	t.Logf("uninterrupted save of %d new products: %v; %d kills: %d before any create, %d between creates, %d after all creates but before the commit, %d after the commit, %d exited first; left behind in total: %d products created, %d pending creates, %d mapped — all resolved by the next save, no duplicate",
		killSaveProducts, full.Round(time.Millisecond), kills, atKill.noneCreated, atKill.someCreated, atKill.allCreatedUnmapped, atKill.committed, atKill.exited,
		atKill.created, atKill.pending, atKill.mapped)
}

// killState is what a killed Save left: products created in ConnectWise since before,
// pending creates, and mapped products.
func killState(t *testing.T, sb *cwsandbox.Server, path string, before int) (created, pending, mapped int) {
	t.Helper()
	d := openChecked(t, path)
	defer d.Close()
	ctx := context.Background()
	for _, key := range killSaveKeys() {
		if _, err := d.Queries().GetPendingCreation(ctx, key); err == nil {
			pending++
		}
		p, err := d.Queries().GetSophosProduct(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		if p.CWCatalogItemID != nil {
			mapped++
		}
	}
	return sb.CatalogLen() - before, pending, mapped
}

// checkSavedOnce asserts the end state of a finished Save: integrity, one ConnectWise
// product per Sophos product, each mapped to its own, each create once in the history,
// nothing pending.
func checkSavedOnce(t *testing.T, sb *cwsandbox.Server, path, prefix string, before int) {
	t.Helper()
	d := openChecked(t, path)
	defer d.Close()
	ctx := context.Background()
	if got := sb.CatalogLen() - before; got != killSaveProducts {
		t.Fatalf("ConnectWise holds %d new products, want %d (one per Sophos product)", got, killSaveProducts)
	}
	var mapped []int64
	for _, key := range killSaveKeys() {
		id, ok := sb.CatalogItemID(prefix + key)
		p, err := d.Queries().GetSophosProduct(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || p.CWCatalogItemID == nil || *p.CWCatalogItemID != int64(id) {
			t.Fatalf("%s is mapped to %v, want its product %s (%d)", key, p.CWCatalogItemID, prefix+key, id)
		}
		if _, err := d.Queries().GetPendingCreation(ctx, key); err == nil {
			t.Fatalf("%s still has a pending create", key)
		}
		mapped = append(mapped, int64(id))
	}
	writes, err := d.Queries().ListConnectWiseWrites(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	var logged []int64
	for _, w := range writes {
		if w.Action == "create_catalog_item" {
			logged = append(logged, w.EntityID)
		}
	}
	slices.Sort(mapped)
	slices.Sort(logged)
	if !slices.Equal(mapped, logged) {
		t.Fatalf("history creates %v, want each created product once: %v", logged, mapped)
	}
}

func openChecked(t *testing.T, path string) *db.DB {
	t.Helper()
	d, err := db.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	var check string
	if err := d.SQL().QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		d.Close()
		t.Fatalf("integrity_check: %q %v", check, err)
	}
	return d
}
