package usagesync

import (
	"context"
	"errors"
	"fmt"
	"time"

	"psabridge/app/internal/usagehistory"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// LoadInputs fills Inputs for a billing month from SQLite: the product mappings
// (sophos_products), the tenant mappings (sophos_tenants; a tenant with usage but no row
// there is unknown), the cached agreements (cw_agreements) and the month's usage from the
// stored usage history. It asks no API, so a preview works offline; a month the history
// has never fetched fails with usagehistory.ErrMonthNotStored (errors.Is).
func LoadInputs(ctx context.Context, d *db.DB, month string, settings Settings) (Inputs, error) {
	m, err := ParseMonth(month)
	if err != nil {
		return Inputs{}, err
	}
	if settings, err = settings.withDefaults(); err != nil {
		return Inputs{}, err
	}
	stored, err := usagehistory.StoredAggregation(ctx, d, m.String())
	if errors.Is(err, usagehistory.ErrMonthNotStored) {
		return Inputs{}, fmt.Errorf("usage of %s has not been fetched from Sophos yet; refresh the usage history first: %w", m, err)
	}
	if err != nil {
		return Inputs{}, err
	}
	var in Inputs
	err = d.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		in, err = LoadMappings(ctx, q)
		return err
	})
	if err != nil {
		return Inputs{}, err
	}
	in.Month, in.Usage, in.Settings = m.String(), stored.Aggregation, settings
	return in, nil
}

// LoadMappings fills the Inputs that do not depend on the month: the product and tenant
// mappings and the cached agreements, read in q (pass a read transaction so they agree).
// Month, Usage and Settings are left for the caller (the landing page classifies several
// months with one set of mappings).
func LoadMappings(ctx context.Context, q *dbsqlc.Queries) (Inputs, error) {
	var in Inputs
	var err error
	if in.Products, err = loadProducts(ctx, q); err != nil {
		return Inputs{}, err
	}
	if in.Customers, err = loadCustomers(ctx, q); err != nil {
		return Inputs{}, err
	}
	if in.Agreements, err = loadAgreements(ctx, q); err != nil {
		return Inputs{}, err
	}
	return in, nil
}

func loadProducts(ctx context.Context, q *dbsqlc.Queries) ([]Product, error) {
	rows, err := q.ListSophosProducts(ctx)
	if err != nil {
		return nil, fmt.Errorf("usage sync: read products: %w", err)
	}
	out := make([]Product, len(rows))
	for i, p := range rows {
		out[i] = Product{Key: p.ProductKey, Description: p.Description, CatalogItemID: idOf(p.CWCatalogItemID),
			SyncEnabled: p.SyncEnabled != 0}
	}
	return out, nil
}

func loadCustomers(ctx context.Context, q *dbsqlc.Queries) ([]Customer, error) {
	rows, err := q.ListTenants(ctx)
	if err != nil {
		return nil, fmt.Errorf("usage sync: read tenants: %w", err)
	}
	out := make([]Customer, len(rows))
	for i, t := range rows {
		out[i] = Customer{TenantID: t.ID, Name: t.Name, CompanyID: idOf(t.CWCompanyID),
			AgreementID: idOf(t.CWAgreementID), SyncEnabled: t.SyncEnabled != 0}
	}
	return out, nil
}

func loadAgreements(ctx context.Context, q *dbsqlc.Queries) ([]Agreement, error) {
	rows, err := q.ListAllAgreements(ctx)
	if err != nil {
		return nil, fmt.Errorf("usage sync: read agreements: %w", err)
	}
	out := make([]Agreement, len(rows))
	for i, a := range rows {
		out[i] = Agreement{ID: int(a.ID), CompanyID: int(a.CompanyID), Name: a.Name, Status: a.AgreementStatus,
			CancelledFlag: a.CancelledFlag != 0, DateCancelled: timeOf(a.DateCancelled), Prorate: a.ProrateFlag != 0}
		if a.NoEndingDateFlag == 0 {
			out[i].EndDate = timeOf(a.EndDate)
		}
	}
	return out, nil
}

// idOf is a nullable id column as the planner's "0: unmapped".
func idOf(id *int64) int {
	if id == nil {
		return 0
	}
	return int(*id)
}

// timeOf is a cached unix-millisecond date; 0 (not set) stays the zero time.
func timeOf(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}
