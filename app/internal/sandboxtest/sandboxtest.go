// Package sandboxtest starts the built-in ConnectWise and Sophos sandboxes for the tests and
// benchmarks of other packages, each with a client signed in with the demo credentials, so
// that setup is written once. Only test code imports it.
package sandboxtest

import (
	"testing"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
)

// ConnectWiseConfig is a client configuration for the ConnectWise sandbox at site, with
// the demo credentials and a 30 s timeout; tests adjust retries and the like on the copy.
func ConnectWiseConfig(site string) connectwise.Config {
	return connectwise.Config{Site: site, CompanyID: cwsandbox.DemoCompanyID, PublicKey: cwsandbox.DemoPublicKey,
		PrivateKey: cwsandbox.DemoPrivateKey, ClientID: cwsandbox.DemoClientID, Timeout: 30 * time.Second}
}

// SophosConfig is a client configuration for the Sophos sandbox sb, with the demo partner
// credential.
func SophosConfig(sb *sophossandbox.Server) sophos.Config {
	return sophos.Config{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret,
		TokenURL: sb.TokenURL(), APIHost: sb.URL()}
}

// ConnectWise serves a ConnectWise sandbox until the test ends and returns it with a client
// configured by ConnectWiseConfig.
func ConnectWise(tb testing.TB, opts cwsandbox.Options) (*cwsandbox.Server, *connectwise.Client) {
	tb.Helper()
	sb := StartConnectWise(tb, opts)
	c, err := connectwise.New(ConnectWiseConfig(sb.URL()))
	if err != nil {
		tb.Fatal(err)
	}
	return sb, c
}

// StartConnectWise serves a ConnectWise sandbox until the test ends, for tests that build
// their own client (ConnectWiseConfig with other retries).
func StartConnectWise(tb testing.TB, opts cwsandbox.Options) *cwsandbox.Server {
	tb.Helper()
	sb := cwsandbox.New(opts)
	if err := sb.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = sb.Close() })
	return sb
}

// Sophos serves a Sophos sandbox until the test ends and returns it with a client
// configured by SophosConfig.
func Sophos(tb testing.TB, opts sophossandbox.Options) (*sophossandbox.Server, *sophos.Client) {
	tb.Helper()
	sb := StartSophos(tb, opts)
	c, err := sophos.New(SophosConfig(sb))
	if err != nil {
		tb.Fatal(err)
	}
	return sb, c
}

// StartSophos serves a Sophos sandbox until the test ends, for tests that build their own
// client (SophosConfig with other retries).
func StartSophos(tb testing.TB, opts sophossandbox.Options) *sophossandbox.Server {
	tb.Helper()
	sb := sophossandbox.New(opts)
	if err := sb.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = sb.Close() })
	return sb
}
