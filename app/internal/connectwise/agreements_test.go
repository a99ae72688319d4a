package connectwise

import (
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/demodata"
)

func TestAgreementsOfCompany(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	statuses := map[string]int{}
	for _, cust := range demodata.Customers() {
		if cust.CompanyName == "" {
			continue
		}
		all, err := f.c.CompanyAgreements(ctx, cust.CompanyID)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) == 0 {
			t.Fatalf("%s has no agreements", cust.CompanyName)
		}
		for _, a := range all {
			statuses[a.AgreementStatus]++
			if a.Company.ID != cust.CompanyID || a.Type.Name == "" || a.StartDate.IsZero() {
				t.Fatalf("agreement %+v", a)
			}
			if a.AgreementStatus == AgreementCancelled && (!a.CancelledFlag || a.DateCancelled.IsZero()) {
				t.Fatalf("cancelled agreement without date: %+v", a)
			}
		}
		active, err := f.c.CompanyAgreements(ctx, cust.CompanyID, AgreementActive)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range active {
			if a.AgreementStatus != AgreementActive {
				t.Fatalf("status filter let %s through", a.AgreementStatus)
			}
		}
		both, err := f.c.CompanyAgreements(ctx, cust.CompanyID, AgreementActive, AgreementExpired)
		if err != nil || len(both) < len(active) {
			t.Fatalf("two statuses: %d agreements, %v", len(both), err)
		}
	}
	if statuses[AgreementActive] == 0 || statuses[AgreementCancelled] == 0 || statuses[AgreementExpired] == 0 {
		t.Fatalf("demo agreements by status %v: want active, cancelled and expired ones", statuses)
	}
	acme := demodata.Customers()[0]
	ids := f.sb.AgreementIDs(acme.CompanyID)
	one, err := f.c.GetAgreement(ctx, ids[0])
	if err != nil || one.ID != ids[0] || one.Company.Identifier != acme.Identifier || one.BillingCycle.Name != "Monthly" || one.LastUpdated.IsZero() {
		t.Fatalf("GetAgreement: %+v, %v", one, err)
	}
	if _, err := f.c.GetAgreement(ctx, 1); !IsNotFound(err) {
		t.Fatalf("unknown agreement: %v", err)
	}
}

func TestAdditions(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	acme := demodata.Customers()[0]
	agreements, err := f.c.CompanyAgreements(ctx, acme.CompanyID, AgreementActive)
	if err != nil || len(agreements) == 0 {
		t.Fatalf("agreements: %v", err)
	}
	ag := agreements[0]
	lines, err := f.c.Additions(ctx, ag.ID)
	if err != nil || len(lines) == 0 {
		t.Fatalf("additions: %d, %v", len(lines), err)
	}
	for _, l := range lines {
		if l.AgreementID != ag.ID || l.Product.ID == 0 || l.Product.Identifier == "" || l.BillCustomer == "" || l.EffectiveDate.IsZero() {
			t.Fatalf("addition %+v", l)
		}
	}

	productID, _ := f.sb.CatalogItemID("Sophos_MTR_Advanced")
	effective := time.Date(2026, time.April, 1, 0, 0, 0, 0, time.UTC)
	created, err := f.c.CreateAddition(ctx, ag.ID, NewAddition{ProductID: productID, Quantity: 12, EffectiveDate: effective})
	if err != nil {
		t.Fatal(err)
	}
	if created.ID == 0 || created.Product.ID != productID || created.Quantity != 12 || created.UnitPrice != 14.5 ||
		created.BillCustomer != BillBillable || !created.EffectiveDate.Equal(effective) || created.ExtPrice != 174 ||
		created.Cancelled(fixedNow) || created.UOM != "Per User" {
		t.Fatalf("created %+v", created)
	}
	updated, err := f.c.PatchAdditionQuantity(ctx, ag.ID, created.ID, 37)
	if err != nil || updated.Quantity != 37 || updated.ExtPrice != 536.5 || !updated.LastUpdated.Equal(fixedNow) {
		t.Fatalf("patched %+v, %v", updated, err)
	}
	got, err := f.c.GetAddition(ctx, ag.ID, created.ID)
	if err != nil || got.Quantity != 37 {
		t.Fatalf("read back %+v, %v", got, err)
	}
	cancelled, err := f.c.PatchAddition(ctx, ag.ID, created.ID, []PatchOp{Replace("cancelledDate", "2026-04-30T00:00:00Z")})
	if err != nil || !cancelled.Cancelled(time.Date(2026, time.May, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("cancel %+v, %v", cancelled, err)
	}

	_, err = f.c.CreateAddition(ctx, ag.ID, NewAddition{ProductID: 424242, Quantity: 1})
	if fe, ok := mustError(t, err).Field("product"); !ok || fe.Code != FieldNotFound {
		t.Fatalf("unknown product: %v", err)
	}
	_, err = f.c.CreateAddition(ctx, ag.ID, NewAddition{ProductID: productID, Quantity: 1, BillCustomer: "Sometimes"})
	if fe, ok := mustError(t, err).Field("billCustomer"); !ok || fe.Code != FieldInvalid {
		t.Fatalf("bad billCustomer: %v", err)
	}
	if _, err := f.c.Additions(ctx, 1); !IsNotFound(err) {
		t.Fatalf("additions of an unknown agreement: %v", err)
	}
	if _, err := f.c.PatchAdditionQuantity(ctx, ag.ID, 1, 3); !IsNotFound(err) {
		t.Fatalf("patch of an unknown addition: %v", err)
	}
}
