package sophos

import (
	"context"
	"errors"
	"net"
	"testing"

	"psabridge/app/internal/errkind"
	"psabridge/app/internal/sophos/sophossandbox"
)

// Every failure of the client reports a kind; network failures and unreadable replies are
// typed errors, not text.
func TestFailuresReportTheirKind(t *testing.T) {
	sb := startSandbox(t, sophossandbox.Options{})
	ctx := context.Background()

	c, _ := newTestClient(t, sb)
	if _, err := c.WhoAmI(ctx); err != nil {
		t.Fatal(err)
	}
	sb.Inject(sophossandbox.Fault{Kind: sophossandbox.FaultMalformedBody, PathPrefix: "/partner/v1/tenants"})
	_, err := c.Tenants(ctx)
	var reply *ReplyError
	if !errors.As(err, &reply) || !errors.Is(err, errkind.MalformedReply) || errkind.Of(err) != errkind.MalformedReply {
		t.Fatalf("a cut-off reply: %T %v; want a *ReplyError of kind malformed_reply", err, err)
	}

	sb.Inject(sophossandbox.Fault{Kind: sophossandbox.FaultRateLimit, PathPrefix: "/partner/v1/tenants", Times: 10})
	if _, err := c.Tenants(ctx); errkind.Of(err) != errkind.RateLimited {
		t.Fatalf("rate limited: kind %q (%v)", errkind.Of(err), err)
	}

	wrong, _ := newTestClient(t, sb, func(cfg *Config) { cfg.ClientSecret = "not-the-secret" })
	_, err = wrong.WhoAmI(ctx)
	var ae *APIError
	if !errors.Is(err, errkind.Unauthorized) || !errors.As(err, &ae) || ae.Code != SignInBadSecret {
		t.Fatalf("wrong secret: %v; want unauthorized with code %s", err, SignInBadSecret)
	}

	// An API host nothing listens on (sign-in still works): no reply at all.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close()
	offline, _ := newTestClient(t, sb, func(cfg *Config) { cfg.APIHost = closed })
	_, err = offline.WhoAmI(ctx)
	var ne *NetworkError
	if !errors.As(err, &ne) || !errors.Is(err, errkind.Unreachable) {
		t.Fatalf("unreachable API host: %T %v; want a *NetworkError of kind unreachable", err, err)
	}
}
