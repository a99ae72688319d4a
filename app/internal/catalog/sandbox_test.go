package catalog

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sandboxtest"
)

// startSandbox serves a generated catalog of n items and returns a client for it.
func startSandbox(tb testing.TB, n int) (*cwsandbox.Server, *connectwise.Client) {
	tb.Helper()
	return sandboxtest.ConnectWise(tb, cwsandbox.Options{Catalog: cwsandbox.GenerateCatalog(n)})
}

// sandboxItemsEnv, when set, turns the test binary into a sandbox server process (see
// TestMain): benchmarks run the server apart so its own allocations and its in-memory
// catalog do not count against the refresh's heap, as with a real, remote ConnectWise.
const sandboxItemsEnv = "PSABRIDGE_CW_SANDBOX_ITEMS"

func TestMain(m *testing.M) {
	if os.Getenv(killRefreshDBEnv) != "" {
		os.Exit(runRefreshChild())
	}
	if n, err := strconv.Atoi(os.Getenv(sandboxItemsEnv)); err == nil {
		sb := cwsandbox.New(cwsandbox.Options{Catalog: cwsandbox.GenerateCatalog(n)})
		if err := sb.Start(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(sb.URL())
		_, _ = io.Copy(io.Discard, os.Stdin) // serve until the parent closes our stdin
		sb.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// startSandboxProcess runs a sandbox with n generated items in a child process.
func startSandboxProcess(tb testing.TB, n int) *connectwise.Client {
	tb.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", sandboxItemsEnv, n))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { stdin.Close(); cmd.Wait() })
	url, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		tb.Fatalf("sandbox process: %v", err)
	}
	cfg := sandboxtest.ConnectWiseConfig(strings.TrimSpace(url))
	cfg.Timeout = 60 * time.Second
	c, err := connectwise.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
