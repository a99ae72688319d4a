package usagesync

import (
	"time"
)

// ReasonNoCustomer is the unbilled usage of lines without a customer (no accountId): no
// sync can bill it. The planner lists those lines apart (Preview.Unassigned); the
// classification counts them as a reason of their own so its totals add up to all usage.
const ReasonNoCustomer Reason = "no_customer"

// ReasonTotal is the unbilled quantity of one reason.
type ReasonTotal struct {
	Reason   Reason  `json:"reason"`
	Quantity float64 `json:"quantity"`
}

// Classification is a month's usage split into what a sync would bill and what it would
// not, per reason. Billed + the sum of ByReason is the month's whole usage.
type Classification struct {
	Month    string        `json:"month"`
	Total    float64       `json:"total"`
	Billed   float64       `json:"billed"`
	Unbilled float64       `json:"unbilled"`
	ByReason []ReasonTotal `json:"byReason"` // in the order of classifiedReasons, only those with usage
}

// classifiedReasons are the reasons a classification can give, in the order they are
// listed. Reasons that depend on ConnectWise's additions (several additions, a managed
// addition cancelled, …) need a Plan: usage that passes these rules counts as billed here.
var classifiedReasons = []Reason{ReasonProductUnmapped, ReasonProductSyncOff, ReasonCustomerUnmapped,
	ReasonCustomerSyncOff, ReasonAgreementCancelled, ReasonAgreementExpired, ReasonAgreementNotFound,
	ReasonAgreementOtherCompany, ReasonTenantUnknown, ReasonNoCustomer}

// Classifier applies the planner's rules for skipping a (tenant, product) pair without
// asking ConnectWise: the same productProblem and customerProblem Plan uses, so the
// landing page and the preview never disagree about why usage is not billed.
type Classifier struct {
	x   indexed
	now time.Time
}

// NewClassifier checks the inputs' mappings and settings (Usage is not used; Month is
// the default month of Classify).
func NewClassifier(in Inputs, now time.Time) (*Classifier, error) {
	x, err := in.index()
	if err != nil {
		return nil, err
	}
	return &Classifier{x: x, now: now}, nil
}

// Classify splits a month's usage into billed and unbilled per reason. The quantity is
// the settings' field (billable by default); lines without a customer count with their
// billable quantity, the only one Sophos reports for them in the aggregation.
func Classify(in Inputs, now time.Time) (Classification, error) {
	c, err := NewClassifier(in, now)
	if err != nil {
		return Classification{}, err
	}
	t := newTally(c.x.month)
	for _, u := range in.Usage.ByTenant {
		qty := c.x.quantity(u.BillableQuantity, u.ActualQuantity)
		t.total += qty
		t.add(c.x.skipReason(u, now), qty)
	}
	for _, u := range in.Usage.Unassigned {
		t.total += u.BillableQuantity
		t.add(ReasonNoCustomer, u.BillableQuantity)
	}
	return t.result(), nil
}

// MonthTotals is a month's usage summed two ways, so many months classify without reading
// every (tenant, product) row: the rules look at the product first, then at the customer.
type MonthTotals struct {
	Month string
	// ByProduct is every product's usage over all customers (lines without one apart).
	ByProduct map[string]Quantities
	// ByTenant is every tenant's usage of the products SyncedProducts lists, only.
	ByTenant map[string]Quantities
	// Unassigned is the billable quantity of lines without a customer.
	Unassigned float64
}

// Quantities are both usage quantities of a total.
type Quantities struct{ Billable, Actual float64 }

// SyncedProducts are the product keys whose usage the product rules let through: the
// products MonthTotals.ByTenant sums.
func (c *Classifier) SyncedProducts() []string {
	out := []string{}
	for key := range c.x.products {
		if c.x.productProblem(key) == "" {
			out = append(out, key)
		}
	}
	return out
}

// ClassifyTotals classifies a month from its totals: exactly what Classify gives for the
// month's rows (the same rules, applied to sums).
func (c *Classifier) ClassifyTotals(m MonthTotals) (Classification, error) {
	x := c.x
	month, err := ParseMonth(m.Month)
	if err != nil {
		return Classification{}, err
	}
	x.month = month // an agreement's end date is judged against the month classified
	qty := func(q Quantities) float64 { return x.quantity(q.Billable, q.Actual) }
	t := newTally(month)
	for key, q := range m.ByProduct {
		t.total += qty(q)
		if r := x.productProblem(key); r != "" {
			t.add(r, qty(q))
		}
	}
	for tenant, q := range m.ByTenant {
		t.add(x.customerProblem(tenant, c.now), qty(q))
	}
	t.total += m.Unassigned
	t.add(ReasonNoCustomer, m.Unassigned)
	return t.result(), nil
}

// tally sums a classification.
type tally struct {
	month    Month
	total    float64
	byReason map[Reason]float64
	billed   float64
}

func newTally(m Month) *tally { return &tally{month: m, byReason: map[Reason]float64{}} }

// add counts qty as billed when reason is "", else as unbilled for reason.
func (t *tally) add(reason Reason, qty float64) {
	if reason == "" {
		t.billed += qty
		return
	}
	if qty != 0 {
		t.byReason[reason] += qty
	}
}

func (t *tally) result() Classification {
	out := Classification{Month: t.month.String(), ByReason: []ReasonTotal{}, Total: roundQuantity(t.total)}
	for _, r := range classifiedReasons {
		if q, ok := t.byReason[r]; ok {
			out.ByReason = append(out.ByReason, ReasonTotal{Reason: r, Quantity: roundQuantity(q)})
			out.Unbilled += roundQuantity(q)
		}
	}
	out.Billed, out.Unbilled = roundQuantity(t.billed), roundQuantity(out.Unbilled)
	return out
}
