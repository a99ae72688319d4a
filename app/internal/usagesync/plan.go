package usagesync

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"sync"
	"time"

	"psabridge/app/internal/connectwise"
)

// agreementRead is one agreement's additions, or why they could not be read.
type agreementRead struct {
	adds []connectwise.Addition
	err  error
}

// Plan works out what a sync of the month would do, reading each synced agreement's
// additions once. It writes nothing to ConnectWise; locally it only settles earlier
// creates that were left in doubt, so the preview shows their additions. A create that
// may still be arriving (within Engine.InFlightGrace) stays open and its pair is skipped
// with ReasonCreateInDoubt: never planned as a second create. The pairs skipped with
// ReasonSeveralAdditions replace the month's record of them (LatestSeveralAdditions); if
// that write fails, so does the plan.
func (e *Engine) Plan(ctx context.Context, in Inputs) (p *Preview, err error) {
	err = e.locked(ctx, func() error {
		p, err = e.plan(ctx, in)
		return err
	})
	return p, err
}

func (e *Engine) plan(ctx context.Context, in Inputs) (*Preview, error) {
	x, err := in.index()
	if err != nil {
		return nil, err
	}
	now := e.now()
	p := &Preview{Month: x.month.String(), Settings: x.settings, PlannedAt: now, Rows: []Row{},
		Unassigned: in.Usage.Unassigned, Unkeyed: len(in.Usage.Unkeyed)}

	units := map[pair]*Row{}
	for _, t := range in.Usage.ByTenant {
		prod, cust := x.products[t.ProductKey], x.customers[t.TenantID]
		qty := x.quantity(t.BillableQuantity, t.ActualQuantity)
		row := Row{TenantID: t.TenantID, TenantName: cmp.Or(cust.Name, t.TenantName), ProductKey: t.ProductKey,
			ProductDescription: cmp.Or(prod.Description, t.Description), CompanyID: cust.CompanyID,
			AgreementID: cust.AgreementID, CatalogItemID: prod.CatalogItemID, SophosQuantity: qty}
		if reason := x.skipReason(t, now); reason != "" {
			row.Action, row.Reason = ActionSkip, reason
			p.Rows = append(p.Rows, row)
			continue
		}
		key := pair{cust.AgreementID, prod.CatalogItemID}
		src := Source{TenantID: t.TenantID, ProductKey: t.ProductKey, Quantity: qty}
		if u, ok := units[key]; ok { // several tenants or products feed one addition
			u.SophosQuantity = roundQuantity(u.SophosQuantity + qty)
			u.NewQuantity = u.SophosQuantity
			u.Sources = append(u.Sources, src)
			continue
		}
		row.NewQuantity, row.Sources = qty, []Source{src}
		units[key] = &row
	}

	managed, err := e.managedAdditions(ctx)
	if err != nil {
		return nil, err
	}
	e.addZeroRows(x, managed, units)

	intents, err := e.openIntents(ctx)
	if err != nil {
		return nil, err
	}
	toRead := map[int]bool{}
	for k := range units {
		toRead[k.agreement] = true
	}
	for id := range intents {
		toRead[id] = true
	}
	reads := make(map[int]agreementRead, len(toRead))
	var mu sync.Mutex
	e.eachAgreement(slices.Sorted(maps.Keys(toRead)), func(id int) {
		adds, err := e.CW.Additions(ctx, id)
		mu.Lock()
		defer mu.Unlock()
		reads[id] = agreementRead{adds, err}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	inDoubt := map[pair]time.Time{} // pairs whose create may still be arriving → when it is checked again
	for _, id := range slices.Sorted(maps.Keys(intents)) {
		r := reads[id]
		if r.err != nil {
			continue // the pair's row reports the unreadable agreement
		}
		for _, in := range intents[id] {
			s, err := e.settle(ctx, in, r.adds, e.labelFor(units, pair{id, int(in.CatalogItemID)}))
			if err != nil {
				return nil, err
			}
			if s.Outcome == OutcomeInDoubt {
				inDoubt[pair{id, int(in.CatalogItemID)}] = s.RecheckAt
				continue
			}
			p.Settled = append(p.Settled, s)
			if s.AdditionID != 0 {
				managed[pair{id, int(in.CatalogItemID)}] = s.AdditionID
			}
		}
	}

	p.read = map[int][]connectwise.Addition{}
	for key, row := range units {
		r := reads[key.agreement]
		switch {
		case connectwise.IsNotFound(r.err):
			row.Action, row.Reason = ActionSkip, ReasonAgreementNotFound
		case r.err != nil:
			row.Action, row.Reason, row.Error = ActionSkip, ReasonAdditionsUnreadable, r.err.Error()
			p.Errors = append(p.Errors, fmt.Sprintf("agreement %d: %v", key.agreement, r.err))
		default:
			p.read[key.agreement] = r.adds
			decide(row, r.adds, managed[key], x.agreements[key.agreement].Prorate, now)
			if recheck, ok := inDoubt[key]; ok { // never planned as a create while one may be arriving
				holdInDoubt(row, recheck)
			}
		}
		p.Rows = append(p.Rows, *row)
	}
	for i, r := range p.Rows { // skipped and synced rows alike
		if r.AgreementID != 0 {
			p.Rows[i].AgreementName = x.agreements[r.AgreementID].Name
		}
	}
	sort.SliceStable(p.Rows, func(i, j int) bool {
		a, b := p.Rows[i], p.Rows[j]
		return cmp.Or(cmp.Compare(a.TenantID, b.TenantID), cmp.Compare(a.ProductKey, b.ProductKey), cmp.Compare(a.AgreementID, b.AgreementID)) < 0
	})
	sort.Strings(p.Errors)
	p.Unbilled = unbilled(p.Rows)
	p.Counts = countRows(p.Rows)
	if err := e.recordSeveralAdditions(ctx, p.Month, p.Rows); err != nil {
		return nil, err
	}
	return p, nil
}

// addZeroRows adds a row for every managed addition of a synced customer and product
// that has no usage this month: its quantity goes to 0 (never deleted or cancelled).
func (e *Engine) addZeroRows(x indexed, managed map[pair]int, units map[pair]*Row) {
	syncedOn := map[int]Customer{} // agreement → a synced customer billed on it
	for _, c := range x.customers {
		if c.SyncEnabled && x.agreementProblem(c, e.now()) == "" {
			if prev, ok := syncedOn[c.AgreementID]; !ok || c.TenantID < prev.TenantID {
				syncedOn[c.AgreementID] = c
			}
		}
	}
	for key := range managed {
		if _, has := units[key]; has {
			continue
		}
		prod, synced := x.byItem[key.item]
		cust, billed := syncedOn[key.agreement]
		if !synced || !billed {
			continue
		}
		units[key] = &Row{TenantID: cust.TenantID, TenantName: cust.Name, ProductKey: prod.Key, ProductDescription: prod.Description,
			CompanyID: cust.CompanyID, AgreementID: key.agreement, CatalogItemID: key.item}
	}
}

// labelFor names a pair in the history: "tenant name: product".
func (e *Engine) labelFor(units map[pair]*Row, key pair) string {
	if r, ok := units[key]; ok {
		return label(*r)
	}
	return fmt.Sprintf("agreement %d: catalog item %d", key.agreement, key.item)
}

func label(r Row) string {
	return cmp.Or(r.TenantName, r.TenantID) + ": " + cmp.Or(r.ProductDescription, r.ProductKey)
}

// unbilled totals skipped usage per product.
func unbilled(rows []Row) []ProductTotal {
	byKey := map[string]*ProductTotal{}
	for _, r := range rows {
		if r.Action != ActionSkip || r.SophosQuantity == 0 {
			continue
		}
		t, ok := byKey[r.ProductKey]
		if !ok {
			t = &ProductTotal{ProductKey: r.ProductKey, Description: r.ProductDescription}
			byKey[r.ProductKey] = t
		}
		t.Quantity = roundQuantity(t.Quantity + r.SophosQuantity)
		t.Rows++
	}
	out := make([]ProductTotal, 0, len(byKey))
	for _, t := range byKey {
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b ProductTotal) int { return cmp.Compare(a.ProductKey, b.ProductKey) })
	return out
}
