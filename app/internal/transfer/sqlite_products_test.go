package transfer

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"psabridge/db"
	"psabridge/db/dbsqlc"
	"psabridge/db/dbtest"
)

// openProducts is a real SQLite file with two catalog items and three Sophos products, one of
// them mapped with sync on.
func openProducts(t *testing.T) (*db.DB, SQLiteProducts) {
	t.Helper()
	ctx := context.Background()
	database := dbtest.Open(t, "psa-bridge.db")
	q := database.Queries()
	for _, item := range []dbsqlc.UpsertCatalogItemParams{
		{ID: 1001, Identifier: "Sophos_Intercept_X_Advanced", IdentifierKey: "sophos_intercept_x_advanced", LastUpdated: 1},
		{ID: 2002, Identifier: "Sophos_Firewall", IdentifierKey: "sophos_firewall", LastUpdated: 1},
	} {
		if err := q.UpsertCatalogItem(ctx, item); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []dbsqlc.RecordSeenSophosProductParams{
		{ProductKey: "CIXA-MSP", Description: "Intercept X Advanced", ProductGroup: "User"},
		{ProductKey: "XGS-FW", Description: "=Firewall", ProductGroup: "Device"},
		{ProductKey: "SVRCLOUDADV-MSP", Description: "Server Protection", ProductGroup: "Server"},
	} {
		p.FirstSeenMonth, p.LastSeenMonth, p.UpdatedAt = "2026-10", "2026-11", 1
		if err := q.RecordSeenSophosProduct(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	item := int64(1001)
	if _, err := q.MapSophosProduct(ctx, dbsqlc.MapSophosProductParams{ItemID: &item, Identifier: "Sophos_Intercept_X_Advanced", SyncEnabled: 1, Now: 2, ProductKey: "CIXA-MSP"}); err != nil {
		t.Fatal(err)
	}
	return database, SQLiteProducts{Queries: database.Reader()}
}

func TestSQLiteProductsExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	database, products := openProducts(t)
	rows, err := products.ProductRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []Format{CSV, XLSX} {
		data := write(t, format, ProductsSheet(rows))
		changes, warnings, err := ImportProducts(ctx, readOne(t, data, format, ""), products)
		if err != nil || len(changes) != 0 || len(warnings) != 0 {
			t.Fatalf("%s: unchanged export re-imported as changes %v, warnings %v, err %v", format, changes, warnings, err)
		}
	}

	before := snapshot(t, database)
	edited := strings.Replace(string(write(t, CSV, ProductsSheet(rows))), "XGS-FW,'=Firewall,,,off", "XGS-FW,'=Firewall,2002,Sophos_Firewall,on", 1)
	changes, _, err := ImportProducts(ctx, readOne(t, []byte(edited), CSV, ""), products)
	want := []ProductChange{{Line: 2, Code: "XGS-FW", After: ProductMapping{CatalogItemID: 2002, Sync: true}}}
	if err != nil || !slices.Equal(changes, want) {
		t.Fatalf("changes %+v, %v; want %+v\n%s", changes, err, want, edited)
	}

	broken := edited + "NOPE,,3003,,on\r\n"
	_, _, err = ImportProducts(ctx, readOne(t, []byte(broken), CSV, ""), products)
	expectIssues(t, err, where{5, 1, CodeUnknownID})
	if after := snapshot(t, database); after != before {
		t.Errorf("the database changed during import:\n%s\n%s", before, after)
	}
}

func snapshot(t *testing.T, database *db.DB) string {
	t.Helper()
	rows, err := database.Queries().ListSophosProducts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	text, err := json.Marshal(rows) // follows the pointers that %v would print as addresses
	if err != nil {
		t.Fatal(err)
	}
	return string(text)
}
