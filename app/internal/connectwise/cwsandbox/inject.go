package cwsandbox

import (
	"bytes"
	"cmp"
	"fmt"
	"net/http"
	"strconv"

	"psabridge/app/internal/sandboxhttp"
)

// applyFault carries out one fault. It reports whether the request has been answered;
// a Latency fault only delays it.
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, f Fault, serve func(http.ResponseWriter)) bool {
	if handled, answered := sandboxhttp.ApplyShared(w, r, f, serve, s.closed); handled {
		return answered
	}
	switch f.Kind {
	case Status429:
		secs := sandboxhttp.RetryAfterSeconds(f.RetryAfter)
		if f.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(secs))
		}
		writeJSON(w, http.StatusTooManyRequests, map[string]string{"error": "ConnectWiseAPI",
			"message": fmt.Sprintf("Too many requests. Please try again in %d seconds.", secs)})
	case Status500:
		writeError(w, http.StatusInternalServerError, bodyForStatus(http.StatusInternalServerError))
	case StatusCode:
		status := cmp.Or(f.Status, http.StatusInternalServerError)
		if f.Body != "" {
			ct := "text/plain; charset=utf-8"
			if b := bytes.TrimSpace([]byte(f.Body)); len(b) > 0 && (b[0] == '{' || b[0] == '[') {
				ct = "application/json; charset=utf-8"
			}
			w.Header().Set("Content-Type", ct)
			w.WriteHeader(status)
			_, _ = w.Write([]byte(f.Body))
		} else {
			writeError(w, status, bodyForStatus(status))
		}
	case HTMLPage:
		status := cmp.Or(f.Status, http.StatusBadGateway)
		w.Header().Set("Content-Type", "text/html; charset=UTF-8")
		w.WriteHeader(status)
		fmt.Fprintf(w, "<!DOCTYPE html>\n<html><head><title>%d %s | %s | Cloudflare</title></head>\n"+
			"<body><h1>Error %d</h1><p>The web server reported a bad gateway error.</p><p>Ray ID: 8d2f1c0b9a7e6d5c</p></body></html>\n",
			status, http.StatusText(status), r.Host, status)
	case PlainText:
		status := cmp.Or(f.Status, http.StatusBadRequest)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(cmp.Or(f.Body, "Cannot route. Codebase/company is invalid")))
	case StripLink:
		c := sandboxhttp.NewCapture()
		serve(c)
		sandboxhttp.CopyHeader(w.Header(), c.Header(), "Link")
		w.WriteHeader(c.Status)
		_, _ = w.Write(c.Body.Bytes())
	default:
		return false
	}
	return true
}
