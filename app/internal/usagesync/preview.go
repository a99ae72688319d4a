package usagesync

import (
	"time"

	"psabridge/app/internal/connectwise"
)

// Action is what a row does (or, after Apply, what it did).
type Action string

const (
	ActionCreate    Action = "create"    // no addition for the product yet: create one
	ActionUpdate    Action = "update"    // the addition's quantity differs: PATCH quantity
	ActionZero      Action = "zero"      // a managed addition without usage this month: set to 0
	ActionUnchanged Action = "unchanged" // the addition already has the quantity
	ActionSkip      Action = "skip"      // not written; Reason says why

	// Outcomes Apply adds.
	ActionAdopted  Action = "adopted"  // a create whose reply was lost: the addition found and kept
	ActionConflict Action = "conflict" // changed in ConnectWise since the preview: not written
	ActionFailed   Action = "failed"   // the write failed; Error says how
	ActionNotRun   Action = "not_run"  // the run was cancelled before this row
)

// Reason says why a row is skipped.
type Reason string

const (
	ReasonProductUnmapped       Reason = "product_unmapped"
	ReasonProductSyncOff        Reason = "product_sync_off"
	ReasonTenantUnknown         Reason = "tenant_unknown"
	ReasonCustomerUnmapped      Reason = "customer_unmapped"
	ReasonCustomerSyncOff       Reason = "customer_sync_off"
	ReasonAgreementNotFound     Reason = "agreement_not_found"
	ReasonAgreementOtherCompany Reason = "agreement_other_company"
	ReasonAgreementCancelled    Reason = "agreement_cancelled"
	ReasonAgreementExpired      Reason = "agreement_expired"
	ReasonSeveralAdditions      Reason = "several_additions" // the user chooses which one is managed
	ReasonManagedCancelled      Reason = "managed_addition_cancelled"
	ReasonManagedDeleted        Reason = "managed_addition_deleted"
	ReasonCreateInDoubt         Reason = "create_in_doubt" // an earlier create may still be arriving: not created again yet
	ReasonAdditionsUnreadable   Reason = "additions_unreadable"
	ReasonChangedSincePreview   Reason = "changed_since_preview"
)

// Source is one (tenant, product) usage total behind a row.
type Source struct {
	TenantID   string  `json:"tenantId"`
	ProductKey string  `json:"productKey"`
	Quantity   float64 `json:"quantity"`
}

// Candidate is an addition the user may choose to manage where there are several.
type Candidate struct {
	AdditionID    int       `json:"additionId"`
	Quantity      float64   `json:"quantity"`
	EffectiveDate time.Time `json:"effectiveDate"`
	CancelledDate time.Time `json:"cancelledDate"` // in the future: still billing until then
	Description   string    `json:"description"`
}

// Row is one line of the preview: a (customer, product) pair. A synced row is one
// (agreement, catalog item); when several tenants or products feed the same addition their
// quantities are summed and listed in Sources.
type Row struct {
	TenantID           string      `json:"tenantId"`
	TenantName         string      `json:"tenantName"`
	ProductKey         string      `json:"productKey"`
	ProductDescription string      `json:"productDescription"`
	CompanyID          int         `json:"companyId,omitempty"`
	AgreementID        int         `json:"agreementId,omitempty"`
	AgreementName      string      `json:"agreementName,omitempty"`
	CatalogItemID      int         `json:"catalogItemId,omitempty"`
	SophosQuantity     float64     `json:"sophosQuantity"`
	Action             Action      `json:"action"`
	Reason             Reason      `json:"reason,omitempty"`
	AdditionID         int         `json:"additionId,omitempty"`      // the addition written (0: to be created)
	CurrentQuantity    *float64    `json:"currentQuantity,omitempty"` // nil: no addition
	NewQuantity        float64     `json:"newQuantity"`
	Prorated           bool        `json:"prorated,omitempty"` // the agreement prorates this quantity change
	Sources            []Source    `json:"sources,omitempty"`
	Candidates         []Candidate `json:"candidates,omitempty"` // ReasonSeveralAdditions
	Error              string      `json:"error,omitempty"`
}

// writes reports whether the row asks for a ConnectWise write.
func (r Row) writes() bool {
	return r.Action == ActionCreate || r.Action == ActionUpdate || r.Action == ActionZero
}

// ProductTotal is usage of one product that is not billed (skipped rows).
type ProductTotal struct {
	ProductKey  string  `json:"productKey"`
	Description string  `json:"description"`
	Quantity    float64 `json:"quantity"`
	Rows        int     `json:"rows"`
}

// Counts are rows per action.
type Counts map[Action]int

// Preview is what a run will do, for the user to approve.
type Preview struct {
	Month      string            `json:"month"`
	Settings   Settings          `json:"settings"`
	PlannedAt  time.Time         `json:"plannedAt"`
	Rows       []Row             `json:"rows"`     // by tenant, then product
	Unbilled   []ProductTotal    `json:"unbilled"` // skipped usage per product
	Unassigned []UnassignedTotal `json:"unassigned"`
	Unkeyed    int               `json:"unkeyed"` // lines with neither product code nor sku
	Counts     Counts            `json:"counts"`
	Settled    []Settlement      `json:"settled,omitempty"` // earlier creates in doubt, settled while planning
	Errors     []string          `json:"errors,omitempty"`

	// read is the additions read while planning, per agreement: Run applies on them
	// without reading again.
	read map[int][]connectwise.Addition
}

// Settlement is how an earlier create in doubt was settled.
type Settlement struct {
	RunID         int64  `json:"runId"`
	AgreementID   int    `json:"agreementId"`
	CatalogItemID int    `json:"catalogItemId"`
	Outcome       string `json:"outcome"` // adopted, absent, ambiguous (OutcomeInDoubt is never listed)
	AdditionID    int    `json:"additionId,omitempty"`
	// RecheckAt is, for OutcomeInDoubt, when the grace ends.
	RecheckAt time.Time `json:"-"`
}

// OutcomeInDoubt is a settlement that decided nothing: the create may still be arriving in
// ConnectWise, so it stays open and its pair is skipped with ReasonCreateInDoubt.
const OutcomeInDoubt = "in_doubt"

// countRows counts rows per action.
func countRows(rows []Row) Counts {
	c := Counts{}
	for _, r := range rows {
		c[r.Action]++
	}
	return c
}
