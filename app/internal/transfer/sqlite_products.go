package transfer

import (
	"context"
	"database/sql"
	"errors"

	"psabridge/db/dbsqlc"
)

// SQLiteProducts reads the products side from the app database: the Sophos products seen in
// usage (sophos_products) and the ConnectWise catalog cache (cw_catalog_items).
type SQLiteProducts struct {
	Queries *dbsqlc.Queries
}

// Product implements ProductValidator.
func (s SQLiteProducts) Product(ctx context.Context, code string) (KnownProduct, bool, error) {
	p, err := s.Queries.GetSophosProduct(ctx, code)
	if errors.Is(err, sql.ErrNoRows) {
		return KnownProduct{}, false, nil
	}
	if err != nil {
		return KnownProduct{}, false, err
	}
	mapping := ProductMapping{Sync: p.SyncEnabled == 1}
	if p.CWCatalogItemID != nil {
		mapping.CatalogItemID = *p.CWCatalogItemID
	}
	return KnownProduct{Description: p.Description, Mapping: mapping}, true, nil
}

// CatalogItem implements ProductValidator.
func (s SQLiteProducts) CatalogItem(ctx context.Context, id int64) (CatalogItem, bool, error) {
	item, err := s.Queries.GetCatalogItem(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return CatalogItem{}, false, nil
	}
	if err != nil {
		return CatalogItem{}, false, err
	}
	return CatalogItem{Identifier: item.Identifier}, true, nil
}

// ProductRows lists every Sophos product with its mapping for export, in the configure page's
// order. The identifier is the cached item's, or the one remembered at mapping time.
func (s SQLiteProducts) ProductRows(ctx context.Context) ([]ProductRow, error) {
	listed, err := s.Queries.ListProductRows(ctx)
	if err != nil {
		return nil, err
	}
	rows := make([]ProductRow, 0, len(listed))
	for _, p := range listed {
		row := ProductRow{Code: p.ProductKey, Description: p.Description, Identifier: p.ItemIdentifier,
			Mapping: ProductMapping{Sync: p.SyncEnabled == 1}}
		if p.CWCatalogItemID != nil {
			row.Mapping.CatalogItemID = *p.CWCatalogItemID
		}
		rows = append(rows, row)
	}
	return rows, nil
}
