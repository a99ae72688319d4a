package sophos

import (
	"encoding/json"
	"strings"
)

// UsageLine is one item of GET /partner/v1/billing/usage/{year}/{month}. It carries every field
// of both documented generations: the 35-field items of 2021–2024 and the 17-field items of
// the current collection. Every field is optional; missing ones stay zero. Quantities are
// float64 (decoded from numbers or numeric strings); prices stay decimal strings with their
// currency, exactly as Sophos sends them, so no rounding happens here.
//
// The JSON tags are Sophos' own names, so a line marshals back to the same shape.
type UsageLine struct {
	PartnerAccountID             string  `json:"partnerAccountId,omitempty"`
	PartnerEdiAccountNumber      string  `json:"partnerEdiAccountNumber,omitempty"`
	PartnerAccountName           string  `json:"partnerAccountName,omitempty"` // the MSP, not the customer
	BillingStartDate             string  `json:"billingStartDate,omitempty"`   // YYYY-MM-DD, kept as text (examples hold dates like 2021-04-31)
	BillingEndDate               string  `json:"billingEndDate,omitempty"`
	OrderNumber                  string  `json:"orderNumber,omitempty"`
	OrderLineItemNumber          string  `json:"orderLineItemNumber,omitempty"`
	AccountNumberOrSerialNumber  string  `json:"accountNumberOrSerialNumber,omitempty"` // licence number, or a firewall's serial
	ProductDescription           string  `json:"productDescription,omitempty"`
	ProductGroup                 string  `json:"productGroup,omitempty"` // User, Server or Device
	SKU                          string  `json:"sku,omitempty"`
	ProductCode                  string  `json:"productCode,omitempty"`
	BillableQuantity             float64 `json:"billableQuantity"` // what Sophos invoices: the quantity to sync
	ActualQuantity               float64 `json:"actualQuantity"`   // what was measured
	OrderedQuantity              float64 `json:"orderedQuantity,omitempty"`
	ExternalID                   string  `json:"externalId,omitempty"`
	AccountID                    string  `json:"accountId,omitempty"` // tenant id; empty for unassigned lines such as firewalls
	AccountStatus                string  `json:"accountStatus,omitempty"`
	AssignedAccountIdentifier    string  `json:"assignedAccountIdentifier,omitempty"` // customer name (older replies only)
	ContactName                  string  `json:"contactName,omitempty"`
	ContactEmail                 string  `json:"contactEmail,omitempty"`
	ContactStreet                string  `json:"contactStreet,omitempty"`
	ContactCity                  string  `json:"contactCity,omitempty"`
	ContactCountry               string  `json:"contactCountry,omitempty"`
	ContactZip                   string  `json:"contactZip,omitempty"`
	UnitMsrp                     string  `json:"unitMsrp,omitempty"`
	UnitMsrpCurrency             string  `json:"unitMsrpCurrency,omitempty"`
	UnitPrice                    string  `json:"unitPrice,omitempty"`
	UnitPriceCurrency            string  `json:"unitPriceCurrency,omitempty"`
	NetPrice                     string  `json:"netPrice,omitempty"`
	NetPriceCurrency             string  `json:"netPriceCurrency,omitempty"`
	PriceWithTaxes               string  `json:"priceWithTaxes,omitempty"`
	PriceWithTaxesCurrency       string  `json:"priceWithTaxesCurrency,omitempty"`
	DistributorAccountName       string  `json:"distributorAccountName,omitempty"`
	AdditionalDiscountPercentage float64 `json:"additionalDiscountPercentage,omitempty"`
}

// ProductKey is the id a Sophos product is mapped by: productCode, or the sku when a line
// has no code (SPEC §4). Empty when the line has neither.
func (l UsageLine) ProductKey() string {
	if code := strings.TrimSpace(l.ProductCode); code != "" {
		return code
	}
	return strings.TrimSpace(l.SKU)
}

// TenantID is the customer the line belongs to, or "" for an unassigned line.
func (l UsageLine) TenantID() string { return strings.TrimSpace(l.AccountID) }

// usageLineWire is UsageLine as it arrives: the same fields with tolerant types.
type usageLineWire struct {
	PartnerAccountID             flexString `json:"partnerAccountId"`
	PartnerEdiAccountNumber      flexString `json:"partnerEdiAccountNumber"`
	PartnerAccountName           flexString `json:"partnerAccountName"`
	BillingStartDate             flexString `json:"billingStartDate"`
	BillingEndDate               flexString `json:"billingEndDate"`
	OrderNumber                  flexString `json:"orderNumber"`
	OrderLineItemNumber          flexString `json:"orderLineItemNumber"`
	AccountNumberOrSerialNumber  flexString `json:"accountNumberOrSerialNumber"`
	ProductDescription           flexString `json:"productDescription"`
	ProductGroup                 flexString `json:"productGroup"`
	SKU                          flexString `json:"sku"`
	ProductCode                  flexString `json:"productCode"`
	BillableQuantity             flexNumber `json:"billableQuantity"`
	ActualQuantity               flexNumber `json:"actualQuantity"`
	OrderedQuantity              flexNumber `json:"orderedQuantity"`
	ExternalID                   flexString `json:"externalId"`
	AccountID                    flexString `json:"accountId"`
	AccountStatus                flexString `json:"accountStatus"`
	AssignedAccountIdentifier    flexString `json:"assignedAccountIdentifier"`
	ContactName                  flexString `json:"contactName"`
	ContactEmail                 flexString `json:"contactEmail"`
	ContactStreet                flexString `json:"contactStreet"`
	ContactCity                  flexString `json:"contactCity"`
	ContactCountry               flexString `json:"contactCountry"`
	ContactZip                   flexString `json:"contactZip"`
	UnitMsrp                     flexString `json:"unitMsrp"`
	UnitMsrpCurrency             flexString `json:"unitMsrpCurrency"`
	UnitPrice                    flexString `json:"unitPrice"`
	UnitPriceCurrency            flexString `json:"unitPriceCurrency"`
	NetPrice                     flexString `json:"netPrice"`
	NetPriceCurrency             flexString `json:"netPriceCurrency"`
	PriceWithTaxes               flexString `json:"priceWithTaxes"`
	PriceWithTaxesCurrency       flexString `json:"priceWithTaxesCurrency"`
	DistributorAccountName       flexString `json:"distributorAccountName"`
	AdditionalDiscountPercentage flexNumber `json:"additionalDiscountPercentage"`
}

// UnmarshalJSON reads a usage item with tolerant types (see flexNumber, flexString).
func (l *UsageLine) UnmarshalJSON(b []byte) error {
	var w usageLineWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*l = UsageLine{
		PartnerAccountID:             string(w.PartnerAccountID),
		PartnerEdiAccountNumber:      string(w.PartnerEdiAccountNumber),
		PartnerAccountName:           string(w.PartnerAccountName),
		BillingStartDate:             string(w.BillingStartDate),
		BillingEndDate:               string(w.BillingEndDate),
		OrderNumber:                  string(w.OrderNumber),
		OrderLineItemNumber:          string(w.OrderLineItemNumber),
		AccountNumberOrSerialNumber:  string(w.AccountNumberOrSerialNumber),
		ProductDescription:           string(w.ProductDescription),
		ProductGroup:                 string(w.ProductGroup),
		SKU:                          string(w.SKU),
		ProductCode:                  string(w.ProductCode),
		BillableQuantity:             float64(w.BillableQuantity),
		ActualQuantity:               float64(w.ActualQuantity),
		OrderedQuantity:              float64(w.OrderedQuantity),
		ExternalID:                   string(w.ExternalID),
		AccountID:                    string(w.AccountID),
		AccountStatus:                string(w.AccountStatus),
		AssignedAccountIdentifier:    string(w.AssignedAccountIdentifier),
		ContactName:                  string(w.ContactName),
		ContactEmail:                 string(w.ContactEmail),
		ContactStreet:                string(w.ContactStreet),
		ContactCity:                  string(w.ContactCity),
		ContactCountry:               string(w.ContactCountry),
		ContactZip:                   string(w.ContactZip),
		UnitMsrp:                     string(w.UnitMsrp),
		UnitMsrpCurrency:             string(w.UnitMsrpCurrency),
		UnitPrice:                    string(w.UnitPrice),
		UnitPriceCurrency:            string(w.UnitPriceCurrency),
		NetPrice:                     string(w.NetPrice),
		NetPriceCurrency:             string(w.NetPriceCurrency),
		PriceWithTaxes:               string(w.PriceWithTaxes),
		PriceWithTaxesCurrency:       string(w.PriceWithTaxesCurrency),
		DistributorAccountName:       string(w.DistributorAccountName),
		AdditionalDiscountPercentage: float64(w.AdditionalDiscountPercentage),
	}
	return nil
}
