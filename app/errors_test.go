package app

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"testing"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/products"
	"psabridge/app/internal/secrets"
	"psabridge/app/internal/sophos"
)

// One classifier: the same failure gets the same code wherever it surfaces (a bound
// method, a product save, a background refresh).
func TestClassifyAgreesForEveryPath(t *testing.T) {
	refused := &url.Error{Op: "Get", URL: "http://127.0.0.1:1/x", Err: &net.OpError{Op: "dial", Err: errors.New("connection refused")}}
	cwRejected := &connectwise.Error{Status: 400, Code: "InvalidObject", Endpoint: "POST /procurement/catalog",
		Fields: []connectwise.FieldError{{Code: "MaxLengthField", Field: "description", Message: "too long"}}}
	for name, c := range map[string]struct {
		err          error
		code         Code
		field        string
		backgroundTo Code // the code as background work reports it, when it differs
	}{
		"bare *url.Error":                {err: refused, code: CodeOffline},
		"ConnectWise unreachable":        {err: fmt.Errorf("create x: %w", &connectwise.Error{Code: connectwise.CodeUnreachable, Err: refused}), code: CodeOffline},
		"Sophos network error":           {err: &sophos.NetworkError{Op: "list tenants", Err: refused}, code: CodeOffline},
		"timeout":                        {err: fmt.Errorf("wait: %w", context.DeadlineExceeded), code: CodeOffline},
		"ConnectWise 500":                {err: &connectwise.Error{Status: 500}, code: CodeUpstream},
		"Sophos unreadable reply":        {err: &sophos.ReplyError{Op: "whoami", Problem: "not JSON"}, code: CodeUpstream},
		"ConnectWise rejects a field":    {err: fmt.Errorf("create: %w", cwRejected), code: CodeInvalid, field: "description"},
		"a product's change is invalid":  {err: &products.ChangeError{ProductKey: "CIXA-MSP", Field: "identifier", Message: "empty"}, code: CodeInvalid, field: "identifier"},
		"cancelled":                      {err: fmt.Errorf("refresh: %w", context.Canceled), code: CodeCanceled},
		"an error with a code passes on": {err: fmt.Errorf("x: %w", InvalidField("language", "bad")), code: CodeInvalid, field: "language"},
		"keychain unavailable":           {err: fmt.Errorf("set: %w", &secrets.UnavailableError{Err: errors.New("no dbus")}), code: CodeKeychain},
		"anything else is a bug":         {err: errors.New("nil map"), code: CodeInternal, backgroundTo: CodeUpstream},
	} {
		got := classify(c.err, CodeInternal)
		if got.Code != c.code || got.Field != c.field {
			t.Errorf("%s: classify = %q field %q, want %q field %q", name, got.Code, got.Field, c.code, c.field)
		}
		want := c.code
		if c.backgroundTo != "" {
			want = c.backgroundTo
		}
		if bg := classify(c.err, CodeUpstream); bg.Code != want {
			t.Errorf("%s: as background work %q, want %q", name, bg.Code, want)
		}
	}
	if classified(nil) != nil {
		t.Error("classified(nil) must be a nil error, not a typed nil")
	}
}
