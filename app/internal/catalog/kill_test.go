package catalog

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sandboxtest"
	"psabridge/db"
)

// The kill test's child process: with these set, the test binary refreshes the catalog in
// the database at killRefreshDBEnv from the sandbox at killRefreshSiteEnv and reports each
// step on stdout, until its parent kills it.
const (
	killRefreshDBEnv   = "PSABRIDGE_KILL_REFRESH_DB"
	killRefreshSiteEnv = "PSABRIDGE_KILL_REFRESH_SITE"
	killPageSize       = 250
)

func runRefreshChild() int {
	ctx := context.Background()
	d, err := db.Open(ctx, os.Getenv(killRefreshDBEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer d.Close()
	c, err := connectwise.New(sandboxtest.ConnectWiseConfig(os.Getenv(killRefreshSiteEnv)))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	r := &Refresher{DB: d, Source: cwSource{c: c, pageSize: killPageSize}}
	_, err = r.Full(ctx, func(p Progress) { fmt.Printf("%s %d %d\n", p.Phase, p.Done, p.Total) })
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// catalogSnapshot is what the kill test compares: the ids, and the descriptions of the
// items edited between the old and the new catalog.
type catalogSnapshot struct {
	ids          []int64
	descriptions map[int64]string
}

func readSnapshot(t *testing.T, path string, edited []int64) catalogSnapshot {
	t.Helper()
	ctx := context.Background()
	d, err := db.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer d.Close()
	var check string
	if err := d.SQL().QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q %v", check, err)
	}
	ids, err := d.Queries().ListCatalogItemIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s := catalogSnapshot{ids: ids, descriptions: map[int64]string{}}
	for _, id := range edited {
		it, err := d.Queries().GetCatalogItem(ctx, id)
		if err != nil {
			t.Fatalf("edited item %d: %v", id, err)
		}
		s.descriptions[id] = it.Description
	}
	return s
}

func (s catalogSnapshot) equal(o catalogSnapshot) bool {
	if !slices.Equal(s.ids, o.ids) || len(s.descriptions) != len(o.descriptions) {
		return false
	}
	for id, d := range s.descriptions {
		if o.descriptions[id] != d {
			return false
		}
	}
	return true
}

// Kills a full refresh (a child process, SIGKILL) at random points, 50 times: after each,
// the database passes integrity_check and the cache holds exactly the old catalog or
// exactly the new one.
func TestKilledFullRefreshLeavesOldOrNewCatalog(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 50 child processes")
	}
	const items, kills = 3000, 50
	sb, client := startSandbox(t, items)
	dir := t.TempDir()
	template := filepath.Join(dir, "old.db")
	ctx := context.Background()
	{ // the old catalog
		d, err := db.Open(ctx, template)
		if err != nil {
			t.Fatal(err)
		}
		r := &Refresher{DB: d, Source: cwSource{c: client, pageSize: killPageSize}}
		if _, err := r.Full(ctx, nil); err != nil {
			t.Fatal(err)
		}
		d.Close()
	}
	// The new catalog: 40 items deleted, 40 renamed.
	ids := sb.CatalogItemIDs()
	var edited []int64
	for i, id := range ids[:160] {
		switch i % 4 {
		case 0:
			if err := sb.DeleteCatalogItem(id); err != nil {
				t.Fatal(err)
			}
		case 1:
			edited = append(edited, int64(id))
			if err := sb.EditCatalogItem(id, func(e *cwsandbox.CatalogItemEdit) { e.Description = "renamed " + e.Description }); err != nil {
				t.Fatal(err)
			}
		}
	}
	old := readSnapshot(t, template, edited)

	// run starts a refresh child and kills it after delay (unless it exits first); seen is
	// when each step was first reported, measured from the start.
	run := func(delay time.Duration) (phase string, exited bool, path string, seen map[string]time.Duration) {
		seen = map[string]time.Duration{}
		begin := time.Now()
		path = filepath.Join(t.TempDir(), "psabridge.db")
		copyFile(t, template, path)
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), killRefreshDBEnv+"="+path, killRefreshSiteEnv+"="+sb.URL())
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		last := ""
		read := make(chan struct{})
		go func() {
			defer close(read)
			lines := bufio.NewScanner(out)
			for lines.Scan() {
				mu.Lock()
				last = lines.Text()
				if _, ok := seen[classify(last)]; !ok {
					seen[classify(last)] = time.Since(begin)
				}
				mu.Unlock()
			}
		}()
		waited := make(chan error, 1)
		timer := time.NewTimer(delay)
		defer timer.Stop()
		go func() { <-read; waited <- cmd.Wait() }()
		select {
		case <-timer.C:
			_ = cmd.Process.Kill() // SIGKILL
			<-waited
		case err := <-waited:
			if err != nil {
				t.Fatalf("refresh child failed: %v\n%s", err, stderr.String())
			}
			exited = true
		}
		mu.Lock()
		defer mu.Unlock()
		return classify(last), exited, path, seen
	}

	// One uninterrupted run gives the new catalog and the time a refresh takes.
	start := time.Now()
	_, exited, path, seen := run(time.Minute)
	full := time.Since(start)
	if !exited {
		t.Fatal("the uninterrupted refresh did not finish")
	}
	latest := readSnapshot(t, path, edited)
	if latest.equal(old) || len(latest.ids) != items-40 {
		t.Fatalf("the new catalog has %d items, want %d", len(latest.ids), items-40)
	}

	landed := map[string]int{}
	olds, news := 0, 0
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	// Half the kills anywhere, half aimed at the swap (from the last page to the end).
	swapFrom, swapTo := seen["write"], max(seen["after"], seen["write"])+5*time.Millisecond
	for i := range kills {
		delay := time.Duration(rng.Int64N(int64(full) * 6 / 5))
		if i%2 == 1 {
			delay = swapFrom + time.Duration(rng.Int64N(int64(swapTo-swapFrom)+1))
		}
		phase, exited, path, _ := run(delay)
		if exited {
			phase = "exited"
		}
		landed[phase]++
		switch got := readSnapshot(t, path, edited); {
		case got.equal(old):
			olds++
		case got.equal(latest):
			news++
		default:
			t.Fatalf("killed at %v (%s): the cache holds %d items, neither the old (%d) nor the new (%d) catalog",
				delay, phase, len(got.ids), len(old.ids), len(latest.ids))
		}
	}
	t.Logf("uninterrupted refresh %v; %d kills: %d mid-download, %d mid-write (swap), %d after it finished, %d exited before the kill; cache old %d times, new %d times",
		full.Round(time.Millisecond), kills, landed["download"], landed["write"], landed["after"], landed["exited"], olds, news)
}

// classify names the step a child last reported: still downloading, between the last page
// and the end (the count check and the swap), or finished.
func classify(line string) string {
	f := strings.Fields(line)
	if len(f) != 3 {
		return "download"
	}
	done, _ := strconv.Atoi(f[1])
	total, _ := strconv.Atoi(f[2])
	switch {
	case f[0] == string(PhaseFinished):
		return "after"
	case f[0] == string(PhaseItems) && total > 0 && done >= total:
		return "write"
	}
	return "download"
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
