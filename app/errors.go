package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/datalock"
	"psabridge/app/internal/errkind"
	"psabridge/app/internal/products"
	"psabridge/app/internal/secrets"
	"psabridge/db"
)

// Code classifies an error for the frontend, which decides from it how to show the error
// (next to a field, as "offline", as "sign in again" …).
type Code string

// The codes the frontend knows (frontend/src/lib/api.ts mirrors them).
const (
	CodeInvalid      Code = "invalid"      // bad input; Field names the field
	CodeNotFound     Code = "not_found"    // the record does not exist
	CodeConflict     Code = "conflict"     // exists already, or changed elsewhere meanwhile
	CodeUnauthorized Code = "unauthorized" // credentials rejected
	CodeForbidden    Code = "forbidden"    // credentials fine, permission missing
	CodeUpstream     Code = "upstream"     // ConnectWise or Sophos answered with an error
	CodeOffline      Code = "offline"      // the service could not be reached
	CodeKeychain     Code = "keychain"     // the OS keychain cannot be used; secrets are never stored elsewhere
	CodeCanceled     Code = "canceled"     // the user or shutdown cancelled the work
	CodeInternal     Code = "internal"     // a bug: logged with a reference, details withheld
)

// Error is what every bound method returns on failure.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`  // the form field at fault
	Record  string `json:"record,omitempty"` // the record at fault, e.g. a Sophos product code
	// Reason is the rule broken, within Code, for the window to word in the user's language
	// (e.g. the customers page's "sync_needs_mapping"); Message is the English wording.
	Reason string `json:"reason,omitempty"`
	// ExistingItem is the ConnectWise product that already has an identifier the user
	// wanted for a new one: the UI offers to map it instead.
	ExistingItem *CatalogMatch `json:"existingItem,omitempty"`
	Err          error         `json:"-"`
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Message)
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an Error with a code.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// InvalidField builds a validation error naming the field.
func InvalidField(field, format string, args ...any) *Error {
	return &Error{Code: CodeInvalid, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorFormatter turns errors returned by bound methods into the JSON string the frontend
// parses (Wails wraps whatever this returns in a JS Error, so it must be a string).
// Errors without a code are bugs: they are logged in full and the user gets a reference.
type ErrorFormatter struct{ Log *slog.Logger }

// Format is the Wails options.App.ErrorFormatter.
func (f ErrorFormatter) Format(err error) any {
	e := classify(err, CodeInternal)
	if e.Code == CodeInternal {
		ref := fmt.Sprintf("E%d", time.Now().UnixMilli()%1_000_000_000)
		f.Log.Error("internal error", "ref", ref, "err", err)
		e = &Error{Code: CodeInternal, Message: "Internal error (ref " + ref + ")"}
	}
	out, _ := json.Marshal(e)
	return string(out)
}

// classify is the one place that turns any error into an *Error for the frontend. An
// *Error passes through; the products domain's errors name the record and field; the API
// clients' errors are classified by their errkind.Kind. What is left gets fallback:
// CodeInternal for a bound method's error (a bug), CodeUpstream for background work.
func classify(err error, fallback Code) *Error {
	if err == nil {
		return nil
	}
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	if e := productDomainError(err); e != nil {
		return e
	}
	if e := customerDomainError(err); e != nil {
		return e
	}
	if open, ok := errors.AsType[*db.OpenError](err); ok {
		// A database that does not open (switching to a broken or newer file) is said
		// plainly, naming the file, not as an internal error.
		return &Error{Code: CodeConflict, Message: open.Error(), Err: err}
	}
	switch {
	case secrets.IsUnavailable(err):
		// Said plainly; a keychain that fails is never a reason to store a secret elsewhere.
		return &Error{Code: CodeKeychain, Message: err.Error(), Err: err}
	case errors.Is(err, datalock.ErrBusy):
		return &Error{Code: CodeConflict, Message: "Another usage sync is running (in the window, the command line or a scheduled run). Try again when it has finished.", Err: err}
	case errors.Is(err, context.Canceled):
		return &Error{Code: CodeCanceled, Message: "Cancelled.", Err: err}
	case errors.Is(err, context.DeadlineExceeded) && errkind.Of(err) == errkind.Unreachable:
		return &Error{Code: CodeOffline, Message: "The request timed out.", Err: err}
	}
	code, ok := codeOfKind[errkind.Of(err)]
	if !ok {
		return &Error{Code: fallback, Message: err.Error(), Err: err}
	}
	e := &Error{Code: code, Message: err.Error(), Err: err}
	if cwErr, ok := connectwise.AsError(err); ok && len(cwErr.Fields) > 0 {
		// ConnectWise named the field it rejected: show the message next to it.
		e.Code, e.Field, e.Message = CodeInvalid, products.FormField(cwErr.Fields[0].Field), cwErr.Fields[0].Message
	}
	return e
}

// codeOfKind maps the API clients' failure kinds to the codes the frontend knows. Kinds
// the frontend has no own way of showing are "upstream": the message says what happened.
var codeOfKind = map[errkind.Kind]Code{
	errkind.Unreachable:    CodeOffline,
	errkind.Unauthorized:   CodeUpstream,
	errkind.Forbidden:      CodeUpstream,
	errkind.NotFound:       CodeNotFound,
	errkind.Conflict:       CodeUpstream,
	errkind.RateLimited:    CodeUpstream,
	errkind.Invalid:        CodeUpstream,
	errkind.MalformedReply: CodeUpstream,
	errkind.Upstream:       CodeUpstream,
}

// classified is classify for what a bound method returns: nil stays nil.
func classified(err error) error {
	if err == nil {
		return nil
	}
	return classify(err, CodeInternal)
}
