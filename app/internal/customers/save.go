package customers

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// Change is the wanted mapping of one tenant, as staged on the page: the full state of the
// row, not a delta. 0 means no company / no agreement.
type Change struct {
	TenantID    string `json:"tenantId"`
	CompanyID   int64  `json:"companyId"`
	AgreementID int64  `json:"agreementId"`
	SyncEnabled bool   `json:"syncEnabled"`
}

// Field names a column of the page, for errors.
type Field string

const (
	FieldTenant    Field = "tenant"
	FieldCompany   Field = "company"
	FieldAgreement Field = "agreement"
	FieldSync      Field = "sync"
)

// SaveReason says which rule a change broke; the codes are the i18n keys' tails
// (customers.saveReason.*), so the window words them in the user's language.
type SaveReason string

const (
	SaveChangedTwice          SaveReason = "changed_twice"
	SaveTenantNotFound        SaveReason = "tenant_not_found"
	SaveInvalidID             SaveReason = "invalid_id"
	SaveAgreementNeedsCompany SaveReason = "agreement_needs_company"
	SaveSyncNeedsMapping      SaveReason = "sync_needs_mapping"
	SaveCompanyNotCached      SaveReason = "company_not_cached"
	SaveCompanyDeleted        SaveReason = "company_deleted"
	SaveAgreementNotCached    SaveReason = "agreement_not_cached"
	SaveAgreementOtherCompany SaveReason = "agreement_other_company"
)

// ChangeError is why one staged change cannot be saved, naming the tenant and the field;
// Code is the rule, Reason its English wording with the ids involved.
type ChangeError struct {
	TenantID   string     `json:"tenantId"`
	TenantName string     `json:"tenantName"`
	Field      Field      `json:"field"`
	Code       SaveReason `json:"code"`
	Reason     string     `json:"reason"`
}

func (e ChangeError) Error() string {
	who := e.TenantID
	if e.TenantName != "" {
		who = fmt.Sprintf("%s (%s)", e.TenantName, e.TenantID)
	}
	return fmt.Sprintf("tenant %s: %s: %s", who, e.Field, e.Reason)
}

// SaveError lists every change that cannot be saved; when it is returned nothing was saved.
type SaveError struct{ Changes []ChangeError }

func (e *SaveError) Error() string {
	msgs := make([]string, len(e.Changes))
	for i, c := range e.Changes {
		msgs[i] = c.Error()
	}
	return "customer mappings not saved: " + strings.Join(msgs, "; ")
}

// Save applies staged changes in one transaction: all of them or, on any error, none. Each
// change is checked against the cache first, and every failing one is reported (a
// *SaveError). Removing the company or the agreement switches sync off; asking for sync
// on a tenant that was never mapped is an error. Saving a tenant clears its "new" mark.
func Save(ctx context.Context, d *db.DB, changes []Change, now time.Time) error {
	err := d.InTx(ctx, func(q *dbsqlc.Queries) error {
		var problems []ChangeError
		seen := map[string]bool{}
		for _, ch := range changes {
			ch.TenantID = strings.TrimSpace(ch.TenantID)
			if seen[ch.TenantID] {
				problems = append(problems, ChangeError{TenantID: ch.TenantID, Field: FieldTenant, Code: SaveChangedTwice, Reason: "changed twice in one save"})
				continue
			}
			seen[ch.TenantID] = true
			p, err := apply(ctx, q, ch, now)
			if err != nil {
				return err
			}
			if p != nil {
				problems = append(problems, *p)
			}
		}
		if len(problems) > 0 {
			return &SaveError{Changes: problems}
		}
		return nil
	})
	return err
}

// apply checks one change and writes it. A rule broken returns a ChangeError; a failing
// database returns an error.
func apply(ctx context.Context, q *dbsqlc.Queries, ch Change, now time.Time) (*ChangeError, error) {
	t, err := q.GetTenant(ctx, ch.TenantID)
	if errors.Is(err, sql.ErrNoRows) {
		return &ChangeError{TenantID: ch.TenantID, Field: FieldTenant, Code: SaveTenantNotFound, Reason: "no such Sophos tenant"}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read tenant %s: %w", ch.TenantID, err)
	}
	fail := func(f Field, code SaveReason, format string, args ...any) (*ChangeError, error) {
		return &ChangeError{TenantID: t.ID, TenantName: t.Name, Field: f, Code: code, Reason: fmt.Sprintf(format, args...)}, nil
	}
	switch {
	case ch.CompanyID < 0:
		return fail(FieldCompany, SaveInvalidID, "company id %d is not valid", ch.CompanyID)
	case ch.AgreementID < 0:
		return fail(FieldAgreement, SaveInvalidID, "agreement id %d is not valid", ch.AgreementID)
	case ch.AgreementID != 0 && ch.CompanyID == 0:
		return fail(FieldAgreement, SaveAgreementNeedsCompany, "an agreement needs a company")
	}
	wasMapped := t.CWCompanyID != nil && t.CWAgreementID != nil
	if ch.SyncEnabled && (ch.CompanyID == 0 || ch.AgreementID == 0) {
		if !wasMapped {
			return fail(FieldSync, SaveSyncNeedsMapping, "usage sync needs a company and an agreement")
		}
		ch.SyncEnabled = false // removing the company or agreement switches sync off
	}
	companyChanged := ch.CompanyID != deref(t.CWCompanyID)
	agreementChanged := ch.AgreementID != deref(t.CWAgreementID)
	if ch.CompanyID != 0 && companyChanged {
		c, err := q.GetCompany(ctx, ch.CompanyID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return fail(FieldCompany, SaveCompanyNotCached, "ConnectWise company %d is not in the cache", ch.CompanyID)
		case err != nil:
			return nil, err
		case c.DeletedFlag == 1 || c.Gone == 1:
			return fail(FieldCompany, SaveCompanyDeleted, "ConnectWise company %s (%d) is deleted", c.Name, c.ID)
		}
	}
	if ch.AgreementID != 0 && (companyChanged || agreementChanged) {
		a, err := q.GetAgreement(ctx, ch.AgreementID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return fail(FieldAgreement, SaveAgreementNotCached, "ConnectWise agreement %d is not in the cache", ch.AgreementID)
		case err != nil:
			return nil, err
		case a.CompanyID != ch.CompanyID:
			return fail(FieldAgreement, SaveAgreementOtherCompany, "agreement %s (%d) belongs to another company", a.Name, a.ID)
		}
	}
	_, err = q.SetTenantMapping(ctx, dbsqlc.SetTenantMappingParams{
		ID: t.ID, CWCompanyID: nonZero(ch.CompanyID), CWAgreementID: nonZero(ch.AgreementID),
		SyncEnabled: db.Flag(ch.SyncEnabled), Now: now.UnixMilli(),
	})
	if err != nil {
		// The schema's rules back the checks above; reaching one here is still the user's
		// change, so it names the tenant.
		return nil, fmt.Errorf("save the mapping of tenant %s (%s): %w", t.Name, t.ID, err)
	}
	return nil, nil
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func nonZero(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}

// AcknowledgeNew clears the "new" mark of tenants the user has seen without mapping them
// (as the products page does for new products). Unknown ids are ignored.
func AcknowledgeNew(ctx context.Context, d *db.DB, tenantIDs []string) error {
	return d.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, id := range tenantIDs {
			if _, err := q.AcknowledgeNewTenant(ctx, id); err != nil {
				return fmt.Errorf("acknowledge tenant %s: %w", id, err)
			}
		}
		return nil
	})
}
