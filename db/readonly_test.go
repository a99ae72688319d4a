package db

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"testing"
)

// A file that cannot be written (here: immutable, which holds even for root) opens with
// an OpenError saying it is read-only, not later with a failed write.
func TestAReadOnlyFileIsNamedAsSuch(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "psabridge.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("cannot make the file immutable here: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("chattr", "-i", path).Run() })
	_, err = Open(ctx, path)
	oe, ok := errors.AsType[*OpenError](err)
	if !ok || oe.Problem != ProblemReadOnly {
		t.Fatalf("want an OpenError(read_only), got %v", err)
	}
}
