package app

import (
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/workspace"
)

// Stored keys are used only with the saved site and company ID: testing or saving another
// site or company ID with empty key fields is refused at the key fields, and nothing is
// sent to that site.
func TestStoredKeysAreNotSentToATypedSite(t *testing.T) {
	saved, other := startConnectWise(t), startConnectWise(t)
	a := newRealApp(t, nil)
	c := a.connections
	if _, err := c.SaveConnectWise(demoCWForm(saved.URL())); err != nil {
		t.Fatal(err)
	}
	for _, form := range []ConnectWiseForm{
		{Site: other.URL(), CompanyID: cwsandbox.DemoCompanyID, ClientID: cwsandbox.DemoClientID},
		{Site: saved.URL(), CompanyID: "othercompany", ClientID: cwsandbox.DemoClientID},
		{Site: other.URL(), CompanyID: cwsandbox.DemoCompanyID, PublicKey: "typed-public", ClientID: cwsandbox.DemoClientID},
	} {
		_, err := c.TestConnectWise(form)
		e := wantAppError(t, err, CodeInvalid, keyFieldOf(form))
		if !strings.Contains(e.Message, "key") {
			t.Fatalf("the error does not name the key fields: %q", e.Message)
		}
		_, err = c.SaveConnectWise(form)
		wantAppError(t, err, CodeInvalid, keyFieldOf(form))
	}
	if n := len(other.Requests()); n != 0 {
		t.Fatalf("the stored keys went to another site: %d requests", n)
	}
	if st, _ := c.State(); st.ConnectWise.Site != saved.URL() || st.ConnectWise.CompanyID != cwsandbox.DemoCompanyID {
		t.Fatalf("a refused save changed the settings: %+v", st.ConnectWise)
	}
	// With both keys typed, another site is fine; the saved site keeps using the stored keys.
	if res, err := c.TestConnectWise(demoCWForm(other.URL())); err != nil || !res.OK {
		t.Fatalf("test with typed keys: %+v, %v", res, err)
	}
	form := demoCWForm(saved.URL())
	form.PublicKey, form.PrivateKey = "", ""
	if res, err := c.TestConnectWise(form); err != nil || !res.OK {
		t.Fatalf("test of the saved account with the stored keys: %+v, %v", res, err)
	}
}

// keyFieldOf is the key field an error about the stored keys names: the first empty one.
func keyFieldOf(f ConnectWiseForm) string {
	if f.PublicKey == "" {
		return "publicKey"
	}
	return "privateKey"
}

// Saving a connection is all or nothing: a company ID the database would refuse is a
// field error before anything is written, and a failure after the keys were stored puts
// the keychain back as it was.
func TestSavingAConnectionIsAtomic(t *testing.T) {
	cw := startConnectWise(t)
	a := newRealApp(t, nil)
	c := a.connections
	if _, err := c.SaveConnectWise(demoCWForm(cw.URL())); err != nil {
		t.Fatal(err)
	}
	form := demoCWForm(cw.URL())
	form.CompanyID = strings.Repeat("c", 5000)
	form.PrivateKey = "a-new-private-key"
	_, err := c.SaveConnectWise(form)
	wantAppError(t, err, CodeInvalid, "companyId")
	if got := keychainHas(t, a, workspace.SecretCWPrivateKey); got != cwsandbox.DemoPrivateKey {
		t.Fatalf("the keychain changed although the save was refused: %q", got)
	}

	// Any failure after the keys were written (here a trigger refusing the settings) rolls
	// the keychain back: the replaced key is restored, a new one removed.
	_, err = a.ws().DB.SQL().Exec(`CREATE TRIGGER refuse_settings BEFORE INSERT ON app_settings BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
	if err != nil {
		t.Fatal(err)
	}
	form = demoCWForm(cw.URL())
	form.PrivateKey = "a-new-private-key"
	if _, err := c.SaveConnectWise(form); err == nil {
		t.Fatal("the save reported success although its settings were refused")
	}
	if got := keychainHas(t, a, workspace.SecretCWPrivateKey); got != cwsandbox.DemoPrivateKey {
		t.Fatalf("the keychain was not rolled back: %q", got)
	}
	if _, err := c.SaveSophos(SophosForm{ClientID: "sophos-id", ClientSecret: "new-secret"}); err == nil {
		t.Fatal("the save reported success although its settings were refused")
	}
	if got := keychainHas(t, a, workspace.SecretSophosSecret); got != "" {
		t.Fatalf("a secret stored by a failed save was not removed: %q", got)
	}
}
