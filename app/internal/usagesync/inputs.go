package usagesync

import (
	"fmt"
	"time"

	"psabridge/app/internal/usagehistory"
)

// Month is a billing month, Sophos' year and month ("2026-10"), with no time zone: the
// usage history's. Its First day is the default effective date.
type Month = usagehistory.Month

// ParseMonth reads "YYYY-MM".
func ParseMonth(s string) (Month, error) {
	m, err := usagehistory.ParseMonth(s)
	if err != nil {
		return Month{}, fmt.Errorf("billing month %q is not of the form YYYY-MM", s)
	}
	return m, nil
}

// QuantityField is the usage quantity that is billed.
type QuantityField string

const (
	BillableQuantity QuantityField = "billable" // billableQuantity (the default)
	ActualQuantity   QuantityField = "actual"   // actualQuantity
)

// EffectiveDateRule is the effective date of a created addition.
type EffectiveDateRule string

const (
	FirstOfMonth EffectiveDateRule = "first_of_month" // the first day of the billing month (the default)
	RunDay       EffectiveDateRule = "run_day"        // the day the run writes it
)

// Settings are the sync settings.
type Settings struct {
	QuantityField QuantityField     `json:"quantityField"`
	EffectiveDate EffectiveDateRule `json:"effectiveDate"`
}

func (s Settings) withDefaults() (Settings, error) {
	switch s.QuantityField {
	case "":
		s.QuantityField = BillableQuantity
	case BillableQuantity, ActualQuantity:
	default:
		return s, fmt.Errorf("sync setting quantityField %q is not billable or actual", s.QuantityField)
	}
	switch s.EffectiveDate {
	case "":
		s.EffectiveDate = FirstOfMonth
	case FirstOfMonth, RunDay:
	default:
		return s, fmt.Errorf("sync setting effectiveDate %q is not first_of_month or run_day", s.EffectiveDate)
	}
	return s, nil
}

// Product is a Sophos product's mapping (sophos_products).
type Product struct {
	Key           string // product key (productCode, or sku)
	Description   string
	CatalogItemID int // 0: unmapped
	SyncEnabled   bool
}

// Customer is a Sophos tenant's mapping (sophos_tenants). A tenant with usage but no
// Customer is unknown (not in the tenant cache).
type Customer struct {
	TenantID    string
	Name        string
	CompanyID   int // 0: unmapped
	AgreementID int // 0: unmapped
	SyncEnabled bool
}

// Agreement is a cached ConnectWise agreement (cw_agreements).
type Agreement struct {
	ID            int
	CompanyID     int
	Name          string
	Status        string // agreementStatus: Active, Cancelled, Expired, Inactive
	CancelledFlag bool
	DateCancelled time.Time // zero: not cancelled
	EndDate       time.Time // zero: no end
	Prorate       bool      // quantity changes mid-period are prorated
}

// Inputs are everything Plan needs besides ConnectWise's additions and the local state.
type Inputs struct {
	Month      string // "YYYY-MM"
	Usage      Aggregation
	Products   []Product
	Customers  []Customer
	Agreements []Agreement
	Settings   Settings
}

// indexed is Inputs checked and keyed for lookups.
type indexed struct {
	month      Month
	settings   Settings
	products   map[string]Product
	byItem     map[int]Product // catalog item → a synced product mapped to it
	customers  map[string]Customer
	agreements map[int]Agreement
}

func (in Inputs) index() (indexed, error) {
	var x indexed
	var err error
	if x.month, err = ParseMonth(in.Month); err != nil {
		return x, err
	}
	if x.settings, err = in.Settings.withDefaults(); err != nil {
		return x, err
	}
	x.products = make(map[string]Product, len(in.Products))
	x.byItem = map[int]Product{}
	for _, p := range in.Products {
		if p.Key == "" {
			return x, fmt.Errorf("a product has no key")
		}
		if _, dup := x.products[p.Key]; dup {
			return x, fmt.Errorf("product %q is listed twice", p.Key)
		}
		if p.SyncEnabled && p.CatalogItemID <= 0 {
			return x, fmt.Errorf("product %q has sync on but no catalog item", p.Key)
		}
		x.products[p.Key] = p
		if p.SyncEnabled {
			x.byItem[p.CatalogItemID] = p
		}
	}
	x.customers = make(map[string]Customer, len(in.Customers))
	for _, c := range in.Customers {
		if c.TenantID == "" {
			return x, fmt.Errorf("a customer has no tenant id")
		}
		if _, dup := x.customers[c.TenantID]; dup {
			return x, fmt.Errorf("tenant %q is listed twice", c.TenantID)
		}
		if c.SyncEnabled && (c.CompanyID <= 0 || c.AgreementID <= 0) {
			return x, fmt.Errorf("tenant %q has sync on but no company and agreement", c.TenantID)
		}
		x.customers[c.TenantID] = c
	}
	x.agreements = make(map[int]Agreement, len(in.Agreements))
	for _, a := range in.Agreements {
		x.agreements[a.ID] = a
	}
	return x, nil
}

// agreementProblem is why usage may not be written to an agreement, or "".
func (x indexed) agreementProblem(c Customer, now time.Time) Reason {
	a, ok := x.agreements[c.AgreementID]
	switch {
	case !ok:
		return ReasonAgreementNotFound
	case a.CompanyID != 0 && a.CompanyID != c.CompanyID:
		return ReasonAgreementOtherCompany
	case a.CancelledFlag || a.Status == "Cancelled" || (!a.DateCancelled.IsZero() && !a.DateCancelled.After(now)):
		return ReasonAgreementCancelled
	case a.Status == "Expired" || (!a.EndDate.IsZero() && a.EndDate.Before(x.month.First())):
		return ReasonAgreementExpired
	}
	return ""
}
