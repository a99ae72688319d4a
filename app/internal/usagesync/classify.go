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
	Pairs    int     `json:"pairs"` // (tenant, product) totals, or products without a customer
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

// classifiedReasons are the reasons Classify can give, in the order they are listed.
// Reasons that depend on ConnectWise's additions (several additions, a managed addition
// cancelled, …) need a Plan: usage that passes these rules counts as billed here.
var classifiedReasons = []Reason{ReasonProductUnmapped, ReasonProductSyncOff, ReasonCustomerUnmapped,
	ReasonCustomerSyncOff, ReasonAgreementCancelled, ReasonAgreementExpired, ReasonAgreementNotFound,
	ReasonAgreementOtherCompany, ReasonTenantUnknown, ReasonNoCustomer}

// Classify applies the planner's rules for skipping a (tenant, product) pair to a month's
// usage, without asking ConnectWise: the same skipReason Plan uses, so the landing page
// and the preview never disagree about why usage is not billed. The quantity field is
// the settings' (billable by default); lines without a customer count with their
// billable quantity, the only one Sophos reports for them in the aggregation.
func Classify(in Inputs, now time.Time) (Classification, error) {
	x, err := in.index()
	if err != nil {
		return Classification{}, err
	}
	byReason := map[Reason]*ReasonTotal{}
	add := func(r Reason, qty float64) {
		t, ok := byReason[r]
		if !ok {
			t = &ReasonTotal{Reason: r}
			byReason[r] = t
		}
		t.Quantity += qty
		t.Pairs++
	}
	out := Classification{Month: x.month.String(), ByReason: []ReasonTotal{}}
	for _, t := range in.Usage.ByTenant {
		qty := x.quantity(t)
		out.Total += qty
		if r := x.skipReason(t, now); r != "" {
			add(r, qty)
			continue
		}
		out.Billed += qty
	}
	for _, u := range in.Usage.Unassigned {
		out.Total += u.BillableQuantity
		add(ReasonNoCustomer, u.BillableQuantity)
	}
	for _, r := range classifiedReasons {
		if t, ok := byReason[r]; ok {
			t.Quantity = roundQuantity(t.Quantity)
			out.ByReason = append(out.ByReason, *t)
			out.Unbilled += t.Quantity
		}
	}
	out.Total, out.Billed, out.Unbilled = roundQuantity(out.Total), roundQuantity(out.Billed), roundQuantity(out.Unbilled)
	return out, nil
}
