package errkind

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"testing"
)

type kinded struct{ k Kind }

func (e kinded) Error() string { return "kinded" }
func (e kinded) Kind() Kind    { return e.k }

func TestOf(t *testing.T) {
	refused := &url.Error{Op: "Get", URL: "http://x", Err: &net.OpError{Op: "dial", Err: errors.New("connection refused")}}
	for name, c := range map[string]struct {
		err  error
		want Kind
	}{
		"nil":                    {nil, ""},
		"plain":                  {errors.New("bug"), ""},
		"cancelled":              {fmt.Errorf("stop: %w", context.Canceled), ""},
		"url.Error":              {refused, Unreachable},
		"wrapped url.Error":      {fmt.Errorf("op: %w", refused), Unreachable},
		"deadline":               {context.DeadlineExceeded, Unreachable},
		"kinded wins over cause": {fmt.Errorf("op: %w", kinded{Forbidden}), Forbidden},
	} {
		if got := Of(c.err); got != c.want {
			t.Errorf("%s: Of = %q, want %q", name, got, c.want)
		}
	}
}

func TestOfStatus(t *testing.T) {
	for status, want := range map[int]Kind{400: Invalid, 401: Unauthorized, 403: Forbidden, 404: NotFound,
		409: Conflict, 429: RateLimited, 500: Upstream, 502: Upstream} {
		if got := OfStatus(status); got != want {
			t.Errorf("OfStatus(%d) = %q, want %q", status, got, want)
		}
	}
}
