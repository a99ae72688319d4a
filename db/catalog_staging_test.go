package db

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The staging copy names the cache's columns by hand (sqlc cannot see TEMP tables): a
// column added by a migration but not staged would be written empty by every refresh.
func TestCatalogStagingCoversEveryColumn(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "columns.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rows, err := d.sql.QueryContext(ctx, "SELECT name FROM pragma_table_info('cw_catalog_items')")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var table []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		table = append(table, name)
	}
	staged := strings.Split(catalogColumns, ", ")
	slices.Sort(table)
	slices.Sort(staged)
	if !slices.Equal(table, staged) {
		t.Fatalf("cw_catalog_items has columns %v, staging copies %v", table, staged)
	}
}
