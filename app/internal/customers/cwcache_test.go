package customers

import (
	"context"
	"fmt"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestRefreshFullThenIncremental(t *testing.T) {
	ctx := context.Background()
	sb, cw := startSandbox(t)
	d := openDB(t)
	r := &Refresher{DB: d, CW: cw, Overlap: time.Second}

	var progress []Progress
	res, err := r.Refresh(ctx, func(p Progress) { progress = append(progress, p) })
	if err != nil {
		t.Fatal(err)
	}
	companies, agreements := len(sb.CompanyIDs()), 0
	for _, id := range sb.CompanyIDs() {
		agreements += len(sb.AgreementIDs(id))
	}
	if !res.Companies.Full || res.Companies.Total != companies || res.Agreements.Total != agreements {
		t.Fatalf("first refresh: %+v, want %d companies and %d agreements", res, companies, agreements)
	}
	if last := progress[len(progress)-1]; last.Entity != EntityAgreements || last.Phase != PhaseFinished || last.Done != agreements {
		t.Fatalf("last progress = %+v", last)
	}

	// Unchanged: at most two requests per entity (the count and one empty page).
	sb.ResetRequests()
	res, err = r.Refresh(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Companies.Full || res.Companies.Removed != 0 || res.Agreements.Removed != 0 {
		t.Fatalf("unchanged refresh: %+v", res)
	}
	if n := sb.RequestCount("GET", "/company/companies*"); n > 2 {
		t.Errorf("unchanged companies cost %d requests: %v", n, sb.Requests())
	}
	if n := sb.RequestCount("GET", "/finance/agreements*"); n > 2 {
		t.Errorf("unchanged agreements cost %d requests: %v", n, sb.Requests())
	}
}

func TestRefreshSeesChangesAndDeletions(t *testing.T) {
	ctx := context.Background()
	sb, cw := startSandbox(t)
	d := openDB(t)
	r := &Refresher{DB: d, CW: cw, Overlap: time.Second}
	if _, err := r.Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	ids := sb.CompanyIDs()
	renamed, inactive, binned, purged := ids[5], ids[6], ids[7], ids[8]
	must(t, sb.EditCompany(renamed, func(e *cwsandbox.CompanyEdit) { e.Name = "Renamed Customer" }))
	must(t, sb.EditCompany(inactive, func(e *cwsandbox.CompanyEdit) { e.Inactive = true }))
	must(t, sb.EditCompany(binned, func(e *cwsandbox.CompanyEdit) { e.Deleted = true }))
	must(t, sb.PurgeCompany(purged))
	agreementIDs := sb.AgreementIDs(ids[10])
	deletedAgreement, cancelledAgreement := agreementIDs[0], agreementIDs[1]
	must(t, sb.DeleteAgreement(deletedAgreement))
	must(t, sb.CancelAgreement(cancelledAgreement, time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)))

	res, err := r.Refresh(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Companies.Full || res.Companies.Removed != 1 || res.Agreements.Removed != 1 {
		t.Fatalf("refresh after changes: %+v", res)
	}
	q := d.Queries()
	if c, _ := q.GetCompany(ctx, int64(renamed)); c.Name != "Renamed Customer" || c.NameKey != "renamed customer" {
		t.Errorf("renamed company cached as %+v", c)
	}
	if c, _ := q.GetCompany(ctx, int64(inactive)); c.Inactive != 1 || c.StatusName != "Inactive" {
		t.Errorf("inactive company cached as %+v", c)
	}
	if c, _ := q.GetCompany(ctx, int64(binned)); c.DeletedFlag != 1 {
		t.Errorf("deleted company cached as %+v", c)
	}
	// A purged company stays visible, marked gone.
	if c, err := q.GetCompany(ctx, int64(purged)); err != nil || c.Gone != 1 {
		t.Errorf("purged company cached as %+v (%v)", c, err)
	}
	if _, err := q.GetAgreement(ctx, int64(deletedAgreement)); err == nil {
		t.Error("the deleted agreement is still cached")
	}
	if a, _ := q.GetAgreement(ctx, int64(cancelledAgreement)); a.CancelledFlag != 1 || a.AgreementStatus != "Cancelled" {
		t.Errorf("cancelled agreement cached as %+v", a)
	}

	// Afterwards the counts agree again: back to two requests each.
	sb.ResetRequests()
	if _, err := r.Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if n := len(sb.Requests()); n > 4 {
		t.Errorf("refresh after the sweep cost %d requests", n)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Nothing is removed when the ids ConnectWise streams do not add up to its own count (it
// changed while we read): a row that exists must never look deleted.
func TestRefreshRemovesOnlyWhenIDsMatchTheCount(t *testing.T) {
	ctx := context.Background()
	sb, cw := startSandbox(t)
	d := openDB(t)
	r := &Refresher{DB: d, CW: cw}
	if _, err := r.Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	ids := sb.CompanyIDs()
	purged := ids[3]
	must(t, sb.PurgeCompany(purged))
	// The count claims one company more than the ids will show.
	sb.Faults().Set(cwsandbox.Fault{Method: "GET", Path: "/company/companies/count", Kind: cwsandbox.StatusCode,
		Status: 200, Body: fmt.Sprintf(`{"count": %d}`, len(ids)+1), Times: 1})
	res, err := r.Refresh(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Companies.SkippedRemoval || res.Companies.Removed != 0 {
		t.Fatalf("with a count that does not match: %+v", res.Companies)
	}
	if c, _ := d.Queries().GetCompany(ctx, int64(purged)); c.Gone != 0 {
		t.Fatal("a company was marked gone although the sweep did not add up")
	}
	res, err = r.Refresh(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Companies.SkippedRemoval || res.Companies.Removed != 1 {
		t.Fatalf("the next refresh: %+v", res.Companies)
	}
}
