package sophossandbox

// productKind says how the demo data uses a product.
type productKind int

const (
	kindEndpointUser   productKind = iota // one per tenant: the user protection tier
	kindEndpointServer                    // the server tier that goes with it
	kindAddOn                             // optional, counted per user, server or resource
	kindFirewall                          // per device, with a serial number; may be unassigned
	kindFirewallAddOn                     // per firewall
)

// product is one MSP Flex product as it appears in usage lines. Codes follow NOTES §2.2
// (observed in the wild) and §2.3; codes for products nobody has published are marked as
// placeholders there and here. Prices are demo list prices in USD per unit and month.
type product struct {
	code, sku, description, group string
	kind                          productKind
	unitPrice                     string
	perUser                       float64 // add-ons: units per user (0: per server, see perServer)
	perServer                     float64
}

// catalog is the sandbox's product table, in the order the generator uses it.
var catalog = []product{
	// User protection tiers (group User).
	{"CENDP-MSP", "CEPZ1CSMG", "Central Endpoint Protection - MSP Monthly", "User", kindEndpointUser, "1.10", 0, 0},
	{"CIX-MSP", "CIXZ1CSMG", "Central Intercept X Essentials - MSP Monthly", "User", kindEndpointUser, "1.60", 0, 0},
	{"CIXA-MSP", "CEAZ1CSMG", "Central Intercept X Advanced - MSP Monthly", "User", kindEndpointUser, "2.10", 0, 0},
	{"CIXAXDR", "CXDZ1CSMG", "Central Intercept X Advanced with XDR - MSP Monthly", "User", kindEndpointUser, "2.90", 0, 0},
	{"CIXAMTR-STD-MSP", "CMSZ1CSMG", "Central Intercept X Advanced with XDR and MDR Essentials - MSP Monthly", "User", kindEndpointUser, "4.75", 0, 0},
	{"CIXAMTR-ADV-MSP", "CMAZ1CSMG", "Central Intercept X Advanced with XDR and MDR Complete - MSP Monthly", "User", kindEndpointUser, "7.20", 0, 0},
	{"XDR-MSP", "XDRZ1CSMG", "Sophos XDR - User - MSP Monthly", "User", kindEndpointUser, "2.95", 0, 0},
	{"ENDP-USR-MSP", "SEUZ1CSMG", "Sophos Endpoint - User - MSP Monthly", "User", kindEndpointUser, "2.05", 0, 0},
	// Server protection tiers (group Server), index-aligned with serverTierFor.
	{"CSP-MSP", "CSPZ1CSMG", "Central Server Protection - MSP Monthly", "Server", kindEndpointServer, "2.40", 0, 0},
	{"SVRCLOUDADV-MSP", "SVAZ1CSMG", "Central Intercept X Advanced for Server - MSP Monthly", "Server", kindEndpointServer, "4.30", 0, 0},
	{"SVRCIXAXDR", "SVXZ1CSMG", "Central Intercept X Advanced for Server with XDR - MSP Monthly", "Server", kindEndpointServer, "5.60", 0, 0},
	{"SVRCIXAMTR-STD-MSP", "SMSZ1CSMG", "Intercept X Advanced for Server with XDR and MDR Essentials - MSP Monthly", "Server", kindEndpointServer, "9.50", 0, 0},
	{"SVRCIXAMTR-ADV-MSP", "SMAZ1CSMG", "Intercept X Advanced for Server with XDR and MDR Complete - MSP Monthly", "Server", kindEndpointServer, "13.90", 0, 0},
	// Add-ons.
	{"SLS-MSP", "SLSZ1CSMG", "Sophos Linux Sensor - MSP Monthly", "Server", kindAddOn, "3.10", 0, 0.5},
	{"CWP-MSP", "CWPZ1CSMG", "Cloud Workload Protection - MSP Monthly", "Server", kindAddOn, "6.20", 0, 0.8},
	{"COPTIX-ADV-MSP", "COAZ1CSMG", "Cloud Optix Advanced - per Cloud Resource - MSP Monthly", "Server", kindAddOn, "0.85", 0, 4},
	{"CEMS-MSP", "CESZ1CSMG", "Central Email Standard - MSP Monthly", "User", kindAddOn, "0.95", 1, 0},
	{"CEMA-MSP", "CEMZ1CSMG", "Central Email Advanced - MSP Monthly", "User", kindAddOn, "1.45", 1, 0},
	{"CEMA-PE-ADDON-MSP", "CPEZ1CSMG", "Portal Encryption Add-on for Central Email Advanced - MSP Monthly", "User", kindAddOn, "0.40", 0.4, 0},
	{"CPHISH-MSP", "CPTZ1CSMG", "Central Phish Threat - MSP Monthly", "User", kindAddOn, "0.70", 1, 0},
	{"CDE-MSP", "CDEZ1CSMG", "Central Device Encryption - MSP Monthly", "User", kindAddOn, "0.90", 0.6, 0},
	{"CMS-MSP", "CMDZ1CSMG", "Central Mobile Standard - MSP Monthly", "User", kindAddOn, "0.80", 0.3, 0},
	{"CMA-MSP", "CMVZ1CSMG", "Central Mobile Advanced - MSP Monthly", "User", kindAddOn, "1.20", 0.3, 0},
	{"CMSEC-MSP", "CMYZ1CSMG", "Central Mobile Security - MSP Monthly", "User", kindAddOn, "0.60", 0.25, 0},
	{"ZTNA-MSP", "ZTNZ1CSMG", "Sophos ZTNA - MSP Monthly", "User", kindAddOn, "1.30", 0.5, 0},
	{"DNSP-MSP", "DNPZ1CSMG", "Sophos DNS Protection - MSP Monthly", "User", kindAddOn, "0.25", 1, 0},
	{"NDR-MSP", "NDRZ1CSMG", "Sophos NDR - MSP Monthly", "User", kindAddOn, "1.75", 1, 0},
	{"CW7-SUP-MSP", "APXZ1CSMG", "Central Wireless Standard - per Access Point - MSP Monthly", "Device", kindAddOn, "1.50", 0.08, 0},
	// Firewalls and their add-ons (group Device); one line per device, with its serial.
	{"XGS-XP-MSP", "XT2ZTCSMG", "XGS 2100 Xstream Protection - MSP Monthly", "Device", kindFirewall, "89.00", 0, 0},
	{"SFVXP-MSP", "FVXZ1CSMG", "SW/Virtual Xstream Protection - UP TO 4 CORES & 6GB RAM - MSP Monthly", "Device", kindFirewall, "45.00", 0, 0},
	{"SFVSTD-MSP", "FVSZ1CSMG", "SW/Virtual Standard Protection - UP TO 2 CORES & 4GB RAM - MSP Monthly", "Device", kindFirewall, "22.00", 0, 0},
	{"CFR-ADV-MSP", "CFRZ1CSMG", "Central Firewall Reporting Advanced - 30 days - MSP Monthly", "Device", kindFirewallAddOn, "4.00", 0, 0},
	{"xg_email_std", "XEMZ1CSMG", "XG Email Protection - MSP Monthly", "Device", kindFirewallAddOn, "12.00", 0, 0},
	// Launched in the latest month only: the "new product" the mapping page must surface.
	{NewProductCode, "ITDZ1CSMG", "Sophos Identity Threat Detection and Response - MSP Monthly", "User", kindAddOn, "1.90", 0, 0},
}

// NewProductCode is the product that appears for the first time in the latest month.
const NewProductCode = "ITDR-MSP"

// serverTierFor maps each user tier to the server tier sold with it.
var serverTierFor = map[string]string{
	"CENDP-MSP": "CSP-MSP", "CIX-MSP": "CSP-MSP", "CIXA-MSP": "SVRCLOUDADV-MSP", "CIXAXDR": "SVRCIXAXDR",
	"CIXAMTR-STD-MSP": "SVRCIXAMTR-STD-MSP", "CIXAMTR-ADV-MSP": "SVRCIXAMTR-ADV-MSP",
	"XDR-MSP": "SVRCIXAXDR", "ENDP-USR-MSP": "SVRCLOUDADV-MSP",
}

func productsOfKind(k productKind) []product {
	var out []product
	for _, p := range catalog {
		if p.kind == k && p.code != NewProductCode {
			out = append(out, p)
		}
	}
	return out
}

// productByCode finds a catalog product; ok is false for an unknown code.
func productByCode(code string) (p product, ok bool) {
	for _, p := range catalog {
		if p.code == code {
			return p, true
		}
	}
	return product{}, false
}
