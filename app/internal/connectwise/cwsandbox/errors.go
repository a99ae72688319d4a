package cwsandbox

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// errorBody is ConnectWise's ErrorResponseMessage.
type errorBody struct {
	Code    string       `json:"code"`
	Message string       `json:"message"`
	Errors  []fieldError `json:"errors,omitempty"`
}

// fieldError is ConnectWise's ValidationError: one problem with one field.
type fieldError struct {
	Code     string `json:"code"`
	Message  string `json:"message"`
	Resource string `json:"resource"`
	Field    string `json:"field"`
}

// Bodies ConnectWise sends for the common failures. Texts come from replies quoted in
// public code and issues (see NOTES §6); where a text is not known the wording is ours.
func unauthorizedBody() errorBody {
	return errorBody{Code: "Unauthorized", Message: "Incorrect public/private key"}
}

func clientIDBody() errorBody {
	return errorBody{Code: "Unauthorized", Message: "A valid clientId header is required. Register one at https://developer.connectwise.com/ClientID"}
}

func forbiddenBody() errorBody {
	return errorBody{Code: "Security", Message: "You do not have security permission to perform this action."}
}

func notFoundBody(resource string, id int) errorBody {
	return errorBody{Code: "NotFound", Message: resource + " with id " + strconv.Itoa(id) + " was not found."}
}

func invalidObject(resource string, errs []fieldError) errorBody {
	return errorBody{Code: "InvalidObject", Message: resource + " object is invalid", Errors: errs}
}

func badRequest(message string) errorBody {
	return errorBody{Code: "InvalidObject", Message: message}
}

// bodyForStatus is the body a fault of that status sends.
func bodyForStatus(status int) errorBody {
	switch status {
	case http.StatusBadRequest:
		return badRequest("The request is invalid.")
	case http.StatusUnauthorized:
		return unauthorizedBody()
	case http.StatusForbidden:
		return forbiddenBody()
	case http.StatusNotFound:
		return errorBody{Code: "NotFound", Message: "The requested resource was not found."}
	case http.StatusConflict:
		return errorBody{Code: "Conflict", Message: "Record possibly in use or another conflict."}
	default:
		return errorBody{Code: "ConnectWiseApi", Message: "An unexpected error occurred: " + http.StatusText(status)}
	}
}

func writeError(w http.ResponseWriter, status int, body errorBody) {
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"code":"ConnectWiseApi","message":"encoding failed"}`)
	}
	writeRaw(w, status, b)
}

func writeRaw(w http.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
