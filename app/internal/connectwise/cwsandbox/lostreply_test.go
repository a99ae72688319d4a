package cwsandbox

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// A fault aimed at the third POST to additions: the first two and the fourth answer
// normally; the third is stored but its reply never arrives.
func TestLostReplyHitsOnlyTheAimedRequest(t *testing.T) {
	s := startServer(t, Options{})
	company := s.AddCompany("LOSTCO", "Lost Reply GmbH")
	agreementID, err := s.AddAgreement(AgreementSeed{CompanyID: company})
	if err != nil {
		t.Fatal(err)
	}
	s.Faults().Set(Fault{Method: http.MethodPost, Path: "/finance/agreements/*", Kind: LostReply, Skip: 2, Times: 1})
	h := authHeaders()
	h["Content-Type"] = "application/json"
	path := apiRoot + "/finance/agreements/" + strconv.Itoa(agreementID) + "/additions"
	body := `{"product":{"id":` + strconv.Itoa(s.CatalogItemIDs()[0]) + `},"quantity":3,"billCustomer":"Billable"}`
	for i := 1; i <= 4; i++ {
		req, _ := http.NewRequest(http.MethodPost, s.URL()+path, strings.NewReader(body))
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if i == 3 {
			if err == nil {
				resp.Body.Close()
				t.Fatalf("POST %d answered %d; want the reply lost", i, resp.StatusCode)
			}
			continue
		}
		if err != nil {
			t.Fatalf("POST %d: %v", i, err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("POST %d: status %d", i, resp.StatusCode)
		}
	}
	if got := len(s.AgreementAdditions(agreementID)); got != 4 {
		t.Fatalf("%d additions stored, want 4 (the lost reply's POST was stored too)", got)
	}
	if s.Faults().Pending() != 0 {
		t.Fatal("the fault should be used up")
	}
}
