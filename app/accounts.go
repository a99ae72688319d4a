package app

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"psabridge/app/config"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/secrets"
	"psabridge/app/internal/sophos"
	"psabridge/db/dbsqlc"
)

// Non-secret connection settings, kept in app_settings of the real database.
const (
	settingCWSite         = "connectwise.site"
	settingCWCompanyID    = "connectwise.company_id"
	settingCWClientID     = "connectwise.client_id"
	settingSophosClientID = "sophos.client_id"
)

// Keychain entries. The ConnectWise public key is kept there too: with the company ID it
// is half of the Basic credential, and it is never needed for display.
const (
	secretCWPublicKey     = "connectwise.public-key"
	secretCWPrivateKey    = "connectwise.private-key"
	secretSophosSecret    = "sophos.client-secret"
	connectionTestTimeout = 45 * time.Second
)

// SophosEndpoints are where the Sophos client of real accounts signs in and asks whoami;
// empty fields mean Sophos' production hosts. Only tests point them elsewhere (at the
// sandbox); the ConnectWise site is the user's own setting, so it needs no override.
type SophosEndpoints struct {
	TokenURL string
	APIHost  string
}

// secretStore is where this install keeps its secrets: Options.Secrets, or the OS
// keychain scoped to the data folder (two data folders never share keys).
func (o Options) secretStore() secrets.Store {
	if o.Secrets != nil {
		return o.Secrets
	}
	return secrets.Keyring{Scope: config.InstanceKey(o.Config.DataDir)}
}

// cwAccount is a ConnectWise account as the user entered it.
type cwAccount struct {
	Site, CompanyID, PublicKey, PrivateKey, ClientID string
}

// sophosAccount is a Sophos Central Partner API credential.
type sophosAccount struct {
	ClientID, ClientSecret string
}

// savedSettings reads the non-secret connection settings ("" for anything not saved).
func savedSettings(ctx context.Context, q *dbsqlc.Queries) (map[string]string, error) {
	out := map[string]string{}
	for _, key := range []string{settingCWSite, settingCWCompanyID, settingCWClientID, settingSophosClientID} {
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

// storedSecret returns a secret from the keychain, "" when none is stored.
func storedSecret(store secrets.Store, name string) (string, error) {
	v, err := store.Get(name)
	if errors.Is(err, secrets.ErrNotFound) {
		return "", nil
	}
	return v, err
}

// savedConnectWise reads the saved ConnectWise account; ok is false when it is incomplete.
func savedConnectWise(ctx context.Context, q *dbsqlc.Queries, store secrets.Store) (acc cwAccount, ok bool, err error) {
	s, err := savedSettings(ctx, q)
	if err != nil {
		return acc, false, err
	}
	acc = cwAccount{Site: s[settingCWSite], CompanyID: s[settingCWCompanyID], ClientID: s[settingCWClientID]}
	if acc.Site == "" || acc.CompanyID == "" || acc.ClientID == "" {
		// Nothing saved: do not touch the keychain, which may ask the user to unlock it.
		return acc, false, nil
	}
	if acc.PublicKey, err = storedSecret(store, secretCWPublicKey); err != nil {
		return acc, false, err
	}
	if acc.PrivateKey, err = storedSecret(store, secretCWPrivateKey); err != nil {
		return acc, false, err
	}
	return acc, acc.PublicKey != "" && acc.PrivateKey != "", nil
}

// savedSophos reads the saved Sophos credential; ok is false when it is incomplete.
func savedSophos(ctx context.Context, q *dbsqlc.Queries, store secrets.Store) (acc sophosAccount, ok bool, err error) {
	s, err := savedSettings(ctx, q)
	if err != nil {
		return acc, false, err
	}
	acc.ClientID = s[settingSophosClientID]
	if acc.ClientID == "" {
		return acc, false, nil
	}
	if acc.ClientSecret, err = storedSecret(store, secretSophosSecret); err != nil {
		return acc, false, err
	}
	return acc, acc.ClientSecret != "", nil
}

func (o Options) connectWiseConfig(a cwAccount) connectwise.Config {
	return connectwise.Config{Site: a.Site, CompanyID: a.CompanyID, PublicKey: a.PublicKey,
		PrivateKey: a.PrivateKey, ClientID: a.ClientID, UserAgent: userAgent(o.Version)}
}

func (o Options) sophosConfig(a sophosAccount) sophos.Config {
	return sophos.Config{ClientID: a.ClientID, ClientSecret: a.ClientSecret,
		TokenURL: o.Sophos.TokenURL, APIHost: o.Sophos.APIHost, UserAgent: userAgent(o.Version)}
}

// ErrNotConnected says the real account needed for an operation is not set up.
var ErrNotConnected = errors.New("not connected")

// realConnectWise builds the client of the user's saved ConnectWise account. It makes no
// network calls. An account that is not fully set up gives an error wrapping ErrNotConnected.
func realConnectWise(ctx context.Context, o Options, q *dbsqlc.Queries) (*connectwise.Client, error) {
	acc, ok, err := savedConnectWise(ctx, q, o.secretStore())
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("ConnectWise is %w: set it up under Verbindungen [Connections]", ErrNotConnected)
	}
	return connectwise.New(o.connectWiseConfig(acc))
}

// realSophos builds the client of the user's saved Sophos Central Partner credential.
func realSophos(ctx context.Context, o Options, q *dbsqlc.Queries) (*sophos.Client, error) {
	acc, ok, err := savedSophos(ctx, q, o.secretStore())
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("Sophos Central is %w: set it up under Verbindungen [Connections]", ErrNotConnected)
	}
	return sophos.New(o.sophosConfig(acc))
}

// connectAccounts gives a real session the clients of the user's saved accounts. An
// account that is not set up leaves its client nil, which the pages show as "not
// connected" (never demo data); a keychain that cannot be read is logged, not fatal, so
// the app still opens and the Verbindungen page can say what is wrong.
func (s *session) connectAccounts(ctx context.Context, o Options) {
	q := s.db.Queries()
	if c, err := realSophos(ctx, o, q); err == nil {
		s.sophos = c
	} else if !errors.Is(err, ErrNotConnected) {
		o.Log.Warn("Sophos Central account not connected", "err", err)
	}
	if c, err := realConnectWise(ctx, o, q); err == nil {
		s.useConnectWise(c)
	} else if !errors.Is(err, ErrNotConnected) {
		o.Log.Warn("ConnectWise account not connected", "err", err)
	}
}

// trimAll trims the spaces and line breaks pasted credentials often carry.
func trimAll(values ...*string) {
	for _, v := range values {
		*v = strings.TrimSpace(*v)
	}
}
