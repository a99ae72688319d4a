package workspace

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"psabridge/app/internal/secrets"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// KeysNeededError says the form's empty key fields cannot be filled from the keychain:
// the stored keys belong to the saved site and company ID, and the form names another.
// Fields are the empty key fields ("PublicKey", "PrivateKey").
type KeysNeededError struct{ Fields []string }

func (e *KeysNeededError) Error() string {
	return "the stored public and private keys are used only with the saved site and company ID: enter both keys again for another site or company ID"
}

// WithStoredKeys is a with empty key fields filled from the keychain, so a form can be
// tested or saved without typing the stored keys again — but only for the saved site and
// company ID: the keys are never sent to another host or with another company ID.
func (a CWAccount) WithStoredKeys(ctx context.Context, q *dbsqlc.Queries, store secrets.Store) (CWAccount, error) {
	var empty []string // in the order the form shows them
	if a.PublicKey == "" {
		empty = append(empty, "PublicKey")
	}
	if a.PrivateKey == "" {
		empty = append(empty, "PrivateKey")
	}
	if len(empty) == 0 {
		return a, nil
	}
	saved, err := SavedSettings(ctx, q)
	if err != nil {
		return a, err
	}
	if !strings.EqualFold(a.Site, saved[SettingCWSite]) || a.CompanyID != saved[SettingCWCompanyID] {
		return a, &KeysNeededError{Fields: empty}
	}
	for name, v := range map[string]*string{SecretCWPublicKey: &a.PublicKey, SecretCWPrivateKey: &a.PrivateKey} {
		if *v != "" {
			continue
		}
		stored, err := StoredSecret(store, name)
		if err != nil {
			return a, err
		}
		*v = stored
	}
	return a, nil
}

// WithStoredSecret is a with an empty secret filled from the keychain.
func (a SophosAccount) WithStoredSecret(store secrets.Store) (SophosAccount, error) {
	if a.ClientSecret != "" {
		return a, nil
	}
	stored, err := StoredSecret(store, SecretSophosSecret)
	a.ClientSecret = stored
	return a, err
}

// MaxSettingLength is app_settings' CHECK on a value, checked before anything is written.
const MaxSettingLength = 4000

// SettingError names the setting (SettingCWCompanyID, …) a value cannot be saved in.
type SettingError struct {
	Setting string
	Reason  string
}

func (e *SettingError) Error() string { return e.Setting + " " + e.Reason }

// CheckSettings applies app_settings' rules to values before anything is written.
func CheckSettings(values map[string]string) error {
	for k, v := range values {
		if n := len([]rune(v)); n > MaxSettingLength {
			return &SettingError{Setting: k, Reason: fmt.Sprintf("is %d characters long; at most %d are allowed", n, MaxSettingLength)}
		}
	}
	return nil
}

// SaveAccount saves an account all or nothing: its settings are checked first, then the
// secrets that were entered (keychain entry → value; empty ones keep what is stored) go to
// the keychain and the settings to the database in one transaction. When anything fails
// after a secret was written, the keychain is put back as it was.
func SaveAccount(ctx context.Context, d *db.DB, store secrets.Store, secretValues, settings map[string]string) (err error) {
	if err := CheckSettings(settings); err != nil {
		return err
	}
	var written []string
	before := map[string]string{} // "" when nothing was stored
	defer func() {
		if err != nil {
			err = errors.Join(err, rollBack(store, written, before))
		}
	}()
	for name, v := range secretValues {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		old, err := StoredSecret(store, name)
		if err != nil {
			return err
		}
		before[name] = old
		written = append(written, name)
		if err := store.Set(name, v); err != nil {
			return err
		}
	}
	return SaveSettings(ctx, d, settings)
}

// rollBack restores the secrets SaveAccount wrote to what they were before.
func rollBack(store secrets.Store, written []string, before map[string]string) error {
	var errs []error
	for _, name := range written {
		if old := before[name]; old != "" {
			errs = append(errs, store.Set(name, old))
		} else {
			errs = append(errs, store.Delete(name))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("put the keychain back: %w", err)
	}
	return nil
}

// SaveSettings writes non-secret connection settings in one transaction.
func SaveSettings(ctx context.Context, d *db.DB, values map[string]string) error {
	now := time.Now().UnixMilli()
	return d.InTx(ctx, func(q *dbsqlc.Queries) error {
		for k, v := range values {
			if err := q.PutSetting(ctx, dbsqlc.PutSettingParams{Key: k, Value: v, UpdatedAt: now}); err != nil {
				return err
			}
		}
		return nil
	})
}
