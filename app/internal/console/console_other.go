//go:build !windows

package console

// AttachParent does nothing outside Windows: the process already writes to the terminal that
// started it. It reports false because no console was attached.
func AttachParent() bool { return false }
