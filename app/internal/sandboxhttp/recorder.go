// Package sandboxhttp holds what both loopback sandboxes (cwsandbox, sophossandbox) need
// from net/http beyond the standard library.
package sandboxhttp

import "net/http"

// StatusRecorder notes the status a handler wrote, for the sandboxes' request logs.
type StatusRecorder struct {
	http.ResponseWriter
	Status int // 0 until the handler wrote a header or body
}

func (r *StatusRecorder) WriteHeader(code int) {
	if r.Status == 0 {
		r.Status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *StatusRecorder) Write(b []byte) (int, error) {
	if r.Status == 0 {
		r.Status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (Reset faults hijack it).
func (r *StatusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
