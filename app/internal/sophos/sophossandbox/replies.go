package sophossandbox

import (
	"encoding/json"
	"net/http"
	"time"
)

// apiError is Sophos Central's error object (examples/error.500.json): every 4xx/5xx of the
// API carries all seven fields.
type apiError struct {
	Error         string `json:"error"`
	Message       string `json:"message"`
	CorrelationID string `json:"correlationId"`
	Code          string `json:"code"`
	CreatedAt     string `json:"createdAt"`
	RequestID     string `json:"requestId"`
	DocURL        string `json:"docUrl"`
}

// idError is id.sophos.com's error object: {errorCode, message, trackingId}.
type idError struct {
	ErrorCode  string `json:"errorCode"`
	Message    string `json:"message"`
	TrackingID string `json:"trackingId"`
}

const docURL = "https://developer.sophos.com/intro"

// Messages Sophos uses (the 404 text is Sophos' own description of that response).
const (
	msgNoUsageData = "No data for requested year or month."
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeAPIError answers with the API's error body; code is a short machine-readable reason.
func writeAPIError(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, apiError{
		Error: http.StatusText(status), Message: message, CorrelationID: randomID(), Code: code,
		CreatedAt: time.Now().UTC().Format("2006-01-02T15:04:05.000Z"), RequestID: randomID(), DocURL: docURL,
	})
}

func writeIDError(w http.ResponseWriter, status int, errorCode, message string) {
	writeJSON(w, status, idError{ErrorCode: errorCode, Message: message, TrackingID: randomID()})
}
