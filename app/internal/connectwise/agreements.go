package connectwise

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

const agreementsPath = "/finance/agreements"

// Agreement statuses (agreementStatus).
const (
	AgreementActive    = "Active"
	AgreementCancelled = "Cancelled"
	AgreementExpired   = "Expired"
	AgreementInactive  = "Inactive"
)

// Bill-customer options of an addition.
const (
	BillBillable  = "Billable"
	BillDoNotBill = "DoNotBill"
	BillNoCharge  = "NoCharge"
)

// Agreement is a ConnectWise agreement (/finance/agreements). Times are zero when absent.
type Agreement struct {
	ID                           int               `json:"id"`
	Name                         string            `json:"name"`
	Type                         Reference         `json:"type"`
	Company                      CompanyReference  `json:"company"`
	ParentAgreement              Reference         `json:"parentAgreement"` // ID 0: not a child agreement
	StartDate                    time.Time         `json:"startDate"`
	EndDate                      time.Time         `json:"endDate"`
	NoEndingDateFlag             bool              `json:"noEndingDateFlag"`
	CancelledFlag                bool              `json:"cancelledFlag"`
	DateCancelled                time.Time         `json:"dateCancelled"`
	ReasonCancelled              string            `json:"reasonCancelled"`
	AgreementStatus              string            `json:"agreementStatus"` // Active, Cancelled, Expired, Inactive
	BillingCycle                 Reference         `json:"billingCycle"`
	BillAmount                   float64           `json:"billAmount"`
	ProrateFlag                  bool              `json:"prorateFlag"` // quantity changes mid-period are prorated
	InvoiceProratedAdditionsFlag bool              `json:"invoiceProratedAdditionsFlag"`
	Info                         map[string]string `json:"_info,omitempty"`
	LastUpdated                  time.Time         `json:"-"`
}

func (a *Agreement) recordID() int { return a.ID }

// UnmarshalJSON reads dates leniently: an odd date is zero, never a failed page.
func (a *Agreement) UnmarshalJSON(b []byte) error {
	type plain Agreement
	w := struct {
		*plain
		StartDate     lenientTime `json:"startDate"`
		EndDate       lenientTime `json:"endDate"`
		DateCancelled lenientTime `json:"dateCancelled"`
	}{plain: (*plain)(a), StartDate: lenientTime{&a.StartDate}, EndDate: lenientTime{&a.EndDate}, DateCancelled: lenientTime{&a.DateCancelled}}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	a.LastUpdated = parseTime(a.Info["lastUpdated"])
	return nil
}

// CompanyAgreements lists a company's agreements, child agreements included, in id order.
// With statuses, only agreements in one of them (e.g. AgreementActive).
func (c *Client) CompanyAgreements(ctx context.Context, companyID int, statuses ...string) ([]Agreement, error) {
	var anyStatus Cond
	for _, s := range statuses {
		anyStatus = Or(anyStatus, Eq("agreementStatus", s))
	}
	return collect[Agreement](ctx, c, listCall{path: agreementsPath, conditions: And(Eq("company/id", companyID), anyStatus)})
}

// GetAgreement reads one agreement.
func (c *Client) GetAgreement(ctx context.Context, id int) (Agreement, error) {
	var a Agreement
	if err := c.checkID("GET "+agreementsPath, "agreement", id); err != nil {
		return a, err
	}
	err := c.getJSON(ctx, agreementsPath+"/"+strconv.Itoa(id), nil, &a)
	return a, err
}

// Addition is a product line on an agreement (/finance/agreements/{id}/additions).
type Addition struct {
	ID                       int               `json:"id"`
	Product                  ProductReference  `json:"product"`
	Quantity                 float64           `json:"quantity"`
	LessIncluded             float64           `json:"lessIncluded"` // billed = quantity - lessIncluded
	UnitPrice                float64           `json:"unitPrice"`
	UnitCost                 float64           `json:"unitCost"`
	BillCustomer             string            `json:"billCustomer"`
	EffectiveDate            time.Time         `json:"effectiveDate"`
	CancelledDate            time.Time         `json:"cancelledDate"` // zero: not cancelled
	TaxableFlag              bool              `json:"taxableFlag"`
	InvoiceDescription       string            `json:"invoiceDescription"`
	Description              string            `json:"description"`
	SerialNumber             string            `json:"serialNumber"`
	UOM                      string            `json:"uom"`
	AgreementID              int               `json:"agreementId"`
	AgreementStatus          string            `json:"agreementStatus"`
	BilledQuantity           float64           `json:"billedQuantity"`
	ExtPrice                 float64           `json:"extPrice"`
	ExtCost                  float64           `json:"extCost"`
	Margin                   float64           `json:"margin"`
	ProrateCurrentPeriodFlag bool              `json:"prorateCurrentPeriodFlag"`
	Info                     map[string]string `json:"_info,omitempty"`
	LastUpdated              time.Time         `json:"-"`
}

func (a *Addition) recordID() int { return a.ID }

// UnmarshalJSON reads dates leniently.
func (a *Addition) UnmarshalJSON(b []byte) error {
	type plain Addition
	w := struct {
		*plain
		EffectiveDate lenientTime `json:"effectiveDate"`
		CancelledDate lenientTime `json:"cancelledDate"`
	}{plain: (*plain)(a), EffectiveDate: lenientTime{&a.EffectiveDate}, CancelledDate: lenientTime{&a.CancelledDate}}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	a.LastUpdated = parseTime(a.Info["lastUpdated"])
	return nil
}

// Cancelled reports whether the addition has a cancelled date on or before now.
func (a Addition) Cancelled(now time.Time) bool {
	return !a.CancelledDate.IsZero() && !a.CancelledDate.After(now)
}

func additionsPath(agreementID int) string {
	return agreementsPath + "/" + strconv.Itoa(agreementID) + "/additions"
}

// Additions lists every addition of an agreement, cancelled ones included, in id order.
func (c *Client) Additions(ctx context.Context, agreementID int) ([]Addition, error) {
	if err := c.checkID("GET "+agreementsPath, "agreement", agreementID); err != nil {
		return nil, err
	}
	return collect[Addition](ctx, c, listCall{path: additionsPath(agreementID)})
}

// GetAddition reads one addition.
func (c *Client) GetAddition(ctx context.Context, agreementID, additionID int) (Addition, error) {
	var a Addition
	if err := c.checkAdditionIDs(http.MethodGet, agreementID, additionID); err != nil {
		return a, err
	}
	err := c.getJSON(ctx, additionsPath(agreementID)+"/"+strconv.Itoa(additionID), nil, &a)
	return a, err
}

// NewAddition is what creating an addition needs. Unit price and cost default to the
// catalog item's when nil.
type NewAddition struct {
	ProductID          int
	Quantity           float64
	BillCustomer       string    // empty: BillBillable
	EffectiveDate      time.Time // zero: ConnectWise's default (today)
	UnitPrice          *float64
	UnitCost           *float64
	LessIncluded       float64
	InvoiceDescription string
}

type additionBody struct {
	Product            idRef    `json:"product"`
	Quantity           float64  `json:"quantity"`
	BillCustomer       string   `json:"billCustomer"`
	EffectiveDate      string   `json:"effectiveDate,omitempty"`
	UnitPrice          *float64 `json:"unitPrice,omitempty"`
	UnitCost           *float64 `json:"unitCost,omitempty"`
	LessIncluded       float64  `json:"lessIncluded,omitempty"`
	InvoiceDescription string   `json:"invoiceDescription,omitempty"`
}

// CreateAddition adds a product line to an agreement. The POST is never sent twice, so a
// retry can't leave two lines for one product.
func (c *Client) CreateAddition(ctx context.Context, agreementID int, a NewAddition) (Addition, error) {
	if a.ProductID <= 0 {
		return Addition{}, fmt.Errorf("connectwise: an addition needs a product id")
	}
	if err := c.checkID("POST "+agreementsPath, "agreement", agreementID); err != nil {
		return Addition{}, err
	}
	body := additionBody{Product: idRef{ID: a.ProductID}, Quantity: a.Quantity, BillCustomer: a.BillCustomer,
		UnitPrice: a.UnitPrice, UnitCost: a.UnitCost, LessIncluded: a.LessIncluded, InvoiceDescription: a.InvoiceDescription}
	if body.BillCustomer == "" {
		body.BillCustomer = BillBillable
	}
	if !a.EffectiveDate.IsZero() {
		body.EffectiveDate = a.EffectiveDate.UTC().Format(timeLayout)
	}
	var created Addition
	err := c.callJSON(ctx, call{method: http.MethodPost, path: additionsPath(agreementID), body: body}, &created)
	return created, err
}

// PatchAddition applies JSON Patch operations to an addition.
func (c *Client) PatchAddition(ctx context.Context, agreementID, additionID int, ops []PatchOp) (Addition, error) {
	if err := checkPatch(ops); err != nil {
		return Addition{}, err
	}
	if err := c.checkAdditionIDs(http.MethodPatch, agreementID, additionID); err != nil {
		return Addition{}, err
	}
	var a Addition
	err := c.callJSON(ctx, call{method: http.MethodPatch, path: additionsPath(agreementID) + "/" + strconv.Itoa(additionID), body: ops}, &a)
	return a, err
}

func (c *Client) checkAdditionIDs(method string, agreementID, additionID int) error {
	endpoint := method + " " + agreementsPath + "/additions"
	return cmp.Or(c.checkID(endpoint, "agreement", agreementID), c.checkID(endpoint, "addition", additionID))
}

// PatchAdditionQuantity sets an addition's quantity, the usage-sync write:
// [{"op":"replace","path":"quantity","value":q}].
func (c *Client) PatchAdditionQuantity(ctx context.Context, agreementID, additionID int, quantity float64) (Addition, error) {
	return c.PatchAddition(ctx, agreementID, additionID, []PatchOp{Replace("quantity", quantity)})
}
