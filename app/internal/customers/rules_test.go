package customers

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"psabridge/db/dbsqlc"
)

// The schema's rules hold even for a writer that skips the Go API.
func TestSchemaRules(t *testing.T) {
	ctx := context.Background()
	d := openDB(t)
	f := fixture{t, d}
	f.company(1, "Acme", nil)
	f.company(2, "Other", nil)
	f.agreement(10, 1, "Acme Managed", nil)
	f.agreement(20, 2, "Other Managed", nil)
	f.tenant("t1", "Acme", nil)
	exec := func(sql string, args ...any) error {
		_, err := d.SQL().ExecContext(ctx, sql, args...)
		return err
	}

	t.Run("new tenants arrive unmapped, sync off, marked new", func(t *testing.T) {
		got := f.get("t1")
		if got.CWCompanyID != nil || got.CWAgreementID != nil || got.SyncEnabled != 0 || got.IsNew != 1 || got.Gone != 0 {
			t.Fatalf("new tenant = %+v", got)
		}
		err := exec(`INSERT INTO sophos_tenants (id, name, first_seen, last_seen, updated_at, cw_company_id) VALUES ('t9', 'x', 1, 1, 1, 1)`)
		if err == nil || !strings.Contains(err.Error(), "arrives unmapped") {
			t.Fatalf("inserting a mapped tenant: %v", err)
		}
		err = exec(`INSERT INTO sophos_tenants (id, name, first_seen, last_seen, updated_at, is_new) VALUES ('t9', 'x', 1, 1, 1, 0)`)
		if err == nil {
			t.Fatal("inserted a tenant not marked new")
		}
	})
	t.Run("sync needs company and agreement", func(t *testing.T) {
		if err := exec(`UPDATE sophos_tenants SET sync_enabled = 1 WHERE id = 't1'`); err == nil {
			t.Fatal("switched sync on for an unmapped tenant")
		}
		if err := exec(`UPDATE sophos_tenants SET cw_company_id = 1, sync_enabled = 1 WHERE id = 't1'`); err == nil {
			t.Fatal("switched sync on without an agreement")
		}
	})
	t.Run("agreement needs company", func(t *testing.T) {
		if err := exec(`UPDATE sophos_tenants SET cw_agreement_id = 10 WHERE id = 't1'`); err == nil {
			t.Fatal("mapped an agreement without a company")
		}
	})
	t.Run("agreement of another company is refused", func(t *testing.T) {
		err := exec(`UPDATE sophos_tenants SET cw_company_id = 1, cw_agreement_id = 20 WHERE id = 't1'`)
		if err == nil || !strings.Contains(err.Error(), "does not belong") {
			t.Fatalf("mapping another company's agreement: %v", err)
		}
		err = exec(`UPDATE sophos_tenants SET cw_company_id = 1, cw_agreement_id = 99 WHERE id = 't1'`)
		if err == nil {
			t.Fatal("mapped an agreement that is not cached")
		}
		if err := exec(`UPDATE sophos_tenants SET cw_company_id = 1, cw_agreement_id = 10, sync_enabled = 1 WHERE id = 't1'`); err != nil {
			t.Fatal(err)
		}
		// Switching the company keeps the old agreement: refused.
		if err := exec(`UPDATE sophos_tenants SET cw_company_id = 2 WHERE id = 't1'`); err == nil {
			t.Fatal("changed the company under a mapped agreement")
		}
	})
	t.Run("clearing company or agreement with sync on is refused", func(t *testing.T) {
		if err := exec(`UPDATE sophos_tenants SET cw_agreement_id = NULL WHERE id = 't1'`); err == nil {
			t.Fatal("cleared the agreement and left sync on")
		}
		if err := exec(`UPDATE sophos_tenants SET cw_company_id = NULL, cw_agreement_id = NULL WHERE id = 't1'`); err == nil {
			t.Fatal("cleared the company and left sync on")
		}
	})
	t.Run("a mapping whose agreement vanished can still be switched off", func(t *testing.T) {
		if _, err := d.Queries().DeleteAgreement(ctx, 10); err != nil {
			t.Fatal(err)
		}
		if err := exec(`UPDATE sophos_tenants SET sync_enabled = 0 WHERE id = 't1'`); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSave(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	setup := func(t *testing.T) fixture {
		d := openDB(t)
		f := fixture{t, d}
		f.company(1, "Acme", nil)
		f.company(2, "Other", nil)
		f.company(3, "Binned", func(p *dbsqlc.UpsertCompanyParams) { p.DeletedFlag = 1 })
		f.agreement(10, 1, "Acme Managed", nil)
		f.agreement(11, 1, "Acme Security", nil)
		f.agreement(20, 2, "Other Managed", nil)
		f.tenant("t1", "Acme", nil)
		f.tenant("t2", "Other", nil)
		return f
	}
	var saveErr *SaveError

	t.Run("maps, switches sync on and clears the new mark", func(t *testing.T) {
		f := setup(t)
		must(t, Save(ctx, f.d, []Change{{TenantID: "t1", CompanyID: 1, AgreementID: 10, SyncEnabled: true}}, now))
		got := f.get("t1")
		if deref(got.CWCompanyID) != 1 || deref(got.CWAgreementID) != 10 || got.SyncEnabled != 1 || got.IsNew != 0 {
			t.Fatalf("saved tenant = %+v", got)
		}
		if f.get("t2").IsNew != 1 {
			t.Fatal("an unsaved tenant lost its new mark")
		}
	})
	t.Run("removing the company or agreement switches sync off", func(t *testing.T) {
		f := setup(t)
		must(t, Save(ctx, f.d, []Change{{TenantID: "t1", CompanyID: 1, AgreementID: 10, SyncEnabled: true}}, now))
		must(t, Save(ctx, f.d, []Change{{TenantID: "t1", CompanyID: 1, SyncEnabled: true}}, now))
		if got := f.get("t1"); got.SyncEnabled != 0 || got.CWAgreementID != nil || deref(got.CWCompanyID) != 1 {
			t.Fatalf("after removing the agreement: %+v", got)
		}
		must(t, Save(ctx, f.d, []Change{{TenantID: "t1", CompanyID: 1, AgreementID: 11, SyncEnabled: true}}, now))
		must(t, Save(ctx, f.d, []Change{{TenantID: "t1", SyncEnabled: true}}, now))
		if got := f.get("t1"); got.SyncEnabled != 0 || got.CWCompanyID != nil {
			t.Fatalf("after removing the company: %+v", got)
		}
	})
	t.Run("every bad change is named and nothing is saved", func(t *testing.T) {
		f := setup(t)
		err := Save(ctx, f.d, []Change{
			{TenantID: "t2", CompanyID: 2, AgreementID: 20, SyncEnabled: true}, // fine on its own
			{TenantID: "t1", CompanyID: 1, AgreementID: 20},                    // another company's agreement
			{TenantID: "nope", CompanyID: 1},
		}, now)
		if !errors.As(err, &saveErr) || len(saveErr.Changes) != 2 {
			t.Fatalf("err = %v", err)
		}
		want := []ChangeError{
			{TenantID: "t1", TenantName: "Acme", Field: FieldAgreement, Code: SaveAgreementOtherCompany},
			{TenantID: "nope", Field: FieldTenant, Code: SaveTenantNotFound},
		}
		for i, w := range want {
			g := saveErr.Changes[i]
			if g.TenantID != w.TenantID || g.TenantName != w.TenantName || g.Field != w.Field || g.Code != w.Code || g.Reason == "" {
				t.Errorf("problem %d = %+v, want %+v", i, g, w)
			}
		}
		if got := f.get("t2"); got.CWCompanyID != nil || got.SyncEnabled != 0 {
			t.Fatalf("a valid change was saved although the set failed: %+v", got)
		}
	})
	for _, tc := range []struct {
		name  string
		ch    Change
		field Field
		code  SaveReason
	}{
		{"sync on an unmapped tenant", Change{TenantID: "t1", SyncEnabled: true}, FieldSync, SaveSyncNeedsMapping},
		{"sync with a company only", Change{TenantID: "t1", CompanyID: 1, SyncEnabled: true}, FieldSync, SaveSyncNeedsMapping},
		{"agreement without company", Change{TenantID: "t1", AgreementID: 10}, FieldAgreement, SaveAgreementNeedsCompany},
		{"unknown company", Change{TenantID: "t1", CompanyID: 99}, FieldCompany, SaveCompanyNotCached},
		{"deleted company", Change{TenantID: "t1", CompanyID: 3}, FieldCompany, SaveCompanyDeleted},
		{"unknown agreement", Change{TenantID: "t1", CompanyID: 1, AgreementID: 99}, FieldAgreement, SaveAgreementNotCached},
		{"changed twice", Change{TenantID: "t2"}, FieldTenant, SaveChangedTwice},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := setup(t)
			changes := []Change{tc.ch}
			if tc.field == FieldTenant {
				changes = append(changes, tc.ch)
			}
			err := Save(ctx, f.d, changes, now)
			if !errors.As(err, &saveErr) || len(saveErr.Changes) != 1 || saveErr.Changes[0].Field != tc.field || saveErr.Changes[0].Code != tc.code || saveErr.Changes[0].TenantID != tc.ch.TenantID {
				t.Fatalf("err = %v", err)
			}
			if !strings.Contains(err.Error(), tc.ch.TenantID) {
				t.Errorf("message %q does not name the tenant", err)
			}
		})
	}
}

func TestAcknowledgeNew(t *testing.T) {
	d := openDB(t)
	f := fixture{t, d}
	f.tenant("t1", "A", nil)
	f.tenant("t2", "B", nil)
	must(t, AcknowledgeNew(context.Background(), d, []string{"t1", "unknown"}))
	if f.get("t1").IsNew != 0 || f.get("t2").IsNew != 1 {
		t.Fatalf("t1 %+v, t2 %+v", f.get("t1"), f.get("t2"))
	}
	// A refresh that returns it again does not make it new again.
	f.tenant("t1", "A renamed", nil)
	if got := f.get("t1"); got.IsNew != 0 || got.Name != "A renamed" {
		t.Fatalf("after a refresh: %+v", got)
	}
}
