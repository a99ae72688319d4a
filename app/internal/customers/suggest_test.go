package customers

import (
	"context"
	"slices"
	"testing"
	"time"

	"psabridge/db/dbsqlc"
)

func TestSuggestions(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	past := now.AddDate(0, -1, 0).UnixMilli()
	d := openDB(t)
	f := fixture{t, d}
	inactive := func(p *dbsqlc.UpsertCompanyParams) { p.Inactive, p.StatusName = 1, "Inactive" }
	deleted := func(p *dbsqlc.UpsertCompanyParams) { p.DeletedFlag = 1 }

	f.company(1, "Acme Corporation", nil) // one active agreement
	f.agreement(10, 1, "Acme Managed", nil)
	f.agreement(11, 1, "Acme Old", func(p *dbsqlc.UpsertAgreementParams) { p.AgreementStatus, p.CancelledFlag = "Cancelled", 1 })
	f.agreement(12, 1, "Acme Ended", func(p *dbsqlc.UpsertAgreementParams) { p.NoEndingDateFlag, p.EndDate = 0, past })
	f.company(2, "Bäckerei Müller GmbH", nil)
	f.agreement(20, 2, "Müller Managed", nil)
	f.company(3, "Proseware Inc", nil) // two active companies of one name
	f.company(4, "Proseware, Inc.", nil)
	f.agreement(30, 3, "P1", nil)
	f.agreement(40, 4, "P2", nil)
	f.company(5, "Contoso Ltd", nil) // two active agreements
	f.agreement(50, 5, "Contoso Managed", nil)
	f.agreement(51, 5, "Contoso Security", nil)
	f.company(6, "Fabrikam", nil) // only cancelled, expired and inactive agreements
	f.agreement(60, 6, "F1", func(p *dbsqlc.UpsertAgreementParams) { p.AgreementStatus = "Expired" })
	f.agreement(61, 6, "F2", func(p *dbsqlc.UpsertAgreementParams) { p.AgreementStatus = "Inactive" })
	f.company(7, "Litware Inc", inactive) // inactive only
	f.agreement(70, 7, "L1", nil)
	f.company(8, "Northwind", deleted) // a recycle-bin duplicate next to the live one
	f.company(9, "Northwind Traders", nil)
	f.agreement(90, 9, "N1", nil)
	f.company(11, "Tailspin", inactive) // an inactive namesake does not make it ambiguous
	f.company(12, "Tailspin Toys", nil)
	f.agreement(120, 12, "T1", nil)
	f.company(13, "Mapped Co", nil)
	f.agreement(130, 13, "M1", nil)

	for _, tc := range []struct {
		tenant, showAs string
		wantCompany    int64
		wantAgreement  int64
		wantReason     NoSuggestionReason
		wantCandidates []int64
	}{
		{tenant: "ACME Corp.", wantCompany: 1, wantAgreement: 10},
		{tenant: "baeckerei mueller"}, // no transliteration guessing
		{tenant: "Bäckerei Müller", wantCompany: 2, wantAgreement: 20},
		{tenant: "BACKEREI MULLER G.M.B.H."}, // dotted letters are not the suffix "gmbh"
		{tenant: "Proseware", wantReason: ReasonSeveralCompanies, wantCandidates: []int64{3, 4}},
		{tenant: "Contoso Limited", wantReason: ReasonSeveralActiveAgreements, wantCandidates: []int64{5}},
		{tenant: "Fabrikam AG", wantReason: ReasonNoActiveAgreement, wantCandidates: []int64{6}},
		{tenant: "Litware", wantReason: ReasonCompanyInactive, wantCandidates: []int64{7}},
		{tenant: "Northwind", wantReason: ReasonNoMatch}, // only the deleted one has this name
		{tenant: "Northwind Traders", wantCompany: 9, wantAgreement: 90},
		{tenant: "Tailspin Toys GmbH", wantCompany: 12, wantAgreement: 120},
		{tenant: "Tenant 42", showAs: "tailspin toys", wantCompany: 12, wantAgreement: 120}, // showAs counts too
		{tenant: "Wide World Importers", wantReason: ReasonNoMatch},
		{tenant: "Acm", wantReason: ReasonNoMatch}, // never fuzzy, never a prefix
	} {
		t.Run(tc.tenant, func(t *testing.T) {
			if tc.wantCompany == 0 && tc.wantReason == "" {
				tc.wantReason = ReasonNoMatch
			}
			tenant := dbsqlc.SophosTenant{ID: "x", Name: tc.tenant, ShowAs: tc.showAs}
			dir, err := loadDirectory(ctx, d.Queries())
			if err != nil {
				t.Fatal(err)
			}
			got := dir.suggest(tenant, now)
			if tc.wantCompany != 0 {
				if got.Suggestion == nil || got.Suggestion.CompanyID != tc.wantCompany || got.Suggestion.AgreementID != tc.wantAgreement || got.Reason != "" {
					t.Fatalf("suggest = %+v (%+v), want company %d agreement %d", got, got.Suggestion, tc.wantCompany, tc.wantAgreement)
				}
				return
			}
			if got.Suggestion != nil || got.Reason != tc.wantReason || !slices.Equal(got.Candidates, tc.wantCandidates) {
				t.Fatalf("suggest = %+v (%+v), want no suggestion because %s %v", got, got.Suggestion, tc.wantReason, tc.wantCandidates)
			}
		})
	}

	t.Run("a mapped tenant gets none", func(t *testing.T) {
		f.tenant("m", "Acme Corporation", nil)
		must(t, Save(ctx, d, []Change{{TenantID: "m", CompanyID: 13, AgreementID: 130}}, now))
		o, err := Load(ctx, d.Queries(), now)
		if err != nil {
			t.Fatal(err)
		}
		if r := o.Rows[0]; r.Suggestion.Suggestion != nil || r.Suggestion.Reason != ReasonAlreadyMapped {
			t.Fatalf("row = %+v", r)
		}
	})
}
