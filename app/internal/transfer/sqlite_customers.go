package transfer

import (
	"context"
	"database/sql"
	"errors"

	"psabridge/db/dbsqlc"
)

// SQLiteCustomers reads the customers side from the app database: the Sophos tenants
// (sophos_tenants) and the ConnectWise company and agreement caches (cw_companies,
// cw_agreements, migration 00008).
type SQLiteCustomers struct {
	Queries *dbsqlc.Queries
}

// Tenant implements CustomerValidator.
func (s SQLiteCustomers) Tenant(ctx context.Context, id string) (KnownTenant, bool, error) {
	t, err := s.Queries.GetTenant(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return KnownTenant{}, false, nil
	}
	if err != nil {
		return KnownTenant{}, false, err
	}
	return KnownTenant{Name: t.Name, Mapping: tenantMapping(t)}, true, nil
}

// Company implements CustomerValidator.
func (s SQLiteCustomers) Company(ctx context.Context, id int64) (Company, bool, error) {
	c, err := s.Queries.GetCompany(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Company{}, false, nil
	}
	if err != nil {
		return Company{}, false, err
	}
	return Company{Name: c.Name}, true, nil
}

// Agreement implements CustomerValidator.
func (s SQLiteCustomers) Agreement(ctx context.Context, id int64) (Agreement, bool, error) {
	a, err := s.Queries.GetAgreement(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Agreement{}, false, nil
	}
	if err != nil {
		return Agreement{}, false, err
	}
	return Agreement{Name: a.Name, CompanyID: a.CompanyID}, true, nil
}

// CustomerRows lists every Sophos tenant with its mapping for export, in the customers
// page's order (by name), with the cached company and agreement names.
func (s SQLiteCustomers) CustomerRows(ctx context.Context) ([]CustomerRow, error) {
	tenants, err := s.Queries.ListTenants(ctx)
	if err != nil {
		return nil, err
	}
	companies, err := s.Queries.ListAllCompanies(ctx)
	if err != nil {
		return nil, err
	}
	agreements, err := s.Queries.ListAllAgreements(ctx)
	if err != nil {
		return nil, err
	}
	companyName := make(map[int64]string, len(companies))
	for _, c := range companies {
		companyName[c.ID] = c.Name
	}
	agreementName := make(map[int64]string, len(agreements))
	for _, a := range agreements {
		agreementName[a.ID] = a.Name
	}
	rows := make([]CustomerRow, 0, len(tenants))
	for _, t := range tenants {
		m := tenantMapping(t)
		rows = append(rows, CustomerRow{TenantID: t.ID, TenantName: t.Name, Mapping: m,
			CompanyName: companyName[m.CompanyID], AgreementName: agreementName[m.AgreementID]})
	}
	return rows, nil
}

func tenantMapping(t dbsqlc.SophosTenant) CustomerMapping {
	m := CustomerMapping{Sync: t.SyncEnabled == 1}
	if t.CWCompanyID != nil {
		m.CompanyID = *t.CWCompanyID
	}
	if t.CWAgreementID != nil {
		m.AgreementID = *t.CWAgreementID
	}
	return m
}
