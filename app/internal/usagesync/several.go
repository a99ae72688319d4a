package usagesync

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"psabridge/db/dbsqlc"
)

// SeveralAdditions is a pair the last plan of a month skipped with ReasonSeveralAdditions:
// ConnectWise holds several additions for the product on the agreement and the user has
// not yet chosen the one PSA Bridge manages.
type SeveralAdditions struct {
	Month              string              `json:"month"`
	AgreementID        int                 `json:"agreementId"`
	AgreementName      string              `json:"agreementName"`
	CatalogItemID      int                 `json:"catalogItemId"`
	TenantIDs          []string            `json:"tenantIds"` // the tenants whose usage feeds the pair
	TenantName         string              `json:"tenantName"`
	ProductKey         string              `json:"productKey"`
	ProductDescription string              `json:"productDescription"`
	Candidates         []RecordedCandidate `json:"candidates"`
}

// RecordedCandidate is one of a pair's additions as the plan read it.
type RecordedCandidate struct {
	AdditionID    int     `json:"additionId"`
	Quantity      float64 `json:"quantity"`
	EffectiveDate string  `json:"effectiveDate,omitempty"` // YYYY-MM-DD
}

// recordSeveralAdditions replaces the month's record of pairs with several additions by
// the ones in rows, in one transaction.
func (e *Engine) recordSeveralAdditions(ctx context.Context, month string, rows []Row) error {
	err := e.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		if err := q.ReplaceAdditionCheck(ctx, dbsqlc.ReplaceAdditionCheckParams{Month: month, CheckedAt: e.now().UnixMilli()}); err != nil {
			return err
		}
		if err := q.ClearSeveralAdditions(ctx, month); err != nil {
			return err
		}
		for _, r := range rows {
			if r.Reason != ReasonSeveralAdditions {
				continue
			}
			params, err := severalParams(month, r)
			if err != nil {
				return err
			}
			if err := q.AddSeveralAdditions(ctx, params); err != nil {
				return fmt.Errorf("agreement %d, catalog item %d: %w", r.AgreementID, r.CatalogItemID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record the pairs with several additions of %s: %w", month, err)
	}
	return nil
}

func severalParams(month string, r Row) (dbsqlc.AddSeveralAdditionsParams, error) {
	tenants := []string{}
	for _, s := range r.Sources {
		if !slices.Contains(tenants, s.TenantID) {
			tenants = append(tenants, s.TenantID)
		}
	}
	if len(tenants) == 0 {
		tenants = append(tenants, r.TenantID)
	}
	candidates := make([]RecordedCandidate, len(r.Candidates))
	for i, c := range r.Candidates {
		candidates[i] = RecordedCandidate{AdditionID: c.AdditionID, Quantity: c.Quantity}
		if !c.EffectiveDate.IsZero() {
			candidates[i].EffectiveDate = c.EffectiveDate.UTC().Format(time.DateOnly)
		}
	}
	tj, err := json.Marshal(tenants)
	if err != nil {
		return dbsqlc.AddSeveralAdditionsParams{}, err
	}
	cj, err := json.Marshal(candidates)
	if err != nil {
		return dbsqlc.AddSeveralAdditionsParams{}, err
	}
	return dbsqlc.AddSeveralAdditionsParams{Month: month, AgreementID: int64(r.AgreementID), CatalogItemID: int64(r.CatalogItemID),
		TenantIds: string(tj), TenantName: r.TenantName, ProductKey: r.ProductKey, ProductDescription: r.ProductDescription,
		AgreementName: r.AgreementName, Candidates: string(cj)}, nil
}

// LatestSeveralAdditions lists the pairs with several additions of the most recently
// planned month (the newest look at ConnectWise), read with q.
func LatestSeveralAdditions(ctx context.Context, q *dbsqlc.Queries) ([]SeveralAdditions, error) {
	rows, err := q.ListLatestSeveralAdditions(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the pairs with several additions: %w", err)
	}
	out := make([]SeveralAdditions, len(rows))
	for i, r := range rows {
		out[i] = SeveralAdditions{Month: r.Month, AgreementID: int(r.AgreementID), AgreementName: r.AgreementName,
			CatalogItemID: int(r.CatalogItemID), TenantName: r.TenantName, ProductKey: r.ProductKey, ProductDescription: r.ProductDescription}
		if err := json.Unmarshal([]byte(r.TenantIds), &out[i].TenantIDs); err != nil {
			return nil, fmt.Errorf("several additions on agreement %d: tenant ids: %w", r.AgreementID, err)
		}
		if err := json.Unmarshal([]byte(r.Candidates), &out[i].Candidates); err != nil {
			return nil, fmt.Errorf("several additions on agreement %d: candidates: %w", r.AgreementID, err)
		}
	}
	return out, nil
}
