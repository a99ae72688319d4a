package catalog

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"psabridge/db"
	"psabridge/db/dbsqlc"
	"psabridge/db/dbtest"
)

func openDB(tb testing.TB) *db.DB {
	tb.Helper()
	return dbtest.Open(tb, "catalog.db")
}

type row struct {
	id                int64
	identifier, descr string
	mpn, sku          string
	inactive          bool
	lastUpdated       int64
}

func insert(tb testing.TB, d *db.DB, rows ...row) {
	tb.Helper()
	err := d.InTx(context.Background(), func(q *dbsqlc.Queries) error {
		for _, r := range rows {
			p := dbsqlc.UpsertCatalogItemParams{
				ID: r.id, Identifier: r.identifier, Description: r.descr, ManufacturerPartNumber: r.mpn,
				VendorSku: r.sku, LastUpdated: r.lastUpdated, IdentifierKey: Fold(r.identifier),
				SearchText: searchText(r.identifier, r.descr, r.mpn, r.sku),
			}
			if r.inactive {
				p.Inactive = 1
			}
			if err := q.UpsertCatalogItem(context.Background(), p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// syntheticCatalog makes n catalog-like rows: vendor product lines with editions, sizes
// and part numbers, as an MSP catalog has them.
func syntheticCatalog(n int) []row {
	vendors := []string{"Microsoft", "Sophos", "Veeam", "Acronis", "Dell", "HP", "Lenovo", "Cisco", "Ubiquiti", "Datto",
		"Fortinet", "Synology", "APC", "Logitech", "Samsung", "Kaspersky", "Eset", "Barracuda", "Zyxel", "Netgear"}
	lines := []string{"Intercept X Advanced", "Endpoint Protection", "Server Protection", "Backup Essentials", "Office 365 E3",
		"Business Premium", "Exchange Online", "Latitude 5440", "EliteBook 840", "ThinkPad T14", "Catalyst 9200",
		"UniFi Switch 24", "Cloud Backup", "Firewall Appliance", "NAS DiskStation", "Smart-UPS 1500", "Wireless Headset",
		"Monitor 27 Zoll", "Labour Hour Remote", "Managed Service Tier"}
	editions := []string{"Standard", "Advanced", "Premium", "Essentials", "Pro", "Plus", "Enterprise", "Basic"}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]row, n)
	for i := range out {
		v, l, e := vendors[r.IntN(len(vendors))], lines[r.IntN(len(lines))], editions[r.IntN(len(editions))]
		out[i] = row{
			id:          int64(i + 1),
			identifier:  fmt.Sprintf("%s-%s-%05d", v[:min(3, len(v))], e[:3], i),
			descr:       fmt.Sprintf("%s %s %s %d", v, l, e, 1+r.IntN(500)),
			mpn:         fmt.Sprintf("%c%c%d-%d", 'A'+r.IntN(26), 'A'+r.IntN(26), r.IntN(9999), r.IntN(99)),
			sku:         fmt.Sprintf("SKU%07d", r.IntN(10_000_000)),
			inactive:    i%17 == 0,
			lastUpdated: 1_700_000_000_000 + int64(i),
		}
	}
	return out
}
