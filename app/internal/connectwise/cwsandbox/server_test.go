package cwsandbox

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func startServer(t *testing.T, opts Options) *Server {
	t.Helper()
	s := New(opts)
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// raw makes a request with the given headers and returns status, headers and body.
func raw(t *testing.T, s *Server, method, path string, header map[string]string, body string) (int, http.Header, string) {
	t.Helper()
	req, _ := http.NewRequest(method, s.URL()+path, strings.NewReader(body))
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func authHeaders() map[string]string {
	return map[string]string{"clientId": DemoClientID, "Authorization": "Basic " +
		b64(DemoCompanyID+"+"+DemoPublicKey+":"+DemoPrivateKey)}
}

func b64(s string) string {
	req, _ := http.NewRequest("GET", "http://x", nil)
	user, pass, _ := strings.Cut(s, ":")
	req.SetBasicAuth(user, pass)
	return strings.TrimPrefix(req.Header.Get("Authorization"), "Basic ")
}

func TestAuthentication(t *testing.T) {
	s := startServer(t, Options{})
	const path = apiRoot + "/system/info"
	cases := []struct {
		name   string
		header map[string]string
		status int
		text   string
	}{
		{"ok", authHeaders(), 200, `"version"`},
		{"no clientId", map[string]string{"Authorization": authHeaders()["Authorization"]}, 401, "clientId"},
		{"no credentials", map[string]string{"clientId": DemoClientID}, 401, "Incorrect public/private key"},
		{"wrong private key", map[string]string{"clientId": DemoClientID, "Authorization": "Basic " + b64(DemoCompanyID+"+"+DemoPublicKey+":nope")}, 401, "Unauthorized"},
		{"company ID in other case", map[string]string{"clientId": DemoClientID, "Authorization": "Basic " + b64(strings.ToUpper(DemoCompanyID)+"+"+DemoPublicKey+":"+DemoPrivateKey)}, 200, "version"},
	}
	for _, tc := range cases {
		status, _, body := raw(t, s, "GET", path, tc.header, "")
		if status != tc.status || !strings.Contains(body, tc.text) {
			t.Errorf("%s: %d %s", tc.name, status, body)
		}
	}
	if status, _, body := raw(t, s, "GET", "/login/companyinfo/unknown", nil, ""); status != 200 || body != "null" {
		t.Errorf("unknown company info: %d %s", status, body)
	}
	if status, _, body := raw(t, s, "GET", "/v2025_1/apis/3.0/nowhere", authHeaders(), ""); status != 404 || !strings.Contains(body, `"code":"NotFound"`) {
		t.Errorf("unknown resource: %d %s", status, body)
	}
	for _, r := range s.Requests() {
		if r.Header.Get("Authorization") != "" {
			t.Fatal("the request log must not keep Authorization headers")
		}
	}
}

func TestPagingHeaders(t *testing.T) {
	s := startServer(t, Options{})
	h := authHeaders()
	_, hdr, _ := raw(t, s, "GET", apiRoot+"/procurement/catalog?pageSize=10&page=2&conditions=inactiveFlag%3Dfalse", h, "")
	link := hdr.Get("Link")
	for _, rel := range []string{`rel="first"`, `rel="prev"`, `rel="next"`, `rel="last"`, "page=3", "conditions=inactiveFlag"} {
		if !strings.Contains(link, rel) {
			t.Errorf("navigable Link %q lacks %s", link, rel)
		}
	}
	h["pagination-type"] = "forward-only"
	_, hdr, _ = raw(t, s, "GET", apiRoot+"/procurement/categories?pageSize=100", h, "")
	if v, ok := hdr["Link"]; !ok || len(v) != 1 || v[0] != "" {
		t.Errorf("last forward-only page: Link %q, want present and empty", v)
	}
	status, _, body := raw(t, s, "GET", apiRoot+"/procurement/catalog?orderBy=identifier", h, "")
	if status != 400 || !strings.Contains(body, "forward-only") {
		t.Errorf("orderBy with forward-only: %d %s", status, body)
	}
	status, _, body = raw(t, s, "GET", apiRoot+"/procurement/catalog?conditions=identifier%20in%20(1)", h, "")
	if status != 400 || !strings.Contains(body, `"code":"InvalidObject"`) || !strings.Contains(body, "Invalid conditions") {
		t.Errorf("invalid conditions: %d %s", status, body)
	}
}

func TestPatchRules(t *testing.T) {
	s := startServer(t, Options{Now: func() time.Time { return demoEpoch.AddDate(0, 1, 0) }})
	h := authHeaders()
	patch := func(body string) (int, map[string]any) {
		status, _, out := raw(t, s, "PATCH", apiRoot+"/procurement/catalog/1001", h, body)
		var m map[string]any
		_ = json.Unmarshal([]byte(out), &m)
		return status, m
	}
	// A path into a reference is ConnectWise's "false 200": accepted, ignored.
	status, item := patch(`[{"op":"replace","path":"subcategory/id","value":11}]`)
	if status != 200 || item["subcategory"].(map[string]any)["id"].(float64) != 41 {
		t.Fatalf("false-200 patch: %d %v", status, item["subcategory"])
	}
	// Moving to a subcategory of another category without moving the category is refused.
	status, item = patch(`[{"op":"replace","path":"/Subcategory","value":{"id":11}}]`)
	if errs, _ := item["errors"].([]any); status != 400 || len(errs) != 1 || errs[0].(map[string]any)["field"] != "subcategory/id" {
		t.Fatalf("inconsistent subcategory: %d %v", status, item)
	}
	for _, bad := range []string{`{"op":"replace"}`, `[{"op":"move","path":"notes"}]`, `[{"op":"replace","path":"nope","value":1}]`,
		`[{"op":"replace","path":"price","value":"cheap"}]`, `[{"op":"replace","path":"description"}]`} {
		if status, _ := patch(bad); status != 400 {
			t.Errorf("patch %s: %d, want 400", bad, status)
		}
	}
	status, item = patch(`[{"op":"replace","path":"category","value":{"id":1}},{"op":"replace","path":"subcategory","value":{"id":11}},{"op":"remove","path":"vendor"}]`)
	if status != 200 || item["_info"].(map[string]any)["lastUpdated"] != "2026-02-05T09:00:00Z" ||
		item["subcategory"].(map[string]any)["name"] != "Laptops" || item["vendor"] != nil {
		t.Fatalf("consistent patch: %d %v", status, item)
	}
}

func TestFaults(t *testing.T) {
	s := startServer(t, Options{})
	h := authHeaders()
	s.Faults().Set(Fault{Path: "/procurement/*", Kind: Status429, RetryAfter: 1500 * time.Millisecond, Times: 2})
	s.Faults().Set(Fault{Method: "GET", Path: "/system/info", Kind: StatusCode, Status: 418, Body: "teapot"})
	for i, want := range []int{429, 429, 200} {
		status, hdr, body := raw(t, s, "GET", apiRoot+"/procurement/types", h, "")
		if status != want || (want == 429 && (hdr.Get("Retry-After") != "2" || !strings.Contains(body, `"error":"ConnectWiseAPI"`))) {
			t.Fatalf("request %d: %d %v %s", i, status, hdr, body)
		}
	}
	if status, _, body := raw(t, s, "GET", apiRoot+"/system/info", h, ""); status != 418 || body != "teapot" {
		t.Fatalf("custom status: %d %s", status, body)
	}
	if s.Faults().Pending() != 1 {
		t.Fatalf("%d faults pending, want the unlimited one", s.Faults().Pending())
	}
	s.Faults().Clear()

	// Close must release a hanging request.
	s.Faults().Set(Fault{Kind: Hang})
	done := make(chan error, 1)
	go func() {
		req, _ := http.NewRequest("GET", s.URL()+apiRoot+"/system/info", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.WaitForRequests(ctx, func(reqs []Request) bool { return len(reqs) > 0 }); err != nil {
		t.Fatalf("the hanging request never arrived: %v", err)
	}
	_ = s.Close()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close left a hanging request behind")
	}
}
