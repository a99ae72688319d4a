// Package sharedref finds the project's shared reference material (../shared beside the
// module root: the ConnectWise OpenAPI subset, the Sophos example bodies) for tests that
// check the code against it.
package sharedref

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns ../shared/<rel> beside the directory holding go.mod. When it is missing
// the test fails on CI (where it must exist) and is skipped on a developer machine that
// has no ../shared checkout.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shared reference %s missing on CI: %v", path, err)
		}
		tb.Skipf("shared reference %s not found (no ../shared checkout beside the module); skipped outside CI", path)
	}
	return path
}
