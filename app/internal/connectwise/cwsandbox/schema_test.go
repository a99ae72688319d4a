package cwsandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestGetResponsesMatchOpenAPISchemas(t *testing.T) {
	doc := loadSpec(t)
	check := func(template string, resp *http.Response, body []byte) []string {
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			return []string{"content type " + ct}
		}
		return doc.validate(body, doc.responseSchema(t, template))
	}
	s := New(Options{})
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	get := func(path string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, s.URL()+apiRoot+path, nil)
		req.SetBasicAuth(DemoCompanyID+"+"+DemoPublicKey, DemoPrivateKey)
		req.Header.Set("clientId", DemoClientID)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, resp.StatusCode, body)
		}
		return resp, body
	}

	// Writes first, so rows created and changed through the API are checked too.
	created := postJSON(t, s, "/procurement/catalog", `{"identifier":"SCHEMA-1","description":"Minimal item",
		"customerDescription":"Only required fields","subcategory":{"id":41},"type":{"id":4}}`)
	patchJSON(t, s, fmt.Sprintf("/procurement/catalog/%d", created), `[{"op":"replace","path":"price","value":9.99},
		{"op":"remove","path":"manufacturer"}]`)
	postJSON(t, s, "/finance/agreements/6001/additions", `{"product":{"id":1003},"quantity":3,"billCustomer":"Billable"}`)

	checks := []struct{ template, path string }{
		{"/procurement/catalog/count", "/procurement/catalog/count"},
		{"/procurement/catalog/count", "/procurement/catalog/count?conditions=inactiveFlag%3Dtrue"},
		{"/procurement/catalog/{id}", "/procurement/catalog/1001"},
		{"/procurement/catalog/{id}", fmt.Sprintf("/procurement/catalog/%d", created)},
		{"/company/companies", "/company/companies?pageSize=1000"},
		{"/company/companies/{id}", "/company/companies/19300"},
		{"/company/companies/{id}", "/company/companies/250"},
		{"/company/companies/count", "/company/companies/count"},
		{"/finance/agreements", "/finance/agreements?pageSize=1000"},
		{"/finance/agreements/{id}", "/finance/agreements/6001"},
		{"/finance/agreements/count", "/finance/agreements/count?conditions=agreementStatus%3D%22Active%22"},
	}
	for page := 1; page <= (DemoCatalogSize+1)/1000+1; page++ {
		checks = append(checks, struct{ template, path string }{"/procurement/catalog", fmt.Sprintf("/procurement/catalog?pageSize=1000&page=%d", page)})
	}
	var agreements []struct{ ID int }
	_, body := get("/finance/agreements?pageSize=1000&fields=id")
	if err := json.Unmarshal(body, &agreements); err != nil || len(agreements) < 40 {
		t.Fatalf("agreements: %d, %v", len(agreements), err)
	}
	for _, a := range agreements {
		p := fmt.Sprintf("/finance/agreements/%d/additions", a.ID)
		checks = append(checks,
			struct{ template, path string }{"/finance/agreements/{parentId}/additions", p + "?pageSize=1000"},
			struct{ template, path string }{"/finance/agreements/{parentId}/additions/count", p + "/count"})
	}
	checks = append(checks, struct{ template, path string }{"/finance/agreements/{parentId}/additions/{id}", "/finance/agreements/6001/additions/90001"})

	rows := 0
	for _, c := range checks {
		resp, body := get(c.path)
		if errs := check(c.template, resp, body); len(errs) > 0 {
			t.Errorf("GET %s does not match the schema of %s:\n%s", c.path, c.template, strings.Join(errs[:min(len(errs), 10)], "\n"))
		}
		var list []json.RawMessage
		if json.Unmarshal(body, &list) == nil {
			rows += len(list)
		}
	}
	if rows < DemoCatalogSize+40 {
		t.Fatalf("only %d rows checked", rows)
	}

	// The validator must actually be able to fail.
	resp, _ := get("/procurement/catalog/1001")
	for template, bad := range map[string]string{
		"/procurement/catalog/{id}":                "{\"id\":\"1001\",\"identifier\":7,\"inactiveFlag\":\"no\"}",
		"/finance/agreements/{parentId}/additions": `[{"product":{"id":1},"billCustomer":"Sometimes","effectiveDate":"yesterday"}]`,
		"/company/companies":                       `[{"id":3000000000,"identifier":"x","name":"y","_info":{"lastUpdated":5}}]`,
		"/procurement/catalog/count":               `{"count":null}`,
	} {
		if errs := check(template, resp, []byte(bad)); len(errs) == 0 {
			t.Errorf("%s passed the schema of %s", bad, template)
		}
	}
}

func postJSON(t *testing.T, s *Server, path, body string) int {
	t.Helper()
	var out struct{ ID int }
	status := send(t, s, http.MethodPost, path, body, &out)
	if status != http.StatusCreated {
		t.Fatalf("POST %s: %d", path, status)
	}
	return out.ID
}

func patchJSON(t *testing.T, s *Server, path, body string) {
	t.Helper()
	if status := send(t, s, http.MethodPatch, path, body, nil); status != http.StatusOK {
		t.Fatalf("PATCH %s: %d", path, status)
	}
}

// send makes an authenticated request and decodes a JSON reply into out (when not nil).
func send(t *testing.T, s *Server, method, path, body string, out any) int {
	t.Helper()
	req, _ := http.NewRequest(method, s.URL()+apiRoot+path, strings.NewReader(body))
	req.SetBasicAuth(DemoCompanyID+"+"+DemoPublicKey, DemoPrivateKey)
	req.Header.Set("clientId", DemoClientID)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %d %s", method, path, resp.StatusCode, b)
		}
	}
	return resp.StatusCode
}
