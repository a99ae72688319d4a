package workspace

import (
	"context"
	"strings"
	"time"

	"psabridge/app/internal/secrets"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// WithStoredKeys is a with empty key fields filled from the keychain, so a form can be
// tested or saved without typing the stored keys again.
func (a CWAccount) WithStoredKeys(store secrets.Store) (CWAccount, error) {
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

// SaveSecrets stores the secrets that were entered (keychain entry → value); empty ones
// keep what is stored. Secrets go to the keychain only, never anywhere else.
func SaveSecrets(store secrets.Store, values map[string]string) error {
	for name, v := range values {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if err := store.Set(name, v); err != nil {
			return err
		}
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
