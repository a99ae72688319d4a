package app

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sophos/sophossandbox"
)

// closedURL is a loopback address nothing listens on.
func closedURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr
}

func TestConnectWiseConnectionTest(t *testing.T) {
	cw := startConnectWise(t)
	a := newRealApp(t, nil)
	c := a.connections

	res, err := c.TestConnectWise(demoCWForm(cw.URL()))
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK || res.Failure != "" || res.CompanyName != "PSA Bridge Demo MSP" || !strings.HasPrefix(res.Version, "v2026.4") ||
		!res.AuthOK || !res.CatalogReadable || res.CatalogItems != cw.CatalogLen() {
		t.Fatalf("working account: %+v (catalog has %d items)", res, cw.CatalogLen())
	}

	tests := []struct {
		name   string
		edit   func(*ConnectWiseForm)
		fault  *cwsandbox.Fault
		want   string
		detail string // part of Detail
	}{
		{name: "unreachable host", edit: func(f *ConnectWiseForm) { f.Site = closedURL(t) }, want: FailureUnreachable, detail: "Cannot reach"},
		{name: "unknown company", edit: func(f *ConnectWiseForm) { f.CompanyID = "no_such_company" }, want: FailureUnknownCompany},
		{name: "wrong private key", edit: func(f *ConnectWiseForm) { f.PrivateKey = "WrongPrivate1" }, want: FailureBadKeys, detail: "HTTP 401"},
		{name: "wrong public key", edit: func(f *ConnectWiseForm) { f.PublicKey = "WrongPublic1" }, want: FailureBadKeys},
		{name: "clientId not accepted", edit: func(f *ConnectWiseForm) { f.ClientID = "00000000-0000-0000-0000-000000000000" }, want: FailureBadClientID},
		{name: "no permission on the catalog", want: FailureCatalogPermission, detail: "HTTP 403",
			fault: &cwsandbox.Fault{Path: "/procurement/catalog*", Kind: cwsandbox.StatusCode, Status: http.StatusForbidden}},
		{name: "server error", want: FailureUnexpectedResponse,
			fault: &cwsandbox.Fault{Path: "/system/info", Kind: cwsandbox.Status500}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cw.Faults().Clear()
			if tt.fault != nil {
				cw.Faults().Set(*tt.fault)
			}
			form := demoCWForm(cw.URL())
			if tt.edit != nil {
				tt.edit(&form)
			}
			res, err := c.TestConnectWise(form)
			if err != nil {
				t.Fatal(err)
			}
			if res.OK || res.Failure != tt.want || !strings.Contains(res.Detail, tt.detail) {
				t.Fatalf("got %+v; want failure %q with detail containing %q", res, tt.want, tt.detail)
			}
			for _, secret := range []string{form.PrivateKey, cwsandbox.DemoPrivateKey} {
				if strings.Contains(res.Detail, secret) {
					t.Fatalf("detail %q shows the private key", res.Detail)
				}
			}
		})
	}
	cw.Faults().Clear()

	// What works is reported even when a later step fails.
	cw.Faults().Set(cwsandbox.Fault{Path: "/procurement/catalog*", Kind: cwsandbox.StatusCode, Status: http.StatusForbidden})
	res, _ = c.TestConnectWise(demoCWForm(cw.URL()))
	if !res.Reachable || !res.AuthOK || res.CatalogReadable || res.CompanyName == "" || res.Version == "" {
		t.Fatalf("partial success not reported: %+v", res)
	}
	cw.Faults().Clear()
}

func TestConnectWiseTestUsesTheStoredKeysForEmptyFields(t *testing.T) {
	cw := startConnectWise(t)
	a := newRealApp(t, nil)
	c := a.connections
	if _, err := c.SaveConnectWise(demoCWForm(cw.URL())); err != nil {
		t.Fatal(err)
	}
	form := demoCWForm(cw.URL())
	form.PublicKey, form.PrivateKey = "", ""
	if res, err := c.TestConnectWise(form); err != nil || !res.OK {
		t.Fatalf("test with the stored keys: %+v, %v", res, err)
	}
	// A key typed into the form wins over the stored one (test before saving).
	form.PrivateKey = "NotTheStoredOne"
	if res, _ := c.TestConnectWise(form); res.Failure != FailureBadKeys {
		t.Fatalf("typed key not used: %+v", res)
	}
	form.PrivateKey = ""
	if _, err := c.RemoveSecret(SecretConnectWisePrivateKey); err != nil {
		t.Fatal(err)
	}
	_, err := c.TestConnectWise(form)
	wantAppError(t, err, CodeInvalid, "privateKey")
}

func TestSophosConnectionTest(t *testing.T) {
	sbx := startSophos(t)
	a := newRealApp(t, sbx)
	c := a.connections

	res, err := c.TestSophos(SophosForm{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK || res.IDType != "partner" || res.PartnerID != sbx.PartnerID() || !res.TenantsRead || res.Tenants != sbx.TenantCount() {
		t.Fatalf("partner credential: %+v (want partner %s with %d tenants)", res, sbx.PartnerID(), sbx.TenantCount())
	}

	tests := []struct {
		name     string
		form     SophosForm
		fault    *sophossandbox.Fault
		want     string
		idType   string
		detail   string
		noSecret string
	}{
		{name: "wrong secret", form: SophosForm{ClientID: sophossandbox.DemoClientID, ClientSecret: "not-the-secret-123"},
			want: FailureBadSecret, detail: "HTTP 401", noSecret: "not-the-secret-123"},
		{name: "unknown client ID", form: SophosForm{ClientID: "11111111-2222-3333-4444-555555555555", ClientSecret: "whatever-secret"},
			want: FailureUnknownClient},
		{name: "organization credential", form: SophosForm{ClientID: sophossandbox.OrganizationClientID, ClientSecret: sophossandbox.OrganizationClientSecret},
			want: FailureNotPartner, idType: "organization", detail: "not to a partner"},
		{name: "tenant credential", form: SophosForm{ClientID: sophossandbox.TenantClientID, ClientSecret: sophossandbox.TenantClientSecret},
			want: FailureNotPartner, idType: "tenant"},
		{name: "rate limited", form: SophosForm{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret},
			fault: &sophossandbox.Fault{Kind: sophossandbox.FaultRateLimit, PathPrefix: "/whoami", Times: 5, RetryAfter: 30e9}, want: FailureRateLimited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sbx.ClearFaults()
			if tt.fault != nil {
				sbx.Inject(*tt.fault)
			}
			res, err := c.TestSophos(tt.form)
			if err != nil {
				t.Fatal(err)
			}
			if res.OK || res.Failure != tt.want || res.IDType != tt.idType || !strings.Contains(res.Detail, tt.detail) {
				t.Fatalf("got %+v; want failure %q, idType %q, detail containing %q", res, tt.want, tt.idType, tt.detail)
			}
			if tt.noSecret != "" && strings.Contains(res.Detail, tt.noSecret) {
				t.Fatalf("detail shows the secret: %q", res.Detail)
			}
		})
	}
	sbx.ClearFaults()
}

func TestSophosConnectionTestUnreachable(t *testing.T) {
	url := closedURL(t)
	a := newRealApp(t, nil, func(o *Options) { o.Sophos = SophosEndpoints{TokenURL: url + sophossandbox.TokenPath, APIHost: url} })
	res, err := a.connections.TestSophos(SophosForm{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret})
	if err != nil {
		t.Fatal(err)
	}
	if res.Failure != FailureUnreachable || res.PartnerID != "" {
		t.Fatalf("got %+v; want unreachable", res)
	}
}

// The sandbox has no fault for 403; a partner credential without the right role gets one
// from Sophos when it lists customers, which this proxy imitates.
func TestSophosConnectionTestMissingPermission(t *testing.T) {
	sbx := sophossandbox.New(sophossandbox.Options{})
	inner := sbx.Handler()
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/partner/v1/tenants") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			_, _ = w.Write([]byte(`{"error":"Forbidden","message":"Access denied","correlationId":"c-1"}`))
			return
		}
		inner.ServeHTTP(w, r)
	}))
	t.Cleanup(proxy.Close)
	a := newRealApp(t, nil, func(o *Options) {
		o.Sophos = SophosEndpoints{TokenURL: proxy.URL + sophossandbox.TokenPath, APIHost: proxy.URL}
	})
	res, err := a.connections.TestSophos(SophosForm{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret})
	if err != nil {
		t.Fatal(err)
	}
	if res.Failure != FailureMissingPermission || res.IDType != "partner" || res.PartnerID == "" || res.TenantsRead {
		t.Fatalf("got %+v; want a partner without permission to list customers", res)
	}
}
