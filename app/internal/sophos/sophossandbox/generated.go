package sophossandbox

import (
	"fmt"
	"math/rand/v2"
)

// Scale asks for generated tenants instead of the demo customers, for benchmarks: every
// tenant is usage-billed and uses the first Products products of the catalog, each on
// one order line per month.
type Scale struct {
	Tenants  int
	Products int // at most len(catalog)
}

// buildScaledDataset makes sc.Tenants generated tenants with usage in each of the months
// ending with latest. Like the demo data it is derived from fixed seeds only.
func buildScaledDataset(latest yearMonth, months int, sc Scale) *dataset {
	d := &dataset{partnerID: "generated-partner", usage: map[yearMonth][]usageItem{}}
	for i := months - 1; i >= 0; i-- {
		d.months = append(d.months, latest.add(-i))
	}
	products := catalog[:min(max(sc.Products, 1), len(catalog))]
	d.tenants = make([]tenantRecord, sc.Tenants)
	subs := make([][]subscription, sc.Tenants)
	for i := range d.tenants {
		name := fmt.Sprintf("Generated Customer %05d", i+1)
		d.tenants[i] = tenantRecord{id: stableUUID("generated-tenant/" + name), name: name, showAs: name,
			geography: "DE", region: "eu01", billingType: "usage", organizationID: stableUUID("organization/" + name)}
		r := rand.New(rand.NewPCG(hash64("generated", name), 5))
		for _, p := range products {
			subs[i] = append(subs[i], subscription{product: p, base: float64(1 + r.IntN(200)), from: 0, to: months - 1,
				serial: "C0" + stableCode(13, "licence", name, p.code)})
		}
	}
	for m, month := range d.months {
		items := make([]usageItem, 0, sc.Tenants*len(products))
		for i := range d.tenants {
			for _, s := range subs[i] {
				for _, item := range d.linesFor(&d.tenants[i], i, s, m, month, months) {
					item.OrderLineItemNumber = fmt.Sprintf("OL-%04d%02d-%07d", month.year, month.month, len(items)+1)
					items = append(items, item)
				}
			}
		}
		d.usage[month] = items
	}
	return d
}
