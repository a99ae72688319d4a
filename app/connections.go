package app

import (
	"context"
	"errors"
	"strings"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/httpretry"
	"psabridge/app/internal/secrets"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/workspace"
)

// ConnectionsService feeds the page "Verbindungen" [Connections]: the user's ConnectWise
// and Sophos Central accounts, their "test connection", and the switch between demo data
// and real accounts. Secrets go to the OS keychain only and never come back out to the
// frontend: it learns only whether one is set.
type ConnectionsService struct{ app *App }

// KeychainState says whether secrets can be stored; Message says why not, plainly.
type KeychainState struct {
	Available bool   `json:"available"`
	Message   string `json:"message,omitempty"`
}

// ConnectWiseSettings is the saved ConnectWise account without its keys.
type ConnectWiseSettings struct {
	Site          string `json:"site"`
	CompanyID     string `json:"companyId"`
	ClientID      string `json:"clientId"`
	PublicKeySet  bool   `json:"publicKeySet"`
	PrivateKeySet bool   `json:"privateKeySet"`
}

// SophosSettings is the saved Sophos Central Partner credential without its secret.
type SophosSettings struct {
	ClientID        string `json:"clientId"`
	ClientSecretSet bool   `json:"clientSecretSet"`
}

// Connections is the state of the page. In demo mode only Demo is set: the sandboxes need
// no settings, and the real accounts are not open.
type Connections struct {
	Demo        bool                `json:"demo"`
	Keychain    KeychainState       `json:"keychain"`
	ConnectWise ConnectWiseSettings `json:"connectWise"`
	Sophos      SophosSettings      `json:"sophos"`
}

// ConnectWiseForm is the ConnectWise form as entered. An empty key means "keep the stored one".
type ConnectWiseForm struct {
	Site       string `json:"site"`
	CompanyID  string `json:"companyId"`
	PublicKey  string `json:"publicKey"`
	PrivateKey string `json:"privateKey"`
	ClientID   string `json:"clientId"`
}

// SophosForm is the Sophos form as entered. An empty secret means "keep the stored one".
type SophosForm struct {
	ClientID     string `json:"clientId"`
	ClientSecret string `json:"clientSecret"`
}

// The secrets RemoveSecret accepts, named like the form fields.
const (
	SecretConnectWisePublicKey  = "connectWise.publicKey"
	SecretConnectWisePrivateKey = "connectWise.privateKey"
	SecretSophosClientSecret    = "sophos.clientSecret"
)

var removableSecrets = map[string]string{
	SecretConnectWisePublicKey:  workspace.SecretCWPublicKey,
	SecretConnectWisePrivateKey: workspace.SecretCWPrivateKey,
	SecretSophosClientSecret:    workspace.SecretSophosSecret,
}

// State returns the saved settings, which secrets are set, and whether the keychain works.
func (s *ConnectionsService) State() (Connections, error) {
	ws, ctx := s.app.use()
	if ws.Demo {
		return Connections{Demo: true, Keychain: KeychainState{Available: true}}, nil
	}
	saved, err := workspace.SavedSettings(ctx, ws.DB.Queries())
	if err != nil {
		return Connections{}, err
	}
	out := Connections{
		Keychain:    KeychainState{Available: true},
		ConnectWise: ConnectWiseSettings{Site: saved[workspace.SettingCWSite], CompanyID: saved[workspace.SettingCWCompanyID], ClientID: saved[workspace.SettingCWClientID]},
		Sophos:      SophosSettings{ClientID: saved[workspace.SettingSophosClientID]},
	}
	store := s.app.secretStore()
	if err := store.Available(); err != nil {
		out.Keychain = KeychainState{Message: err.Error()}
		return out, nil
	}
	for name, set := range map[string]*bool{workspace.SecretCWPublicKey: &out.ConnectWise.PublicKeySet,
		workspace.SecretCWPrivateKey: &out.ConnectWise.PrivateKeySet, workspace.SecretSophosSecret: &out.Sophos.ClientSecretSet} {
		v, err := workspace.StoredSecret(store, name)
		if err != nil {
			out.Keychain = KeychainState{Message: err.Error()}
			return out, nil
		}
		*set = v != ""
	}
	return out, nil
}

// SaveConnectWise checks and saves the ConnectWise account: the keys to the keychain, the
// rest to the database. Nothing is saved when anything is wrong.
func (s *ConnectionsService) SaveConnectWise(f ConnectWiseForm) (Connections, error) {
	return s.save("ConnectWise", func(store secrets.Store) (accountToSave, error) {
		acc, _, err := s.connectWiseClient(f, store, nil)
		return accountToSave{
			secrets: map[string]string{workspace.SecretCWPublicKey: f.PublicKey, workspace.SecretCWPrivateKey: f.PrivateKey},
			settings: map[string]string{workspace.SettingCWSite: acc.Site, workspace.SettingCWCompanyID: acc.CompanyID,
				workspace.SettingCWClientID: acc.ClientID},
			log: []any{"site", acc.Site, "companyId", acc.CompanyID},
		}, err
	})
}

// SaveSophos checks and saves the Sophos credential: the secret to the keychain, the
// client ID to the database.
func (s *ConnectionsService) SaveSophos(f SophosForm) (Connections, error) {
	return s.save("Sophos Central", func(store secrets.Store) (accountToSave, error) {
		acc, _, err := s.sophosClient(f, store, nil)
		return accountToSave{
			secrets:  map[string]string{workspace.SecretSophosSecret: f.ClientSecret},
			settings: map[string]string{workspace.SettingSophosClientID: acc.ClientID},
			log:      []any{"clientId", acc.ClientID},
		}, err
	})
}

// accountToSave is a checked account form as it is stored.
type accountToSave struct {
	secrets  map[string]string // keychain entry → value as entered ("" keeps the stored one)
	settings map[string]string // app_settings key → value
	log      []any             // what the log says about it (never a secret)
}

// save stores the account check builds from the form, then reopens the workspace with it.
func (s *ConnectionsService) save(service string, check func(secrets.Store) (accountToSave, error)) (Connections, error) {
	ws, err := s.realWorkspace()
	if err != nil {
		return Connections{}, err
	}
	store := s.app.secretStore()
	if err := store.Available(); err != nil {
		return Connections{}, classified(err)
	}
	acc, err := check(store)
	if err != nil {
		return Connections{}, err
	}
	if err := workspace.SaveAccount(ws.Context(), ws.DB, store, acc.secrets, acc.settings); err != nil {
		return Connections{}, accountFieldError(err)
	}
	s.app.opts.Log.Info(service+" connection saved", acc.log...)
	return s.reconnected()
}

// RemoveSecret deletes one stored secret (SecretConnectWisePublicKey, …) from the keychain.
func (s *ConnectionsService) RemoveSecret(secret string) (Connections, error) {
	if _, err := s.realWorkspace(); err != nil {
		return Connections{}, err
	}
	name, ok := removableSecrets[secret]
	if !ok {
		return Connections{}, InvalidField("secret", "unknown secret %q", secret)
	}
	if err := s.app.secretStore().Delete(name); err != nil {
		return Connections{}, classified(err)
	}
	s.app.opts.Log.Info("secret removed from the keychain", "entry", secret)
	return s.reconnected()
}

// TestConnectWise tries the account in the form (stored keys stand in for empty key
// fields), so the user can test before saving. Connection problems are reported in the
// result; an error means the form itself is incomplete or the keychain failed.
func (s *ConnectionsService) TestConnectWise(f ConnectWiseForm) (ConnectWiseTest, error) {
	return testWithin(s, func(ctx context.Context, store secrets.Store) (ConnectWiseTest, error) {
		acc, client, err := s.connectWiseClient(f, store, &connectionTestRetry)
		if err != nil {
			return ConnectWiseTest{}, err
		}
		res := testConnectWise(ctx, client, acc.CompanyID, acc.PublicKey, acc.PrivateKey)
		s.app.opts.Log.Info("ConnectWise connection test", "site", acc.Site, "ok", res.OK, "failure", res.Failure, "detail", res.Detail)
		return res, nil
	})
}

// TestSophos tries the credential in the form (the stored secret stands in for an empty
// secret field): who it belongs to, and whether it can list the partner's customers.
func (s *ConnectionsService) TestSophos(f SophosForm) (SophosTest, error) {
	return testWithin(s, func(ctx context.Context, store secrets.Store) (SophosTest, error) {
		acc, client, err := s.sophosClient(f, store, &connectionTestRetry)
		if err != nil {
			return SophosTest{}, err
		}
		res := testSophos(ctx, client, acc.ClientSecret)
		s.app.opts.Log.Info("Sophos Central connection test", "clientId", acc.ClientID, "ok", res.OK, "failure", res.Failure, "detail", res.Detail)
		return res, nil
	})
}

// testWithin runs a connection test on the real workspace, bounded by connectionTestTimeout.
func testWithin[R any](s *ConnectionsService, test func(context.Context, secrets.Store) (R, error)) (R, error) {
	ws, err := s.realWorkspace()
	if err != nil {
		var none R
		return none, err
	}
	ctx, cancel := context.WithTimeout(ws.Context(), connectionTestTimeout)
	defer cancel()
	return test(ctx, s.app.secretStore())
}

// connectWiseClient builds the client of the form's account (keys from the keychain for
// empty key fields) with retry, or the default retry when nil; it makes no network call.
// A setting the client refuses is an error naming the form field.
func (s *ConnectionsService) connectWiseClient(f ConnectWiseForm, store secrets.Store, retry *httpretry.Policy) (workspace.CWAccount, *connectwise.Client, error) {
	acc, err := s.connectWiseAccount(f, store)
	if err != nil {
		return acc, nil, err
	}
	cfg := s.app.opts.workspace().ConnectWiseConfig(acc)
	if retry != nil {
		cfg.Retry = *retry
	}
	client, err := connectwise.New(cfg)
	if err != nil {
		return acc, nil, connectWiseFieldError(err)
	}
	return acc, client, nil
}

// sophosClient is connectWiseClient for the Sophos form.
func (s *ConnectionsService) sophosClient(f SophosForm, store secrets.Store, retry *httpretry.Policy) (workspace.SophosAccount, *sophos.Client, error) {
	acc, err := sophosAccountOf(f, store)
	if err != nil {
		return acc, nil, err
	}
	cfg := s.app.opts.workspace().SophosConfig(acc)
	if retry != nil {
		cfg.Retry = *retry
	}
	client, err := sophos.New(cfg)
	if err != nil {
		return acc, nil, sophosFieldError(err)
	}
	return acc, client, nil
}

// SwitchMode opens demo data (true) or the real accounts (false) and remembers the
// choice; the frontend reloads afterwards. Demo and real data live in separate files.
func (s *ConnectionsService) SwitchMode(demo bool) error {
	return s.app.switchMode(demo)
}

// reconnected rebuilds the workspace's clients from the saved settings, then returns the state.
func (s *ConnectionsService) reconnected() (Connections, error) {
	if err := s.app.reconnect(); err != nil {
		return Connections{}, err
	}
	return s.State()
}

// realWorkspace refuses to touch account settings in demo mode, where the real database is
// not open (and the sandboxes need no settings).
func (s *ConnectionsService) realWorkspace() (*workspace.Workspace, error) {
	ws := s.app.ws()
	if ws.Demo {
		return nil, Errorf(CodeConflict, "Demo mode uses the built-in sandboxes. Switch to real accounts to set up connections.")
	}
	return ws, nil
}

// connectWiseAccount is the form, trimmed, with empty key fields filled from the keychain
// when the form names the saved site and company ID (else an error at the key fields).
func (s *ConnectionsService) connectWiseAccount(f ConnectWiseForm, store secrets.Store) (workspace.CWAccount, error) {
	acc := workspace.CWAccount{Site: f.Site, CompanyID: f.CompanyID, PublicKey: f.PublicKey, PrivateKey: f.PrivateKey, ClientID: f.ClientID}
	trimAll(&acc.Site, &acc.CompanyID, &acc.PublicKey, &acc.PrivateKey, &acc.ClientID)
	ws := s.app.ws()
	acc, err := acc.WithStoredKeys(ws.Context(), ws.DB.Queries(), store)
	return acc, accountFieldError(err)
}

// sophosAccountOf is the form, trimmed, with an empty secret filled from the keychain.
func sophosAccountOf(f SophosForm, store secrets.Store) (workspace.SophosAccount, error) {
	acc := workspace.SophosAccount{ClientID: f.ClientID, ClientSecret: f.ClientSecret}
	trimAll(&acc.ClientID, &acc.ClientSecret)
	acc, err := acc.WithStoredSecret(store)
	return acc, classified(err)
}

// trimAll trims the spaces and line breaks pasted credentials often carry.
func trimAll(values ...*string) {
	for _, v := range values {
		*v = strings.TrimSpace(*v)
	}
}

// secretStore is where this install keeps its secrets (the keychain unless a test says).
func (a *App) secretStore() secrets.Store { return a.opts.workspace().SecretStore() }

// connectionTestTimeout bounds a whole connection test.
const connectionTestTimeout = 45 * time.Second

// Form field names as the frontend uses them, by the clients' Config field names.
var (
	connectWiseFields = map[string]string{"Site": "site", "CompanyID": "companyId", "PublicKey": "publicKey",
		"PrivateKey": "privateKey", "ClientID": "clientId"}
	sophosFields = map[string]string{"ClientID": "clientId", "ClientSecret": "clientSecret"}
)

// settingFields are the form fields of the settings an account saves.
var settingFields = map[string]string{workspace.SettingCWSite: "site", workspace.SettingCWCompanyID: "companyId",
	workspace.SettingCWClientID: "clientId", workspace.SettingSophosClientID: "clientId"}

// accountFieldError puts the workspace's account errors at their form fields.
func accountFieldError(err error) error {
	if keys, ok := errors.AsType[*workspace.KeysNeededError](err); ok {
		return &Error{Code: CodeInvalid, Field: connectWiseFields[keys.Fields[0]], Message: keys.Error(), Err: err}
	}
	if setting, ok := errors.AsType[*workspace.SettingError](err); ok {
		return &Error{Code: CodeInvalid, Field: settingFields[setting.Setting], Message: setting.Reason, Err: err}
	}
	return classified(err)
}

func connectWiseFieldError(err error) error {
	var ce *connectwise.ConfigError
	if errors.As(err, &ce) {
		return &Error{Code: CodeInvalid, Field: connectWiseFields[ce.Field], Message: ce.Reason, Err: err}
	}
	return err
}

func sophosFieldError(err error) error {
	var ce *sophos.ConfigError
	if errors.As(err, &ce) {
		return &Error{Code: CodeInvalid, Field: sophosFields[ce.Field], Message: ce.Reason, Err: err}
	}
	return err
}
