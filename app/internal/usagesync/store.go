package usagesync

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/history"
	"psabridge/db/dbsqlc"
)

// pair is the unit PSA Bridge writes: one catalog item on one agreement.
type pair struct{ agreement, item int }

// managedAdditions are the remembered addition ids per pair.
func (e *Engine) managedAdditions(ctx context.Context) (map[pair]int, error) {
	rows, err := e.DB.Queries().ListManagedAdditions(ctx)
	if err != nil {
		return nil, fmt.Errorf("read managed additions: %w", err)
	}
	out := make(map[pair]int, len(rows))
	for _, r := range rows {
		out[pair{int(r.AgreementID), int(r.CatalogItemID)}] = int(r.AdditionID)
	}
	return out, nil
}

// openIntents are creates whose outcome is not known, per agreement.
func (e *Engine) openIntents(ctx context.Context) (map[int][]dbsqlc.AdditionIntent, error) {
	rows, err := e.DB.Queries().ListOpenAdditionIntents(ctx)
	if err != nil {
		return nil, fmt.Errorf("read open creates: %w", err)
	}
	out := map[int][]dbsqlc.AdditionIntent{}
	for _, r := range rows {
		out[int(r.AgreementID)] = append(out[int(r.AgreementID)], r)
	}
	return out, nil
}

// additionRecord is how an addition appears in the write history.
type additionRecord struct {
	AdditionID    int     `json:"additionId"`
	AgreementID   int     `json:"agreementId"`
	CatalogItemID int     `json:"catalogItemId"`
	Quantity      float64 `json:"quantity"`
	EffectiveDate string  `json:"effectiveDate,omitempty"`
	BillCustomer  string  `json:"billCustomer,omitempty"`
}

func additionOf(a connectwise.Addition, agreementID int) additionRecord {
	r := additionRecord{AdditionID: a.ID, AgreementID: agreementID, CatalogItemID: a.Product.ID, Quantity: a.Quantity,
		BillCustomer: a.BillCustomer}
	if !a.EffectiveDate.IsZero() {
		r.EffectiveDate = a.EffectiveDate.UTC().Format(time.DateOnly)
	}
	return r
}

// settle decides an open create from the agreement's additions as they are now: the one
// addition for the product that was not there before the POST is the one it created
// (adopted); several cannot be told apart (ambiguous: the pair then shows several
// additions and the user chooses). None means the POST never took effect (absent) only
// once the in-flight grace since the create started has passed: until then the request
// may still be on its way through ConnectWise, so the create stays open (in doubt, the
// intent untouched) and its pair must not be created again. The outcome, the managed
// addition and the history entry are written in one transaction.
func (e *Engine) settle(ctx context.Context, in dbsqlc.AdditionIntent, adds []connectwise.Addition, label string) (Settlement, error) {
	var known []int
	if err := json.Unmarshal([]byte(in.KnownAdditionIds), &known); err != nil {
		return Settlement{}, fmt.Errorf("create %d: unreadable known additions: %w", in.ID, err)
	}
	var fresh []connectwise.Addition
	for _, a := range adds {
		if a.Product.ID == int(in.CatalogItemID) && !slices.Contains(known, a.ID) {
			fresh = append(fresh, a)
		}
	}
	s := Settlement{RunID: in.RunID, AgreementID: int(in.AgreementID), CatalogItemID: int(in.CatalogItemID)}
	if recheck := e.recheckAt(in); len(fresh) == 0 && e.now().Before(recheck) {
		s.Outcome, s.RecheckAt = OutcomeInDoubt, recheck
		return s, nil
	}
	now := e.now().UnixMilli()
	err := e.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		switch len(fresh) {
		case 0:
			s.Outcome = "absent"
		case 1:
			s.Outcome, s.AdditionID = "adopted", fresh[0].ID
			return e.recordAdded(ctx, q, in.RunID, in.ID, int(in.AgreementID), fresh[0], s.Outcome, label, now)
		default:
			s.Outcome = "ambiguous"
		}
		return q.ResolveAdditionIntent(ctx, dbsqlc.ResolveAdditionIntentParams{Outcome: &s.Outcome, ResolvedAt: &now, ID: in.ID})
	})
	if err != nil {
		return s, fmt.Errorf("settle the create on agreement %d: %w", in.AgreementID, err)
	}
	return s, nil
}

// recheckAt is when an open create's grace ends: from then on an agreement without its
// addition means it was never stored. In the clock's time zone, as the user reads it.
func (e *Engine) recheckAt(in dbsqlc.AdditionIntent) time.Time {
	return time.UnixMilli(in.StartedAt).Add(e.inFlightGrace()).In(e.now().Location())
}

// inDoubtError is the message of a create that may still be arriving.
func inDoubtError(recheck time.Time) string {
	return "an earlier create may still be arriving in ConnectWise; it is checked again from " + recheck.Format("15:04")
}

// recordCreate stores a create's outcome, the managed addition and the history entry.
func (e *Engine) recordCreate(ctx context.Context, runID, intentID int64, agreementID int, created connectwise.Addition, label string) error {
	now := e.now().UnixMilli()
	return e.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		return e.recordAdded(ctx, q, runID, intentID, agreementID, created, "created", label, now)
	})
}

// recordAdded closes a create's intent with the addition it made (outcome "created", or
// "adopted" when found after its reply was lost), makes that addition the pair's managed
// one and logs the create in the history, all in q.
func (e *Engine) recordAdded(ctx context.Context, q *dbsqlc.Queries, runID, intentID int64, agreementID int, added connectwise.Addition, outcome, label string, now int64) error {
	if err := q.ResolveAdditionIntent(ctx, dbsqlc.ResolveAdditionIntentParams{Outcome: &outcome,
		AdditionID: new(int64(added.ID)), ResolvedAt: &now, ID: intentID}); err != nil {
		return err
	}
	if err := q.UpsertManagedAddition(ctx, dbsqlc.UpsertManagedAdditionParams{AgreementID: int64(agreementID),
		CatalogItemID: int64(added.Product.ID), AdditionID: int64(added.ID), How: outcome, UpdatedAt: now}); err != nil {
		return err
	}
	return history.Record(ctx, q, history.Write{At: time.UnixMilli(now), Actor: e.Actor, Action: history.CreateAddition,
		EntityID: int64(added.ID), Label: label, After: additionOf(added, agreementID), RunID: runID})
}

// recordUpdate stores a quantity change: the managed addition and the history entry.
func (e *Engine) recordUpdate(ctx context.Context, runID int64, agreementID int, before, after connectwise.Addition, label string) error {
	now := e.now().UnixMilli()
	return e.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		if err := e.remember(ctx, q, agreementID, before.Product.ID, before.ID, "updated"); err != nil {
			return err
		}
		return history.Record(ctx, q, history.Write{At: time.UnixMilli(now), Actor: e.Actor, Action: history.UpdateAddition,
			EntityID: int64(after.ID), Label: label, Before: additionOf(before, agreementID), After: additionOf(after, agreementID), RunID: runID})
	})
}

// remember makes addition the managed one of its pair.
func (e *Engine) remember(ctx context.Context, q *dbsqlc.Queries, agreementID, itemID, additionID int, how string) error {
	return q.UpsertManagedAddition(ctx, dbsqlc.UpsertManagedAdditionParams{AgreementID: int64(agreementID),
		CatalogItemID: int64(itemID), AdditionID: int64(additionID), How: how, UpdatedAt: e.now().UnixMilli()})
}
