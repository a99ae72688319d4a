package connectwise

import (
	"net"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestConnection(t *testing.T) {
	closedPort := func() string {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		return "http://" + ln.Addr().String()
	}()
	cases := []struct {
		name    string
		edit    func(*Config)
		fault   *cwsandbox.Fault
		problem Problem
		check   func(ConnectionReport) bool
	}{
		{"working", nil, nil, ProblemNone, func(r ConnectionReport) bool {
			return r.Reachable && r.CompanyFound && r.AuthOK && r.CatalogReadable && r.CatalogCount == cwsandbox.DemoCatalogSize &&
				r.VersionCode == "v2026.4" && r.ServerVersion != "" && r.CompanyName != ""
		}},
		{"unreachable host", func(c *Config) { c.Site = closedPort }, nil, ProblemUnreachable, func(r ConnectionReport) bool { return !r.Reachable }},
		{"unknown company", func(c *Config) { c.CompanyID = "nosuchcompany" }, nil, ProblemUnknownCompany,
			func(r ConnectionReport) bool { return r.Reachable && !r.CompanyFound && !r.AuthOK }},
		{"bad keys", func(c *Config) { c.PublicKey = "WrongPublicKey01" }, nil, ProblemBadCredentials,
			func(r ConnectionReport) bool { return r.CompanyFound && !r.AuthOK }},
		{"bad clientId", func(c *Config) { c.ClientID = "not-registered" }, nil, ProblemBadClientID,
			func(r ConnectionReport) bool { return r.CompanyFound && !r.AuthOK }},
		// One setup guide has ConnectWise answer a wrong clientId with 400, not 401.
		{"bad clientId answered 400", func(c *Config) { c.ClientID = "not-registered" },
			&cwsandbox.Fault{Path: "/system/info", Kind: cwsandbox.StatusCode, Status: 400,
				Body: `{"code":"InvalidObject","message":"The clientId header is missing or invalid."}`},
			ProblemBadClientID, func(r ConnectionReport) bool { return r.CompanyFound && !r.AuthOK }},
		{"no catalog permission", nil, &cwsandbox.Fault{Path: "/procurement/catalog/count", Kind: cwsandbox.StatusCode, Status: 403},
			ProblemMissingPermission, func(r ConnectionReport) bool { return r.AuthOK && !r.CatalogReadable }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, cwsandbox.Options{}, tc.edit)
			if tc.fault != nil {
				f.sb.Faults().Set(*tc.fault)
			}
			r := f.c.TestConnection(ctxT(t))
			if r.Problem != tc.problem || !tc.check(r) {
				t.Fatalf("report %+v, want problem %q", r, tc.problem)
			}
			if (r.Problem == ProblemNone) != (r.Err == nil) || r.Summary() == "" {
				t.Fatalf("report %+v: Err and Problem disagree", r)
			}
			if r.Err != nil {
				assertNoSecrets(t, r.Err.Error())
			}
		})
	}
}
