//go:build !windows

package console

import (
	"os"
	"testing"
)

// Outside Windows, attaching must neither claim a console nor touch the standard streams.
func TestAttachParentLeavesStreamsAloneOutsideWindows(t *testing.T) {
	stdout, stderr := os.Stdout, os.Stderr
	if AttachParent() {
		t.Fatal("AttachParent reported an attached console outside Windows")
	}
	if os.Stdout != stdout || os.Stderr != stderr {
		t.Fatal("AttachParent replaced the standard streams outside Windows")
	}
}
