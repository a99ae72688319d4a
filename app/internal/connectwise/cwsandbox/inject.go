package cwsandbox

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// applyFault carries out one fault. It reports whether the request has been answered;
// a Latency fault only delays it.
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, f Fault, serve func(http.ResponseWriter)) bool {
	switch f.Kind {
	case Latency:
		t := time.NewTimer(f.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
		case <-s.closed:
		}
		return false
	case Status429:
		secs := int((f.RetryAfter + time.Second - 1) / time.Second)
		if f.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(secs))
		}
		writeJSON(w, http.StatusTooManyRequests, map[string]string{"error": "ConnectWiseAPI",
			"message": fmt.Sprintf("Too many requests. Please try again in %d seconds.", secs)})
	case Status500:
		writeError(w, http.StatusInternalServerError, bodyForStatus(http.StatusInternalServerError))
	case StatusCode:
		status := orDefault(f.Status, http.StatusInternalServerError)
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
	case Malformed:
		c := newCapture()
		serve(c)
		body := c.body.Bytes()
		cut := body[:len(body)/2]
		if len(cut) == 0 {
			cut = []byte(`[{"id":`)
		}
		copyHeader(w.Header(), c.header, "Content-Length")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(cut)
	case HTMLPage:
		status := orDefault(f.Status, http.StatusBadGateway)
		w.Header().Set("Content-Type", "text/html; charset=UTF-8")
		w.WriteHeader(status)
		fmt.Fprintf(w, "<!DOCTYPE html>\n<html><head><title>%d %s | %s | Cloudflare</title></head>\n"+
			"<body><h1>Error %d</h1><p>The web server reported a bad gateway error.</p><p>Ray ID: 8d2f1c0b9a7e6d5c</p></body></html>\n",
			status, http.StatusText(status), r.Host, status)
	case PlainText:
		status := orDefault(f.Status, http.StatusBadRequest)
		body := f.Body
		if body == "" {
			body = "Cannot route. Codebase/company is invalid"
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	case Hang:
		select {
		case <-r.Context().Done():
		case <-s.closed:
		}
		// Nothing is written: the client has gone, or Close is dropping the connection.
	case Reset:
		dropConnection(w)
	case LostReply:
		serve(newCapture()) // the work is done; only the answer is lost
		dropConnection(w)
	case StripLink:
		c := newCapture()
		serve(c)
		copyHeader(w.Header(), c.header, "Link")
		w.WriteHeader(c.status)
		_, _ = w.Write(c.body.Bytes())
	default:
		return false
	}
	return true
}

// dropConnection closes the connection without answering: the client sees a network error.
func dropConnection(w http.ResponseWriter) {
	if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
		_ = conn.Close()
		return
	}
	writeError(w, http.StatusBadGateway, bodyForStatus(http.StatusBadGateway))
}

func orDefault(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

func copyHeader(dst, src http.Header, skip string) {
	for k, v := range src {
		if http.CanonicalHeaderKey(k) != http.CanonicalHeaderKey(skip) {
			dst[k] = v
		}
	}
}

// capture is a ResponseWriter that keeps the answer for a fault to rework.
type capture struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func newCapture() *capture { return &capture{header: http.Header{}, status: http.StatusOK} }

func (c *capture) Header() http.Header         { return c.header }
func (c *capture) WriteHeader(code int)        { c.status = code }
func (c *capture) Write(b []byte) (int, error) { return c.body.Write(b) }
