package sophos

import (
	"net/http"

	"psabridge/app/internal/errkind"
)

// Codes id.sophos.com gives a refused sign-in (its "errorCode"); see NOTES.md of the
// Sophos reference.
const (
	SignInBadSecret     = "oauth.invalid_client_secret"
	SignInUnknownClient = "oauth.client_app_does_not_exist"
)

// Kind says what sort of failure e is, in the vocabulary both API clients share. A
// refused sign-in is Unauthorized whatever its status.
func (e *APIError) Kind() errkind.Kind {
	if e.signIn && e.Status >= 400 && e.Status < 500 && e.Status != http.StatusTooManyRequests {
		return errkind.Unauthorized
	}
	return errkind.OfStatus(e.Status)
}

// Is makes errors.Is(err, errkind.Unauthorized) (or any other kind) true for e of that kind.
func (e *APIError) Is(target error) bool { return isKind(e, target) }

// Kind: a credential of the wrong level lacks the partner's permissions.
func (e *NotPartnerError) Kind() errkind.Kind { return errkind.Forbidden }

// Is: see APIError.Is.
func (e *NotPartnerError) Is(target error) bool { return isKind(e, target) }

// Kind: a token request without an HTTP reply is a network failure, or else a reply that
// could not be read.
func (e *signInError) Kind() errkind.Kind {
	if k := errkind.Of(e.err); k != "" {
		return k
	}
	return errkind.MalformedReply
}

// NetworkError is a call that got no reply at all: DNS, refused connection, TLS, reset.
type NetworkError struct {
	Op  string // what the client was doing
	Err error  // usually a *url.Error
}

func (e *NetworkError) Error() string {
	return "Sophos Central: " + e.Op + ": cannot reach Sophos: " + e.Err.Error()
}
func (e *NetworkError) Unwrap() error      { return e.Err }
func (e *NetworkError) Kind() errkind.Kind { return errkind.Unreachable }

// Is: see APIError.Is.
func (e *NetworkError) Is(target error) bool { return isKind(e, target) }

// ReplyError is a success reply that could not be used: not the JSON expected, too large,
// or cut off while reading.
type ReplyError struct {
	Op      string
	Problem string // e.g. "the reply is not the JSON that was expected: …"
	Err     error  // the read error, if any
}

func (e *ReplyError) Error() string {
	s := "Sophos Central: " + e.Op + ": " + e.Problem
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}
func (e *ReplyError) Unwrap() error      { return e.Err }
func (e *ReplyError) Kind() errkind.Kind { return errkind.MalformedReply }

// Is: see APIError.Is.
func (e *ReplyError) Is(target error) bool { return isKind(e, target) }

func isKind(e errkind.Kinded, target error) bool {
	k, ok := target.(errkind.Kind)
	return ok && k == e.Kind()
}
