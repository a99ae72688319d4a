package db

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"psabridge/db/dbsqlc"
)

// catalogColumns are cw_catalog_items' columns, in the order stagingArgs gives them.
// identifier_key is derived from identifier, so it is not compared when deciding whether
// a row changed.
const catalogColumns = "id, identifier, description, customer_description, inactive, " +
	"category_id, category_name, subcategory_id, subcategory_name, type_id, type_name, " +
	"product_class, uom_id, uom_name, price, cost, taxable, " +
	"manufacturer_id, manufacturer_name, manufacturer_part_number, vendor_sku, vendor_name, " +
	"notes, billable_option, recurring, last_updated, identifier_key"

// CatalogStaging collects a full catalog download beside the cache, one short transaction
// per page, so the single writer connection is free between pages (settings, Save and
// the like wait at most one page), and the cache changes only in Apply's one transaction:
// after a crash at any point it holds the old catalog or the new one, never a mix.
//
// The staging table is a TEMP table on the writer connection: a crash or Close drops it,
// and it needs no schema. Should the pool ever replace that connection, the table is gone
// and the next Add or Apply fails, leaving the cache untouched.
type CatalogStaging struct {
	db    *DB
	table string
}

// StartCatalogStaging creates an empty staging table. Close it when done.
func (d *DB) StartCatalogStaging(ctx context.Context) (*CatalogStaging, error) {
	s := &CatalogStaging{db: d, table: fmt.Sprintf("temp.cw_catalog_staging_%d", d.stagings.Add(1))}
	// Same columns, no constraints: the cache's CHECKs apply when Apply copies the rows.
	_, err := d.sql.ExecContext(ctx, "CREATE TABLE "+s.table+" AS SELECT "+catalogColumns+" FROM main.cw_catalog_items WHERE 0")
	if err == nil {
		_, err = d.sql.ExecContext(ctx, "CREATE UNIQUE INDEX "+s.table+"_id ON "+strings.TrimPrefix(s.table, "temp.")+" (id)")
	}
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("start staging the catalog: %w", err)
	}
	return s, nil
}

// Add stages one page in one transaction. An id seen twice (a page boundary that moved)
// keeps its latest copy.
func (s *CatalogStaging) Add(ctx context.Context, page []dbsqlc.UpsertCatalogItemParams) error {
	insert := "INSERT OR REPLACE INTO " + s.table + " (" + catalogColumns + ") VALUES (?" +
		strings.Repeat(", ?", strings.Count(catalogColumns, ",")) + ")"
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, insert)
		if err != nil {
			return fmt.Errorf("stage catalog page: %w", err)
		}
		defer stmt.Close()
		for _, p := range page {
			if _, err := stmt.ExecContext(ctx, stagingArgs(p)...); err != nil {
				return fmt.Errorf("stage catalog item %d (%s): %w", p.ID, p.Identifier, err)
			}
		}
		return nil
	})
}

// Count is how many distinct items are staged.
func (s *CatalogStaging) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.sql.QueryRowContext(ctx, "SELECT count(*) FROM "+s.table).Scan(&n); err != nil {
		return 0, fmt.Errorf("count staged catalog items: %w", err)
	}
	return n, nil
}

// CatalogSwap is what Apply changed in the cache.
type CatalogSwap struct {
	Written int // items inserted or changed
	Deleted int // cached items that were not staged
}

// Apply makes the staged items the cache in one transaction: new and changed items are
// written (an unchanged row costs no write), items not staged are deleted, and then fn
// runs in the same transaction (setup tables, refresh state).
func (s *CatalogStaging) Apply(ctx context.Context, fn func(q *dbsqlc.Queries) error) (CatalogSwap, error) {
	var swap CatalogSwap
	cols := strings.Split(catalogColumns, ", ")
	var set []string
	for _, c := range cols[1:] {
		set = append(set, c+" = excluded."+c)
	}
	compared := cols[1 : len(cols)-1] // not id, not identifier_key
	upsert := "INSERT INTO main.cw_catalog_items (" + catalogColumns + ") SELECT " + catalogColumns + " FROM " + s.table +
		" WHERE true ON CONFLICT (id) DO UPDATE SET " + strings.Join(set, ", ") +
		" WHERE (" + prefixed("cw_catalog_items.", compared) + ") IS NOT (" + prefixed("excluded.", compared) + ")"
	err := s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM main.cw_catalog_items WHERE id NOT IN (SELECT id FROM "+s.table+")")
		if err != nil {
			return fmt.Errorf("remove deleted catalog items: %w", err)
		}
		n, _ := res.RowsAffected()
		swap.Deleted = int(n)
		if res, err = tx.ExecContext(ctx, upsert); err != nil {
			return fmt.Errorf("write the new catalog: %w", err)
		}
		n, _ = res.RowsAffected()
		swap.Written = int(n)
		return fn(s.db.queries.WithTx(tx))
	})
	return swap, err
}

func prefixed(prefix string, cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = prefix + c
	}
	return strings.Join(out, ", ")
}

// Close drops the staging table.
func (s *CatalogStaging) Close() error {
	_, err := s.db.sql.ExecContext(context.Background(), "DROP TABLE IF EXISTS "+s.table)
	return err
}

// stagingArgs lists p's fields in catalogColumns' order.
func stagingArgs(p dbsqlc.UpsertCatalogItemParams) []any {
	return []any{p.ID, p.Identifier, p.Description, p.CustomerDescription, p.Inactive,
		p.CategoryID, p.CategoryName, p.SubcategoryID, p.SubcategoryName, p.TypeID, p.TypeName,
		p.ProductClass, p.UomID, p.UomName, p.Price, p.Cost, p.Taxable,
		p.ManufacturerID, p.ManufacturerName, p.ManufacturerPartNumber, p.VendorSku, p.VendorName,
		p.Notes, p.BillableOption, p.Recurring, p.LastUpdated, p.IdentifierKey}
}
