package transfer

import (
	"context"
	"time"

	"psabridge/app/internal/customers"
	"psabridge/app/internal/products"
	"psabridge/db"
)

// SaveProductChanges saves an import's product changes as the configure page's Save does
// (products.Saver: all or nothing, each mapped item checked against the catalog cache).
// Imports only map to existing items, so no ConnectWise call is made.
func SaveProductChanges(ctx context.Context, d *db.DB, actor string, changes []ProductChange) error {
	if len(changes) == 0 {
		return nil
	}
	staged := make([]products.Change, len(changes))
	for i, c := range changes {
		staged[i] = products.Change{ProductKey: c.Code, SyncEnabled: c.After.Sync}
		switch {
		case c.After.CatalogItemID == 0:
			staged[i].Mapping = products.RemoveMapping
		case c.After.CatalogItemID == c.Before.CatalogItemID:
			staged[i].Mapping = products.KeepMapping
		default:
			staged[i].Mapping, staged[i].ItemID = products.MapToExisting, c.After.CatalogItemID
		}
	}
	return (&products.Saver{DB: d, Actor: actor}).Save(ctx, staged)
}

// SaveCustomerChanges saves an import's customer changes as the customers page's Save does
// (customers.Save: one transaction, all or nothing).
func SaveCustomerChanges(ctx context.Context, d *db.DB, changes []CustomerChange, now time.Time) error {
	if len(changes) == 0 {
		return nil
	}
	staged := make([]customers.Change, len(changes))
	for i, c := range changes {
		staged[i] = customers.Change{TenantID: c.TenantID, CompanyID: c.After.CompanyID, AgreementID: c.After.AgreementID, SyncEnabled: c.After.Sync}
	}
	return customers.Save(ctx, d, staged, now)
}
