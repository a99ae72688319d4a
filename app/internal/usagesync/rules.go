package usagesync

import (
	"cmp"
	"slices"
	"time"

	"psabridge/app/internal/connectwise"
)

// skipReason is why a (tenant, product) total is not synced, or "" when it is: the
// product's problem first, then the customer's.
func (x indexed) skipReason(t TenantProductTotal, now time.Time) Reason {
	return cmp.Or(x.productProblem(t.ProductKey), x.customerProblem(t.TenantID, now))
}

// productProblem is why no usage of a product is synced, or "".
func (x indexed) productProblem(key string) Reason {
	p, ok := x.products[key]
	switch {
	case !ok || p.CatalogItemID <= 0:
		return ReasonProductUnmapped
	case !p.SyncEnabled:
		return ReasonProductSyncOff
	}
	return ""
}

// customerProblem is why no usage of a tenant is synced, or "".
func (x indexed) customerProblem(tenantID string, now time.Time) Reason {
	c, ok := x.customers[tenantID]
	switch {
	case !ok:
		return ReasonTenantUnknown
	case c.CompanyID <= 0 || c.AgreementID <= 0:
		return ReasonCustomerUnmapped
	case !c.SyncEnabled:
		return ReasonCustomerSyncOff
	}
	return x.agreementProblem(c, now)
}

// quantity is, of a total's two quantities, the one the settings bill.
func (x indexed) quantity(billable, actual float64) float64 {
	if x.settings.QuantityField == ActualQuantity {
		return actual
	}
	return billable
}

// decide sets a synced row's action from the agreement's additions as ConnectWise has
// them now. managedID is the addition PSA Bridge manages for the pair (0: none yet).
//
// The addition for a pair is the one for the mapped catalog item that is not cancelled
// (a cancelled date in the future still bills). None: create one. One: update its
// quantity if it differs. Several: the user chooses. A managed addition is the only one
// ever written for its pair; if it was cancelled or deleted it is reported, not replaced.
func decide(r *Row, adds []connectwise.Addition, managedID int, prorate bool, now time.Time) {
	r.Action, r.Reason, r.AdditionID, r.CurrentQuantity, r.Candidates, r.Prorated = "", "", 0, nil, nil, false
	if managedID != 0 {
		i := slices.IndexFunc(adds, func(a connectwise.Addition) bool { return a.ID == managedID })
		switch {
		case i < 0:
			r.Action, r.Reason, r.AdditionID = ActionSkip, ReasonManagedDeleted, managedID
		case adds[i].Product.ID != r.CatalogItemID || adds[i].Cancelled(now):
			r.Action, r.Reason, r.AdditionID = ActionSkip, ReasonManagedCancelled, managedID
			r.CurrentQuantity = new(adds[i].Quantity)
		default:
			use(r, adds[i], prorate)
		}
		return
	}
	var active []connectwise.Addition
	for _, a := range adds {
		if a.Product.ID == r.CatalogItemID && !a.Cancelled(now) {
			active = append(active, a)
		}
	}
	switch len(active) {
	case 0:
		r.Action = ActionCreate
	case 1:
		use(r, active[0], prorate)
	default:
		r.Action, r.Reason = ActionSkip, ReasonSeveralAdditions
		for _, a := range active {
			r.Candidates = append(r.Candidates, Candidate{AdditionID: a.ID, Quantity: a.Quantity, EffectiveDate: a.EffectiveDate,
				CancelledDate: a.CancelledDate, Description: cmp.Or(a.InvoiceDescription, a.Description)})
		}
	}
}

// holdInDoubt skips a row whose pair has a create that may still be arriving.
func holdInDoubt(r *Row, recheck time.Time) {
	r.Action, r.Reason, r.AdditionID, r.CurrentQuantity, r.Candidates, r.Prorated = ActionSkip, ReasonCreateInDoubt, 0, nil, nil, false
	r.Error = inDoubtError(recheck)
}

// use makes the row write to addition a (or leave it alone).
func use(r *Row, a connectwise.Addition, prorate bool) {
	r.AdditionID, r.CurrentQuantity = a.ID, new(a.Quantity)
	switch {
	case sameQuantity(a.Quantity, r.NewQuantity):
		r.Action = ActionUnchanged
	case len(r.Sources) == 0: // a managed addition without usage this month
		r.Action, r.Prorated = ActionZero, prorate
	default:
		r.Action, r.Prorated = ActionUpdate, prorate
	}
}

// sameQuantity compares at the six decimals usage totals are rounded to.
func sameQuantity(a, b float64) bool { return roundQuantity(a) == roundQuantity(b) }

// sameState reports whether ConnectWise still looks the way the preview saw it for a row.
func sameState(planned, now Row) bool {
	if planned.Action != now.Action || planned.Reason != now.Reason || planned.AdditionID != now.AdditionID {
		return false
	}
	if (planned.CurrentQuantity == nil) != (now.CurrentQuantity == nil) {
		return false
	}
	return planned.CurrentQuantity == nil || sameQuantity(*planned.CurrentQuantity, *now.CurrentQuantity)
}
