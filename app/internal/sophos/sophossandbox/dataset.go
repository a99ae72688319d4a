package sophossandbox

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"psabridge/app/internal/demodata"
)

// Demo partner facts shown in usage lines.
const (
	partnerName       = "PSA Bridge Demo MSP"
	partnerEdiAccount = "4410238"
	distributorName   = "Demo Distribution Ltd."
	currency          = "USD"
	// Months older than this many months before the latest carry the 2021–2024 35-field item
	// shape (customer name, contact, prices); newer ones the current 17-field shape.
	fullShapeAgeMonths = 6
)

// tenantRecord is one Sophos tenant of the demo partner.
type tenantRecord struct {
	id, name, showAs, geography, region, billingType, organizationID string
	status                                                           string // "" or "suspended"
	contact                                                          contact
}

type contact struct {
	firstName, lastName, email, phone, street, city, country, countryCode, zip string
}

// usageItem is a billing usage item in Sophos' wire shape. Optional fields are omitted when
// empty, which gives the 17-field shape for new months and the 35-field one for old months.
type usageItem struct {
	PartnerAccountID             string   `json:"partnerAccountId"`
	PartnerEdiAccountNumber      string   `json:"partnerEdiAccountNumber"`
	PartnerAccountName           string   `json:"partnerAccountName"`
	BillingStartDate             string   `json:"billingStartDate"`
	BillingEndDate               string   `json:"billingEndDate"`
	OrderNumber                  string   `json:"orderNumber"`
	OrderLineItemNumber          string   `json:"orderLineItemNumber"`
	AccountNumberOrSerialNumber  string   `json:"accountNumberOrSerialNumber"`
	ProductDescription           string   `json:"productDescription"`
	ProductGroup                 string   `json:"productGroup"`
	SKU                          string   `json:"sku"`
	BillableQuantity             float64  `json:"billableQuantity"`
	ExternalID                   string   `json:"externalId,omitempty"`
	AccountID                    string   `json:"accountId,omitempty"` // absent on unassigned firewall lines
	AccountStatus                string   `json:"accountStatus,omitempty"`
	ActualQuantity               float64  `json:"actualQuantity"`
	ProductCode                  string   `json:"productCode"`
	AssignedAccountIdentifier    string   `json:"assignedAccountIdentifier,omitempty"`
	ContactName                  string   `json:"contactName,omitempty"`
	ContactEmail                 string   `json:"contactEmail,omitempty"`
	ContactStreet                string   `json:"contactStreet,omitempty"`
	ContactCity                  string   `json:"contactCity,omitempty"`
	ContactCountry               string   `json:"contactCountry,omitempty"`
	ContactZip                   string   `json:"contactZip,omitempty"`
	UnitMsrpCurrency             string   `json:"unitMsrpCurrency,omitempty"`
	UnitMsrp                     string   `json:"unitMsrp,omitempty"`
	UnitPriceCurrency            string   `json:"unitPriceCurrency,omitempty"`
	UnitPrice                    string   `json:"unitPrice,omitempty"`
	NetPriceCurrency             string   `json:"netPriceCurrency,omitempty"`
	NetPrice                     string   `json:"netPrice,omitempty"`
	PriceWithTaxesCurrency       string   `json:"priceWithTaxesCurrency,omitempty"`
	PriceWithTaxes               string   `json:"priceWithTaxes,omitempty"`
	DistributorAccountName       string   `json:"distributorAccountName,omitempty"`
	AdditionalDiscountPercentage *float64 `json:"additionalDiscountPercentage,omitempty"`
	OrderedQuantity              *float64 `json:"orderedQuantity,omitempty"`
}

// dataset is everything the sandbox serves. It is built once and never changed.
type dataset struct {
	partnerID string
	tenants   []tenantRecord
	months    []yearMonth // oldest first; the last is the latest month with data
	usage     map[yearMonth][]usageItem
}

func (d *dataset) latest() yearMonth { return d.months[len(d.months)-1] }

func (d *dataset) tenant(id string) (tenantRecord, bool) {
	for _, t := range d.tenants {
		if t.id == id {
			return t, true
		}
	}
	return tenantRecord{}, false
}

// usageOwner is whoever a set of subscriptions is billed to.
type usageOwner struct {
	tenant *tenantRecord // nil: the partner's own, unassigned devices
	index  int           // position among usage-billed tenants
	subs   []subscription
}

// subscription is one product a tenant (or the partner, for unassigned devices) pays for.
type subscription struct {
	product  product
	base     float64 // units in the latest month
	trend    float64 // growth over the window: the first month has base·(1−trend)
	from, to int     // month indexes (inclusive) in which it is billed
	split    bool    // billed on two order lines
	serial   string  // devices: the serial number; others: the licence number
}

// buildDataset makes the demo data for the months ending with latest. Everything is derived
// from fixed seeds and the demo customer list: no clock, no randomness between runs.
func buildDataset(latest yearMonth, months int) *dataset {
	d := &dataset{partnerID: demodata.PartnerID, usage: map[yearMonth][]usageItem{}}
	for i := months - 1; i >= 0; i-- {
		d.months = append(d.months, latest.add(-i))
	}
	for _, c := range demodata.Customers() {
		if c.UsesSophos {
			d.tenants = append(d.tenants, newTenantRecord(c))
		}
	}

	var owners []usageOwner
	usageIndex := 0
	for i := range d.tenants {
		t := &d.tenants[i]
		if t.billingType != "usage" {
			continue // term and trial customers are not billed through MSP Flex: no usage lines
		}
		owners = append(owners, usageOwner{tenant: t, index: usageIndex, subs: planTenant(t, usageIndex, months)})
		usageIndex++
	}
	// Balance the coverage of add-ons so every catalog product appears somewhere.
	ensureEveryAddOn(owners, months)
	owners = append(owners, usageOwner{subs: planUnassignedDevices(months)})

	for m, month := range d.months {
		seq := 0
		var items []usageItem
		for _, o := range owners {
			for _, s := range o.subs {
				if m < s.from || m > s.to {
					continue
				}
				for _, item := range d.linesFor(o.tenant, o.index, s, m, month, months) {
					seq++
					item.OrderLineItemNumber = fmt.Sprintf("OL-%04d%02d-%05d", month.year, month.month, seq)
					items = append(items, item)
				}
			}
		}
		d.usage[month] = items
	}
	return d
}

func newTenantRecord(c demodata.Customer) tenantRecord {
	firstNames := []string{"Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hannes", "Ines", "Jonas"}
	lastNames := []string{"Becker", "Okafor", "Novak", "Schmidt", "Yilmaz", "Rossi", "Dubois", "Kowalski", "Hughes", "Lindqvist"}
	r := rand.New(rand.NewPCG(hash64("contact", c.TenantID), 7))
	slug := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, strings.ToLower(c.TenantName))
	place := map[string][4]string{ // city, country, country code, zip
		"DE": {"Leipzig", "Germany", "DE", "04109"},
		"IE": {"Dublin", "Ireland", "IE", "D02 X285"},
		"US": {"Austin", "USA", "US", "78701"},
	}[c.DataGeo]
	return tenantRecord{
		id: c.TenantID, name: c.TenantName, showAs: c.TenantName, geography: c.DataGeo, region: c.DataRegion,
		billingType: c.BillingType, organizationID: stableUUID("organization/" + c.TenantName), status: c.TenantStatus,
		contact: contact{
			firstName: firstNames[r.IntN(len(firstNames))], lastName: lastNames[r.IntN(len(lastNames))],
			email: "it@" + slug + ".example", phone: fmt.Sprintf("+1-555-%04d", r.IntN(10000)),
			street: fmt.Sprintf("%d Demo Street", 1+r.IntN(200)), city: place[0], country: place[1],
			countryCode: place[2], zip: place[3],
		},
	}
}

// planTenant decides what one usage-billed tenant buys over the window, from a seed of its id.
// index spreads the tiers and events over the tenants so every one of them shows up.
func planTenant(t *tenantRecord, index, months int) []subscription {
	r := rand.New(rand.NewPCG(hash64("plan", t.id), 42))
	last := months - 1
	users := 8 + r.IntN(180)
	servers := 1 + users/20 + r.IntN(3)
	trend := r.Float64()*0.5 - 0.15 // most customers grow, some shrink
	whole := func(p product, base float64) subscription {
		return subscription{product: p, base: max(1, math.Round(base)), trend: trend, from: 0, to: last,
			serial: "C0" + stableCode(13, "licence", t.id, p.code)}
	}

	tiers := productsOfKind(kindEndpointUser)
	tier := tiers[index%len(tiers)]
	userSub := whole(tier, float64(users))
	userSub.split = index%4 == 0 // two orders for the same product: aggregation must add them up
	subs := []subscription{userSub}
	if server, ok := productByCode(serverTierFor[tier.code]); ok {
		subs = append(subs, whole(server, float64(servers)))
	}

	for _, p := range productsOfKind(kindAddOn) {
		if r.Float64() >= 0.22 {
			continue
		}
		s := whole(p, float64(users)*p.perUser+float64(servers)*p.perServer)
		switch x := r.Float64(); {
		case x < 0.12 && months > 4:
			s.from = 2 + r.IntN(months-4) // bought during the year
		case x < 0.20 && months > 4:
			s.to = 1 + r.IntN(months-4) // cancelled during the year
		}
		subs = append(subs, s)
	}
	// Two fixed events so the demo always shows them on well-known customers.
	if index == 0 && months > 4 {
		p, _ := productByCode("CPHISH-MSP")
		s := whole(p, float64(users))
		s.to = last - 3 // dropped three months ago
		subs = appendReplacing(subs, s)
	}
	if index == 1 && months > 3 {
		p, _ := productByCode("CEMA-MSP")
		s := whole(p, float64(users))
		s.from = last - 2 // added two months ago
		subs = appendReplacing(subs, s)
	}

	if index%3 == 0 { // a third of the customers have a firewall assigned to them
		fws := productsOfKind(kindFirewall)
		fw := whole(fws[(index/3)%len(fws)], 1)
		fw.trend, fw.serial = 0, "X"+stableCode(14, "firewall", t.id)
		subs = append(subs, fw)
		if index%2 == 0 {
			p, _ := productByCode("CFR-ADV-MSP")
			addOn := whole(p, 1)
			addOn.trend, addOn.serial = 0, fw.serial
			subs = append(subs, addOn)
		}
	}
	if index%5 == 2 { // the product launched this month: a few early adopters
		p, _ := productByCode(NewProductCode)
		s := whole(p, float64(users))
		s.from = last
		subs = append(subs, s)
	}
	return subs
}

// appendReplacing adds s, replacing a subscription of the same product.
func appendReplacing(subs []subscription, s subscription) []subscription {
	for i := range subs {
		if subs[i].product.code == s.product.code {
			subs[i] = s
			return subs
		}
	}
	return append(subs, s)
}

// ensureEveryAddOn gives each add-on nobody drew to one tenant, chosen by the add-on's
// position, so all 30+ catalog products appear in the data.
func ensureEveryAddOn(owners []usageOwner, months int) {
	if len(owners) == 0 {
		return
	}
	seen := map[string]bool{}
	for _, o := range owners {
		for _, s := range o.subs {
			seen[s.product.code] = true
		}
	}
	for k, p := range productsOfKind(kindAddOn) {
		if seen[p.code] {
			continue
		}
		o := &owners[(k*7+3)%len(owners)]
		o.subs = append(o.subs, subscription{product: p, base: max(1, math.Round(20*max(p.perUser, p.perServer))),
			trend: 0.1, from: 0, to: months - 1, serial: "C0" + stableCode(13, "licence", o.tenant.id, p.code)})
	}
}

// planUnassignedDevices are the partner's firewalls not assigned to any tenant: their lines
// have no accountId. One of them was added five months ago.
func planUnassignedDevices(months int) []subscription {
	last := months - 1
	device := func(code, serial string, from int) subscription {
		p, _ := productByCode(code)
		return subscription{product: p, base: 1, from: max(0, from), to: last, serial: serial}
	}
	return []subscription{
		device("XGS-XP-MSP", "X2100"+stableCode(10, "unassigned-1"), 0),
		device("xg_email_std", "X2100"+stableCode(10, "unassigned-1"), 0),
		device("SFVXP-MSP", "SFV4C6"+stableCode(9, "unassigned-2"), 0),
		device("SFVSTD-MSP", "SFV2C4"+stableCode(9, "unassigned-3"), last-5),
	}
}

// quantity is a subscription's units in month m: the trend line plus a small wobble, at least 1.
func quantity(s subscription, owner string, m, months int) float64 {
	if s.product.kind == kindFirewall || s.product.kind == kindFirewallAddOn {
		return 1
	}
	progress := 1.0
	if months > 1 {
		progress = float64(m) / float64(months-1)
	}
	q := math.Round(s.base * (1 - s.trend*(1-progress)))
	spread := uint64(3) // −1…+1 for small counts
	if s.base >= 10 {
		spread = 5 // −2…+2
	}
	wobble := float64(hash64("wobble", owner, s.product.code, strconv.Itoa(m))%spread) - float64(spread/2)
	return max(1, q+wobble)
}

// linesFor renders a subscription's usage lines for month m (index) of the window.
func (d *dataset) linesFor(t *tenantRecord, index int, s subscription, m int, month yearMonth, months int) []usageItem {
	owner := "partner"
	if t != nil {
		owner = t.id
	}
	q := quantity(s, owner, m, months)
	base := usageItem{
		PartnerAccountID: d.partnerID, PartnerEdiAccountNumber: partnerEdiAccount, PartnerAccountName: partnerName,
		BillingStartDate: month.firstDay(), BillingEndDate: month.lastDay(),
		OrderNumber:                 fmt.Sprintf("SO-%04d%02d-%04d", month.year, month.month, index+1),
		AccountNumberOrSerialNumber: s.serial,
		ProductDescription:          s.product.description, ProductGroup: s.product.group, SKU: s.product.sku,
		ProductCode: s.product.code, BillableQuantity: q, ActualQuantity: q,
	}
	if t == nil {
		base.OrderNumber = fmt.Sprintf("SO-%04d%02d-9000", month.year, month.month)
	} else {
		base.AccountID, base.ExternalID, base.AccountStatus = t.id, stableUUID("external/"+t.id), "active"
		if index == 7 && m == months-1 {
			base.AccountStatus = "suspended" // a customer suspended this month still has billable usage
		}
		// Measured usage sometimes runs one below what is billed (a device removed after the snapshot).
		if hash64("actual", t.id, s.product.code, strconv.Itoa(m))%6 == 0 && q > 1 {
			base.ActualQuantity = q - 1
		}
	}
	items := []usageItem{base}
	if s.split && q >= 2 {
		first := math.Ceil(q * 0.7)
		second := base
		items[0].BillableQuantity, items[0].ActualQuantity = first, min(first, base.ActualQuantity)
		second.BillableQuantity, second.ActualQuantity = q-first, max(0, base.ActualQuantity-first)
		second.OrderNumber += "-B"
		second.AccountNumberOrSerialNumber = "C0" + stableCode(13, "licence-b", owner, s.product.code)
		items = append(items, second)
	}
	if m < months-fullShapeAgeMonths { // older months: the 2021–2024 item shape
		for i := range items {
			d.addFullShape(&items[i], t, s.product)
		}
	}
	return items
}

// addFullShape fills the fields that only the 2021–2024 item shape has.
func (d *dataset) addFullShape(item *usageItem, t *tenantRecord, p product) {
	msrp, _ := strconv.ParseFloat(p.unitPrice, 64)
	discount := 0.0
	if t != nil && hash64("discount", t.id)%4 == 0 {
		discount = 5
	}
	unit := msrp * 0.8 // partner price
	net := unit * item.BillableQuantity * (1 - discount/100)
	ordered := item.BillableQuantity
	money := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	item.UnitMsrp, item.UnitMsrpCurrency = money(msrp), currency
	item.UnitPrice, item.UnitPriceCurrency = money(unit), currency
	item.NetPrice, item.NetPriceCurrency = money(net), currency
	item.PriceWithTaxes, item.PriceWithTaxesCurrency = money(net*1.19), currency
	item.DistributorAccountName = distributorName
	item.AdditionalDiscountPercentage = &discount
	item.OrderedQuantity = &ordered
	if t != nil {
		c := t.contact
		item.AssignedAccountIdentifier = t.name
		item.ContactName = c.firstName + " " + c.lastName
		item.ContactEmail, item.ContactStreet, item.ContactCity = c.email, c.street, c.city
		item.ContactCountry, item.ContactZip = c.country, c.zip
	}
}
