package schedule

import "strings"

// FirewallGroup is the Sophos productGroup of firewall (device) subscriptions.
const FirewallGroup = "Device"

// Product is what the firewall warning needs to know about a Sophos product.
type Product struct {
	Code        string
	Description string
	Group       string // Sophos productGroup: User, Server, Device
}

// FirewallWarnings lists the products that Sophos only bills with the monthly invoice ("Sophos
// Firewall products can only sync usage with the Sophos monthly invoicing option", NOTES §3.5),
// when the setting is anything but WithMonthlyInvoice (or Off, which syncs nothing). The dialog
// shows one warning per returned product, as Sophos' page does.
func FirewallWarnings(s Setting, products []Product) []Product {
	if s.Frequency == WithMonthlyInvoice || s.Frequency == Off {
		return nil
	}
	var warned []Product
	for _, p := range products {
		if strings.EqualFold(strings.TrimSpace(p.Group), FirewallGroup) {
			warned = append(warned, p)
		}
	}
	return warned
}
