package sophos

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"sync"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"psabridge/app/internal/httpretry"
)

// tokenCache hands out one access token until it is about to expire (oauth2's 10 s margin)
// or the API has rejected it. oauth2.ReuseTokenSource cannot be told "this token was
// rejected", and a token Sophos revoked early would then fail every call until its expiry;
// hence this small cache with discard, in front of the clientcredentials.Config built once.
type tokenCache struct {
	fetch func(ctx context.Context) (*oauth2.Token, error)
	lock  chan struct{} // a channel, not a Mutex, so a caller waiting for a fetch can give up on ctx

	mu      sync.Mutex // guards current; held only briefly
	current *oauth2.Token
}

func newTokenCache(fetch func(ctx context.Context) (*oauth2.Token, error)) *tokenCache {
	return &tokenCache{fetch: fetch, lock: make(chan struct{}, 1)}
}

func (t *tokenCache) cached() *oauth2.Token {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.current.Valid() {
		return t.current
	}
	return nil
}

// token returns the cached token or fetches one; concurrent callers share a single fetch.
func (t *tokenCache) token(ctx context.Context) (*oauth2.Token, error) {
	if tok := t.cached(); tok != nil {
		return tok, nil
	}
	select {
	case t.lock <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-t.lock }()
	if tok := t.cached(); tok != nil { // another caller fetched while we waited
		return tok, nil
	}
	tok, err := t.fetch(ctx)
	if err != nil {
		return nil, err
	}
	t.mu.Lock()
	t.current = tok
	t.mu.Unlock()
	return tok, nil
}

// discard forgets the token the API rejected. Comparing with the rejected value means that
// many requests failing with the same old token cause one renewal, not one each.
func (t *tokenCache) discard(rejected string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.current != nil && t.current.AccessToken == rejected {
		t.current = nil
	}
}

// newTokenSource builds the OAuth2 side of a Client: client credentials sent as form fields
// with scope=token (as Sophos' Postman collection does; setting AuthStyleInParams also stops
// oauth2 from probing with a second request after a wrong secret), over an http.Client whose
// transport goes through the shared retry Doer, so token calls get the same timeouts,
// 429 handling and concurrency limit as API calls.
func newTokenSource(cfg Config, doer *httpretry.Doer) func(ctx context.Context) (*oauth2.Token, error) {
	cc := &clientcredentials.Config{
		ClientID:     cfg.ClientID,
		ClientSecret: cfg.ClientSecret,
		TokenURL:     cfg.TokenURL,
		Scopes:       []string{"token"},
		AuthStyle:    oauth2.AuthStyleInParams,
	}
	oauthHTTP := &http.Client{Transport: retryTransport{doer: doer, userAgent: cfg.UserAgent}}
	host := hostOf(cfg.TokenURL)
	return func(ctx context.Context) (*oauth2.Token, error) {
		// Config.Token fetches a fresh token with this call's ctx (cancellation included);
		// the tokenCache in front of it is what makes the token reused.
		tok, err := cc.Token(context.WithValue(ctx, oauth2.HTTPClient, oauthHTTP))
		if err == nil {
			return tok, nil
		}
		var re *oauth2.RetrieveError
		if errors.As(err, &re) && re.Response != nil {
			return nil, newAPIError("sign-in at "+host, re.Response.StatusCode, re.Body, true)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &signInError{host: host, err: err}
	}
}

// signInError is a token request that got no HTTP reply (network trouble, bad JSON).
type signInError struct {
	host string
	err  error
}

func (e *signInError) Error() string { return "sign-in at " + e.host + " failed: " + e.err.Error() }
func (e *signInError) Unwrap() error { return e.err }

// retryTransport sends the token request through the Doer, rebuilding the form body for each
// attempt. The token POST creates nothing, so it is retried like a GET (5xx, network errors):
// one transient error at id.sophos.com must not fail a whole run.
type retryTransport struct {
	doer      *httpretry.Doer
	userAgent string
}

func (t retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	attempt := 0
	return t.doer.DoRepeatable(req.Context(), func(ctx context.Context) (*http.Request, error) {
		attempt++
		r := req.Clone(ctx)
		if attempt > 1 && req.Body != nil {
			if req.GetBody == nil {
				return nil, errors.New("token request body cannot be sent again")
			}
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			r.Body = body
		}
		r.Header.Set("User-Agent", t.userAgent)
		r.Header.Set("Accept", "application/json")
		return r, nil
	})
}

func hostOf(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return u.Host
	}
	return rawURL
}
