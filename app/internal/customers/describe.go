package customers

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"psabridge/db/dbsqlc"
)

// MappingView is a mapping's company and agreement as the caches know them, with the
// problems the page would show for them: what an imported mapping looks like once staged.
type MappingView struct {
	CompanyName       string  `json:"companyName"`
	CompanyIdentifier string  `json:"companyIdentifier"`
	CompanyProblem    Problem `json:"companyProblem,omitempty"` // deleted or inactive
	AgreementName     string  `json:"agreementName"`
	AgreementProblem  Problem `json:"agreementProblem,omitempty"` // cancelled, expired, inactive or not found
}

// DescribeMapping reads a company and an agreement (0 = none) from the caches. An id the
// cache does not hold leaves its names empty; an agreement no longer cached is marked not found.
func DescribeMapping(ctx context.Context, q *dbsqlc.Queries, companyID, agreementID int64, now time.Time) (MappingView, error) {
	var v MappingView
	if companyID != 0 {
		c, err := q.GetCompany(ctx, companyID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			v.CompanyProblem = ProblemCompanyDeleted
		case err != nil:
			return v, err
		default:
			v.CompanyName, v.CompanyIdentifier = c.Name, c.Identifier
			v.CompanyProblem = companyProblem(company{DeletedFlag: c.DeletedFlag, Inactive: c.Inactive, Gone: c.Gone})
		}
	}
	if agreementID != 0 {
		a, err := q.GetAgreement(ctx, agreementID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			v.AgreementProblem = ProblemAgreementNotFound
		case err != nil:
			return v, err
		default:
			v.AgreementName, v.AgreementProblem = a.Name, agreementProblem(a, now)
		}
	}
	return v, nil
}
