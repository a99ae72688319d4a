package cwsandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// timeLayout is how ConnectWise writes timestamps: UTC, whole seconds, "Z".
const timeLayout = "2006-01-02T15:04:05Z"

// hrefOrigin stands in for the server's own origin inside stored "_href" links. Data is
// built before the listener's port is known and is shared between servers (benchmarks),
// so links are stored against this placeholder and rewritten as a response is written.
const hrefOrigin = "http://cwsandbox.invalid"

// apiRoot is the path prefix of every REST resource, the way cloud tenants are addressed.
const apiRoot = "/v4_6_release/apis/3.0"

// cwTime is a ConnectWise timestamp. It marshals like ConnectWise ("2024-01-31T09:00:00Z")
// and, having IsZero, is left out by `omitzero` the way ConnectWise leaves out nulls.
type cwTime struct{ time.Time }

func at(t time.Time) cwTime { return cwTime{t.UTC().Truncate(time.Second)} }

func (t cwTime) MarshalJSON() ([]byte, error) {
	return []byte(`"` + t.UTC().Format(timeLayout) + `"`), nil
}

func (t *cwTime) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*t = cwTime{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a date must be a string like %q", timeLayout)
	}
	if s == "" {
		*t = cwTime{}
		return nil
	}
	parsed, err := parseTime(s)
	if err != nil {
		return err
	}
	*t = at(parsed)
	return nil
}

// parseTime accepts the date forms ConnectWise accepts: RFC 3339, or a date and time
// without a zone (taken as UTC), or a bare date.
func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a valid date", s)
}

// ref is every ConnectWise reference object: {id, name, _info} and its variants
// (CompanyReference adds identifier; IvItemReference has identifier and no name).
// Stored refs are shared by every row pointing at the same target and never mutated.
type ref struct {
	ID         int               `json:"id"`
	Identifier string            `json:"identifier,omitempty"`
	Name       string            `json:"name,omitempty"`
	Info       map[string]string `json:"_info,omitempty"`
}

// newRef builds a reference whose _info carries the link ConnectWise puts there.
func newRef(id int, identifier, name, hrefKey, resource string) *ref {
	return &ref{ID: id, Identifier: identifier, Name: name,
		Info: map[string]string{hrefKey: fmt.Sprintf("%s%s/%s/%d", hrefOrigin, apiRoot, resource, id)}}
}

// info is an entity's own _info block.
type info struct {
	LastUpdated cwTime `json:"lastUpdated,omitzero"`
	UpdatedBy   string `json:"updatedBy,omitempty"`
	DateEntered cwTime `json:"dateEntered,omitzero"`
	EnteredBy   string `json:"enteredBy,omitempty"`
}

// keyed is a stored row: something with a record id.
type keyed interface{ key() int }

// catalogItem is a /procurement/catalog row with the fields of the CatalogItem schema.
type catalogItem struct {
	ID                      int     `json:"id"`
	Identifier              string  `json:"identifier"`
	Description             string  `json:"description"`
	InactiveFlag            bool    `json:"inactiveFlag"`
	Subcategory             *ref    `json:"subcategory,omitempty"`
	Type                    *ref    `json:"type,omitempty"`
	ProductClass            string  `json:"productClass,omitempty"`
	SerializedFlag          bool    `json:"serializedFlag"`
	SerializedCostFlag      bool    `json:"serializedCostFlag"`
	PhaseProductFlag        bool    `json:"phaseProductFlag"`
	UnitOfMeasure           *ref    `json:"unitOfMeasure,omitempty"`
	MinStockLevel           int     `json:"minStockLevel"`
	Price                   float64 `json:"price"`
	Cost                    float64 `json:"cost"`
	PriceAttribute          string  `json:"priceAttribute,omitempty"`
	TaxableFlag             bool    `json:"taxableFlag"`
	DropShipFlag            bool    `json:"dropShipFlag"`
	SpecialOrderFlag        bool    `json:"specialOrderFlag"`
	CustomerDescription     string  `json:"customerDescription"`
	Manufacturer            *ref    `json:"manufacturer,omitempty"`
	ManufacturerPartNumber  string  `json:"manufacturerPartNumber,omitempty"`
	Vendor                  *ref    `json:"vendor,omitempty"`
	VendorSku               string  `json:"vendorSku,omitempty"`
	Notes                   string  `json:"notes,omitempty"`
	IntegrationXRef         string  `json:"integrationXRef,omitempty"`
	RecurringFlag           bool    `json:"recurringFlag"`
	RecurringRevenue        float64 `json:"recurringRevenue"`
	RecurringCost           float64 `json:"recurringCost"`
	RecurringOneTimeFlag    bool    `json:"recurringOneTimeFlag"`
	RecurringBillCycle      *ref    `json:"recurringBillCycle,omitempty"`
	RecurringCycleType      string  `json:"recurringCycleType,omitempty"`
	CalculatedPriceFlag     bool    `json:"calculatedPriceFlag"`
	CalculatedCostFlag      bool    `json:"calculatedCostFlag"`
	Category                *ref    `json:"category,omitempty"`
	CalculatedPrice         float64 `json:"calculatedPrice"`
	CalculatedCost          float64 `json:"calculatedCost"`
	BillableOption          string  `json:"billableOption,omitempty"`
	ConnectWiseID           string  `json:"connectWiseID,omitempty"`
	MarkupPercentage        float64 `json:"markupPercentage"`
	MarkupFlag              bool    `json:"markupFlag"`
	AutoUpdateUnitCostFlag  bool    `json:"autoUpdateUnitCostFlag"`
	AutoUpdateUnitPriceFlag bool    `json:"autoUpdateUnitPriceFlag"`
	Info                    info    `json:"_info"`
}

func (c *catalogItem) key() int { return c.ID }

// lookup is a row of one of the procurement setup tables: categories, subcategories,
// product types, units of measure, manufacturers. Fields a table lacks stay nil.
type lookup struct {
	ID           int    `json:"id"`
	Name         string `json:"name"`
	InactiveFlag bool   `json:"inactiveFlag"`
	DefaultFlag  *bool  `json:"defaultFlag,omitempty"`
	Category     *ref   `json:"category,omitempty"`
	Info         info   `json:"_info"`
	self         *ref   // the shared reference other rows use to point here
}

func (l *lookup) key() int { return l.ID }

// company is a /company/companies row (the Company schema fields the app touches).
type company struct {
	ID           int    `json:"id"`
	Identifier   string `json:"identifier"`
	Name         string `json:"name"`
	Status       *ref   `json:"status,omitempty"`
	AddressLine1 string `json:"addressLine1,omitempty"`
	City         string `json:"city,omitempty"`
	Zip          string `json:"zip,omitempty"`
	Country      *ref   `json:"country,omitempty"`
	PhoneNumber  string `json:"phoneNumber,omitempty"`
	Website      string `json:"website,omitempty"`
	LeadFlag     bool   `json:"leadFlag"`
	DeletedFlag  bool   `json:"deletedFlag"`
	IsVendorFlag bool   `json:"isVendorFlag"`
	Types        []*ref `json:"types,omitempty"`
	Info         info   `json:"_info"`
	self         *ref
}

func (c *company) key() int { return c.ID }

// agreement is a /finance/agreements row.
type agreement struct {
	ID                           int     `json:"id"`
	Name                         string  `json:"name"`
	Type                         *ref    `json:"type,omitempty"`
	Company                      *ref    `json:"company,omitempty"`
	Contact                      *ref    `json:"contact,omitempty"`
	ParentAgreement              *ref    `json:"parentAgreement,omitempty"`
	RestrictLocationFlag         bool    `json:"restrictLocationFlag"`
	RestrictDepartmentFlag       bool    `json:"restrictDepartmentFlag"`
	StartDate                    cwTime  `json:"startDate,omitzero"`
	EndDate                      cwTime  `json:"endDate,omitzero"`
	NoEndingDateFlag             bool    `json:"noEndingDateFlag"`
	CancelledFlag                bool    `json:"cancelledFlag"`
	DateCancelled                cwTime  `json:"dateCancelled,omitzero"`
	ReasonCancelled              string  `json:"reasonCancelled,omitempty"`
	ApplicationUnits             string  `json:"applicationUnits,omitempty"`
	ApplicationLimit             float64 `json:"applicationLimit"`
	ApplicationCycle             string  `json:"applicationCycle,omitempty"`
	ApplicationUnlimitedFlag     bool    `json:"applicationUnlimitedFlag"`
	OneTimeFlag                  bool    `json:"oneTimeFlag"`
	CoverAgreementTime           bool    `json:"coverAgreementTime"`
	CoverAgreementProduct        bool    `json:"coverAgreementProduct"`
	CoverAgreementExpense        bool    `json:"coverAgreementExpense"`
	CoverSalesTax                bool    `json:"coverSalesTax"`
	CarryOverUnused              bool    `json:"carryOverUnused"`
	AllowOverruns                bool    `json:"allowOverruns"`
	ExpireWhenZero               bool    `json:"expireWhenZero"`
	ChargeToFirm                 bool    `json:"chargeToFirm"`
	EmployeeCompRate             string  `json:"employeeCompRate,omitempty"`
	EmployeeCompNotExceed        string  `json:"employeeCompNotExceed,omitempty"`
	CompHourlyRate               float64 `json:"compHourlyRate"`
	CompLimitAmount              float64 `json:"compLimitAmount"`
	BillingCycle                 *ref    `json:"billingCycle,omitempty"`
	BillOneTimeFlag              bool    `json:"billOneTimeFlag"`
	InvoicingCycle               string  `json:"invoicingCycle,omitempty"`
	BillToCompany                *ref    `json:"billToCompany,omitempty"`
	BillAmount                   float64 `json:"billAmount"`
	Taxable                      bool    `json:"taxable"`
	BillStartDate                cwTime  `json:"billStartDate,omitzero"`
	RestrictDownPayment          bool    `json:"restrictDownPayment"`
	ProrateFlag                  bool    `json:"prorateFlag"`
	InvoiceProratedAdditionsFlag bool    `json:"invoiceProratedAdditionsFlag"`
	TopComment                   bool    `json:"topComment"`
	BottomComment                bool    `json:"bottomComment"`
	BillTime                     string  `json:"billTime,omitempty"`
	BillExpenses                 string  `json:"billExpenses,omitempty"`
	BillProducts                 string  `json:"billProducts,omitempty"`
	BillableTimeInvoice          bool    `json:"billableTimeInvoice"`
	BillableExpenseInvoice       bool    `json:"billableExpenseInvoice"`
	BillableProductInvoice       bool    `json:"billableProductInvoice"`
	PeriodType                   string  `json:"periodType,omitempty"`
	AutoInvoiceFlag              bool    `json:"autoInvoiceFlag"`
	AgreementStatus              string  `json:"agreementStatus,omitempty"`
	Info                         info    `json:"_info"`
}

func (a *agreement) key() int { return a.ID }

// addition is a /finance/agreements/{id}/additions row.
type addition struct {
	ID                       int     `json:"id"`
	Product                  *ref    `json:"product,omitempty"`
	Quantity                 float64 `json:"quantity"`
	LessIncluded             float64 `json:"lessIncluded"`
	UnitPrice                float64 `json:"unitPrice"`
	UnitCost                 float64 `json:"unitCost"`
	BillCustomer             string  `json:"billCustomer,omitempty"`
	EffectiveDate            cwTime  `json:"effectiveDate,omitzero"`
	CancelledDate            cwTime  `json:"cancelledDate,omitzero"`
	TaxableFlag              bool    `json:"taxableFlag"`
	SerialNumber             string  `json:"serialNumber,omitempty"`
	InvoiceDescription       string  `json:"invoiceDescription,omitempty"`
	PurchaseItemFlag         bool    `json:"purchaseItemFlag"`
	SpecialOrderFlag         bool    `json:"specialOrderFlag"`
	AgreementID              int     `json:"agreementId"`
	Description              string  `json:"description,omitempty"`
	BilledQuantity           float64 `json:"billedQuantity"`
	UOM                      string  `json:"uom,omitempty"`
	ExtPrice                 float64 `json:"extPrice"`
	ExtCost                  float64 `json:"extCost"`
	SequenceNumber           float64 `json:"sequenceNumber"`
	Margin                   float64 `json:"margin"`
	ProrateCost              float64 `json:"prorateCost"`
	ProratePrice             float64 `json:"proratePrice"`
	ExtendedProrateCost      float64 `json:"extendedProrateCost"`
	ExtendedProratePrice     float64 `json:"extendedProratePrice"`
	ProrateCurrentPeriodFlag bool    `json:"prorateCurrentPeriodFlag"`
	AgreementStatus          string  `json:"agreementStatus,omitempty"`
	Info                     info    `json:"_info"`
}

func (a *addition) key() int { return a.ID }
