package secrets

import (
	"errors"
	"fmt"

	"github.com/zalando/go-keyring"
)

// Service is the keychain service name every PSA Bridge secret is filed under; it is what
// the user sees in the OS keychain app.
const Service = "PSA Bridge"

// probeName is looked up by Available: any answer but "not found" means the keychain is
// not usable.
const probeName = "availability-check"

// Keyring is the Store on the OS keychain (github.com/zalando/go-keyring; tests call
// keyring.MockInit). Scope separates installs that keep their data in different folders
// (--data-dir), so a test or a second install never reads or overwrites another's keys.
type Keyring struct {
	Scope string
}

// account is the keychain entry's user name, e.g. "connectwise.private-key@3fa1c2…".
func (k Keyring) account(name string) string {
	if k.Scope == "" {
		return name
	}
	return name + "@" + k.Scope
}

// Get returns the secret stored under name, or ErrNotFound.
func (k Keyring) Get(name string) (string, error) {
	v, err := keyring.Get(Service, k.account(name))
	switch {
	case errors.Is(err, keyring.ErrNotFound):
		return "", ErrNotFound
	case err != nil:
		return "", &UnavailableError{Err: err}
	}
	return v, nil
}

// Set stores (or replaces) the secret under name.
func (k Keyring) Set(name, value string) error {
	err := keyring.Set(Service, k.account(name), value)
	if errors.Is(err, keyring.ErrSetDataTooBig) {
		return fmt.Errorf("the secret is too long for the system keychain")
	}
	if err != nil {
		return &UnavailableError{Err: err}
	}
	return nil
}

// Delete removes the secret under name; a missing secret is fine.
func (k Keyring) Delete(name string) error {
	err := keyring.Delete(Service, k.account(name))
	if err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return &UnavailableError{Err: err}
	}
	return nil
}

// Available asks the keychain for an entry that never exists: "not found" proves it answers.
func (k Keyring) Available() error {
	_, err := keyring.Get(Service, k.account(probeName))
	if err == nil || errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	return &UnavailableError{Err: err}
}
