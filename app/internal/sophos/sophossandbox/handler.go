package sophossandbox

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"psabridge/app/internal/sandboxhttp"
)

type logEntryKey struct{}

// Handler serves the sandbox's routes: the token endpoint and the API on one host.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+TokenPath, s.handleToken)
	mux.HandleFunc("GET /whoami/v1", s.handleWhoAmI)
	mux.HandleFunc("GET /partner/v1/tenants", s.partnerOnly(s.handleTenants))
	mux.HandleFunc("GET /partner/v1/tenants/{tenantId}", s.partnerOnly(s.handleTenant))
	mux.HandleFunc("GET /partner/v1/billing/usage/{year}/{month}", s.partnerOnly(s.handleUsage))
	mux.HandleFunc("GET /licenses/v1/licenses", s.handleLicenses)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeAPIError(w, http.StatusNotFound, "notFound", "No route for "+r.Method+" "+r.URL.Path)
	})

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entry := &Request{Time: time.Now(), Method: r.Method, Host: r.Host, Path: r.URL.Path, Token: r.URL.Path == TokenPath,
			PartnerID: r.Header.Get("X-Partner-ID"), TenantID: r.Header.Get("X-Tenant-ID")}
		if !entry.Token { // never log a token request's query: a careless client could put the secret there
			entry.Query = r.URL.RawQuery
		}
		rec := &sandboxhttp.StatusRecorder{ResponseWriter: w}
		r = r.WithContext(context.WithValue(r.Context(), logEntryKey{}, entry))
		s.serveWithFaults(rec, r, entry, mux)
		entry.Status = rec.Status
		s.log.add(*entry)
	})
}

// serveWithFaults answers a request through the faults aimed at it, if any.
func (s *Server) serveWithFaults(w http.ResponseWriter, r *http.Request, entry *Request, mux http.Handler) {
	serve := func(w http.ResponseWriter) { mux.ServeHTTP(w, r) }
	for _, f := range s.faults.Take(r.Method, r.URL.Path, aimedAt(r.URL.Path)) {
		entry.Fault = f.Kind
		if f.Kind == FaultExpireTokens {
			s.tokens.expireAll()
			break
		}
		switch handled, answered := sandboxhttp.ApplyShared(w, r, f, serve, nil); {
		case !handled: // a failure in Sophos' own words
			answerFault(w, r, f)
			return
		case answered:
			return
		}
	}
	mux.ServeHTTP(w, r)
}

// setLoggedClientID records the client id of a token request in the request log.
func setLoggedClientID(r *http.Request, clientID string) {
	if entry, ok := r.Context().Value(logEntryKey{}).(*Request); ok {
		entry.ClientID = clientID
	}
}

// answerFault produces an injected failure in the body shape of the endpoint it hits.
func answerFault(w http.ResponseWriter, r *http.Request, f sandboxhttp.Fault) {
	tokenEndpoint := r.URL.Path == TokenPath
	fail := func(status int, code, message string) {
		if tokenEndpoint {
			writeIDError(w, status, "oauth."+code, http.StatusText(status))
		} else {
			writeAPIError(w, status, code, message)
		}
	}
	switch f.Kind {
	case FaultRateLimit:
		w.Header().Set("Retry-After", strconv.Itoa(sandboxhttp.RetryAfterSeconds(f.RetryAfter)))
		fail(http.StatusTooManyRequests, "tooManyRequests", "Too many requests, slow down")
	case FaultServerError:
		fail(http.StatusInternalServerError, "internalError", "Unexpected error.")
	case FaultUnauthorized:
		fail(http.StatusUnauthorized, "invalidToken", "The access token is not valid")
	case FaultOKErrorBody:
		fail(http.StatusOK, "internalError", "Unexpected error.")
	default:
		fail(http.StatusInternalServerError, "internalError", "Unknown injected fault "+string(f.Kind))
	}
}

// partnerOnly checks the bearer token, that it belongs to a partner, and X-Partner-ID.
func (s *Server) partnerOnly(h func(http.ResponseWriter, *http.Request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		who, ok := s.authenticate(w, r)
		if !ok {
			return
		}
		if who.idType != "partner" {
			writeAPIError(w, http.StatusForbidden, "forbidden", "The caller is a "+who.idType+", not a partner")
			return
		}
		switch partnerID := r.Header.Get("X-Partner-ID"); {
		case partnerID == "":
			writeAPIError(w, http.StatusBadRequest, "missingPartnerId", "Missing X-Partner-ID header")
			return
		case partnerID != who.id:
			writeAPIError(w, http.StatusForbidden, "forbidden", "X-Partner-ID does not belong to the caller")
			return
		}
		h(w, r)
	}
}

// pageSize reads pageSize (default 50), enforcing maxSize as configured.
func (s *Server) pageSize(w http.ResponseWriter, r *http.Request, maxSize int) (int, bool) {
	size := min(50, maxSize)
	if v := r.URL.Query().Get("pageSize"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			writeAPIError(w, http.StatusBadRequest, "badRequest", "Invalid pageSize")
			return 0, false
		}
		if n > maxSize && s.opts.RejectOversizePages {
			writeAPIError(w, http.StatusBadRequest, "badRequest", "pageSize must not exceed "+strconv.Itoa(maxSize))
			return 0, false
		}
		size = min(n, maxSize)
	}
	return size, true
}

func wantsTotal(r *http.Request) bool {
	v, _ := strconv.ParseBool(r.URL.Query().Get("pageTotal"))
	return v
}
