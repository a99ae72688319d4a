// Package demodata holds the facts the ConnectWise and Sophos sandboxes must agree on, so
// that demo mode shows customers that line up across both systems (and a few that don't,
// as in real life).
package demodata

import (
	"crypto/sha256"
	"fmt"
)

// Customer is one MSP customer as both sandboxes know it.
type Customer struct {
	CompanyName string // ConnectWise company name
	Identifier  string // ConnectWise company identifier (≤ 30 characters)
	TenantName  string // Sophos Central tenant name; differs from CompanyName for a few customers
	TenantID    string // Sophos tenant id (accountId in usage), a stable UUID
	CompanyID   int    // ConnectWise company id
	UsesSophos  bool   // false: a ConnectWise-only customer with no Sophos tenant
	SophosOnly  bool   // true: a Sophos tenant with no ConnectWise company yet
	DataRegion  string // Sophos data region of the tenant
	DataGeo     string // Sophos data geography
	BillingType string // Sophos billing type: usage (MSP Flex), term or trial
	// TenantStatus is the tenant's status in Sophos Central: "" (active) or "suspended".
	TenantStatus string
}

// names line up the two systems the way real ones do: most tenants carry their company's
// name, some differ only in case, punctuation or legal form (a suggestion still finds
// them), some differ outright (no suggestion), and two companies share a name ("Proseware
// Inc", as after a merger or a re-created customer: the Proseware tenant is ambiguous).
var names = []struct{ company, identifier, tenant string }{
	{"Acme Corporation", "AcmeCorp", "Acme Corp"},
	{"Bäckerei Müller GmbH", "BaeckereiMueller", "Bäckerei Müller GmbH"},
	{"Contoso Ltd", "Contoso", "Contoso Ltd"},
	{"Fabrikam Inc", "Fabrikam", "FABRIKAM, INC."},
	{"Northwind Traders", "Northwind", "Northwind Traders"},
	{"Tailspin Toys", "Tailspin", "Tailspin Toys GmbH"},
	{"Wide World Importers", "WideWorld", "Wide World Importers"},
	{"Woodgrove Bank", "Woodgrove", "Woodgrove Bank"},
	{"Adventure Works Cycles", "AdventureWorks", "Adventure Works"},
	{"Alpine Ski House", "AlpineSki", "Alpine Ski House"},
	{"Blue Yonder Airlines", "BlueYonder", "Blue Yonder Airlines"},
	{"City Power & Light", "CityPower", "City Power & Light"},
	{"Coho Winery", "CohoWinery", "coho winery llc"},
	{"Consolidated Messenger", "ConsolidatedMsg", "Consolidated Messenger"},
	{"Fourth Coffee", "FourthCoffee", "Fourth Coffee"},
	{"Graphic Design Institute", "GraphicDesign", "Graphic Design Institute"},
	{"Humongous Insurance", "Humongous", "Humongous Insurance"},
	{"Litware Inc", "Litware", "Litware, Inc."},
	{"Lucerne Publishing", "Lucerne", "Lucerne Verlag AG"},
	{"Margie's Travel", "MargiesTravel", "Margie's Travel"},
	{"Nod Publishers", "NodPublishers", "Nod Publishers"},
	{"Proseware Inc", "Proseware", "Proseware Inc"},
	{"Proseware Inc", "ProsewareEast", "School of Fine Art"},
	{"Southridge Video", "Southridge", "Southridge Media"},
	{"Trey Research", "TreyResearch", "Trey Research"},
	{"VanArsdel Ltd", "VanArsdel", "VanArsdel Ltd"},
	{"Wingtip Toys", "WingtipToys", "Wingtip Toys"},
	{"Zava Corporation", "Zava", "Zava Corporation"},
	{"Elektro Schneider KG", "ElektroSchneider", "Elektro Schneider KG"},
	{"Steuerberatung Öztürk & Partner", "StbOeztuerk", "Steuerberatung Öztürk & Partner"},
	{"Zahnarztpraxis Dr. Weiß", "ZahnarztWeiss", "Zahnarztpraxis Dr. Weiss"},
	{"Stadtwerke Lindenau", "StwLindenau", "Stadtwerke Lindenau"},
	{"Autohaus Krämer", "AutohausKraemer", "Autohaus Krämer"},
	{"Kanzlei Berger [Rechtsanwälte]", "KanzleiBerger", "Kanzlei Berger [Rechtsanwälte]"},
	{"O'Brien Logistics", "OBrienLogistics", "O'Brien Logistics"},
	{"Hotel \"Zum Löwen\"", "HotelLoewen", "Hotel \"Zum Löwen\""},
	{"100% Solar GmbH", "SolarGmbH", "100% Solar GmbH"},
	{"Pixel*Perfect Studio", "PixelPerfect", "Pixel*Perfect Studio"},
	{"Rheinblick Immobilien GmbH", "Rheinblick", "Rheinblick Immobilien GmbH"},
	{"Greenfield Farms", "Greenfield", ""}, // ConnectWise only: no Sophos tenant
	{"", "", "Nordlicht Pflegedienst"},     // Sophos only: not in ConnectWise yet
}

// Customers returns the demo customers in a fixed order: 40 ConnectWise companies and 40
// Sophos tenants, one of each without a counterpart on the other side. Names include umlauts, quotes,
// brackets, % and * on purpose: they are what breaks naive ConnectWise condition strings.
func Customers() []Customer {
	regions := []struct{ region, geo string }{{"eu01", "DE"}, {"eu02", "IE"}, {"us01", "US"}}
	out := make([]Customer, 0, len(names))
	for i, n := range names {
		c := Customer{
			CompanyName: n.company, Identifier: n.identifier, TenantName: n.tenant,
			UsesSophos: n.tenant != "", SophosOnly: n.company == "",
			DataRegion: regions[i%len(regions)].region, DataGeo: regions[i%len(regions)].geo,
			BillingType: "usage",
		}
		if n.company != "" {
			c.CompanyID = 19300 + i*7
		}
		if c.UsesSophos {
			c.TenantID = stableUUID("tenant/" + n.tenant)
		}
		if i%13 == 12 {
			c.BillingType = "term" // a few term customers: they have no MSP Flex usage
		}
		if n.tenant == "Zava Corporation" {
			c.TenantStatus = "suspended" // one suspended customer
		}
		out = append(out, c)
	}
	return out
}

// PartnerID is the demo partner's Sophos id.
var PartnerID = stableUUID("partner/PSA Bridge Demo MSP")

// stableUUID derives a version-4-shaped UUID from a name, so demo ids never change.
func stableUUID(name string) string {
	h := sha256.Sum256([]byte("psabridge-demo/" + name))
	h[6] = h[6]&0x0f | 0x40
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
