// Package secrets keeps credentials in the operating system's keychain (Windows Credential
// Manager, macOS Keychain, the Secret Service on Linux) and nowhere else. There is no
// plain-text fallback: where no keychain is available every call says so with
// *UnavailableError, and the app shows that message instead of storing the secret.
package secrets

import (
	"errors"
	"fmt"
)

// Store holds secrets by name.
type Store interface {
	// Get returns the secret stored under name, or ErrNotFound.
	Get(name string) (string, error)
	// Set stores (or replaces) the secret under name.
	Set(name, value string) error
	// Delete removes the secret under name; removing a secret that is not there is not an error.
	Delete(name string) error
	// Available returns nil when the keychain can be used, else an *UnavailableError.
	Available() error
}

// ErrNotFound says no secret is stored under that name.
var ErrNotFound = errors.New("no secret stored under that name")

// UnavailableError says the OS keychain cannot be used, in words a user can act on.
type UnavailableError struct {
	Err error // what the keychain library reported
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("the system keychain is not available (%v); PSA Bridge stores API keys and "+
		"secrets only there and never in a file. On Linux, install and start a Secret Service "+
		"such as GNOME Keyring or KeePassXC, then try again", e.Err)
}

func (e *UnavailableError) Unwrap() error { return e.Err }

// IsUnavailable reports whether err says the keychain cannot be used.
func IsUnavailable(err error) bool {
	var u *UnavailableError
	return errors.As(err, &u)
}
