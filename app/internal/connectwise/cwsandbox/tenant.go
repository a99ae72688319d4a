package cwsandbox

import (
	"math/rand/v2"
	"strings"
	"time"

	"psabridge/app/internal/demodata"
)

// tenant is the whole state of one sandbox: the catalog, its setup tables, companies,
// agreements and additions. The server's lock guards it.
type tenant struct {
	lookups       *lookups
	catalog       *table[*catalogItem]
	categories    *table[*lookup]
	subcategories *table[*lookup]
	types         *table[*lookup]
	units         *table[*lookup]
	manufacturers *table[*lookup]
	companies     *table[*company]
	agreements    *table[*agreement]
	additions     *table[*addition]
	identifiers   map[string]int // lower-cased catalog identifier → item id
}

// Demo agreement types.
const (
	agreementTypeManaged, agreementTypeSecurity, agreementTypeBlock = 1, 2, 3
)

func newTenant(cat *Catalog) *tenant {
	l := cat.lookups
	t := &tenant{
		lookups:       l,
		catalog:       newTable(cat.items),
		categories:    newTable(l.categories),
		subcategories: newTable(l.subcategories),
		types:         newTable(l.types),
		units:         newTable(l.units),
		manufacturers: newTable(l.manufacturers),
		companies:     newTable(l.vendors),
		agreements:    newTable[*agreement](nil),
		additions:     newTable[*addition](nil),
	}
	t.identifiers = make(map[string]int, len(cat.items))
	for _, it := range cat.items {
		t.identifiers[strings.ToLower(it.Identifier)] = it.ID
	}
	t.seedCustomers()
	return t
}

// putItem stores a catalog item, keeping the identifier index current.
func (t *tenant) putItem(it *catalogItem) {
	if old, ok := t.catalog.get(it.ID); ok {
		delete(t.identifiers, strings.ToLower(old.Identifier))
	}
	t.catalog.put(it)
	t.identifiers[strings.ToLower(it.Identifier)] = it.ID
}

// removeItem deletes a catalog item.
func (t *tenant) removeItem(id int) bool {
	old, ok := t.catalog.get(id)
	if ok {
		delete(t.identifiers, strings.ToLower(old.Identifier))
		t.catalog.remove(id)
	}
	return ok
}

// identifierOwner is the id of the item using identifier (any letter case).
func (t *tenant) identifierOwner(identifier string) (int, bool) {
	id, ok := t.identifiers[strings.ToLower(identifier)]
	return id, ok
}

// seedCustomers adds the demo customers (demodata) with their agreements and additions:
// active, cancelled and expired agreements, a child agreement, cancelled additions and one
// agreement carrying the same product twice, as real tenants do.
func (t *tenant) seedCustomers() {
	rng := rand.New(rand.NewPCG(40, 20260105))
	byIdentifier := map[string]*catalogItem{}
	for _, it := range t.catalog.rows {
		byIdentifier[it.Identifier] = it
	}
	clientType := newRef(1, "", "Client", "type_href", "company/companies/types")
	active := newRef(1, "", "Active", "status_href", "company/companies/statuses")
	country := newRef(1, "", "Germany", "country_href", "company/countries")
	agreementTypes := map[int]*ref{
		agreementTypeManaged:  newRef(agreementTypeManaged, "", "Managed Services", "type_href", "finance/agreements/types"),
		agreementTypeSecurity: newRef(agreementTypeSecurity, "", "Security Services", "type_href", "finance/agreements/types"),
		agreementTypeBlock:    newRef(agreementTypeBlock, "", "Block Hours", "type_href", "finance/agreements/types"),
	}
	nextAgreement, nextAddition := 6001, 90001
	i := -1
	for _, cust := range demodata.Customers() {
		if cust.CompanyName == "" {
			continue
		}
		i++
		entered := demoEpoch.AddDate(-5, 0, -i*11)
		c := &company{ID: cust.CompanyID, Identifier: cust.Identifier, Name: cust.CompanyName, Status: active,
			AddressLine1: "Hauptstraße " + itoa(3+i*7%90), City: []string{"Berlin", "München", "Hamburg", "Köln", "Leipzig"}[i%5],
			Zip: itoa(10115 + i*313), Country: country, PhoneNumber: "+49 30 " + itoa(5550100+i*17),
			Website: "https://www." + strings.ToLower(cust.Identifier) + ".example", Types: []*ref{clientType},
			Info: info{LastUpdated: at(demoEpoch.AddDate(0, -i%9, -i)), UpdatedBy: demoAPIMember, DateEntered: at(entered), EnteredBy: demoAPIMember}}
		c.self = newRef(c.ID, c.Identifier, c.Name, "company_href", "company/companies")
		t.companies.put(c)
		contact := newRef(300+i, "", []string{"Anna", "Ben", "Clara", "David", "Eva", "Felix"}[i%6]+" "+[]string{"Schmidt", "Weber", "Fischer", "Wagner", "Becker"}[i%5], "contact_href", "company/contacts")

		newAgreement := func(name string, typ int, start time.Time) *agreement {
			a := &agreement{ID: nextAgreement, Name: name, Type: agreementTypes[typ], Company: c.self, Contact: contact,
				StartDate: at(start), NoEndingDateFlag: true, ApplicationUnits: "Amount", ApplicationCycle: "CalendarMonth",
				ApplicationUnlimitedFlag: true, CoverAgreementProduct: true, EmployeeCompRate: "Actual", EmployeeCompNotExceed: "Billing",
				BillingCycle: t.lookups.billingCycles[1], InvoicingCycle: "CalendarYear", BillToCompany: c.self, BillStartDate: at(start),
				BillTime: "Billable", BillExpenses: "Billable", BillProducts: "Billable", PeriodType: "Current", AutoInvoiceFlag: true,
				AgreementStatus: "Active", Info: info{LastUpdated: at(start.AddDate(0, 2, 0)), UpdatedBy: demoAPIMember}}
			nextAgreement++
			return a
		}
		addLine := func(a *agreement, identifier string, qty float64, cancelled time.Time) {
			it, ok := byIdentifier[identifier]
			if !ok {
				return // a small generated catalog may not hold this product
			}
			ad := &addition{ID: nextAddition, AgreementID: a.ID, Product: productRef(it), Quantity: qty,
				UnitPrice: it.Price, UnitCost: it.Cost, BillCustomer: "Billable", EffectiveDate: a.StartDate,
				TaxableFlag: it.TaxableFlag, InvoiceDescription: it.CustomerDescription, Description: it.Description,
				SequenceNumber: float64(nextAddition % 100), Info: info{LastUpdated: at(a.StartDate.AddDate(0, 1, i%27)), UpdatedBy: demoAPIMember}}
			if it.UnitOfMeasure != nil {
				ad.UOM = it.UnitOfMeasure.Name
			}
			if !cancelled.IsZero() {
				ad.CancelledDate = at(cancelled)
			}
			derive(ad)
			nextAddition++
			t.additions.put(ad)
		}

		start := time.Date(2023, time.Month(1+i%12), 1, 0, 0, 0, 0, time.UTC)
		managed := newAgreement("Managed Services Agreement", agreementTypeManaged, start)
		managed.ProrateFlag = i%3 == 0
		managed.InvoiceProratedAdditionsFlag = managed.ProrateFlag
		t.agreements.put(managed)
		users := float64(5 + rng.IntN(60))
		addLine(managed, "MS-M365-BP-1M", users, time.Time{})
		addLine(managed, "MS-WS-MGD", users+float64(rng.IntN(6)), time.Time{})
		addLine(managed, "MS-SRV-MGD", float64(1+rng.IntN(4)), time.Time{})
		if i%2 == 0 {
			addLine(managed, "VEEAM-VBM365-USR", users, time.Time{})
		} else {
			addLine(managed, "COVE-SRV", float64(1+rng.IntN(3)), time.Time{})
		}

		if cust.UsesSophos {
			sec := newAgreement("Sophos Security Services", agreementTypeSecurity, start.AddDate(0, 3, 0))
			if i%3 == 1 {
				// Every third customer buys Sophos on its one managed-services agreement: a
				// company with exactly one active agreement, which the customers page can
				// suggest. The id stays allocated (a gap, as deletions leave in ConnectWise), so
				// every other agreement keeps its id.
				sec = managed
			}
			var ended time.Time
			switch i % 11 {
			case 5:
				ended = time.Date(2025, time.October, 31, 0, 0, 0, 0, time.UTC)
				sec.CancelledFlag, sec.DateCancelled, sec.ReasonCancelled, sec.AgreementStatus = true, at(ended), "Customer moved to another provider", "Cancelled"
			case 8:
				ended = time.Date(2025, time.June, 30, 0, 0, 0, 0, time.UTC)
				sec.NoEndingDateFlag, sec.EndDate, sec.AgreementStatus = false, at(ended), "Expired"
			}
			if sec != managed {
				t.agreements.put(sec)
			}
			endpoints := float64(3 + rng.IntN(80))
			addLine(sec, "Sophos_Intercept_X_Advanced", endpoints, ended)
			addLine(sec, "Sophos_Intercept_X_Adv_Srv", float64(1+rng.IntN(5)), ended)
			if i%3 == 0 {
				addLine(sec, "Sophos_MTR_Standard", endpoints, ended)
			}
			if i%5 == 0 {
				addLine(sec, "Sophos_Central_Phish_Threat", endpoints, ended)
			}
			if i%4 == 1 {
				addLine(sec, "Sophos_Endpoint_Protection", endpoints, time.Date(2025, time.March, 31, 0, 0, 0, 0, time.UTC))
			}
			if i == 6 { // the same product twice on one agreement: the case naive sync scripts get wrong
				addLine(sec, "Sophos_Intercept_X_Advanced", 4, time.Time{})
			}
		}
		if i%4 == 0 {
			block := newAgreement("Block Hours 2024", agreementTypeBlock, time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
			block.NoEndingDateFlag, block.EndDate, block.AgreementStatus = false, at(time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC)), "Expired"
			t.agreements.put(block)
			addLine(block, "BLOCK-10H", 1, time.Time{})
		}
		if i%9 == 2 {
			branch := newAgreement("Branch Office Services", agreementTypeManaged, start.AddDate(1, 0, 0))
			branch.ParentAgreement = &ref{ID: managed.ID, Name: managed.Name,
				Info: map[string]string{"agreement_href": hrefOrigin + apiRoot + "/finance/agreements/" + itoa(managed.ID)}}
			t.agreements.put(branch)
			addLine(branch, "MS-WS-MGD", float64(2+rng.IntN(8)), time.Time{})
		}
	}
}

// productRef is the IvItemReference an addition carries for a catalog item.
func productRef(it *catalogItem) *ref {
	return &ref{ID: it.ID, Identifier: it.Identifier,
		Info: map[string]string{"catalog_href": hrefOrigin + apiRoot + "/procurement/catalog/" + itoa(it.ID)}}
}

// derive fills an addition's computed, read-only fields the way ConnectWise does.
func derive(a *addition) {
	a.BilledQuantity = max(a.Quantity-a.LessIncluded, 0)
	a.ExtPrice = cents(a.BilledQuantity * a.UnitPrice)
	a.ExtCost = cents(a.BilledQuantity * a.UnitCost)
	a.Margin = cents(a.ExtPrice - a.ExtCost)
	a.AgreementStatus = "Active"
	if !a.CancelledDate.IsZero() {
		a.AgreementStatus = "Cancelled"
	}
}
