package workspace

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"

	"psabridge/app/config"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/secrets"
	"psabridge/app/internal/sophos"
	"psabridge/db/dbsqlc"
)

// Non-secret connection settings, kept in app_settings of the real database.
const (
	SettingCWSite         = "connectwise.site"
	SettingCWCompanyID    = "connectwise.company_id"
	SettingCWClientID     = "connectwise.client_id"
	SettingSophosClientID = "sophos.client_id"
)

// Keychain entries. The ConnectWise public key is kept there too: with the company ID it
// is half of the Basic credential, and it is never needed for display.
const (
	SecretCWPublicKey  = "connectwise.public-key"
	SecretCWPrivateKey = "connectwise.private-key"
	SecretSophosSecret = "sophos.client-secret"
)

// SophosEndpoints are where the Sophos client of real accounts signs in and asks whoami;
// empty fields mean Sophos' production hosts. Only tests point them elsewhere (at the
// sandbox); the ConnectWise site is the user's own setting, so it needs no override.
type SophosEndpoints struct {
	TokenURL string
	APIHost  string
}

// SecretStore is where this install keeps its secrets: Options.Secrets, or the OS
// keychain scoped to the data folder (two data folders never share keys).
func (o Options) SecretStore() secrets.Store {
	if o.Secrets != nil {
		return o.Secrets
	}
	return secrets.Keyring{Scope: config.InstanceKey(o.Config.DataDir)}
}

// CWAccount is a ConnectWise account as the user entered it.
type CWAccount struct {
	Site, CompanyID, PublicKey, PrivateKey, ClientID string
}

// SophosAccount is a Sophos Central Partner API credential.
type SophosAccount struct {
	ClientID, ClientSecret string
}

// SavedSettings reads the non-secret connection settings ("" for anything not saved).
func SavedSettings(ctx context.Context, q *dbsqlc.Queries) (map[string]string, error) {
	out := map[string]string{}
	for _, key := range []string{SettingCWSite, SettingCWCompanyID, SettingCWClientID, SettingSophosClientID} {
		v, err := q.GetSetting(ctx, key)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return nil, err
		default:
			out[key] = v
		}
	}
	return out, nil
}

// StoredSecret returns a secret from the keychain, "" when none is stored.
func StoredSecret(store secrets.Store, name string) (string, error) {
	v, err := store.Get(name)
	if errors.Is(err, secrets.ErrNotFound) {
		return "", nil
	}
	return v, err
}

// savedConnectWise reads the saved ConnectWise account, each setting overridden by its
// environment variable when Options.Getenv has one; ok is false when it is incomplete.
func savedConnectWise(ctx context.Context, q *dbsqlc.Queries, o Options) (acc CWAccount, ok bool, err error) {
	s, err := SavedSettings(ctx, q)
	if err != nil {
		return acc, false, err
	}
	acc = CWAccount{Site: cmp.Or(o.env(EnvCWSite), s[SettingCWSite]), CompanyID: cmp.Or(o.env(EnvCWCompanyID), s[SettingCWCompanyID]),
		ClientID: cmp.Or(o.env(EnvCWClientID), s[SettingCWClientID])}
	if acc.Site == "" || acc.CompanyID == "" || acc.ClientID == "" {
		// Nothing saved: do not touch the keychain, which may ask the user to unlock it.
		return acc, false, nil
	}
	if acc.PublicKey, err = o.secret(EnvCWPublicKey, SecretCWPublicKey); err != nil {
		return acc, false, err
	}
	if acc.PrivateKey, err = o.secret(EnvCWPrivateKey, SecretCWPrivateKey); err != nil {
		return acc, false, err
	}
	return acc, acc.PublicKey != "" && acc.PrivateKey != "", nil
}

// savedSophos reads the saved Sophos credential, overridden by the environment as
// savedConnectWise; ok is false when it is incomplete.
func savedSophos(ctx context.Context, q *dbsqlc.Queries, o Options) (acc SophosAccount, ok bool, err error) {
	s, err := SavedSettings(ctx, q)
	if err != nil {
		return acc, false, err
	}
	acc.ClientID = cmp.Or(o.env(EnvSophosClientID), s[SettingSophosClientID])
	if acc.ClientID == "" {
		return acc, false, nil
	}
	if acc.ClientSecret, err = o.secret(EnvSophosClientSecret, SecretSophosSecret); err != nil {
		return acc, false, err
	}
	return acc, acc.ClientSecret != "", nil
}

// ConnectWiseConfig is the client configuration of account a.
func (o Options) ConnectWiseConfig(a CWAccount) connectwise.Config {
	return connectwise.Config{Site: a.Site, CompanyID: a.CompanyID, PublicKey: a.PublicKey,
		PrivateKey: a.PrivateKey, ClientID: a.ClientID, UserAgent: UserAgent(o.Version)}
}

// SophosConfig is the client configuration of credential a.
func (o Options) SophosConfig(a SophosAccount) sophos.Config {
	return sophos.Config{ClientID: a.ClientID, ClientSecret: a.ClientSecret,
		TokenURL: o.sophosEndpoints().TokenURL, APIHost: o.sophosEndpoints().APIHost, UserAgent: UserAgent(o.Version)}
}

// ErrNotConnected says the real account needed for an operation is not set up.
var ErrNotConnected = errors.New("not connected")

// RealConnectWise builds the client of the user's saved ConnectWise account. It makes no
// network calls. An account that is not fully set up gives an error wrapping ErrNotConnected.
func RealConnectWise(ctx context.Context, o Options, q *dbsqlc.Queries) (*connectwise.Client, error) {
	acc, ok, err := savedConnectWise(ctx, q, o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("ConnectWise is %w: set it up under Verbindungen [Connections]", ErrNotConnected)
	}
	return connectwise.New(o.ConnectWiseConfig(acc))
}

// RealSophos builds the client of the user's saved Sophos Central Partner credential.
func RealSophos(ctx context.Context, o Options, q *dbsqlc.Queries) (*sophos.Client, error) {
	acc, ok, err := savedSophos(ctx, q, o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("Sophos Central is %w: set it up under Verbindungen [Connections]", ErrNotConnected)
	}
	return sophos.New(o.SophosConfig(acc))
}

// connectAccounts gives a real workspace the clients of the user's saved accounts. An
// account that is not set up leaves its client nil, which the pages show as "not
// connected" (never demo data); a keychain that cannot be read is logged, not fatal, so
// the app still opens and the Verbindungen page can say what is wrong.
func (w *Workspace) connectAccounts(ctx context.Context, o Options) {
	q := w.DB.Queries()
	if c, err := RealSophos(ctx, o, q); err == nil {
		w.Sophos = c
	} else if !errors.Is(err, ErrNotConnected) {
		o.Log.Warn("Sophos Central account not connected", "err", err)
	}
	if c, err := RealConnectWise(ctx, o, q); err == nil {
		w.UseConnectWise(c)
	} else if !errors.Is(err, ErrNotConnected) {
		o.Log.Warn("ConnectWise account not connected", "err", err)
	}
}
