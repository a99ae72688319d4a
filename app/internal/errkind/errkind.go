// Package errkind is the one vocabulary of what went wrong in a call to ConnectWise or
// Sophos Central. Both clients' errors report a Kind (a Kind method, and errors.Is with a
// Kind as target), so the app classifies any failure in one place without knowing which
// service it came from.
package errkind

import (
	"context"
	"errors"
	"net"
	"net/url"
)

// Kind is what sort of failure an error is. It is an error itself so it can be the
// target of errors.Is: errors.Is(err, errkind.Unreachable).
type Kind string

const (
	Unreachable    Kind = "unreachable"     // no reply at all: DNS, refused, TLS, reset, timeout
	Unauthorized   Kind = "unauthorized"    // the credentials were rejected
	Forbidden      Kind = "forbidden"       // the credentials work, a permission is missing
	NotFound       Kind = "not_found"       // the record does not exist
	Conflict       Kind = "conflict"        // exists already, or changed meanwhile
	RateLimited    Kind = "rate_limited"    // the service asks to slow down (after the retries)
	Invalid        Kind = "invalid"         // the request or a field in it was rejected
	MalformedReply Kind = "malformed_reply" // a reply that is not what the API documents
	Upstream       Kind = "upstream"        // any other error the service answered with
)

func (k Kind) Error() string { return string(k) }

// Kinded is an error that knows its kind.
type Kinded interface {
	error
	Kind() Kind
}

// Of returns the kind of err: the Kind of the first Kinded error in its chain; Unreachable
// for a network failure or timeout that no client classified (*url.Error, net.Error,
// context.DeadlineExceeded); "" for anything else (nil, a cancellation, a bug).
func Of(err error) Kind {
	if err == nil || errors.Is(err, context.Canceled) {
		return ""
	}
	if k, ok := errors.AsType[Kinded](err); ok {
		return k.Kind()
	}
	var ue *url.Error
	var ne net.Error
	if errors.As(err, &ue) || errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded) {
		return Unreachable
	}
	return ""
}

// OfStatus is the kind of an HTTP error status.
func OfStatus(status int) Kind {
	switch {
	case status == 400 || status == 422:
		return Invalid
	case status == 401:
		return Unauthorized
	case status == 403:
		return Forbidden
	case status == 404:
		return NotFound
	case status == 409:
		return Conflict
	case status == 429:
		return RateLimited
	}
	return Upstream
}
