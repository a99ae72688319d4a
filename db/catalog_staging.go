package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"psabridge/db/dbsqlc"
)

// catalogColumns are cw_catalog_items' columns, in the order stagingArgs gives them.
// identifier_key is derived from identifier, so it is not compared when deciding whether
// a row changed; search_text (the full-text index's folded text) is, so a change in how
// Go folds text reaches every row with the next full refresh.
const catalogColumns = "id, identifier, description, customer_description, inactive, " +
	"category_id, category_name, subcategory_id, subcategory_name, type_id, type_name, " +
	"product_class, uom_id, uom_name, price, cost, taxable, " +
	"manufacturer_id, manufacturer_name, manufacturer_part_number, vendor_sku, vendor_name, " +
	"notes, billable_option, recurring, last_updated, search_text, identifier_key"

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
	if err == nil {
		_, err = d.sql.ExecContext(ctx, "CREATE TABLE "+s.changed()+" (id INTEGER PRIMARY KEY)")
	}
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("start staging the catalog: %w", err)
	}
	return s, nil
}

// Add stages one page in one transaction, and notes which of its items are new or differ
// from the cache, so that Apply writes only those. An id seen twice (a page boundary
// that moved) keeps its latest copy.
func (s *CatalogStaging) Add(ctx context.Context, page []dbsqlc.UpsertCatalogItemParams) error {
	if len(page) == 0 {
		return nil
	}
	insert := "INSERT OR REPLACE INTO " + s.table + " (" + catalogColumns + ") VALUES (?" +
		strings.Repeat(", ?", strings.Count(catalogColumns, ",")) + ")"
	compared := strings.Split(catalogColumns, ", ")
	compared = compared[1 : len(compared)-1] // not id, not identifier_key (derived)
	noteChanged := "INSERT OR IGNORE INTO " + s.changed() + " SELECT s.id FROM " + s.table + " s" +
		" LEFT JOIN main.cw_catalog_items m ON m.id = s.id WHERE s.id BETWEEN ? AND ?" +
		" AND (m.id IS NULL OR (" + prefixed("m.", compared) + ") IS NOT (" + prefixed("s.", compared) + "))"
	lo, hi := page[0].ID, page[0].ID
	for _, p := range page {
		lo, hi = min(lo, p.ID), max(hi, p.ID)
	}
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, insert)
		if err != nil {
			return fmt.Errorf("stage catalog page: %w", err)
		}
		defer stmt.Close()
		for _, p := range page {
			if _, err := stmt.ExecContext(ctx, stagingArgs(p)...); err != nil {
				return fmt.Errorf("stage catalog item %d (%.80q): %w", p.ID, p.Identifier, err)
			}
		}
		// Items of earlier pages in the id range are compared again: harmless, and the
		// range keeps this one indexed statement.
		if _, err := tx.ExecContext(ctx, noteChanged, lo, hi); err != nil {
			return fmt.Errorf("compare catalog page with the cache: %w", err)
		}
		return nil
	})
}

// CatalogSwap is what Apply changed in the cache.
type CatalogSwap struct {
	Written int // items inserted or changed
	Deleted int // cached items removed
}

// Apply makes the staged items the cache in one transaction: the new and changed items
// are written, the gone ids (cached items ConnectWise no longer has, which the caller
// works out from the read pool, off the writer) are deleted, and then fn runs in the same
// transaction (setup tables, refresh state). Over a filled cache it writes only what
// changed, so it is short.
func (s *CatalogStaging) Apply(ctx context.Context, gone []int64, fn func(q *dbsqlc.Queries) error) (CatalogSwap, error) {
	var swap CatalogSwap
	cols := strings.Split(catalogColumns, ", ")
	var set []string
	for _, c := range cols[1:] {
		set = append(set, c+" = excluded."+c)
	}
	compared := cols[1 : len(cols)-1] // not id, not identifier_key
	upsert := "INSERT INTO main.cw_catalog_items (" + catalogColumns + ") SELECT " + catalogColumns + " FROM " + s.table +
		" WHERE id IN (SELECT id FROM " + s.changed() + ") ON CONFLICT (id) DO UPDATE SET " + strings.Join(set, ", ") +
		" WHERE (" + prefixed("cw_catalog_items.", compared) + ") IS NOT (" + prefixed("excluded.", compared) + ")"
	err := s.db.inTx(ctx, func(tx *sql.Tx) error {
		q := s.db.queries.WithTx(tx)
		for _, id := range gone {
			n, err := q.DeleteCatalogItem(ctx, id)
			if err != nil {
				return fmt.Errorf("remove deleted catalog item %d: %w", id, err)
			}
			swap.Deleted += int(n)
		}
		res, err := tx.ExecContext(ctx, upsert)
		if err != nil {
			return fmt.Errorf("write the new catalog: %w", err)
		}
		n, _ := res.RowsAffected()
		swap.Written = int(n)
		return fn(q)
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

// Close drops the staging tables.
func (s *CatalogStaging) Close() error {
	_, err := s.db.sql.ExecContext(context.Background(), "DROP TABLE IF EXISTS "+s.table)
	_, err2 := s.db.sql.ExecContext(context.Background(), "DROP TABLE IF EXISTS "+s.changed())
	return errors.Join(err, err2)
}

// changed names the table of staged ids that are new or differ from the cache.
func (s *CatalogStaging) changed() string { return s.table + "_changed" }

// stagingArgs lists p's fields in catalogColumns' order.
func stagingArgs(p dbsqlc.UpsertCatalogItemParams) []any {
	return []any{p.ID, p.Identifier, p.Description, p.CustomerDescription, p.Inactive,
		p.CategoryID, p.CategoryName, p.SubcategoryID, p.SubcategoryName, p.TypeID, p.TypeName,
		p.ProductClass, p.UomID, p.UomName, p.Price, p.Cost, p.Taxable,
		p.ManufacturerID, p.ManufacturerName, p.ManufacturerPartNumber, p.VendorSku, p.VendorName,
		p.Notes, p.BillableOption, p.Recurring, p.LastUpdated, p.SearchText, p.IdentifierKey}
}
