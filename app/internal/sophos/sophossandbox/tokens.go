package sophossandbox

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

// tokenStore remembers issued tokens; safe for concurrent use.
type tokenStore struct {
	mu      sync.Mutex
	access  map[string]issuedToken
	refresh map[string]identity
	now     func() time.Time // Options.TokenClock
}

type issuedToken struct {
	who     identity
	expires time.Time
}

func newTokenStore(now func() time.Time) *tokenStore {
	return &tokenStore{access: map[string]issuedToken{}, refresh: map[string]identity{}, now: now}
}

func (s *tokenStore) issue(who identity, ttl time.Duration) (access, refresh string) {
	access, refresh = randomToken(), randomToken()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.access[access] = issuedToken{who: who, expires: s.now().Add(ttl)}
	s.refresh[refresh] = who
	return access, refresh
}

// expireAll makes every issued access token expire now (refresh tokens stay usable).
func (s *tokenStore) expireAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	past := s.now().Add(-time.Second)
	for k, t := range s.access {
		t.expires = past
		s.access[k] = t
	}
}

// check returns who an access token belongs to. ok is false for unknown or expired tokens;
// expired tells the two apart for the error message.
func (s *tokenStore) check(token string) (who identity, ok, expired bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, found := s.access[token]
	if !found {
		return identity{}, false, false
	}
	if s.now().After(t.expires) {
		delete(s.access, token)
		return identity{}, false, true
	}
	return t.who, true, false
}

func (s *tokenStore) refreshIdentity(token string) (identity, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	who, ok := s.refresh[token]
	return who, ok
}

// tokenReply is id.sophos.com's success body.
type tokenReply struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	TokenType    string `json:"token_type"`
	Message      string `json:"message"`
	ErrorCode    string `json:"errorCode"`
	ExpiresIn    int    `json:"expires_in"`
	TrackingID   string `json:"trackingId"`
}

// handleToken is POST /api/v2/oauth2/token: form-encoded client credentials (or a refresh
// token), as in Sophos' Postman collection. HTTP Basic client authentication is accepted too.
func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		writeIDError(w, http.StatusBadRequest, "oauth.invalid_request", "Bad Request")
		return
	}
	clientID, secret := r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	if basicID, basicSecret, ok := r.BasicAuth(); ok && clientID == "" {
		clientID, secret = basicID, basicSecret
	}
	setLoggedClientID(r, clientID)
	if clientID == "" || secret == "" {
		writeIDError(w, http.StatusBadRequest, "oauth.missing_client_credentials", "Bad Request")
		return
	}
	cred, known := s.credential(clientID)
	switch {
	case !known:
		writeIDError(w, http.StatusUnauthorized, "oauth.client_app_does_not_exist", "Unauthorized")
		return
	case cred.secret != secret:
		writeIDError(w, http.StatusUnauthorized, "oauth.invalid_client_secret", "Unauthorized")
		return
	}
	switch grant := r.PostForm.Get("grant_type"); grant {
	case "client_credentials":
	case "refresh_token":
		if who, ok := s.tokens.refreshIdentity(r.PostForm.Get("refresh_token")); !ok || who != cred.who {
			writeIDError(w, http.StatusUnauthorized, "oauth.invalid_refresh_token", "Unauthorized")
			return
		}
	default:
		writeIDError(w, http.StatusBadRequest, "oauth.unsupported_grant_type", "Bad Request")
		return
	}
	if scope := r.PostForm.Get("scope"); scope != "" && scope != "token" {
		writeIDError(w, http.StatusBadRequest, "oauth.invalid_scope", "Bad Request")
		return
	}
	access, refresh := s.tokens.issue(cred.who, s.opts.TokenTTL)
	writeJSON(w, http.StatusOK, tokenReply{
		AccessToken: access, RefreshToken: refresh, TokenType: "bearer", Message: "OK", ErrorCode: "success",
		ExpiresIn: int((s.opts.TokenTTL + time.Second - 1) / time.Second), TrackingID: randomID(),
	})
}

func (s *Server) credential(clientID string) (credential, bool) {
	for _, c := range s.creds {
		if c.clientID == clientID {
			return c, true
		}
	}
	return credential{}, false
}

// authenticate checks the bearer token and answers 401 itself when it is missing or bad.
func (s *Server) authenticate(w http.ResponseWriter, r *http.Request) (identity, bool) {
	scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		writeAPIError(w, http.StatusUnauthorized, "missingToken", "Missing bearer token in the Authorization header")
		return identity{}, false
	}
	who, ok, expired := s.tokens.check(strings.TrimSpace(token))
	switch {
	case expired:
		writeAPIError(w, http.StatusUnauthorized, "tokenExpired", "The access token has expired")
		return identity{}, false
	case !ok:
		writeAPIError(w, http.StatusUnauthorized, "invalidToken", "The access token is not valid")
		return identity{}, false
	}
	return who, true
}
