package cwsandbox

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// DemoCatalogSize is how many items the demo tenant's catalog holds.
const DemoCatalogSize = 3000

// firstCatalogID is the id of the first generated catalog item.
const firstCatalogID = 1001

// Catalog is a generated procurement catalog together with the setup tables (categories,
// subcategories, types, units, manufacturers, vendors) its items point at. A Catalog is
// never modified, so one Catalog can back several servers at once.
type Catalog struct {
	lookups *lookups
	items   []*catalogItem
}

// Len is the number of catalog items.
func (c *Catalog) Len() int { return len(c.items) }

// DemoCatalog is the demo tenant's catalog: GenerateCatalog(DemoCatalogSize).
func DemoCatalog() *Catalog { return GenerateCatalog(DemoCatalogSize) }

// GenerateCatalog builds a deterministic catalog of n items: first hand-written, realistic
// rows (Sophos, Microsoft 365, backup, labour and managed services), then hardware
// variations (laptops, desktops, servers, networking, peripherals) until n items exist.
// The same n always gives the same catalog, and a smaller n gives a prefix of a larger one.
func GenerateCatalog(n int) *Catalog {
	g := &catalogGen{
		cat:  &Catalog{lookups: newLookups(), items: make([]*catalogItem, 0, max(n, 0))},
		rng:  rand.New(rand.NewPCG(20260105, 0x5ca1ab1e)),
		used: make(map[string]struct{}, max(n, 0)),
		revs: map[string]int{},
		want: n,
	}
	g.curated()
	for len(g.cat.items) < n {
		g.hardware()
	}
	g.used, g.revs = nil, nil
	return g.cat
}

type catalogGen struct {
	cat  *Catalog
	rng  *rand.Rand
	used map[string]struct{} // identifiers taken, lower-cased
	revs map[string]int      // last revision suffix given per base identifier
	want int
}

// spec is what a generator says about one item; add turns it into a row.
type spec struct {
	identifier, description, customerDescription string
	sub, typ, uom, mfr, vendor                   int
	price, cost                                  float64
	class, mpn, sku, notes                       string
	taxable, inactive, recurring                 bool
}

func (g *catalogGen) full() bool { return len(g.cat.items) >= g.want }

func (g *catalogGen) add(s spec) {
	if g.full() {
		return
	}
	s.identifier = g.unique(clip(s.identifier, 75))
	l := g.cat.lookups
	i := len(g.cat.items)
	updated := demoEpoch.Add(-time.Duration(g.rng.IntN(3*365*24*60)) * time.Minute)
	if s.customerDescription == "" {
		s.customerDescription = s.description
	}
	if s.class == "" {
		s.class = "NonInventory"
	}
	item := &catalogItem{
		ID: firstCatalogID + i, Identifier: s.identifier, Description: clip(s.description, 60),
		CustomerDescription: clip(s.customerDescription, 6000), InactiveFlag: s.inactive,
		Subcategory: l.subcategoryRef[s.sub], Type: l.typeRef[s.typ], UnitOfMeasure: l.unitRef[s.uom],
		ProductClass: s.class, Price: cents(s.price), Cost: cents(s.cost), TaxableFlag: s.taxable,
		ManufacturerPartNumber: clip(s.mpn, 50), VendorSku: clip(s.sku, 50), Notes: s.notes,
		BillableOption: "Billable", PriceAttribute: "FixedFee",
		Info: info{LastUpdated: at(updated), UpdatedBy: demoAPIMember},
	}
	for _, sc := range l.subcategories {
		if sc.ID == s.sub {
			item.Category = sc.Category
		}
	}
	if s.mfr != 0 {
		item.Manufacturer = l.manufacturerRef[s.mfr]
	}
	if s.vendor != 0 {
		item.Vendor = l.vendorRef[s.vendor]
	}
	if s.recurring {
		item.RecurringFlag = true
		item.RecurringBillCycle = l.billingCycles[1]
		item.RecurringRevenue = item.Price
		item.RecurringCost = item.Cost
		item.RecurringCycleType = "CalendarYear"
	}
	g.cat.items = append(g.cat.items, item)
}

// unique makes identifiers unique the way an MSP would: a revision suffix.
func (g *catalogGen) unique(id string) string {
	candidate := id
	base := strings.ToLower(id)
	for {
		key := strings.ToLower(candidate)
		if _, taken := g.used[key]; !taken {
			g.used[key] = struct{}{}
			return candidate
		}
		g.revs[base] = max(g.revs[base], 1) + 1
		suffix := "-R" + strconv.Itoa(g.revs[base])
		candidate = clip(id, 75-len(suffix)) + suffix
	}
}

func (g *catalogGen) curated() {
	g.sophos()
	g.microsoft()
	g.backup()
	g.services()
}

// sophos adds the identifiers Sophos' own ConnectWise integration creates (some of them,
// so the demo has products to map and products still to add), an MSP's own Sophos SKUs,
// firewalls and retired items.
func (g *catalogGen) sophos() {
	type row struct {
		id, desc    string
		sub, uom    int
		price, cost float64
		sku         string
		inactive    bool
	}
	rows := []row{
		{"Sophos_Endpoint_Protection", "Sophos Central Endpoint Protection", subEndpoint, uomEndpoint, 2.10, 1.30, "CEPA1CSAA", true},
		{"Sophos_Intercept_X", "Sophos Central Intercept X", subEndpoint, uomEndpoint, 3.20, 1.95, "CIXE1CSAA", false},
		{"Sophos_Intercept_X_Advanced", "Sophos Central Intercept X Advanced", subEndpoint, uomEndpoint, 4.50, 2.70, "CEAZ1CSMG", false},
		{"Sophos_Intercept_X_Advanced_XDR", "Sophos Central Intercept X Advanced with XDR", subEndpoint, uomEndpoint, 6.50, 3.90, "XDRA1CSAA", false},
		{"Sophos_MTR_Standard", "Intercept X Advanced with XDR and MTR Standard", subMDR, uomUser, 9.90, 6.20, "MTRS1CSAA", false},
		{"Sophos_MTR_Advanced", "Intercept X Advanced with XDR and MTR Advanced", subMDR, uomUser, 14.50, 9.10, "MTRA1CSAA", false},
		{"Sophos_Srv_Protection", "Sophos Central Server Protection", subEndpoint, uomServer, 6.00, 3.80, "SVRP1CSAA", true},
		{"Sophos_Intercept_X_Adv_Srv", "Sophos Central Server Intercept X Advanced for Server", subEndpoint, uomServer, 12.00, 7.40, "SVRX1CSAA", false},
		{"Sophos_Intercept_X_Adv_Srv_XDR", "Sophos Central Intercept X Advanced for Server with XDR", subEndpoint, uomServer, 16.00, 9.90, "SVRD1CSAA", false},
		{"Sophos_MTR_Standard_Srv", "Intercept X Advanced for Server with XDR and MTR Standard", subMDR, uomServer, 24.00, 15.00, "SVMS1CSAA", false},
		{"Sophos_Device_Encryption", "Sophos Central Device Encryption", subMobileEnc, uomDevice, 1.80, 1.05, "CDEA1CSAA", false},
		{"Sophos_Central_Phish_Threat", "Sophos Central Phish Threat", subAwareness, uomUser, 1.50, 0.85, "CPTA1CSAA", false},
		{"Sophos_Mobile_Standard", "Sophos Central Mobile Control Standard", subMobileEnc, uomDevice, 2.20, 1.30, "CMSA1CSAA", false},
		{"Sophos_Email_Portal_Encryption", "Sophos Central Portal Encryption Add-on for Email Advanced", subEmailSec, uomUser, 1.20, 0.70, "CEPE1CSAA", false},
		{"SOPH-MDR-ESS-USR", "Sophos MDR Essentials - per user/month", subMDR, uomUser, 9.50, 6.00, "MDRE1CSAA", false},
		{"SOPH-MDR-COMP-USR", "Sophos MDR Complete - per user/month", subMDR, uomUser, 13.90, 8.80, "MDRC1CSAA", false},
		{"SOPH-MDR-ESS-SRV", "Sophos MDR Essentials Server - per server/month", subMDR, uomServer, 22.00, 14.00, "MDRS1CSAA", false},
		{"SOPH-EMAIL-ADV", "Sophos Central Email Advanced - per user/month", subEmailSec, uomUser, 2.60, 1.55, "CEMA1CSAA", false},
		{"SOPH-XDR-USR", "Sophos XDR - per user/month", subEndpoint, uomUser, 6.20, 3.70, "XDRU1CSAA", false},
		{"SOPH-CIXA-LEGACY", "Sophos Intercept X Advanced (legacy term licence)", subDiscontinued, uomLicence, 38.00, 24.00, "CIXALEGCY", true},
	}
	for _, r := range rows {
		g.add(spec{identifier: r.id, description: r.desc, sub: r.sub, typ: typeSubscription, uom: r.uom,
			mfr: mfrSophos, vendor: vendorSophos, price: r.price, cost: r.cost, sku: r.sku, mpn: r.sku,
			customerDescription: r.desc + ", billed monthly in arrears (MSP Flex).", inactive: r.inactive, recurring: !r.inactive})
	}
	firewalls := []struct {
		model string
		price float64
	}{{"XGS 87", 520}, {"XGS 107", 780}, {"XGS 116", 1150}, {"XGS 126", 1690}, {"XGS 136", 2350}, {"XGS 2100", 4800}}
	for _, fw := range firewalls {
		code := strings.ReplaceAll(fw.model, " ", "")
		g.add(spec{identifier: "SOPH-" + code, description: "Sophos " + fw.model + " Firewall appliance",
			sub: subFirewall, typ: typeHardware, uom: uomEach, mfr: mfrSophos, vendor: vendorIngram, class: "Inventory",
			price: fw.price, cost: fw.price * 0.78, mpn: code + "ZTCHEU", sku: code + "ZTCHEU", taxable: true})
		g.add(spec{identifier: "SOPH-" + code + "-XP1Y", description: "Sophos " + fw.model + " Xstream Protection 1 year",
			sub: subFirewall, typ: typeSubscription, uom: uomLicence, mfr: mfrSophos, vendor: vendorIngram,
			price: fw.price * 0.9, cost: fw.price * 0.62, mpn: code + "XP12", sku: code + "XP12"})
	}
	g.add(spec{identifier: "SOPH-XG86", description: "Sophos XG 86 Firewall (end of life)", sub: subDiscontinued,
		typ: typeHardware, uom: uomEach, mfr: mfrSophos, vendor: vendorIngram, class: "Inventory", price: 410, cost: 330,
		mpn: "XG86T3HEU", taxable: true, inactive: true})
	for _, ap := range []string{"AP6 420", "AP6 420E", "AP6 840", "AP6 840E"} {
		code := strings.ReplaceAll(ap, " ", "")
		g.add(spec{identifier: "SOPH-" + code, description: "Sophos " + ap + " wireless access point", sub: subNetworking,
			typ: typeHardware, uom: uomEach, mfr: mfrSophos, vendor: vendorIngram, class: "Inventory", price: 340,
			cost: 262, mpn: code + "00ZZPCEU", taxable: true})
	}
}

// microsoft adds Microsoft 365 and licensing SKUs in the usual NCE term variants.
func (g *catalogGen) microsoft() {
	products := []struct {
		code, name string
		price      float64
		uom        int
	}{
		{"M365-BB", "Microsoft 365 Business Basic", 6.00, uomUser}, {"M365-BS", "Microsoft 365 Business Standard", 12.50, uomUser},
		{"M365-BP", "Microsoft 365 Business Premium", 22.00, uomUser}, {"M365-APPSB", "Microsoft 365 Apps for business", 8.25, uomUser},
		{"M365-APPSE", "Microsoft 365 Apps for enterprise", 12.00, uomUser}, {"O365-E1", "Office 365 E1", 10.00, uomUser},
		{"O365-E3", "Office 365 E3", 23.00, uomUser}, {"O365-E5", "Office 365 E5", 38.00, uomUser},
		{"M365-E3", "Microsoft 365 E3", 36.00, uomUser}, {"M365-E5", "Microsoft 365 E5", 57.00, uomUser},
		{"M365-F1", "Microsoft 365 F1", 2.25, uomUser}, {"M365-F3", "Microsoft 365 F3", 8.00, uomUser},
		{"EXO-P1", "Exchange Online (Plan 1)", 4.00, uomUser}, {"EXO-P2", "Exchange Online (Plan 2)", 8.00, uomUser},
		{"EXO-ARCH", "Exchange Online Archiving", 3.00, uomUser}, {"TEAMS-ESS", "Microsoft Teams Essentials", 4.00, uomUser},
		{"TEAMS-PREM", "Microsoft Teams Premium", 10.00, uomUser}, {"MDB", "Microsoft Defender for Business", 3.00, uomUser},
		{"MDE-P1", "Microsoft Defender for Endpoint P1", 3.00, uomUser}, {"MDE-P2", "Microsoft Defender for Endpoint P2", 5.20, uomUser},
		{"ENTRA-P1", "Microsoft Entra ID P1", 6.00, uomUser}, {"ENTRA-P2", "Microsoft Entra ID P2", 9.00, uomUser},
		{"INTUNE-P1", "Microsoft Intune Plan 1", 8.00, uomUser}, {"VISIO-P1", "Visio Plan 1", 5.00, uomUser},
		{"VISIO-P2", "Visio Plan 2", 15.00, uomUser}, {"PROJ-P1", "Project Plan 1", 10.00, uomUser},
		{"PROJ-P3", "Project Plan 3", 30.00, uomUser}, {"PROJ-P5", "Project Plan 5", 55.00, uomUser},
		{"PBI-PRO", "Power BI Pro", 10.00, uomUser}, {"PBI-PPU", "Power BI Premium Per User", 20.00, uomUser},
		{"COPILOT", "Microsoft 365 Copilot", 30.00, uomUser}, {"PAUTO-PREM", "Power Automate Premium", 15.00, uomUser},
		{"D365-BC-ESS", "Dynamics 365 Business Central Essentials", 70.00, uomUser},
		{"W365-BUS-2-8", "Windows 365 Business 2vCPU/8GB/128GB", 41.00, uomUser},
		{"WIN11-E3", "Windows 11 Enterprise E3", 7.00, uomUser}, {"AIP-P1", "Azure Information Protection P1", 2.00, uomUser},
	}
	terms := []struct{ code, label string }{{"1M", "(NCE, monthly)"}, {"1Y", "(NCE, annual)"}, {"1YM", "(NCE, annual, monthly billing)"}, {"3Y", "(NCE, 3 years)"}}
	audiences := []struct {
		code, label string
		factor      float64
	}{{"", "", 1}, {"-NFP", " NFP", 0.75}, {"-EDU", " EDU", 0.40}}
	for _, a := range audiences {
		for _, p := range products {
			for ti, t := range terms {
				factor := a.factor * []float64{1.2, 1, 1.05, 0.97}[ti]
				desc := p.name + a.label + " " + t.label
				if len(desc) > 60 {
					desc = p.name + a.label + " " + t.code
				}
				g.add(spec{identifier: "MS-" + p.code + "-" + t.code + a.code, description: desc,
					customerDescription: p.name + a.label + ", " + strings.Trim(t.label, "()") + ". Microsoft CSP subscription.",
					sub:                 subM365, typ: typeSubscription, uom: p.uom, mfr: mfrMicrosoft, vendor: vendorPax8,
					price: p.price * factor, cost: p.price * factor * 0.85, sku: "CFQ7TTC0" + strings.ToUpper(shortHash(p.code+t.code)),
					recurring: true, inactive: p.code == "O365-E1" && a.code == "-EDU"})
			}
		}
	}
	for _, w := range []struct {
		code, name string
		price      float64
		class      string
	}{
		{"WS2022-STD-16C", "Windows Server 2022 Standard 16 core", 980, "NonInventory"},
		{"WS2022-DC-16C", "Windows Server 2022 Datacenter 16 core", 5900, "NonInventory"},
		{"WS2025-STD-16C", "Windows Server 2025 Standard 16 core", 1070, "NonInventory"},
		{"WS-UCAL", "Windows Server User CAL", 42, "NonInventory"},
		{"WS-RDS-UCAL", "Windows Server RDS User CAL", 138, "NonInventory"},
		{"SQL2022-STD-2C", "SQL Server 2022 Standard 2 core", 3850, "NonInventory"},
		{"W11-PRO-UPG", "Windows 11 Pro upgrade", 99, "NonInventory"},
		{"WS2016-STD-16C", "Windows Server 2016 Standard 16 core", 760, "NonInventory"},
	} {
		g.add(spec{identifier: "MS-" + w.code, description: w.name, sub: subWindows, typ: typeSoftware, uom: uomLicence,
			mfr: mfrMicrosoft, vendor: vendorIngram, price: w.price, cost: w.price * 0.86, class: w.class,
			mpn: strings.ToUpper(shortHash(w.code)), taxable: true, inactive: strings.Contains(w.code, "2016")})
	}
	for _, p := range []struct {
		code, name string
		price      float64
	}{{"ADOBE-ACRO-PRO", "Adobe Acrobat Pro (annual, per user)", 239}, {"ZOOM-PRO", "Zoom Workplace Pro (annual, per user)", 160},
		{"DOCUSIGN-STD", "Docusign Standard (annual, per user)", 300}, {"KEEPER-BIZ", "Keeper Business password manager (annual)", 45}} {
		g.add(spec{identifier: p.code, description: p.name, sub: subProductivity, typ: typeSoftware, uom: uomUser,
			vendor: vendorIngram, price: p.price, cost: p.price * 0.82, recurring: true})
	}
	for _, az := range []string{"Azure consumption (pass-through)", "Azure Reserved Instance", "Azure Backup storage"} {
		g.add(spec{identifier: "AZ-" + strings.ToUpper(shortHash(az)), description: az, sub: subAzure, typ: typeService,
			uom: uomMonth, mfr: mfrMicrosoft, vendor: vendorPax8, price: 1, cost: 0.9, recurring: true})
	}
}

// backup adds backup software, cloud storage and BDR appliances.
func (g *catalogGen) backup() {
	rows := []struct {
		id, desc    string
		sub, uom    int
		mfr, vendor int
		price, cost float64
		hardware    bool
		inactive    bool
	}{
		{"VEEAM-VBM365-USR", "Veeam Backup for Microsoft 365 - per user/month", subBackupSW, uomUser, mfrVeeam, vendorPax8, 2.50, 1.20, false, false},
		{"VEEAM-VDP-FND-WL", "Veeam Data Platform Foundation - per workload/month", subBackupSW, uomServer, mfrVeeam, vendorIngram, 14, 8.5, false, false},
		{"VEEAM-VDP-ADV-WL", "Veeam Data Platform Advanced - per workload/month", subBackupSW, uomServer, mfrVeeam, vendorIngram, 19, 11.5, false, false},
		{"VEEAM-VDP-PREM-WL", "Veeam Data Platform Premium - per workload/month", subBackupSW, uomServer, mfrVeeam, vendorIngram, 25, 15, false, false},
		{"VEEAM-VBR-STD-1Y", "Veeam Backup & Replication Standard (legacy socket)", subDiscontinued, uomLicence, mfrVeeam, vendorIngram, 420, 310, false, true},
		{"ACR-CPC-WS", "Acronis Cyber Protect Cloud - workstation", subBackupSW, uomDevice, mfrAcronis, vendorPax8, 4.20, 2.40, false, false},
		{"ACR-CPC-SRV", "Acronis Cyber Protect Cloud - server", subBackupSW, uomServer, mfrAcronis, vendorPax8, 18, 10.5, false, false},
		{"ACR-CPC-M365", "Acronis Cyber Protect Cloud - Microsoft 365 seat", subBackupSW, uomUser, mfrAcronis, vendorPax8, 1.90, 0.95, false, false},
		{"ACR-CPC-GB", "Acronis Cloud Storage - per GB", subBackupStorage, uomGB, mfrAcronis, vendorPax8, 0.06, 0.03, false, false},
		{"COVE-SRV", "Cove Data Protection - server", subBackupSW, uomServer, mfrNable, vendorPax8, 22, 12.5, false, false},
		{"COVE-WS", "Cove Data Protection - workstation", subBackupSW, uomDevice, mfrNable, vendorPax8, 5.50, 3.10, false, false},
		{"COVE-M365-USR", "Cove Data Protection - Microsoft 365 user", subBackupSW, uomUser, mfrNable, vendorPax8, 2.10, 1.05, false, false},
		{"DATTO-SIRIS-S4-2TB", "Datto SIRIS 4 S4B2 (2 TB) BDR appliance", subBDR, uomEach, mfrDatto, vendorIngram, 2950, 2300, true, false},
		{"DATTO-SIRIS-S4-4TB", "Datto SIRIS 4 S4B4 (4 TB) BDR appliance", subBDR, uomEach, mfrDatto, vendorIngram, 4100, 3200, true, false},
		{"DATTO-SIRIS-S3-2TB", "Datto SIRIS 3 S3B2 (2 TB) BDR appliance", subDiscontinued, uomEach, mfrDatto, vendorIngram, 2600, 2000, true, true},
		{"DATTO-CC-PC", "Datto Cloud Continuity for PCs", subBackupSW, uomDevice, mfrDatto, vendorIngram, 6, 3.5, false, false},
	}
	for _, r := range rows {
		s := spec{identifier: r.id, description: r.desc, sub: r.sub, typ: typeSubscription, uom: r.uom, mfr: r.mfr,
			vendor: r.vendor, price: r.price, cost: r.cost, recurring: !r.hardware && !r.inactive, inactive: r.inactive,
			mpn: strings.ToUpper(shortHash(r.id))}
		if r.hardware {
			s.typ, s.class, s.taxable = typeHardware, "Inventory", true
		}
		g.add(s)
	}
	for tb := 1; tb <= 20; tb++ {
		g.add(spec{identifier: "CLOUD-BKP-" + strconv.Itoa(tb) + "TB", description: "Cloud backup storage " + strconv.Itoa(tb) + " TB - monthly",
			sub: subBackupStorage, typ: typeService, uom: uomTB, price: 18 + float64(tb)*16, cost: 9 + float64(tb)*9, recurring: true})
	}
}

// services adds labour and managed-service items.
func (g *catalogGen) services() {
	rows := []struct {
		id, desc      string
		sub, typ, uom int
		price, cost   float64
		class         string
		recurring     bool
	}{
		{"LAB-REMOTE", "Remote support - per hour", subRemote, typeLabour, uomHour, 95, 42, "Service", false},
		{"LAB-ONSITE", "Onsite support - per hour", subOnsite, typeLabour, uomHour, 120, 48, "Service", false},
		{"LAB-AFTERHRS", "After-hours support - per hour", subAfterHours, typeLabour, uomHour, 165, 70, "Service", false},
		{"LAB-EMERG", "Emergency call-out (2 hour minimum)", subAfterHours, typeLabour, uomFlat, 320, 140, "Service", false},
		{"LAB-TRAVEL", "Travel time - per hour", subOnsite, typeLabour, uomHour, 60, 30, "Service", false},
		{"LAB-PROJECT", "Project engineering - per hour", subProjects, typeLabour, uomHour, 130, 55, "Service", false},
		{"LAB-CONSULT", "Senior consultant - per hour", subConsulting, typeLabour, uomHour, 175, 75, "Service", false},
		{"LAB-VCIO", "vCIO strategy session", subConsulting, typeLabour, uomHour, 190, 80, "Service", false},
		{"BLOCK-10H", "Prepaid support block - 10 hours", subRemote, typeService, uomFlat, 900, 420, "Service", false},
		{"BLOCK-20H", "Prepaid support block - 20 hours", subRemote, typeService, uomFlat, 1700, 840, "Service", false},
		{"MS-WS-MGD", "Managed workstation - per device/month", subManaged, typeService, uomDevice, 45, 14, "Agreement", true},
		{"MS-SRV-MGD", "Managed server - per server/month", subManaged, typeService, uomServer, 150, 45, "Agreement", true},
		{"MS-NET-MGD", "Managed network device - per device/month", subManaged, typeService, uomDevice, 25, 8, "Agreement", true},
		{"MS-FW-MGD", "Managed firewall - per device/month", subManaged, typeService, uomDevice, 60, 18, "Agreement", true},
		{"MS-USER-HD", "Helpdesk - per user/month", subManaged, typeService, uomUser, 35, 12, "Agreement", true},
		{"MS-M365-MGT", "Microsoft 365 management - per user/month", subManaged, typeService, uomUser, 4, 1, "Agreement", true},
		{"MS-BKP-MON", "Backup monitoring - per device/month", subManaged, typeService, uomDevice, 8, 2, "Agreement", true},
		{"MS-PATCH", "Patch management - per device/month", subManaged, typeService, uomDevice, 6, 1.5, "Agreement", true},
		{"SETUP-ONBOARD", "Client onboarding (fixed fee)", subProjects, typeService, uomFlat, 1500, 600, "Service", false},
		{"SETUP-WS", "Workstation setup and imaging", subProjects, typeService, uomEach, 180, 70, "Service", false},
		{"SETUP-SRV", "Server build and configuration", subProjects, typeService, uomEach, 1200, 480, "Service", false},
		{"HOST-VPS-S", "Hosted VPS small (2 vCPU / 4 GB)", subAzure, typeService, uomMonth, 45, 21, "Service", true},
		{"HOST-VPS-M", "Hosted VPS medium (4 vCPU / 8 GB)", subAzure, typeService, uomMonth, 85, 40, "Service", true},
		{"HOST-WEB", "Website hosting - monthly", subAzure, typeService, uomMonth, 25, 6, "Service", true},
	}
	for _, r := range rows {
		g.add(spec{identifier: r.id, description: r.desc, sub: r.sub, typ: r.typ, uom: r.uom, price: r.price,
			cost: r.cost, class: r.class, recurring: r.recurring})
	}
}

// hardware adds one generated hardware item; called until the catalog is full.
func (g *catalogGen) hardware() {
	f := hardwareFamilies[g.rng.IntN(len(hardwareFamilies))]
	model := f.models[g.rng.IntN(len(f.models))]
	id := f.prefix + "-" + model.code
	desc := f.brand + " " + model.name
	price := model.price
	if f.configurable {
		cpu := cpus[g.rng.IntN(len(cpus))]
		ram := rams[g.rng.IntN(len(rams))]
		ssd := ssds[g.rng.IntN(len(ssds))]
		id += "-" + cpu.code + "-" + strconv.Itoa(ram.gb) + "-" + ssd.code
		desc += " " + cpu.name + " " + strconv.Itoa(ram.gb) + "GB " + ssd.name
		price += cpu.price + ram.price + ssd.price
	}
	if f.warranty && g.rng.IntN(3) == 0 {
		id += "-5YW"
		desc += " 5Y"
		price *= 1.12
	}
	price *= 0.95 + g.rng.Float64()*0.1
	margin := 0.76 + g.rng.Float64()*0.12
	g.add(spec{identifier: id, description: desc, customerDescription: desc + ". " + f.blurb,
		sub: f.sub, typ: typeHardware, uom: uomEach, mfr: f.mfr, vendor: f.vendor, class: "Inventory",
		price: price, cost: price * margin, mpn: mpn(g.rng, f.mpnPrefix), sku: mpn(g.rng, "V"),
		taxable: true, inactive: model.old || g.rng.IntN(25) == 0})
}

type hwModel struct {
	code, name string
	price      float64
	old        bool
}

type hwFamily struct {
	brand, prefix, mpnPrefix, blurb string
	sub, mfr, vendor                int
	configurable, warranty          bool
	models                          []hwModel
}

var (
	cpus = []struct {
		code, name string
		price      float64
	}{{"I5", "Core i5", 0}, {"I7", "Core i7", 180}, {"U5", "Core Ultra 5", 90}, {"U7", "Core Ultra 7", 260}, {"R5", "Ryzen 5 Pro", 40}, {"R7", "Ryzen 7 Pro", 210}}
	rams = []struct {
		gb    int
		price float64
	}{{8, 0}, {16, 60}, {32, 160}, {64, 380}}
	ssds = []struct {
		code, name string
		price      float64
	}{{"256", "256GB SSD", 0}, {"512", "512GB SSD", 45}, {"1T", "1TB SSD", 110}, {"2T", "2TB SSD", 260}}

	hardwareFamilies = []hwFamily{
		{brand: "Dell", prefix: "DELL", mpnPrefix: "N", blurb: "Business laptop with Windows 11 Pro.", sub: subLaptops, mfr: mfrDell, vendor: vendorDell, configurable: true, warranty: true,
			models: []hwModel{{"LAT3450", "Latitude 3450", 690, false}, {"LAT5450", "Latitude 5450", 980, false}, {"LAT7450", "Latitude 7450", 1390, false}, {"LAT5440", "Latitude 5440", 890, true}, {"LAT9450", "Latitude 9450 2-in-1", 1890, false}}},
		{brand: "Dell", prefix: "DELL", mpnPrefix: "N", blurb: "Business desktop with Windows 11 Pro.", sub: subDesktops, mfr: mfrDell, vendor: vendorDell, configurable: true, warranty: true,
			models: []hwModel{{"OPT7020M", "OptiPlex 7020 Micro", 760, false}, {"OPT7020S", "OptiPlex 7020 SFF", 720, false}, {"OPT7010M", "OptiPlex 7010 Micro", 690, true}, {"PREC3680", "Precision 3680 Tower", 1450, false}}},
		{brand: "Dell", prefix: "DELL", mpnPrefix: "PE", blurb: "Rack or tower server, ProSupport included.", sub: subServers, mfr: mfrDell, vendor: vendorDell, warranty: true,
			models: []hwModel{{"R660XS", "PowerEdge R660xs", 4900, false}, {"R760", "PowerEdge R760", 7400, false}, {"T160", "PowerEdge T160", 1650, false}, {"T360", "PowerEdge T360", 2900, false}, {"R650", "PowerEdge R650", 5200, true}}},
		{brand: "HP", prefix: "HP", mpnPrefix: "A", blurb: "Business laptop with Windows 11 Pro.", sub: subLaptops, mfr: mfrHP, vendor: vendorIngram, configurable: true, warranty: true,
			models: []hwModel{{"EB840G11", "EliteBook 840 G11", 1280, false}, {"EB860G11", "EliteBook 860 G11", 1360, false}, {"PB440G11", "ProBook 440 G11", 820, false}, {"PB450G10", "ProBook 450 G10", 760, true}}},
		{brand: "HP", prefix: "HP", mpnPrefix: "A", blurb: "Business desktop with Windows 11 Pro.", sub: subDesktops, mfr: mfrHP, vendor: vendorIngram, configurable: true, warranty: true,
			models: []hwModel{{"ED800G9M", "EliteDesk 800 G9 Mini", 840, false}, {"PD400G9", "ProDesk 400 G9 SFF", 640, false}, {"Z2G9", "Z2 G9 Tower Workstation", 1690, false}}},
		{brand: "Lenovo", prefix: "LEN", mpnPrefix: "21", blurb: "Business laptop with Windows 11 Pro.", sub: subLaptops, mfr: mfrLenovo, vendor: vendorSynnex, configurable: true, warranty: true,
			models: []hwModel{{"T14G5", "ThinkPad T14 Gen 5", 1240, false}, {"T16G3", "ThinkPad T16 Gen 3", 1310, false}, {"X1CG12", "ThinkPad X1 Carbon Gen 12", 1890, false}, {"E14G6", "ThinkPad E14 Gen 6", 790, false}, {"L14G4", "ThinkPad L14 Gen 4", 880, true}}},
		{brand: "Lenovo", prefix: "LEN", mpnPrefix: "12", blurb: "Compact business desktop.", sub: subDesktops, mfr: mfrLenovo, vendor: vendorSynnex, configurable: true, warranty: true,
			models: []hwModel{{"M70QG5", "ThinkCentre M70q Gen 5", 690, false}, {"M90QG5", "ThinkCentre M90q Gen 5", 910, false}, {"M70QG3", "ThinkCentre M70q Gen 3", 610, true}}},
		{brand: "Cisco", prefix: "CSCO", mpnPrefix: "C", blurb: "Managed network switch or access point.", sub: subNetworking, mfr: mfrCisco, vendor: vendorIngram,
			models: []hwModel{{"C1000-8P", "Catalyst 1000 8-port PoE", 420, false}, {"C1000-24P", "Catalyst 1000 24-port PoE", 1150, false}, {"C1000-48P", "Catalyst 1000 48-port PoE", 2100, false}, {"MR36", "Meraki MR36 access point", 690, false}, {"MS120-24P", "Meraki MS120-24P switch", 1890, false}, {"SG350-28", "SG350-28 switch", 520, true}}},
		{brand: "Ubiquiti", prefix: "UBNT", mpnPrefix: "U", blurb: "UniFi network equipment.", sub: subNetworking, mfr: mfrUbiquiti, vendor: vendorSynnex,
			models: []hwModel{{"U6-PRO", "UniFi U6 Pro access point", 169, false}, {"U7-PRO", "UniFi U7 Pro access point", 209, false}, {"USW-24-POE", "UniFi Switch 24 PoE", 399, false}, {"UDM-PRO", "UniFi Dream Machine Pro", 399, false}, {"UAP-AC-PRO", "UniFi AP AC Pro", 149, true}}},
		{brand: "Fortinet", prefix: "FTNT", mpnPrefix: "FG", blurb: "Next-generation firewall appliance.", sub: subFirewall, mfr: mfrFortinet, vendor: vendorIngram,
			models: []hwModel{{"FG-40F", "FortiGate 40F", 520, false}, {"FG-60F", "FortiGate 60F", 780, false}, {"FG-80F", "FortiGate 80F", 1290, false}, {"FG-60E", "FortiGate 60E", 690, true}}},
		{brand: "Logitech", prefix: "LOGI", mpnPrefix: "920-", blurb: "Desk peripheral.", sub: subPeripherals, mfr: mfrLogitech, vendor: vendorSynnex,
			models: []hwModel{{"MXKEYS", "MX Keys keyboard", 119, false}, {"MXM3S", "MX Master 3S mouse", 99, false}, {"C920", "C920 HD Pro webcam", 79, false}, {"ZONEW", "Zone Wireless headset", 199, false}, {"MK270", "MK270 keyboard and mouse", 29, false}}},
		{brand: "Dell", prefix: "DELL", mpnPrefix: "210-", blurb: "Business monitor.", sub: subMonitors, mfr: mfrDell, vendor: vendorDell,
			models: []hwModel{{"P2425H", "P2425H 24\" monitor", 210, false}, {"P2725H", "P2725H 27\" monitor", 280, false}, {"U2724D", "UltraSharp U2724D 27\" monitor", 430, false}, {"WD22TB4", "WD22TB4 Thunderbolt dock", 290, false}}},
		{brand: "LG", prefix: "LG", mpnPrefix: "27", blurb: "Business monitor.", sub: subMonitors, mfr: mfrLG, vendor: vendorSynnex,
			models: []hwModel{{"27BN65Q", "27BN65Q 27\" QHD monitor", 260, false}, {"24BN650Y", "24BN650Y 24\" monitor", 170, false}, {"34WN750", "34WN750 34\" ultrawide monitor", 420, false}}},
		{brand: "Netgear", prefix: "NETG", mpnPrefix: "GS", blurb: "Unmanaged or smart switch.", sub: subNetworking, mfr: mfrNetgear, vendor: vendorSynnex,
			models: []hwModel{{"GS308", "GS308 8-port switch", 25, false}, {"GS324TP", "GS324TP 24-port PoE smart switch", 390, false}, {"GS110TP", "GS110TP 8-port PoE switch", 120, true}}},
		{brand: "Kingston", prefix: "KING", mpnPrefix: "KVR", blurb: "Memory or storage upgrade.", sub: subStorage, mfr: mfrKingston, vendor: vendorSynnex,
			models: []hwModel{{"KVR16GB5", "16GB DDR5 SODIMM", 55, false}, {"KVR32GB5", "32GB DDR5 SODIMM", 99, false}, {"NV2-1T", "NV2 1TB NVMe SSD", 65, false}}},
		{brand: "Eaton", prefix: "EATON", mpnPrefix: "5P", blurb: "Uninterruptible power supply.", sub: subPower, mfr: mfrEaton, vendor: vendorIngram,
			models: []hwModel{{"5SC1000I", "5SC 1000VA UPS", 420, false}, {"5PX1500IRT", "5PX 1500VA rack UPS", 980, false}}},
		{brand: "APC", prefix: "APC", mpnPrefix: "SMT", blurb: "Uninterruptible power supply.", sub: subPower, mfr: mfrAPC, vendor: vendorIngram,
			models: []hwModel{{"BX700", "Back-UPS 700VA", 95, false}, {"SMT1500RMI", "Smart-UPS 1500VA rack", 890, false}, {"SMT3000RMI", "Smart-UPS 3000VA rack", 1690, false}}},
		{brand: "Synology", prefix: "SYN", mpnPrefix: "DS", blurb: "Network attached storage.", sub: subStorage, mfr: mfrSynology, vendor: vendorSynnex,
			models: []hwModel{{"DS923P", "DiskStation DS923+", 640, false}, {"DS1522P", "DiskStation DS1522+", 790, false}, {"HAT5300-8T", "HAT5300 8TB drive", 260, false}, {"DS920P", "DiskStation DS920+", 560, true}}},
		{brand: "Samsung", prefix: "SAM", mpnPrefix: "MZ-", blurb: "Solid state drive.", sub: subStorage, mfr: mfrSamsung, vendor: vendorSynnex,
			models: []hwModel{{"990PRO-1T", "990 PRO 1TB NVMe SSD", 120, false}, {"990PRO-2T", "990 PRO 2TB NVMe SSD", 190, false}, {"870EVO-1T", "870 EVO 1TB SATA SSD", 95, false}}},
		{brand: "Yealink", prefix: "YEA", mpnPrefix: "SIP-", blurb: "Desk phone.", sub: subPeripherals, mfr: mfrYealink, vendor: vendorSynnex,
			models: []hwModel{{"T54W", "SIP-T54W IP phone", 189, false}, {"T46U", "SIP-T46U IP phone", 149, false}, {"W76P", "W76P DECT phone", 169, false}}},
	}
)

func mpn(rng *rand.Rand, prefix string) string {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
	b := []byte(prefix)
	for range 6 {
		b = append(b, alphabet[rng.IntN(len(alphabet))])
	}
	return string(b)
}

// shortHash is a stable 6-character code for a name (FNV-1a, base 36).
func shortHash(s string) string {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	out := strconv.FormatUint(uint64(h), 36)
	for len(out) < 6 {
		out = "0" + out
	}
	return out[:6]
}

func cents(v float64) float64 { return math.Round(v*100) / 100 }

// clip cuts s to at most n bytes without splitting a UTF-8 sequence.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
