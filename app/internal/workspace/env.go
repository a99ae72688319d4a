package workspace

import "cmp"

// Environment variables that supply or override the connection settings, for servers and
// containers without a keychain (the command line, a scheduled run). A variable that is set
// wins over what the data folder has saved. Secrets taken from the environment are used only
// in memory: nothing here writes them to the database, the keychain or a log.
const (
	EnvCWSite             = "PSABRIDGE_CW_SITE"
	EnvCWCompanyID        = "PSABRIDGE_CW_COMPANY_ID"
	EnvCWClientID         = "PSABRIDGE_CW_CLIENT_ID"
	EnvCWPublicKey        = "PSABRIDGE_CW_PUBLIC_KEY"
	EnvCWPrivateKey       = "PSABRIDGE_CW_PRIVATE_KEY"
	EnvSophosClientID     = "PSABRIDGE_SOPHOS_CLIENT_ID"
	EnvSophosClientSecret = "PSABRIDGE_SOPHOS_CLIENT_SECRET"
	EnvSophosAPIHost      = "PSABRIDGE_SOPHOS_API_HOST"  // a proxy in front of Sophos Central's API hosts
	EnvSophosTokenURL     = "PSABRIDGE_SOPHOS_TOKEN_URL" // a proxy in front of Sophos' token endpoint
)

// EnvVars are every variable above, for help texts and docs.
var EnvVars = []string{EnvCWSite, EnvCWCompanyID, EnvCWClientID, EnvCWPublicKey, EnvCWPrivateKey,
	EnvSophosClientID, EnvSophosClientSecret, EnvSophosAPIHost, EnvSophosTokenURL}

// env reads a variable through Options.Getenv; without one the environment is not consulted.
func (o Options) env(name string) string {
	if o.Getenv == nil {
		return ""
	}
	return o.Getenv(name)
}

// sophosEndpoints are the Sophos hosts: the environment's proxy settings win over Options.Sophos.
func (o Options) sophosEndpoints() SophosEndpoints {
	return SophosEndpoints{
		TokenURL: cmp.Or(o.env(EnvSophosTokenURL), o.Sophos.TokenURL),
		APIHost:  cmp.Or(o.env(EnvSophosAPIHost), o.Sophos.APIHost),
	}
}

// secret is the environment's value of a secret, else the keychain's ("" when neither has
// one). The keychain is not asked when the environment has it, so a server without a
// keychain (or one that would prompt) is never touched.
func (o Options) secret(envName, keychainName string) (string, error) {
	if v := o.env(envName); v != "" {
		return v, nil
	}
	return StoredSecret(o.SecretStore(), keychainName)
}
