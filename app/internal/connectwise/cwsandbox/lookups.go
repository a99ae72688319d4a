package cwsandbox

import "time"

// demoEpoch is the fixed "now" every demo timestamp is derived from, so demo data is the
// same on every run and machine. Only writes made through the API use the real clock.
var demoEpoch = time.Date(2026, time.January, 5, 9, 0, 0, 0, time.UTC)

// demoAPIMember is who "updatedBy"/"enteredBy" name for the seeded data.
const demoAPIMember = "jsmith"

// lookupRow is one row of a constant setup table below.
type lookupRow struct {
	id       int
	name     string
	parent   int // category of a subcategory
	isDef    bool
	inactive bool
}

// Setup tables of the demo tenant. Ids are stable: tests and demo mappings use them.
var (
	demoCategories = []lookupRow{
		{id: 1, name: "Hardware"}, {id: 2, name: "Software"}, {id: 3, name: "Services", isDef: true},
		{id: 4, name: "Security"}, {id: 5, name: "Cloud Services"}, {id: 6, name: "Backup & Recovery"},
		{id: 7, name: "Labour"}, {id: 8, name: "Legacy", inactive: true},
	}
	demoSubcategories = []lookupRow{
		{id: 11, name: "Laptops", parent: 1}, {id: 12, name: "Desktops", parent: 1}, {id: 13, name: "Servers", parent: 1},
		{id: 14, name: "Networking", parent: 1}, {id: 15, name: "Peripherals", parent: 1}, {id: 16, name: "Storage", parent: 1},
		{id: 17, name: "Power", parent: 1}, {id: 18, name: "Monitors", parent: 1},
		{id: 21, name: "Microsoft 365", parent: 2}, {id: 22, name: "Windows & Server Licensing", parent: 2},
		{id: 23, name: "Productivity", parent: 2}, {id: 24, name: "Line of Business", parent: 2},
		{id: 31, name: "Managed Services", parent: 3, isDef: true}, {id: 32, name: "Projects", parent: 3},
		{id: 33, name: "Consulting", parent: 3},
		{id: 41, name: "Endpoint Protection", parent: 4}, {id: 42, name: "Firewall", parent: 4},
		{id: 43, name: "Email Security", parent: 4}, {id: 44, name: "Managed Detection & Response", parent: 4},
		{id: 45, name: "Security Awareness", parent: 4}, {id: 46, name: "Mobile & Encryption", parent: 4},
		{id: 51, name: "Azure", parent: 5}, {id: 52, name: "Hosting", parent: 5},
		{id: 61, name: "Backup Software", parent: 6}, {id: 62, name: "Cloud Backup Storage", parent: 6},
		{id: 63, name: "BDR Appliances", parent: 6},
		{id: 71, name: "Remote Support", parent: 7}, {id: 72, name: "Onsite Support", parent: 7},
		{id: 73, name: "After Hours", parent: 7},
		{id: 81, name: "Discontinued", parent: 8, inactive: true},
	}
	demoTypes = []lookupRow{
		{id: 1, name: "Hardware"}, {id: 2, name: "Software"}, {id: 3, name: "Service"},
		{id: 4, name: "Subscription", isDef: true}, {id: 5, name: "Labour"}, {id: 6, name: "Obsolete", inactive: true},
	}
	demoUnits = []lookupRow{
		{id: 1, name: "Each", isDef: true}, {id: 2, name: "Per User"}, {id: 3, name: "Per Device"},
		{id: 4, name: "Per Endpoint"}, {id: 5, name: "Per Server"}, {id: 6, name: "Per Month"}, {id: 7, name: "Hour"},
		{id: 8, name: "Per GB"}, {id: 9, name: "Per TB"}, {id: 10, name: "Per Licence"}, {id: 11, name: "Flat Fee"},
		{id: 12, name: "Year"}, {id: 13, name: "Box of 10", inactive: true},
	}
	demoManufacturers = []lookupRow{
		{id: 1, name: "Microsoft"}, {id: 2, name: "Sophos"}, {id: 3, name: "Dell"}, {id: 4, name: "HP"},
		{id: 5, name: "Lenovo"}, {id: 6, name: "Cisco"}, {id: 7, name: "Ubiquiti"}, {id: 8, name: "Fortinet"},
		{id: 9, name: "Veeam"}, {id: 10, name: "Acronis"}, {id: 11, name: "Datto"}, {id: 12, name: "N-able"},
		{id: 13, name: "Synology"}, {id: 14, name: "APC"}, {id: 15, name: "Logitech"}, {id: 16, name: "Samsung"},
		{id: 17, name: "LG"}, {id: 18, name: "Netgear"}, {id: 19, name: "Yealink"}, {id: 20, name: "Compaq", inactive: true},
		{id: 21, name: "Kingston"}, {id: 22, name: "Eaton"},
	}
	demoBillingCycles = []lookupRow{
		{id: 1, name: "Monthly"}, {id: 2, name: "Quarterly"}, {id: 3, name: "Annual"}, {id: 4, name: "One Time"},
	}
	// demoVendors are the distributors catalog items are bought from (companies flagged as vendors).
	demoVendors = []struct {
		id               int
		identifier, name string
	}{
		{250, "IngramMicro", "Ingram Micro"}, {251, "TDSynnex", "TD SYNNEX"}, {252, "Pax8", "Pax8"},
		{253, "SophosLtd", "Sophos Ltd"}, {254, "DellTech", "Dell Technologies"},
	}
)

// Ids of the setup rows the generators below refer to by meaning.
const (
	subLaptops, subDesktops, subServers, subNetworking, subPeripherals, subStorage, subPower, subMonitors = 11, 12, 13, 14, 15, 16, 17, 18
	subM365, subWindows, subProductivity                                                                  = 21, 22, 23
	subManaged, subProjects, subConsulting                                                                = 31, 32, 33
	subEndpoint, subFirewall, subEmailSec, subMDR, subAwareness, subMobileEnc                             = 41, 42, 43, 44, 45, 46
	subAzure                                                                                              = 51
	subBackupSW, subBackupStorage, subBDR                                                                 = 61, 62, 63
	subRemote, subOnsite, subAfterHours                                                                   = 71, 72, 73
	subDiscontinued                                                                                       = 81

	typeHardware, typeSoftware, typeService, typeSubscription, typeLabour = 1, 2, 3, 4, 5

	uomEach, uomUser, uomDevice, uomEndpoint, uomServer, uomMonth, uomHour, uomGB, uomTB, uomLicence, uomFlat = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11

	mfrMicrosoft, mfrSophos, mfrDell, mfrHP, mfrLenovo, mfrCisco, mfrUbiquiti, mfrFortinet = 1, 2, 3, 4, 5, 6, 7, 8
	mfrVeeam, mfrAcronis, mfrDatto, mfrNable, mfrSynology, mfrAPC, mfrLogitech, mfrSamsung = 9, 10, 11, 12, 13, 14, 15, 16
	mfrLG, mfrNetgear, mfrYealink, mfrKingston, mfrEaton                                   = 17, 18, 19, 21, 22

	vendorIngram, vendorSynnex, vendorPax8, vendorSophos, vendorDell = 250, 251, 252, 253, 254
)

// lookups are the setup tables a catalog refers to, with the shared reference objects
// catalog rows point at.
type lookups struct {
	categories, subcategories, types, units, manufacturers []*lookup
	billingCycles                                          map[int]*ref
	vendors                                                []*company

	categoryRef, subcategoryRef, typeRef, unitRef, manufacturerRef, vendorRef map[int]*ref
}

func newLookups() *lookups {
	l := &lookups{billingCycles: map[int]*ref{}}
	l.categories, l.categoryRef = buildLookups(demoCategories, "category_href", "procurement/categories", nil, true)
	l.subcategories, l.subcategoryRef = buildLookups(demoSubcategories, "subcategory_href", "procurement/subcategories", l.categoryRef, true)
	l.types, l.typeRef = buildLookups(demoTypes, "type_href", "procurement/types", nil, true)
	l.units, l.unitRef = buildLookups(demoUnits, "uom_href", "procurement/unitOfMeasures", nil, true)
	l.manufacturers, l.manufacturerRef = buildLookups(demoManufacturers, "manufacturer_href", "procurement/manufacturers", nil, false)
	for _, b := range demoBillingCycles {
		l.billingCycles[b.id] = newRef(b.id, "", b.name, "billingCycle_href", "finance/billingCycles")
	}
	l.vendorRef = map[int]*ref{}
	vendorType := newRef(2, "", "Vendor", "type_href", "company/companies/types")
	for i, v := range demoVendors {
		c := &company{ID: v.id, Identifier: v.identifier, Name: v.name, IsVendorFlag: true,
			Status: newRef(1, "", "Active", "status_href", "company/companies/statuses"),
			Types:  []*ref{vendorType}, City: "Reading", Country: newRef(2, "", "United Kingdom", "country_href", "company/countries"),
			Info: info{LastUpdated: at(demoEpoch.AddDate(0, -14, -i)), UpdatedBy: demoAPIMember,
				DateEntered: at(demoEpoch.AddDate(-6, 0, -i)), EnteredBy: demoAPIMember}}
		c.self = newRef(v.id, v.identifier, v.name, "company_href", "company/companies")
		l.vendors = append(l.vendors, c)
		l.vendorRef[v.id] = c.self
	}
	return l
}

func buildLookups(rows []lookupRow, hrefKey, resource string, parents map[int]*ref, hasDefault bool) ([]*lookup, map[int]*ref) {
	out := make([]*lookup, 0, len(rows))
	refs := make(map[int]*ref, len(rows))
	for i, r := range rows {
		l := &lookup{ID: r.id, Name: r.name, InactiveFlag: r.inactive,
			Info: info{LastUpdated: at(demoEpoch.AddDate(-1, -i%12, -i)), UpdatedBy: demoAPIMember}}
		if hasDefault {
			def := r.isDef
			l.DefaultFlag = &def
		}
		if parents != nil {
			l.Category = parents[r.parent]
		}
		l.self = newRef(r.id, "", r.name, hrefKey, resource)
		refs[r.id] = l.self
		out = append(out, l)
	}
	return out, refs
}
