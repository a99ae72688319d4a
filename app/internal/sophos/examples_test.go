package sophos

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// examplesDir is the folder of Sophos' example bodies, copied from
// ../shared/reference/sophos/examples so the test runs on a clone of this repository alone.
func examplesDir(*testing.T) string { return "testdata/examples" }

func readExample(t *testing.T, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEveryExampleBodyDecodes decodes each example through the client's own types and checks
// that the fields the app uses survive.
func TestEveryExampleBodyDecodes(t *testing.T) {
	dir := examplesDir(t)
	checks := map[string]func(t *testing.T, body []byte){
		"whoami.200.json":                                 checkWhoAmIExample,
		"partner-tenants.list.200.json":                   checkTenantListExample,
		"partner-tenants.list.200.2021.json":              checkTenantListExample,
		"partner-tenant.get.200.json":                     checkTenantGetExample,
		"partner-tenant.create.request.json":              checkTenantCreateExample,
		"partner-billing-usage.200.json":                  checkUsageExample,
		"partner-billing-usage.200.2021-full-fields.json": checkUsageExample,
		"partner-billing-usage.404.json":                  checkErrorExample(404),
		"error.500.json":                                  checkErrorExample(500),
		"licenses.200.2024.json":                          checkLicensesExample,
		"request-params.json":                             checkRequestParams,
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		check, ok := checks[e.Name()]
		if !ok {
			t.Errorf("example %s has no decoding check: add one", e.Name())
			continue
		}
		t.Run(e.Name(), func(t *testing.T) { check(t, readExample(t, dir, e.Name())) })
	}
}

func checkWhoAmIExample(t *testing.T, body []byte) {
	var w whoamiReply
	if err := json.Unmarshal(body, &w); err != nil {
		t.Fatal(err)
	}
	if w.ID == "" || w.IDType != IDTypeTenant || w.APIHosts.Global == "" || w.APIHosts.DataRegion == "" {
		t.Errorf("whoami fields lost: %+v", w)
	}
	if got := partnerBaseURL(w.APIHosts.Global, DefaultAPIHost, false); got != "https://api.central.sophos.com" {
		t.Errorf("global host %q resolved to %q", w.APIHosts.Global, got)
	}
}

func checkTenantListExample(t *testing.T, body []byte) {
	var p tenantsPage
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Items) == 0 || p.Pages.Size == 0 || p.Pages.MaxSize == 0 || p.Pages.Total == 0 {
		t.Fatalf("tenant page lost data: %+v", p)
	}
	for _, w := range p.Items {
		tn := w.tenant()
		if tn.ID == "" || tn.Name == "" || tn.DataGeography == "" || tn.DataRegion == "" ||
			tn.BillingType == "" || tn.PartnerID == "" || tn.APIHost == "" {
			t.Errorf("tenant fields lost: %+v", tn)
		}
	}
}

func checkTenantGetExample(t *testing.T, body []byte) {
	var w tenantWire
	if err := json.Unmarshal(body, &w); err != nil {
		t.Fatal(err)
	}
	tn := w.tenant()
	if tn.ShowAs == "" || tn.OrganizationID == "" || tn.PartnerID == "" || tn.ID == "" || tn.DisplayName() != tn.ShowAs {
		t.Errorf("tenant detail fields lost: %+v", tn)
	}
}

func checkTenantCreateExample(t *testing.T, body []byte) {
	var w tenantWire
	if err := json.Unmarshal(body, &w); err != nil {
		t.Fatal(err)
	}
	tn := w.tenant()
	if tn.Name == "" || tn.BillingType == "" || tn.Contact == nil || tn.Contact.Email == "" ||
		tn.Contact.Address == nil || tn.Contact.Address.PostalCode == "" {
		t.Errorf("tenant create body fields lost: %+v", tn)
	}
}

// checkUsageExample decodes every item and requires each key Sophos sent to come back out of
// UsageLine with the same value: no field of either generation is dropped.
func checkUsageExample(t *testing.T, body []byte) {
	var p usagePage
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Items) == 0 || p.Pages.NextKey == "" || p.Pages.FromKey == "" {
		t.Fatalf("usage page lost data: %+v", p.Pages)
	}
	for i, raw := range p.Items {
		var line UsageLine
		if err := json.Unmarshal(raw, &line); err != nil {
			t.Fatalf("item %d: %v", i, err)
		}
		var sent, kept map[string]any
		_ = json.Unmarshal(raw, &sent)
		again, _ := json.Marshal(line)
		_ = json.Unmarshal(again, &kept)
		for key, value := range sent {
			if !reflect.DeepEqual(kept[key], value) {
				t.Errorf("item %d: field %s = %v after decoding, Sophos sent %v", i, key, kept[key], value)
			}
		}
		if line.ProductKey() != "CIXA-MSP" || line.TenantID() == "" || line.BillableQuantity != 20 {
			t.Errorf("item %d: key fields wrong: %+v", i, line)
		}
	}
}

func checkErrorExample(status int) func(t *testing.T, body []byte) {
	return func(t *testing.T, body []byte) {
		e := newAPIError("read usage 2021-01 (page 1)", status, body, false)
		if e.Reason == "" || e.Message == "" || e.Code == "" || e.CorrelationID == "" || e.RequestID == "" || e.DocURL == "" {
			t.Errorf("error fields lost: %+v", e)
		}
		if msg := e.Error(); !strings.Contains(msg, e.CorrelationID) || !strings.Contains(msg, "read usage") {
			t.Errorf("error message not readable: %s", msg)
		}
	}
}

func checkLicensesExample(t *testing.T, body []byte) {
	var r licensesReply
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatal(err)
	}
	got := r.result()
	if got.TenantID == "" || got.OrganizationID == "" || len(got.Licenses) != 2 {
		t.Fatalf("licences lost: %+v", got)
	}
	for _, l := range got.Licenses {
		if l.ID == "" || l.ProductCode == "" || l.ProductName == "" || l.Type == "" || l.Quantity == 0 ||
			l.UsageCount == 0 || l.UsageCollectedAt == "" || l.StartDate == "" {
			t.Errorf("licence fields lost: %+v", l)
		}
	}
}

// checkRequestParams compares what the client sends with what Sophos documents.
func checkRequestParams(t *testing.T, body []byte) {
	type param struct {
		Key string `json:"key"`
	}
	var doc map[string]struct {
		Method  string   `json:"method"`
		URL     string   `json:"url"`
		Form    []string `json:"form"`
		Query   []param  `json:"query"`
		Headers []param  `json:"headers"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	keys := func(ps []param) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Key)
		}
		sort.Strings(out)
		return out
	}
	contains := func(list []string, want ...string) bool {
		for _, w := range want {
			if !slices.Contains(list, w) {
				return false
			}
		}
		return true
	}
	if tok := doc["oauth2_token"]; tok.URL != DefaultTokenURL || !contains(tok.Form, "scope=token", "grant_type=client_credentials") {
		t.Errorf("token request differs from the documented one: %+v", tok)
	}
	if who := doc["whoami"]; who.URL != DefaultAPIHost+"/whoami/v1" {
		t.Errorf("whoami URL %q", who.URL)
	}
	tenants := doc["partner_tenants_list"]
	if tenants.URL != DefaultAPIHost+"/partner/v1/tenants" || !contains(keys(tenants.Query), "page", "pageSize", "pageTotal") ||
		!contains(keys(tenants.Headers), "X-Partner-ID") {
		t.Errorf("tenants request differs: %+v", tenants)
	}
	usage := doc["partner_billing_usage"]
	if usage.URL != DefaultAPIHost+"/partner/v1/billing/usage/:year/:month" ||
		!contains(keys(usage.Query), "pageSize", "pageFromKey", "pageTotal") || !contains(keys(usage.Headers), "X-Partner-ID") {
		t.Errorf("usage request differs: %+v", usage)
	}
	if lic := doc["licenses"]; lic.URL != DefaultAPIHost+"/licenses/v1/licenses" || !contains(keys(lic.Headers), "X-Tenant-ID") {
		t.Errorf("licences request differs: %+v", lic)
	}
}
