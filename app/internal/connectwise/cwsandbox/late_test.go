package cwsandbox

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A LostReplyStoredLate POST fails at the client with nothing stored; the sandbox keeps it
// in flight until ReleaseLateWrites, then stores it, and WaitIdle returns once it has.
func TestLostReplyStoredLateStoresOnRelease(t *testing.T) {
	s := startServer(t, Options{})
	company := s.AddCompany("LATECO", "Late Store GmbH")
	agreementID, err := s.AddAgreement(AgreementSeed{CompanyID: company})
	if err != nil {
		t.Fatal(err)
	}
	s.Faults().Set(Fault{Method: http.MethodPost, Path: "/finance/agreements/*", Kind: LostReplyStoredLate, Times: 1})
	body := `{"product":{"id":` + strconv.Itoa(s.CatalogItemIDs()[0]) + `},"quantity":3,"billCustomer":"Billable"}`
	req, _ := http.NewRequest(http.MethodPost, s.URL()+apiRoot+"/finance/agreements/"+strconv.Itoa(agreementID)+"/additions", strings.NewReader(body))
	for k, v := range authHeaders() {
		req.Header.Set(k, v)
	}
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		t.Fatalf("answered %d; want the reply lost", resp.StatusCode)
	}
	if n := len(s.AgreementAdditions(agreementID)); n != 0 {
		t.Fatalf("%d additions stored before the release", n)
	}
	short, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := s.WaitIdle(short); err == nil {
		t.Fatal("WaitIdle returned while the late POST was still in flight")
	}

	s.ReleaseLateWrites()
	ctx, cancel2 := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel2()
	if err := s.WaitIdle(ctx); err != nil {
		t.Fatal(err)
	}
	if got := s.AgreementAdditions(agreementID); len(got) != 1 || got[0].Quantity != 3 {
		t.Fatalf("after the release: %+v; want the one addition", got)
	}
}
