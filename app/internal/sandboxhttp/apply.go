package sandboxhttp

import (
	"bytes"
	"net/http"
	"time"
)

// ApplyShared carries out the fault kinds whose effect is the same for every API: Latency,
// Hang, Reset, LostReply and Malformed. serve writes the normal reply; closed ends a
// delay or a hang when the server shuts down. handled is false for any other kind, which
// the sandbox answers in its API's own words; answered is false after a Latency fault,
// which only delays the request.
func ApplyShared(w http.ResponseWriter, r *http.Request, f Fault, serve func(http.ResponseWriter), closed <-chan struct{}) (handled, answered bool) {
	switch f.Kind {
	case Latency:
		t := time.NewTimer(f.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
		case <-closed:
		}
		return true, false
	case Hang:
		select {
		case <-r.Context().Done():
		case <-closed:
		}
		// Nothing is written: the client has gone, or closing the server drops the connection.
	case Reset:
		DropConnection(w)
	case LostReply:
		serve(NewCapture()) // the work is done; only the answer is lost
		DropConnection(w)
	case Malformed:
		c := NewCapture()
		serve(c)
		body := c.Body.Bytes()
		cut := body[:len(body)/2]
		if len(cut) == 0 {
			cut = []byte(`[{"id":`)
		}
		CopyHeader(w.Header(), c.Header(), "Content-Length")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(cut)
	default:
		return false, false
	}
	return true, true
}

// DropConnection closes the connection without answering: the client sees a network error.
// Only when the connection cannot be taken over (HTTP/2) does it answer 502 instead.
func DropConnection(w http.ResponseWriter) {
	if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
		_ = conn.Close()
		return
	}
	http.Error(w, "connection could not be dropped", http.StatusBadGateway)
}

// CopyHeader copies src into dst, leaving out the header named skip.
func CopyHeader(dst, src http.Header, skip string) {
	for k, v := range src {
		if http.CanonicalHeaderKey(k) != http.CanonicalHeaderKey(skip) {
			dst[k] = v
		}
	}
}

// Capture is a ResponseWriter that keeps the reply for a fault to rework.
type Capture struct {
	header http.Header
	Status int
	Body   bytes.Buffer
}

// NewCapture starts an empty 200 reply.
func NewCapture() *Capture { return &Capture{header: http.Header{}, Status: http.StatusOK} }

func (c *Capture) Header() http.Header         { return c.header }
func (c *Capture) WriteHeader(code int)        { c.Status = code }
func (c *Capture) Write(b []byte) (int, error) { return c.Body.Write(b) }
