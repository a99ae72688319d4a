package usagesync

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/db"
)

// Environment of the child process TestKilledRunsAreExactlyOnce starts.
const (
	childDB     = "USAGESYNC_CHILD_DB"
	childCW     = "USAGESYNC_CHILD_CW"
	childInputs = "USAGESYNC_CHILD_INPUTS"
)

// TestKillChild is the child: it runs a month and prints each step it reaches, so the
// parent can kill -9 it at a chosen one. Without the environment it does nothing.
func TestKillChild(t *testing.T) {
	if os.Getenv(childDB) == "" {
		t.Skip("only run as the child of TestKilledRunsAreExactlyOnce")
	}
	var in Inputs
	if err := json.Unmarshal([]byte(os.Getenv(childInputs)), &in); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store, err := db.Open(ctx, os.Getenv(childDB))
	if err != nil {
		t.Fatal(err)
	}
	cw, err := connectwise.New(sandboxConfig(os.Getenv(childCW)))
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{DB: store, CW: cw, Actor: "child", Now: func() time.Time { return testNow }, Parallel: 2, Lock: syncLock(store),
		crashAt: func(point string) bool { fmt.Println("step", point); return false }}
	if _, _, err := e.Run(ctx, in, ApplyOptions{Trigger: TriggerCommandLine}); err != nil {
		t.Fatal(err)
	}
	fmt.Println("step done")
}

// A run killed with SIGKILL at a random step, about 30 times over, each time followed by
// a normal run (and, where that left creates in doubt, one after the in-flight grace):
// every pair ends with exactly one addition with the right quantity.
func TestKilledRunsAreExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 30 child processes")
	}
	h := newHarness(t)
	var products []Product
	for _, key := range []string{"IXA", "SRV", "MTR"} {
		products = append(products, h.product(key))
	}
	rng := rand.New(rand.NewPCG(14, 2026))
	path := h.store.Path()
	quantity := func(tenant, key string, round int) float64 { return float64(len(tenant)+len(key)*3+round%5) + 0.5 }
	kills, inDoubtRounds := 0, 0
	for round := range 30 {
		// Every round a new customer (creates) and new quantities for the others (updates).
		h.customer(fmt.Sprintf("tenant-%02d", round), round%2 == 0)
		h.in.Usage.ByTenant = nil
		for _, c := range h.in.Customers {
			for _, p := range products {
				h.usage(c.TenantID, p.Key, quantity(c.TenantID, p.Key, round))
			}
		}
		inputs, _ := json.Marshal(h.in)

		cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), childDB+"="+path, childCW+"="+h.sb.URL(), childInputs+"="+string(inputs))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		killAt := 1 + rng.IntN(8) // the n-th step reached
		steps := bufio.NewScanner(out)
		n := 0
		for steps.Scan() {
			if line := steps.Text(); len(line) > 5 && line[:5] == "step " {
				n++
				if n == killAt && line != "step done" {
					_ = cmd.Process.Kill() // SIGKILL: no deferred code, no final records
					kills++
					break
				}
			}
		}
		_ = cmd.Wait()

		// Restarted: a normal run settles whatever the killed one left.
		h.eng = h.engine()
		p := h.plan()
		rep, err := h.eng.Apply(h.ctx, p, ApplyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// The killed child's last POST may still be arriving: such pairs stay in doubt.
		// Once the sandbox has finished it and the grace has passed, a run settles them.
		if err := h.sb.WaitIdle(h.ctx); err != nil {
			t.Fatal(err)
		}
		if inDoubt(rep.Rows) > 0 {
			inDoubtRounds++
			h.afterGrace()
			if rep := h.apply(h.plan()); inDoubt(rep.Rows) != 0 {
				t.Fatalf("round %d: still in doubt after the grace: %v", round, rep.Errors)
			}
		}
		for _, c := range h.in.Customers {
			for _, prod := range products {
				if err := h.exactlyOne(c.AgreementID, prod.CatalogItemID, quantity(c.TenantID, prod.Key, round)); err != nil {
					t.Fatalf("round %d (killed at step %d): %v", round, killAt, err)
				}
			}
		}
	}
	runs, err := h.eng.Runs(h.ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	interrupted := 0
	for _, r := range runs {
		if r.Result == "interrupted" {
			interrupted++
		}
	}
	if kills < 25 || interrupted < 25 {
		t.Fatalf("only %d of 30 runs were killed mid-way (%d recorded as interrupted)", kills, interrupted)
	}
	t.Logf("%d kills, %d restarts left creates in doubt", kills, inDoubtRounds)
}
